package dev.sasil.core;

import dev.sasil.core.clean.CleanText;
import dev.sasil.core.clean.Cleaner;
import dev.sasil.core.morph.MorphAnalyzer;
import dev.sasil.core.morph.NoriAnalyzer;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.text.SentenceSegmenter;
import dev.sasil.core.text.SimpleSentenceSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The core stages assembled: clean, date, segment, analyse. One instance holds the shared heavy
 * resources and may be used by any number of threads.
 */
public final class ArticlePipeline {

  private final Cleaner cleaner;
  private final SentenceSegmenter segmenter;
  private final MorphAnalyzer analyzer;

  public ArticlePipeline(Cleaner cleaner, SentenceSegmenter segmenter, MorphAnalyzer analyzer) {
    this.cleaner = Objects.requireNonNull(cleaner);
    this.segmenter = Objects.requireNonNull(segmenter);
    this.analyzer = Objects.requireNonNull(analyzer);
  }

  /** The standard pipeline with the bundled resources. */
  public static ArticlePipeline standard() {
    return new ArticlePipeline(CleanText::identity, new SimpleSentenceSegmenter(),
        NoriAnalyzer.withBundledDictionary());
  }

  /** Turns one raw document into an article; never throws on messy text. */
  public Article process(RawDocument doc) {
    CleanText clean = cleaner.clean(doc.content());
    String text = clean.text();
    List<Sentence> sentences = new ArrayList<>();
    for (Sentence s : segmenter.segment(text)) {
      sentences.add(s.withMorphemes(analyzer.analyze(s.text(), s.start())));
    }
    String title = doc.title() != null ? doc.title()
        : sentences.isEmpty() || sentences.get(0).kind() != SentenceKind.HEADING ? "" : sentences.get(0).text();
    return new Article(doc.id(), title, doc.url(), doc.published(), text, sentences, "kor", List.of());
  }
}
