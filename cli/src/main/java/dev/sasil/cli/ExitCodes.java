package dev.sasil.cli;

/** Exit codes of the CLI contract. */
public final class ExitCodes {

  /** Everything went well. */
  public static final int OK = 0;
  /** Some inputs failed; the rest were processed and reported. */
  public static final int SOME_FAILED = 1;
  /** The command line was wrong, or the command is not available. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
