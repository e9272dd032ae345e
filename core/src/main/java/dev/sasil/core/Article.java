package dev.sasil.core;

import dev.sasil.core.lang.LanguageDetector;
import java.util.List;
import java.util.Objects;

/**
 * An article read, cleaned, dated, segmented and analysed. Immutable and thread-safe.
 *
 * @param id the file name for files, the {@code id} field for JSON Lines records
 * @param title the headline, or empty when none was found
 * @param url where the article came from, or null
 * @param published publication date and its source, or {@link Published#UNKNOWN}
 * @param text the cleaned text; sentence and morpheme offsets point into it
 * @param sentences the sentences in order, headings included
 * @param language ISO 639-3 code of the detected language ({@code kor}), or {@code und}
 * @param warnings what went wrong without stopping the work, in order, bounded
 * @param outlet the outlet's name as its page gives it ({@code og:site_name}), or null
 */
public record Article(
    String id,
    String title,
    String url,
    Published published,
    String text,
    List<Sentence> sentences,
    String language,
    List<String> warnings,
    String outlet) {

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("blank article id");
    }
    title = title == null ? "" : title;
    published = published == null ? Published.UNKNOWN : published;
    text = Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    language = language == null ? LanguageDetector.UNDETERMINED : language;
    warnings = List.copyOf(warnings);
    outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).index() != i) {
        throw new IllegalArgumentException("sentence " + i + " has index " + sentences.get(i).index());
      }
    }
  }

  /** An article without an outlet name. */
  public Article(String id, String title, String url, Published published, String text, List<Sentence> sentences,
      String language, List<String> warnings) {
    this(id, title, url, published, text, sentences, language, warnings, null);
  }

  /**
   * This article without its morphemes: the same text and sentences, each sentence's morphemes
   * empty. Far smaller; {@link ArticlePipeline#analysed(Article)} gives the analysis back.
   */
  public Article withoutMorphemes() {
    List<Sentence> light = new java.util.ArrayList<>(sentences.size());
    sentences.forEach(s -> light.add(s.withMorphemes(List.of())));
    return new Article(id, title, url, published, text, light, language, warnings, outlet);
  }

  /** The body sentences, without headings. */
  public List<Sentence> bodySentences() {
    return sentences.stream().filter(s -> s.kind() == SentenceKind.BODY).toList();
  }
}
