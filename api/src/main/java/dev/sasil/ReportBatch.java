package dev.sasil;

import dev.sasil.core.Article;
import dev.sasil.factcheck.extract.ExtractionProblem;
import dev.sasil.report.Report;
import dev.sasil.report.ReportBuilder;
import dev.sasil.summarizer.Summarizer;
import dev.sasil.summarizer.Summary;
import dev.sasil.summarizer.SummaryOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The report of {@link Sasil#report(List, SummaryOptions)} for articles given one at a time: each
 * article is summarized as it comes and its claims are read through a {@link CompareBatch}, so
 * that a corpus streams through without every analysed article being held. It gives the same
 * report as {@code report} on the whole list.
 *
 * <p>Not thread-safe: {@link #take} may run on any thread, {@link #add} and {@link #finish} on one.
 */
public final class ReportBatch {

  /** What the first pass keeps of one article; made by {@link #take}. */
  public static final class Taken {
    private final Summary summary;
    private final CompareBatch.Taken claims;

    private Taken(Summary summary, CompareBatch.Taken claims) {
      this.summary = summary;
      this.claims = claims;
    }

    /** The article's summary. */
    public Summary summary() {
      return summary;
    }
  }

  private final Summarizer summarizer;
  private final SummaryOptions options;
  private final CompareBatch compare;
  private final Consumer<ExtractionProblem> problems;
  private final ReportBuilder builder;
  private final List<Summary> summaries = new ArrayList<>();

  ReportBatch(Summarizer summarizer, SummaryOptions options, CompareBatch compare, Consumer<ExtractionProblem> problems,
      String generator) {
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    this.options = Objects.requireNonNull(options, "options");
    this.compare = Objects.requireNonNull(compare, "compare");
    this.problems = Objects.requireNonNull(problems, "problems");
    this.builder = new ReportBuilder(generator);
  }

  /** The first pass over one article (its summary, what its claims need): thread-safe. */
  public Taken take(Article article) {
    return new Taken(summarizer.summarize(article, options), compare.take(article));
  }

  /** Adds an article taken by {@link #take}; articles must come in input order. */
  public void add(Taken t) {
    compare.add(t.claims);
    summaries.add(t.summary);
  }

  /** How many articles were added. */
  public int size() {
    return summaries.size();
  }

  /**
   * The report of every article added: claims read and cross-checked, internal errors handed to
   * the problem handler. Once only.
   */
  public Report finish() {
    CrossCheck check = compare.finish();
    check.problems().forEach(problems);
    return builder.build(compare.articles(), summaries, check.findings(), check.sources());
  }
}
