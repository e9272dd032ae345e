package dev.sasil.summarizer;

/**
 * How long a summary may be: a number of sentences, a character budget, or a ratio of the
 * article's sentences. Exactly one is set.
 *
 * @param sentences the number of sentences, or null
 * @param chars the most characters the summary's sentences may have together, or null
 * @param ratio the share of the article's body sentences (0, 1], rounded half up, at least 1, or null
 */
public record SummaryOptions(Integer sentences, Integer chars, Double ratio) {

  /** Three sentences. */
  public static final SummaryOptions DEFAULT = ofSentences(3);

  public SummaryOptions {
    int set = (sentences != null ? 1 : 0) + (chars != null ? 1 : 0) + (ratio != null ? 1 : 0);
    if (set != 1) {
      throw new IllegalArgumentException("set exactly one of sentences, chars, ratio");
    }
    if (sentences != null && sentences < 1) {
      throw new IllegalArgumentException("sentences must be at least 1: " + sentences);
    }
    if (chars != null && chars < 1) {
      throw new IllegalArgumentException("chars must be at least 1: " + chars);
    }
    if (ratio != null && !(ratio > 0 && ratio <= 1)) {
      throw new IllegalArgumentException("ratio must be in (0, 1]: " + ratio);
    }
  }

  public static SummaryOptions ofSentences(int n) {
    return new SummaryOptions(n, null, null);
  }

  public static SummaryOptions ofChars(int n) {
    return new SummaryOptions(null, n, null);
  }

  public static SummaryOptions ofRatio(double r) {
    return new SummaryOptions(null, null, r);
  }
}
