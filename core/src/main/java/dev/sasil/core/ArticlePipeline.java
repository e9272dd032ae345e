package dev.sasil.core;

import dev.sasil.core.clean.BoilerplateCleaner;
import dev.sasil.core.clean.CleanText;
import dev.sasil.core.clean.Cleaner;
import dev.sasil.core.date.PublicationDateFinder;
import dev.sasil.core.lang.LanguageDetector;
import dev.sasil.core.morph.MorphAnalyzer;
import dev.sasil.core.morph.NoriAnalyzer;
import dev.sasil.core.read.HtmlArticleExtractor;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.read.TitleFinder;
import dev.sasil.core.text.KoreanSentenceSegmenter;
import dev.sasil.core.text.SentenceSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The core stages assembled: clean, date, segment, analyse, detect the language. One instance
 * holds the shared heavy resources and may be used by any number of threads.
 */
public final class ArticlePipeline {

  private final Cleaner cleaner;
  private final PublicationDateFinder dates;
  private final SentenceSegmenter segmenter;
  private final MorphAnalyzer analyzer;
  private final LanguageDetector languages;

  public ArticlePipeline(
      Cleaner cleaner,
      PublicationDateFinder dates,
      SentenceSegmenter segmenter,
      MorphAnalyzer analyzer,
      LanguageDetector languages) {
    this.cleaner = Objects.requireNonNull(cleaner);
    this.dates = Objects.requireNonNull(dates);
    this.segmenter = Objects.requireNonNull(segmenter);
    this.analyzer = Objects.requireNonNull(analyzer);
    this.languages = Objects.requireNonNull(languages);
  }

  /** The standard pipeline with the bundled resources. */
  public static ArticlePipeline standard() {
    return new ArticlePipeline(
        BoilerplateCleaner.standard(),
        PublicationDateFinder.standard(),
        new KoreanSentenceSegmenter(),
        NoriAnalyzer.withBundledDictionary(),
        LanguageDetector.standard());
  }

  /** Turns one raw document into an article; never throws on messy text. */
  public Article process(RawDocument raw) {
    // the HTML extractor (jsoup, its selectors) is loaded only when a page needs it
    RawDocument doc = raw.html() ? HtmlArticleExtractor.standard().toText(raw) : raw;
    CleanText clean = cleaner.clean(doc.content());
    String text = clean.text();
    List<String> warnings = new ArrayList<>();
    Published published = dates.find(doc);
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : segmenter.segment(text)) {
      sentences.add(analysed(s));
    }
    String title = TitleFinder.find(doc.title(), text);
    String language = languages.detect(text);
    if (!LanguageDetector.KOREAN.equals(language)) {
      warnings.add(LanguageDetector.UNDETERMINED.equals(language)
          ? "could not tell the language (too little or mixed text); processing it as Korean"
          : "not Korean text (detected: " + language + "); read anyway, but Sasil knows Korean only");
    }
    return new Article(doc.id(), title, doc.url(), published, text, sentences, language, warnings, doc.outlet());
  }

  /**
   * The article with every sentence analysed again: what {@link #process} gave for an article
   * kept {@link Article#withoutMorphemes() without its morphemes}, for a second pass over many
   * articles that cannot all be held analysed.
   */
  public Article analysed(Article article) {
    List<Sentence> sentences = new ArrayList<>(article.sentences().size());
    article.sentences().forEach(s -> sentences.add(analysed(s)));
    return new Article(article.id(), article.title(), article.url(), article.published(), article.text(), sentences,
        article.language(), article.warnings(), article.outlet());
  }

  private Sentence analysed(Sentence s) {
    return s.withMorphemes(analyzer.analyze(s.text(), s.start()));
  }
}
