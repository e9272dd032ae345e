package dev.sasil.summarizer;

import java.util.Objects;

/**
 * A sentence chosen for a summary.
 *
 * @param index 0-based position of the sentence in the cleaned article
 * @param text the sentence
 * @param score its rank score (higher is more central)
 */
public record SummarySentence(int index, String text, double score) {

  public SummarySentence {
    if (index < 0) {
      throw new IllegalArgumentException("negative sentence index: " + index);
    }
    Objects.requireNonNull(text, "text");
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("sentence score is not finite: " + score);
    }
  }
}
