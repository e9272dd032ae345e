package dev.sasil.summarizer;

import java.util.List;
import java.util.Objects;

/**
 * An article's summary: the chosen sentences in article order, and its keywords by score.
 */
public record Summary(String articleId, List<SummarySentence> sentences, List<Keyword> keywords) {

  public Summary {
    Objects.requireNonNull(articleId, "articleId");
    sentences = List.copyOf(sentences);
    keywords = List.copyOf(keywords);
  }
}
