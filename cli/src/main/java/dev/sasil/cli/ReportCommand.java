package dev.sasil.cli;

import dev.sasil.ReportBatch;
import dev.sasil.Sasil;
import dev.sasil.report.Report;
import dev.sasil.report.ReportFormat;
import dev.sasil.report.ReportWriter;
import dev.sasil.summarizer.SummaryOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sasil report}: summaries and cross-source findings of the given articles in one report,
 * as self-contained HTML (the default), Markdown, JSON or schema.org ClaimReview JSON-LD. Without
 * {@code -o} the report goes to standard output.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "One report of the given articles: each article's summary and keywords, then where the "
        + "sources agree or contradict each other (with the cited sentences), then the claims only one "
        + "source makes.%nWithout -o the report is written to standard output.")
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "html (one self-contained page), md (GitHub Markdown), json, or claimreview (schema.org JSON-LD). "
          + "Default: the one -o's extension names (.html, .md, .json, .jsonld), else html.")
  ReportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (- for standard output, the default) and say so on stderr. "
          + "FILE is replaced atomically; a symbolic link is followed to the file it names; "
          + "directories and special files are refused.")
  String output;

  @Option(
      names = "--sentences",
      paramLabel = "N",
      defaultValue = "3",
      description = "Sentences per summary (default: ${DEFAULT-VALUE}).")
  int sentences;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no 'wrote' message.")
  boolean quiet;

  @Mixin LanguageOption lang;

  /** Converts a format name, listing the formats when it is none of them. */
  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      return Conversions.parse(value, ReportFormat::parse);
    }
  }

  @Override
  public Integer call() {
    if (sentences < 1) {
      throw new ParameterException(spec.commandLine(), "--sentences must be at least 1: " + sentences);
    }
    PrintWriter err = spec.commandLine().getErr();
    boolean toStdout = output == null || output.equals("-");
    OutputFile file = null;
    if (!toStdout) {
      if (output.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "-o: the file name is empty (use -o - for standard output)");
      }
      try {
        file = OutputFile.of(output);
      } catch (OutputFile.Refused e) {
        err.println("sasil: " + e.getMessage());
        err.flush();
        return ExitCodes.SOME_FAILED;
      }
    }
    ReportFormat written = format != null ? format
        : toStdout ? ReportFormat.HTML : OutputFile.formatOf(output).orElse(ReportFormat.HTML);
    ProgressBar bar = ProgressBar.forInputs(err, quiet, () -> ProgressBar.estimatedInputs(input));
    java.util.concurrent.atomic.AtomicInteger problems = new java.util.concurrent.atomic.AtomicInteger();
    // each article is summarized and its claims prepared as it is read (ReportBatch): no analysed
    // article is held beyond the batch's budget
    ReportBatch batch = Sasil.standard().withWorkers(input.workers()).withProblemHandler(p -> {
      bar.clear();
      err.println("sasil: " + p.describe());
      err.flush();
      problems.incrementAndGet();
    }).reportBatch(SummaryOptions.ofSentences(sentences));
    ArticleLoader.Streamed read;
    Report report;
    try {
      read = ArticleLoader.stream(input, bar.messages(), bar.phase("분석 중")::advance, quiet, batch::take,
          (a, t) -> batch.add(t));
      if (batch.size() == 0) {
        bar.clear();
        err.println("sasil: no article to report");
        err.flush();
        return ExitCodes.SOME_FAILED;
      }
      report = batch.finish();
    } finally {
      bar.clear();
    }
    // written a piece at a time where the format can (JSON): a large report is never one string
    ReportWriter writer = written.writer(lang.language());
    if (file == null) {
      PrintWriter out = spec.commandLine().getOut();
      try {
        writer.write(report, out);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e); // a PrintWriter does not throw; its errors are checked after the run
      }
      return problems.get() > 0 ? ExitCodes.SOME_FAILED : read.exitCode();
    }
    try {
      file.write(w -> writer.write(report, w));
    } catch (IOException e) {
      err.println("sasil: " + e.getMessage());
      err.flush();
      return ExitCodes.SOME_FAILED;
    }
    if (!quiet) {
      var h = report.header();
      err.printf("wrote %s (%s, %s: %s, %s)%n", output, count(h.articles(), "article"),
          count(h.findings(), "finding"), count(h.contradictions(), "contradiction"), count(h.agreements(), "agreement"));
      err.flush();
    }
    return problems.get() > 0 ? ExitCodes.SOME_FAILED : read.exitCode();
  }

  /** {@code 1 article}, {@code 5 articles}. */
  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
