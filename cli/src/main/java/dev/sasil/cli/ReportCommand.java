package dev.sasil.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sasil report}: not yet available. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "A report of summaries and findings as HTML, Markdown or JSON.")
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "ARG")
  List<String> args = List.of();

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("sasil report: not yet available");
    return ExitCodes.USAGE;
  }
}
