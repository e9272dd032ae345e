package dev.sasil.report;

import dev.sasil.core.Article;
import dev.sasil.summarizer.Summary;
import java.util.List;
import java.util.Objects;

/**
 * One article of a report with its summary.
 *
 * @param number 1-based position in the report, used for anchors and short references
 * @param article the article
 * @param summary its summary; an empty one when the article was not summarized
 */
public record ReportArticle(int number, Article article, Summary summary) {

  public ReportArticle {
    Objects.requireNonNull(article, "article");
    if (number < 1) {
      throw new IllegalArgumentException("article number must be at least 1: " + number);
    }
    summary = summary == null ? new Summary(article.id(), List.of(), List.of()) : summary;
    if (!summary.articleId().equals(article.id())) {
      throw new IllegalArgumentException(
          "summary of " + summary.articleId() + " given for article " + article.id());
    }
  }

  public String id() {
    return article.id();
  }

  /** The title, or the id when the article has none. */
  public String displayTitle() {
    return article.title().isBlank() ? article.id() : article.title();
  }
}
