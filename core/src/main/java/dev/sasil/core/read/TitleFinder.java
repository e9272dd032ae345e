package dev.sasil.core.read;

import java.util.regex.Pattern;

/**
 * An article's title: the one its source gave (JSON Lines {@code title}, HTML {@code og:title}),
 * else the first line of its cleaned text when that line is a headline: short, one line, not
 * ending like a sentence ({@code …했다.}) and holding no sentence break. A question or exclamation
 * headline ({@code …의도는?}) counts. Otherwise there is no title (empty).
 *
 * <p>The headline line is not removed from the text: it stays the first line (the segmenter marks
 * it a heading), so sentence indices are the same whether or not a title came from metadata.
 * Stateless and thread-safe.
 */
public final class TitleFinder {

  /** Longest first line taken as a headline. */
  static final int MAX_HEADLINE = 120;
  private static final Pattern SENTENCE_END = Pattern.compile("[.。]\\s*[\"'”’)\\]]*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern INNER_BREAK = Pattern.compile("(다|요|죠|니다)[.?!]\\s+\\S");

  private TitleFinder() {}

  /** The title of a document whose source title is {@code given} (or null) and cleaned text {@code text}. */
  public static String find(String given, String text) {
    if (given != null && !given.isBlank()) {
      return SPACES.matcher(given.strip()).replaceAll(" ");
    }
    return headline(text);
  }

  /** The first line of {@code text} if it is a headline, else empty. */
  public static String headline(String text) {
    String first = text.strip().lines().findFirst().orElse("").strip();
    if (first.isEmpty() || first.length() > MAX_HEADLINE) {
      return "";
    }
    if (SENTENCE_END.matcher(first).find() || INNER_BREAK.matcher(first).find()) {
      return "";
    }
    return first;
  }
}
