package dev.sasil;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.read.ArticleReader;
import dev.sasil.core.read.ArticleSource;
import dev.sasil.core.read.InputException;
import dev.sasil.core.work.Workers;
import dev.sasil.factcheck.crosscheck.SourceComparer;
import dev.sasil.factcheck.extract.ExtractionProblem;
import dev.sasil.report.Report;
import dev.sasil.report.ReportFormat;
import dev.sasil.report.ReportLanguage;
import dev.sasil.report.ReportPipeline;
import dev.sasil.summarizer.Summarizer;
import dev.sasil.summarizer.Summary;
import dev.sasil.summarizer.SummaryOptions;
import dev.sasil.summarizer.TextRankSummarizer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sasil in a few calls: read Korean news articles, summarize them, cross-check what they say and
 * write a report.
 *
 * <pre>{@code
 * Sasil sasil = Sasil.standard();
 * Article a = sasil.read(Path.of("a1.txt"), ArticleSource.DEFAULT.withPublished("2023-12-06"));
 * Summary s = sasil.summarize(a, SummaryOptions.ofSentences(3));
 * CrossCheck c = sasil.compare(List.of(a, b));
 * sasil.report(List.of(a, b), ReportFormat.HTML, out);
 * }</pre>
 *
 * <p>One instance holds the heavy resources (the Nori dictionary, the language model, the
 * lexicons), loaded once; it is immutable and thread-safe, so share it: {@link #standard()}
 * returns the same instance every time. The {@code with…} methods return new instances sharing
 * the resources.
 *
 * <p>Internal errors while reading the claims of a sentence never pass silently: {@link
 * #compare(List)} returns them, and a report hands them to the problem handler, which by default
 * throws {@link IllegalStateException} (set another with {@link #withProblemHandler(Consumer)}).
 */
public final class Sasil {

  private static final class Holder {
    static final Sasil STANDARD = new Sasil(
        new ArticleReader(ArticlePipeline.standard()),
        TextRankSummarizer.standard(),
        () -> StandardComparer.INSTANCE,
        p -> {
          throw new IllegalStateException(p.describe());
        },
        ReportLanguage.KO,
        Workers.single());
  }

  private final ArticleReader reader;
  private final Summarizer summarizer;
  /**
   * The standard fact-checker, loaded on first use: summarizing needs none of its lexicons, so
   * {@code sasil summarize} starts without them.
   */
  private static final class StandardComparer {
    static final SourceComparer INSTANCE = SourceComparer.standard();
  }

  private final Supplier<SourceComparer> comparer;
  private final Consumer<ExtractionProblem> problems;
  private final ReportLanguage language;
  private final Workers workers;
  private final ReportPipeline reports;

  private Sasil(ArticleReader reader, Summarizer summarizer, Supplier<SourceComparer> comparer,
      Consumer<ExtractionProblem> problems, ReportLanguage language, Workers workers) {
    this.reader = Objects.requireNonNull(reader, "reader").withWorkers(workers);
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    this.comparer = Objects.requireNonNull(comparer, "comparer");
    this.problems = Objects.requireNonNull(problems, "problems");
    this.language = Objects.requireNonNull(language, "language");
    this.workers = Objects.requireNonNull(workers, "workers");
    this.reports = reports(summarizer, comparer, problems, workers);
  }

  private static ReportPipeline reports(Summarizer summarizer, Supplier<SourceComparer> comparer,
      Consumer<ExtractionProblem> problems, Workers workers) {
    return new ReportPipeline(summarizer, (articles, sources) -> {
      SourceComparer.Result r = comparer.get().check(articles, sources, workers);
      r.problems().forEach(problems);
      return r.findings();
    }, generator()).withWorkers(workers);
  }

  /** The standard reader, summarizer and fact-checker with the bundled resources; one shared instance. */
  public static Sasil standard() {
    return Holder.STANDARD;
  }

  /** This Sasil handing internal errors met while reading claims for a report to {@code handler}. */
  public Sasil withProblemHandler(Consumer<ExtractionProblem> handler) {
    return new Sasil(reader, summarizer, comparer, handler, language, workers);
  }

  /** This Sasil writing reports for readers of {@code newLanguage} (Korean by default). */
  public Sasil withLanguage(ReportLanguage newLanguage) {
    return new Sasil(reader, summarizer, comparer, problems, newLanguage, workers);
  }

  /**
   * This Sasil reading with {@code newReader} (other size limits, dates given by id); the reader
   * runs on this Sasil's workers.
   */
  public Sasil withReader(ArticleReader newReader) {
    return new Sasil(newReader, summarizer, comparer, problems, language, workers);
  }

  /**
   * This Sasil spreading the work on many articles over {@code newWorkers}' threads: reading,
   * summarizing and extracting claims for a report or a comparison (the cross-check itself runs
   * on the caller's thread). Results are the same, in the same order, whatever the number of
   * threads. The standard instance uses one thread.
   */
  public Sasil withWorkers(Workers newWorkers) {
    return new Sasil(reader, summarizer, comparer, problems, language, newWorkers);
  }

  /** The workers this Sasil spreads work on many articles over. */
  public Workers workers() {
    return workers;
  }

  /** What {@code sasil --version} and a report's header name: {@code sasil 0.1.0}. */
  public static String generator() {
    String v = Sasil.class.getPackage().getImplementationVersion();
    return "sasil " + (v == null ? "dev" : v);
  }

  /** The reader: for directories, JSON Lines corpora and many files at once. */
  public ArticleReader reader() {
    return reader;
  }

  /**
   * The article of a text ({@code .txt}, any charset Korean news uses) or HTML file.
   *
   * @throws InputException with one line saying why, when the file cannot be read or is not one
   *     article
   */
  public Article read(Path file, ArticleSource source) throws InputException {
    return reader.read(file, source);
  }

  /**
   * The article of a web page, fetched over HTTP(S) (time-limited, at most 5 redirects, 20 MB,
   * charset from the headers or the page); its id is the URL, its outlet the page's site name or
   * host.
   *
   * @throws InputException with one line saying why, when it is no readable page
   */
  public Article read(URI url, ArticleSource source) throws InputException {
    return reader.read(url, source);
  }

  /** The article of a text, plain or HTML. */
  public Article read(String text, ArticleSource source) {
    return reader.read(text, source);
  }

  /** An extractive summary: the article's own best sentences, in article order. */
  public Summary summarize(Article article, SummaryOptions options) {
    return summarizer.summarize(article, options);
  }

  /** The claims of the articles cross-checked; copies of one text count as one source. */
  public CrossCheck compare(List<Article> articles) {
    CompareBatch batch = new CompareBatch(comparer.get(), reader.pipeline(), workers, Long.MAX_VALUE);
    workers.map(articles, batch::take).forEach(batch::add);
    return batch.finish();
  }

  /**
   * A cross-check fed one article at a time ({@link CompareBatch}), for corpora too large to hold
   * analysed: the same result as {@link #compare(List)} on the articles added, in their order.
   */
  public CompareBatch compareBatch() {
    return new CompareBatch(comparer.get(), reader.pipeline(), workers, CompareBatch.defaultBudget());
  }

  /**
   * A report fed one article at a time ({@link ReportBatch}), for corpora too large to hold
   * analysed: the same report as {@link #report(List, SummaryOptions)} on the articles added.
   */
  public ReportBatch reportBatch(SummaryOptions options) {
    return new ReportBatch(summarizer, options, compareBatch(), problems, generator());
  }

  /** The report of the articles: summaries of the given length and the cross-check. */
  public Report report(List<Article> articles, SummaryOptions options) {
    return reports.report(articles, options);
  }

  /** The report, telling {@code progress} after each article is summarized and after the cross-check. */
  public Report report(List<Article> articles, SummaryOptions options, ReportPipeline.Progress progress) {
    return reports.report(articles, options, progress);
  }

  /**
   * Writes the report of the articles (three-sentence summaries) to {@code out} in UTF-8; {@code
   * out} is flushed, not closed.
   *
   * @return the report written, for its counts
   */
  public Report report(List<Article> articles, ReportFormat format, OutputStream out) throws IOException {
    Report report = report(articles, SummaryOptions.DEFAULT);
    write(report, format, out);
    return report;
  }

  /** Writes a report to {@code out} in UTF-8; {@code out} is flushed, not closed. */
  public void write(Report report, ReportFormat format, OutputStream out) throws IOException {
    out.write(format.writer(language).write(report).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
