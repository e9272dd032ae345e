package dev.sasil.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sasil compare}: not yet available. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "Cross-check claims across articles: agreements, contradictions, single sources.")
final class CompareCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "ARG")
  List<String> args = List.of();

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("sasil compare: not yet available");
    return ExitCodes.USAGE;
  }
}
