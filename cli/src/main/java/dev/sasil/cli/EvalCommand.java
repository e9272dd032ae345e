package dev.sasil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sasil eval}: measure components on labelled data; each subcommand prints its figures. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate components on labelled data and print the figures.",
    subcommands = {EvalSentencesCommand.class, EvalSummarizeCommand.class, EvalNerCommand.class,
      EvalCompareCommand.class})
final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }
}
