package dev.sasil.cli;

import dev.sasil.core.Article;
import dev.sasil.core.read.ArticleReader;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sasil inspect}: what was read of each article (a debugging aid). */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = "Show each article's id, title, publication date (and its source) and sentence count, "
        + "tab-separated, one article a line. A debugging aid for reading and cleaning.")
final class InspectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin InputOptions input;

  @Option(names = "--text", description = "Also print each article's cleaned text, its lines indented by a tab.")
  boolean showText;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    // each article printed as soon as it and those before it are read, none kept
    ArticleLoader.Streamed run = ArticleLoader.stream(input, spec.commandLine().getErr(), ArticleReader.Progress.NONE,
        false, a -> a, (a, same) -> print(out, a));
    out.flush();
    return run.exitCode();
  }

  /** One article's line, and its text when asked. */
  private void print(PrintWriter out, Article a) {
    String date = a.published().isKnown()
        ? a.published().date() + " (" + a.published().source().jsonName() + ")"
        : "unknown";
    out.printf("%s\t%s\t%s\t%d sentences%n", a.id(), a.title().replace('\t', ' '), date, a.sentences().size());
    if (showText) {
      a.text().lines().forEach(line -> out.println("\t" + line));
    }
    out.flush();
  }
}
