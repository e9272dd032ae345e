package dev.sasil.factcheck.eval;

import java.util.Objects;

/**
 * One piece of evidence a gold item cites: an article and a short exact substring of the cited
 * sentence. Whitespace does not count when it is matched ({@link GoldMatching}).
 *
 * @param article the article id, as in the corpus
 * @param contains text the cited sentence contains
 */
public record GoldEvidence(String article, String contains) {

  public GoldEvidence {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(contains, "contains");
    if (article.isBlank()) {
      throw new IllegalArgumentException("blank article id");
    }
    if (GoldMatching.squash(contains).isEmpty()) {
      throw new IllegalArgumentException("blank contains text for article " + article);
    }
  }
}
