package dev.sasil.summarizer;

import dev.sasil.core.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * A sentence that may be chosen for a summary, with the content terms it is ranked by.
 *
 * @param sentence the article's sentence
 * @param terms its content terms in order, repeats kept (lower-cased morpheme surfaces)
 */
record Candidate(Sentence sentence, List<String> terms) {

  Candidate {
    Objects.requireNonNull(sentence, "sentence");
    terms = List.copyOf(terms);
  }

  /** Length in Unicode code points, the unit of a character budget. */
  int length() {
    return sentence.text().codePointCount(0, sentence.text().length());
  }

  /**
   * The share of the sentence's characters between double quotation marks ({@code “…”} or
   * {@code "…"}), in [0, 1]; an unclosed quote runs to the end of the sentence.
   */
  double quoteShare() {
    String t = sentence.text();
    if (t.isEmpty()) {
      return 0;
    }
    int inside = 0;
    boolean open = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '“' || (c == '"' && !open)) {
        open = true;
      } else if (c == '”' || c == '"') {
        open = false;
      } else if (open) {
        inside++;
      }
    }
    return (double) inside / t.length();
  }
}
