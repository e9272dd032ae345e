package dev.sasil.core;

import java.util.List;

/**
 * A sentence of an article's cleaned text.
 *
 * @param index 0-based position among the article's sentences
 * @param text the sentence text, equal to {@code article.text().substring(start, end)}
 * @param start offset of the first character in the cleaned text
 * @param end offset after the last character in the cleaned text
 * @param kind body sentence or heading
 * @param morphemes Nori morphemes, offsets into the cleaned text; empty until analysed
 */
public record Sentence(int index, String text, int start, int end, SentenceKind kind, List<Morpheme> morphemes) {

  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("negative sentence index: " + index);
    }
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit '" + text + "'");
    }
    morphemes = List.copyOf(morphemes);
  }

  public Sentence withMorphemes(List<Morpheme> analysed) {
    return new Sentence(index, text, start, end, kind, analysed);
  }
}
