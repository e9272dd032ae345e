package dev.sasil.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sasil eval summarize}: not yet available. */
@Command(name = "summarize", mixinStandardHelpOptions = true, description = "ROUGE of summaries against labelled sentences, beside Lead-3 and the Oracle.")
final class EvalSummarizeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "ARG")
  List<String> args = List.of();

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("sasil eval summarize: not yet available");
    return ExitCodes.USAGE;
  }
}
