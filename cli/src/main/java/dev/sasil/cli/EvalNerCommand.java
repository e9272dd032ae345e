package dev.sasil.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sasil eval ner}: not yet available. */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Recall of time and quantity extraction against KLUE-NER DT/TI/QT entities.")
final class EvalNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "ARG")
  List<String> args = List.of();

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("sasil eval ner: not yet available");
    return ExitCodes.USAGE;
  }
}
