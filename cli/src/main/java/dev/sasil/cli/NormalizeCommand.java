package dev.sasil.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sasil normalize}: not yet available. */
@Command(name = "normalize", mixinStandardHelpOptions = true, description = "Every time expression and quantity in TEXT, normalized.")
final class NormalizeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "ARG")
  List<String> args = List.of();

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("sasil normalize: not yet available");
    return ExitCodes.USAGE;
  }
}
