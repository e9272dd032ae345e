package dev.sasil.cli;

import dev.sasil.Sasil;
import dev.sasil.core.Article;
import dev.sasil.summarizer.Summary;
import dev.sasil.summarizer.SummaryOptions;
import dev.sasil.summarizer.SummarySentence;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sasil summarize}: each article's own best sentences, in article order. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = "Summarize each article: its own best sentences, in article order.")
final class SummarizeCommand implements Callable<Integer> {

  /** Output formats: {@code jsonl} is one article object per line, written as each is done. */
  enum Format { text, json, jsonl }

  /** How long each summary may be: one of three, three sentences when none is given. */
  static final class Length {
    @Option(names = "--sentences", paramLabel = "N", description = "Sentences per summary (default 3).")
    Integer sentences;

    @Option(names = "--chars", paramLabel = "N",
        description = "Most characters per summary (the chosen sentences' lengths summed); never exceeded.")
    Integer chars;

    @Option(names = "--ratio", paramLabel = "R",
        description = "Share of the article's body sentences, in (0, 1]; rounded half up, at least 1.")
    Double ratio;
  }

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Length length;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json (the contract's object, written at the end) or jsonl (one article object per line, "
          + "each written as soon as it and those before it are done) (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no line of counts on stderr.")
  boolean quiet;

  @Override
  public Integer call() {
    SummaryOptions options = options();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SummaryJson json = format == Format.text ? null : new SummaryJson(out, format == Format.jsonl);
    ProgressBar bar = ProgressBar.forInputs(err, quiet, () -> ProgressBar.estimatedInputs(input));
    ArticleLoader.Streamed run;
    try {
      run = ArticleLoader.stream(input, bar.messages(), bar.phase("요약 중")::advance, quiet,
          a -> Sasil.standard().summarize(a, options), (a, summary) -> {
            if (json != null) {
              json.add(a, summary);
            } else {
              printText(out, a, summary);
              out.flush();
            }
          });
    } finally {
      bar.clear();
    }
    if (json != null) {
      json.finish();
    }
    out.flush();
    err.flush();
    return run.exitCode();
  }

  private SummaryOptions options() {
    try {
      if (length == null || length.sentences != null) {
        return SummaryOptions.ofSentences(length == null ? 3 : length.sentences);
      }
      return length.chars != null ? SummaryOptions.ofChars(length.chars) : SummaryOptions.ofRatio(length.ratio);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** A header line (id, title, date) and the chosen sentences with their indices, then a blank line. */
  static void printText(PrintWriter out, Article a, Summary s) {
    String date = a.published().isKnown() ? a.published().date().toString() : "date unknown";
    String title = a.title().isBlank() ? "(no title)" : a.title();
    out.println("# " + a.id() + " | " + title + " | " + date);
    if (s.sentences().isEmpty()) {
      out.println("  (no sentence to summarize)");
    }
    for (SummarySentence ss : s.sentences()) {
      out.println("  [" + ss.index() + "] " + ss.text());
    }
    out.println();
  }
}
