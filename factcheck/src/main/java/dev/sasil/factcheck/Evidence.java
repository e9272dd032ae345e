package dev.sasil.factcheck;

import java.util.Objects;

/**
 * Where a claim was read: the article, the sentence and the exact span of the value.
 *
 * @param articleId the article's id
 * @param sentenceIndex 0-based index of the sentence in the cleaned article
 * @param sentence the full sentence text
 * @param start offset of the value span in the article's cleaned text
 * @param end offset after the value span in the article's cleaned text
 * @param text the exact value text ({@code 지난 2월}, {@code 10억달러})
 */
public record Evidence(String articleId, int sentenceIndex, String sentence, int start, int end, String text)
    implements java.io.Serializable {

  public Evidence {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(text, "text");
    if (sentenceIndex < 0 || start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence position " + sentenceIndex + " " + start + ".." + end);
    }
  }
}
