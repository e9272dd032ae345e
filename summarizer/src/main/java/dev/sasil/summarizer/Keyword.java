package dev.sasil.summarizer;

import java.util.Objects;

/**
 * A content word or phrase central to an article, with its score.
 *
 * @param text the word or phrase as written in the article
 * @param score its centrality relative to the article's best keyword, in [0, 1]
 */
public record Keyword(String text, double score) {

  public Keyword {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("blank keyword");
    }
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("keyword score is not finite: " + score);
    }
  }
}
