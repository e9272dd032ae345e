package dev.sasil.report;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.read.DocumentReader;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.read.ReadResult;
import dev.sasil.core.testing.TestData;
import dev.sasil.summarizer.SummaryOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled seed articles ({@code examples/seeds.jsonl}) through the real pipeline, summarizer
 * and fact-checker: what {@code sasil report examples/seeds.jsonl} reports.
 */
public final class SeedReports {

  /** The generator written into test reports, fixed so that a version bump changes no golden file. */
  public static final String GENERATOR = "sasil (test)";

  private SeedReports() {}

  /** The seeds read and processed, plus any extra raw documents, in order. */
  public static List<Article> articles(RawDocument... extra) {
    ReadResult read = new DocumentReader().read(List.of(TestData.examples().resolve("seeds.jsonl").toString()));
    if (!read.problems().isEmpty()) {
      throw new IllegalStateException("cannot read the seeds: " + read.problems());
    }
    List<RawDocument> docs = new ArrayList<>(read.documents());
    docs.addAll(List.of(extra));
    ArticlePipeline pipeline = ArticlePipeline.standard();
    return docs.stream().map(pipeline::process).toList();
  }

  /** The report of the articles with the standard summarizer and fact-checker, three-sentence summaries. */
  public static Report report(List<Article> articles) {
    return ReportPipeline.standard(GENERATOR).report(articles, SummaryOptions.DEFAULT);
  }
}
