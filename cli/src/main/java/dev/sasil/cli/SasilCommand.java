package dev.sasil.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code sasil} command; its subcommands do the work. */
@Command(
    name = "sasil",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Summaries and cross-source fact checks for Korean news articles.")
public final class SasilCommand implements Runnable {

  /**
   * The subcommands, in the order help lists them. They are added to the command line in code, not
   * in the annotation, so that a run of one of them ({@link #commandLine(String[])}) builds that
   * one only: picocli reflects on every command it is given, a third of a second at start-up.
   */
  private static final List<Class<?>> SUBCOMMANDS = List.of(
      SummarizeCommand.class,
      CompareCommand.class,
      ReportCommand.class,
      NormalizeCommand.class,
      InspectCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }

  /** A configured command line: UTF-8 writers, usage errors as exit 2, errors as one line. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line for these arguments: when the first names a subcommand (not {@code help}),
   * that subcommand alone is built, which parses and runs them exactly as the whole tree would;
   * otherwise every subcommand (the top-level help lists them, a misspelt one gets suggestions).
   */
  public static CommandLine commandLine(String[] args) {
    CheckedOutputStream checked = new CheckedOutputStream(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return commandLine(new PrintWriter(new OutputStreamWriter(checked, StandardCharsets.UTF_8), true), err,
        checked::failure, subcommandsFor(args));
  }

  /** The one subcommand {@code args} run, or all of them. */
  static List<Class<?>> subcommandsFor(String[] args) {
    if (args.length > 0) {
      for (Class<?> c : SUBCOMMANDS) {
        Command command = c.getAnnotation(Command.class);
        if (c != CommandLine.HelpCommand.class && command != null && command.name().equals(args[0])) {
          return List.of(c);
        }
      }
    }
    return SUBCOMMANDS;
  }

  /**
   * A configured command line writing its output to {@code out}; a failed write is named in the
   * line that reports it ({@code sasil: cannot write the output: No space left on device}).
   */
  public static CommandLine commandLine(OutputStream out, PrintWriter err) {
    CheckedOutputStream checked = new CheckedOutputStream(out);
    return commandLine(new PrintWriter(new OutputStreamWriter(checked, StandardCharsets.UTF_8), true), err,
        checked::failure, SUBCOMMANDS);
  }

  /** A configured command line writing to the given writers (tests use this). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, () -> null, SUBCOMMANDS);
  }

  /**
   * The command line; a command whose output cannot be written ends with one line saying so
   * ({@link PrintWriter#checkError()}) and exit code 1, whatever it returned.
   */
  private static CommandLine commandLine(PrintWriter out, PrintWriter err, Supplier<String> whyOutputFailed,
      List<Class<?>> subcommands) {
    CommandLine cl = new CommandLine(new SasilCommand());
    subcommands.forEach(cl::addSubcommand); // before the settings below, which reach the subcommands added so far
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionStrategy(parseResult -> {
      int code;
      try {
        code = new CommandLine.RunLast().execute(parseResult);
      } catch (Error e) {
        if (!OutOfMemory.isHeapExhaustion(e)) {
          throw e;
        }
        err.println("sasil: " + OutOfMemory.inRun().getMessage());
        err.flush();
        return ExitCodes.SOME_FAILED;
      }
      if (out.checkError()) {
        String why = whyOutputFailed.get();
        err.println("sasil: cannot write the output" + (why == null ? "" : ": " + why));
        err.flush();
        return Math.max(code, ExitCodes.SOME_FAILED);
      }
      return code;
    });
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
