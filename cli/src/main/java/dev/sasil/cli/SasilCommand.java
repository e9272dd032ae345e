package dev.sasil.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code sasil} command; its subcommands do the work. */
@Command(
    name = "sasil",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Summaries and cross-source fact checks for Korean news articles.",
    subcommands = {
      SummarizeCommand.class,
      CompareCommand.class,
      ReportCommand.class,
      NormalizeCommand.class,
      InspectCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class SasilCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** A configured command line: UTF-8 writers, usage errors as exit 2, errors as one line. */
  public static CommandLine commandLine() {
    return commandLine(
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
  }

  /** A configured command line writing to the given writers (tests use this). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new SasilCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("sasil: " + oneLine(ex));
          commandLine.getErr().flush();
          return ExitCodes.SOME_FAILED;
        });
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          if (ex instanceof CommandLine.UnmatchedArgumentException u && c.getParent() == null
              && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            // a misspelt subcommand: the closest one (picocli orders its suggestions by likeness)
            c.getErr().println("sasil: no command '" + u.getUnmatched().get(0) + "'");
            if (!u.getSuggestions().isEmpty()) {
              c.getErr().println("Did you mean: " + u.getSuggestions().get(0) + "?");
            }
          } else {
            c.getErr().println("sasil: " + ex.getMessage());
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
              c.getErr().println("Did you mean: " + String.join(" or ", u.getSuggestions()) + "?");
            }
          }
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          c.getErr().flush();
          return ExitCodes.USAGE;
        });
    return cl;
  }

  static String oneLine(Throwable ex) {
    String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    return msg.replace('\n', ' ');
  }
}
