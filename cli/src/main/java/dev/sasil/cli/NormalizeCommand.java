package dev.sasil.cli;

import dev.sasil.core.read.BoundedInput;
import dev.sasil.core.read.InputException;
import dev.sasil.core.read.ReaderOptions;
import dev.sasil.core.read.TextDecoder;
import dev.sasil.factcheck.time.TimeAnchor;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sasil normalize [--anchor DATE] TEXT...}: every time expression and quantity of TEXT as
 * the JSON array of the contract, in text order.
 */
@Command(
    name = "normalize",
    mixinStandardHelpOptions = true,
    description = {
      "Every time expression and quantity in TEXT, normalized, as a JSON array in text order.",
      "Times are TIMEX3-style (2023-02, 2024-W11, 2024-H2, XXXX-07); quantities have a value, a unit and a bound."
    })
final class NormalizeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--anchor", paramLabel = "DATE", defaultValue = "unknown",
      description = "What relative expressions count from: YYYY, YYYY-MM, YYYY-MM-DD or unknown (default: ${DEFAULT-VALUE}).")
  String anchor;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The text (several words are joined by spaces); standard input when absent.")
  List<String> words = List.of();

  @Option(names = "--max-size", paramLabel = "SIZE",
      description = "Largest standard input read, e.g. 20MB or 500k; a larger one is refused. Default: 20MB.")
  String maxSize;

  @Override
  public Integer call() throws IOException {
    TimeAnchor a;
    try {
      a = TimeAnchor.parse(anchor);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("sasil normalize: --anchor " + e.getMessage());
      return ExitCodes.USAGE;
    }
    String text;
    if (words.isEmpty()) {
      try {
        text = readStdin();
      } catch (InputException e) {
        spec.commandLine().getErr().println("sasil: -: " + e.getMessage());
        spec.commandLine().getErr().flush();
        return ExitCodes.SOME_FAILED;
      }
    } else {
      text = String.join(" ", words);
    }
    spec.commandLine().getOut().print(NormalizeJson.text(text, a));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** Standard input within --max-size, decoded as files are (UTF-8, UTF-16 with BOM, CP949). */
  private String readStdin() throws IOException, InputException {
    ReaderOptions limit;
    try {
      limit = maxSize == null ? ReaderOptions.DEFAULT : ReaderOptions.ofSize(maxSize);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--max-size: " + e.getMessage());
    }
    TextDecoder.Decoded decoded = BoundedInput.text(System.in, limit.maxDocumentBytes());
    if (decoded.charset().equals("CP949") || decoded.replaced() > 0) {
      spec.commandLine().getErr().println("sasil: warning: -: read as " + decoded.charset()
          + (decoded.replaced() > 0 ? ", " + decoded.replaced() + " malformed byte sequence(s) replaced by \uFFFD" : ""));
    }
    return decoded.text();
  }
}
