package dev.sasil.summarizer;

import dev.sasil.core.Article;

/** Extractive summaries: an article's own best sentences. Implementations are thread-safe. */
public interface Summarizer {

  /** Never throws on short or messy articles: an article with fewer sentences returns what it has. */
  Summary summarize(Article article, SummaryOptions options);
}
