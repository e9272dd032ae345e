package dev.sasil.report;

import dev.sasil.core.Article;
import dev.sasil.core.work.Workers;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.crosscheck.CrossChecker;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.summarizer.Summarizer;
import dev.sasil.summarizer.Summary;
import dev.sasil.summarizer.SummaryOptions;
import dev.sasil.summarizer.TextRankSummarizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Everything a report needs after the articles are read: summarize each article, find which are
 * copies of one text ({@link SourceGroups}), cross-check them all, build the {@link Report}. {@link #standard(String)} is the one place that chooses
 * the summarizer and the fact-checker for the CLI and for the golden-file tests. Thread-safe
 * when its summarizer and checker are (the standard ones are).
 */
public final class ReportPipeline {

  /** Told after each article is summarized (and once more after the cross-check). */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, total) -> {};

    /** {@code done} of {@code total} steps are finished. */
    void advance(int done, int total);
  }

  private final Summarizer summarizer;
  private final BiFunction<List<Article>, SourceGroups, List<Finding>> checker;
  private final ReportBuilder builder;
  private final Workers workers;

  /**
   * @param summarizer summarizes one article
   * @param checker extracts and cross-checks the claims of all the articles without being told
   *     which are copies (the report still says so); its findings must be in report order, as
   *     {@link CrossChecker} gives them
   * @param generator shown in the report header ({@code sasil 0.1.0})
   */
  public ReportPipeline(Summarizer summarizer, Function<List<Article>, List<Finding>> checker, String generator) {
    this(summarizer, ignoringSources(checker), generator);
  }

  /**
   * @param summarizer summarizes one article
   * @param checker extracts and cross-checks the claims of all the articles, counting the
   *     articles of one source group as one source; its findings must be in report order, as
   *     {@link CrossChecker} gives them
   * @param generator shown in the report header ({@code sasil 0.1.0})
   */
  public ReportPipeline(Summarizer summarizer, BiFunction<List<Article>, SourceGroups, List<Finding>> checker,
      String generator) {
    this(summarizer, checker, new ReportBuilder(generator), Workers.single());
  }

  private ReportPipeline(Summarizer summarizer, BiFunction<List<Article>, SourceGroups, List<Finding>> checker,
      ReportBuilder builder, Workers workers) {
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    this.checker = Objects.requireNonNull(checker, "checker");
    this.builder = builder;
    this.workers = Objects.requireNonNull(workers, "workers");
  }

  /**
   * This pipeline summarizing on {@code newWorkers}' threads (the summaries are the same, in
   * article order, whatever their number; the checker chooses its own threads).
   */
  public ReportPipeline withWorkers(Workers newWorkers) {
    return new ReportPipeline(summarizer, checker, builder, newWorkers);
  }

  private static BiFunction<List<Article>, SourceGroups, List<Finding>> ignoringSources(
      Function<List<Article>, List<Finding>> checker) {
    Objects.requireNonNull(checker, "checker");
    return (articles, sources) -> checker.apply(articles);
  }

  /** The standard summarizer ({@link TextRankSummarizer}) and fact-checker ({@link ClaimExtractor} + {@link CrossChecker}). */
  public static ReportPipeline standard(String generator) {
    return standard(generator, p -> {
      throw new IllegalStateException(p.describe());
    });
  }

  /**
   * The standard pipeline, handing every internal error met while reading claims to {@code
   * problems} (the sentence gives no claims, the report goes on).
   */
  public static ReportPipeline standard(String generator,
      java.util.function.Consumer<dev.sasil.factcheck.extract.ExtractionProblem> problems) {
    CrossChecker crossChecker = CrossChecker.standard();
    return new ReportPipeline(
        TextRankSummarizer.standard(),
        (articles, sources) -> {
          var extraction = ClaimExtractor.standard().extract(articles);
          extraction.problems().forEach(problems);
          return crossChecker.check(extraction, sources);
        },
        generator);
  }

  /** The report of the articles, summaries of the given length. */
  public Report report(List<Article> articles, SummaryOptions options) {
    return report(articles, options, Progress.NONE);
  }

  /** The report, telling {@code progress} after each article and after the cross-check. */
  public Report report(List<Article> articles, SummaryOptions options, Progress progress) {
    int total = articles.size() + 1;
    List<Summary> summaries = new ArrayList<>();
    workers.forEachOrdered(articles.iterator(), a -> summarizer.summarize(a, options), s -> {
      summaries.add(s);
      progress.advance(summaries.size(), total);
    });
    SourceGroups sources = SourceGroups.find(articles);
    List<Finding> findings = checker.apply(articles, sources);
    progress.advance(total, total);
    return builder.build(articles, summaries, findings, sources);
  }
}
