package dev.sasil.cli;

import picocli.CommandLine;

/** Entry point of the {@code sasil} command: the only place that exits. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(SasilCommand.commandLine(args).execute(args));
  }
}
