package dev.sasil.summarizer;

import dev.sasil.core.Article;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A {@link SummaryOptions} resolved against one article: at most so many sentences and at most
 * so many characters (Unicode code points, the sentences' lengths summed).
 *
 * @param sentences the most sentences to choose
 * @param chars the most characters the chosen sentences may have together
 */
record LengthBudget(int sentences, int chars) {

  LengthBudget {
    if (sentences < 0 || chars < 0) {
      throw new IllegalArgumentException("negative budget: " + sentences + " sentences, " + chars + " chars");
    }
  }

  /**
   * {@code --sentences N}: N; {@code --chars N}: as many as fit in N characters; {@code --ratio
   * R}: R times the article's body sentences, rounded half up, at least 1.
   */
  static LengthBudget of(SummaryOptions options, Article article) {
    if (options.sentences() != null) {
      return new LengthBudget(options.sentences(), Integer.MAX_VALUE);
    }
    if (options.chars() != null) {
      return new LengthBudget(Integer.MAX_VALUE, options.chars());
    }
    return new LengthBudget(ratioCount(options.ratio(), article.bodySentences().size()), Integer.MAX_VALUE);
  }

  /** {@code ratio * sentences} rounded half up (exactly, in decimal), at least 1. */
  static int ratioCount(double ratio, int sentences) {
    BigDecimal exact = new BigDecimal(Double.toString(ratio)).multiply(BigDecimal.valueOf(sentences));
    int n = exact.setScale(0, RoundingMode.HALF_UP).intValueExact();
    return Math.max(1, n);
  }
}
