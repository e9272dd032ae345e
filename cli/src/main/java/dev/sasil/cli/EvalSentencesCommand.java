package dev.sasil.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sasil eval sentences}: not yet available. */
@Command(name = "sentences", mixinStandardHelpOptions = true, description = "Sentence boundary precision, recall and F1 on UD Korean CoNLL-U files.")
final class EvalSentencesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "ARG")
  List<String> args = List.of();

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("sasil eval sentences: not yet available");
    return ExitCodes.USAGE;
  }
}
