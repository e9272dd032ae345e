package dev.sasil.factcheck.testing;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.read.DocumentReader;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.read.ReadResult;
import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.entity.Entity;
import dev.sasil.factcheck.entity.LearntNames;
import dev.sasil.factcheck.extract.ClaimExtractor;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Articles for tests, read through the standard pipeline (shared, loaded once). */
public final class Articles {

  private static final class Holder {
    static final ArticlePipeline PIPELINE = ArticlePipeline.standard();
  }

  private Articles() {}

  /** The names all the articles teach, the first article's entity winning, as a batch learns them before extracting. */
  public static LearntNames learntNames(ClaimExtractor extractor, List<Article> articles) {
    Map<String, Entity> names = new HashMap<>();
    articles.forEach(a -> extractor.names(a).names().forEach(names::putIfAbsent));
    return LearntNames.of(names);
  }

  /** Every article of the inputs (files, JSON Lines), in reading order. */
  public static List<Article> read(Path... inputs) {
    ReadResult r = new DocumentReader().read(java.util.Arrays.stream(inputs).map(Path::toString).toList());
    if (!r.problems().isEmpty()) {
      throw new IllegalStateException("cannot read test input: " + r.problems());
    }
    return r.documents().stream().map(Holder.PIPELINE::process).toList();
  }

  /** One article per text, all of one day, with the ids a0, a1, … in order. */
  public static List<Article> ofDay(String date, String... texts) {
    List<Article> out = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(of("a" + i, date, texts[i]));
    }
    return out;
  }

  /** One article from text, published on {@code date} ({@code null} for unknown). */
  public static Article of(String id, String date, String text) {
    Published p = date == null ? Published.UNKNOWN : Published.of(PartialDate.parse(date), DateSource.OPTION);
    return Holder.PIPELINE.process(new RawDocument(id, id, null, null, p, text, false));
  }
}
