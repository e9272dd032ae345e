package dev.sasil.cli;

import dev.sasil.Sasil;
import dev.sasil.core.Article;
import dev.sasil.report.json.ContractJson;
import dev.sasil.summarizer.Summary;
import dev.sasil.summarizer.SummaryOptions;
import dev.sasil.summarizer.SummarySentence;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** Output formats. */
  enum Format { text, json }

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
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    SummaryOptions options = options();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleLoader.Loaded loaded = ArticleLoader.load(input, err);
    boolean failed = loaded.someFailed();
    List<Article> articles = new ArrayList<>();
    Map<String, Summary> summaries = new LinkedHashMap<>();
    List<Summary> textSummaries = new ArrayList<>();
    for (Article a : loaded.articles()) {
      if (summaries.containsKey(a.id())) {
        err.println("sasil: warning: two inputs have the id " + a.id() + "; the JSON output keys summaries by id");
      }
      try {
        Summary summary = Sasil.standard().summarize(a, options);
        summaries.put(a.id(), summary);
        textSummaries.add(summary);
        articles.add(a);
      } catch (RuntimeException e) {
        err.println("sasil: " + a.id() + ": " + SasilCommand.oneLine(e));
        failed = true;
      }
    }
    if (format == Format.json) {
      ContractJson json = new ContractJson();
      out.print(json.write(json.summarize(articles, summaries)));
    } else {
      for (int i = 0; i < articles.size(); i++) {
        printText(out, articles.get(i), textSummaries.get(i));
      }
    }
    out.flush();
    err.flush();
    return failed ? ExitCodes.SOME_FAILED : ExitCodes.OK;
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
