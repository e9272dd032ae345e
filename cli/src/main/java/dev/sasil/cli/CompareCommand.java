package dev.sasil.cli;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.report.text.FindingsTextWriter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sasil compare}: claims of several articles cross-checked. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Cross-check claims across articles: agreements, contradictions, single sources.")
final class CompareCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { text, json, md }

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Mixin LanguageOption lang;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar and no line of counts on stderr.")
  boolean quiet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar bar = ProgressBar.forInputs(err, quiet, () -> ProgressBar.estimatedInputs(input));
    CrossCheck run;
    try {
      run = CrossCheck.run(input, bar.messages(), bar.phase("읽는 중")::advance, quiet, false);
    } finally {
      bar.clear();
    }
    List<Article> articles = run.articles();
    SourceGroups sources = run.sources();
    List<Finding> findings = run.findings();
    switch (format) {
      case json -> CompareJson.write(out, articles, sources, findings);
      case md -> out.print(new FindingsTextWriter(FindingsTextWriter.Style.MARKDOWN, lang.language())
          .write(articles, sources, findings));
      default -> out.print(new FindingsTextWriter(FindingsTextWriter.Style.TEXT)
          .write(articles, sources, findings));
    }
    out.flush();
    return run.exitCode();
  }
}
