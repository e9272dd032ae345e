package dev.sasil.summarizer;

import dev.sasil.core.resource.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Recognizes sentences that carry direct speech: a span between double quotation marks ({@code
 * “…”} or {@code "…"}) of at least {@link #MIN_QUOTED} characters, closed and followed by a
 * quotative particle ({@code quotatives.txt}: {@code "…"고 말했다}, {@code "…"라며}). A closing
 * mark whose opening mark lies in the previous sentence counts from the sentence start, so the
 * second half of a quote split across sentences is still a quote. A sentence that is one quotation
 * and nothing else is speech too. Short quoted names and terms, and quotes inside a sentence not
 * followed by a quotative, are not direct speech. Immutable and thread-safe.
 */
public final class DirectQuotes {

  /** The fewest characters between the marks for a quote to be speech rather than a term. */
  static final int MIN_QUOTED = 8;

  private static final String RESOURCE = "quotatives.txt";

  private final List<String> quotatives;

  DirectQuotes(List<String> quotatives) {
    List<String> q = new ArrayList<>(quotatives);
    q.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    this.quotatives = List.copyOf(q);
  }

  /** Over the bundled {@code quotatives.txt}. */
  public static DirectQuotes standard() {
    List<String> q = new ArrayList<>();
    for (ResourceLines.Line line : ResourceLines.read(DirectQuotes.class, RESOURCE)) {
      String t = line.text().strip();
      if (t.isEmpty() || t.contains(" ")) {
        throw ResourceLines.malformed(RESOURCE, line, "one particle a line");
      }
      q.add(t);
    }
    return new DirectQuotes(q);
  }

  /** Whether {@code sentence} quotes someone's words directly. */
  public boolean test(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    if (wholly(sentence.strip())) {
      return true;
    }
    int open = 0;
    boolean inside = false;
    boolean seenMark = false;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      boolean opens = c == '“' || (c == '"' && !inside);
      boolean closes = c == '”' || (c == '"' && inside);
      if (c == '”' && !inside && !seenMark) {
        inside = true; // the quote opened in the previous sentence
        open = -1;
      }
      if (closes && inside) {
        if (sentence.codePointCount(open + 1, i) >= MIN_QUOTED && quotativeAt(sentence, i + 1)) {
          return true;
        }
        inside = false;
      } else if (opens) {
        inside = true;
        open = i;
      }
      seenMark |= c == '“' || c == '”' || c == '"';
    }
    return false;
  }

  /**
   * Whether a sentence is one quotation and nothing else (“아이폰15가 위너죠.”): a voice the article
   * opens or closes with, speech without a quotative since nobody is named.
   */
  private static boolean wholly(String s) {
    if (s.isEmpty() || s.charAt(0) != '“' && s.charAt(0) != '"') {
      return false;
    }
    int close = s.indexOf(s.charAt(0) == '“' ? '”' : '"', 1);
    if (close < 0 || s.codePointCount(1, close) < MIN_QUOTED) {
      return false;
    }
    for (int i = close + 1; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return false; // words after it: a quoted name or term in a sentence, or speech with its verb
      }
    }
    return true;
  }

  private boolean quotativeAt(String s, int from) {
    for (String q : quotatives) {
      if (s.startsWith(q, from)) {
        return true;
      }
    }
    return false;
  }
}
