package dev.sasil.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sasil.core.read.BoundedInput;
import dev.sasil.core.read.InputException;
import dev.sasil.core.read.ReaderOptions;
import dev.sasil.core.read.TextDecoder;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityMention;
import dev.sasil.factcheck.quantity.QuantityNormalizer;
import dev.sasil.factcheck.time.TimeAnchor;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeModifier;
import dev.sasil.factcheck.time.TimeNormalizer;
import dev.sasil.report.json.ContractJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
    spec.commandLine().getOut().print(new ContractJson().write(toJson(text, a)));
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

  /** The contract array for {@code text}: times and quantities merged by position (a time first on a tie). */
  static ArrayNode toJson(String text, TimeAnchor anchor) {
    record Item(int start, int kind, ObjectNode node) {}
    List<Item> items = new ArrayList<>();
    for (TimeMention m : TimeNormalizer.standard().find(text, anchor)) {
      items.add(new Item(m.start(), 0, time(m)));
    }
    for (QuantityMention m : QuantityNormalizer.standard().find(text)) {
      items.add(new Item(m.start(), 1, quantity(m)));
    }
    items.sort(Comparator.comparingInt(Item::start).thenComparingInt(Item::kind));
    ArrayNode arr = NODES.arrayNode();
    items.forEach(i -> arr.add(i.node()));
    return arr;
  }

  private static ObjectNode time(TimeMention m) {
    ObjectNode n = NODES.objectNode();
    n.put("type", "time");
    n.put("text", m.text());
    if (m.value() == null) {
      n.putNull("value");
    } else {
      n.put("value", m.value().normalized());
    }
    n.put("start", m.start());
    n.put("end", m.end());
    if (m.value() != null) {
      n.put("granularity", m.value().granularity().name().toLowerCase(Locale.ROOT));
      if (m.value().modifier() != TimeModifier.NONE) {
        n.put("modifier", m.value().modifier().name().toLowerCase(Locale.ROOT));
      }
    }
    if (m.duration() != null) {
      n.put("duration", m.duration().toString());
      n.put("eventRelative", m.eventRelative());
    }
    return n;
  }

  private static ObjectNode quantity(QuantityMention m) {
    ObjectNode n = NODES.objectNode();
    n.put("type", "quantity");
    n.put("text", m.text());
    putQuantity(n, m.quantity());
    n.put("start", m.start());
    n.put("end", m.end());
    if (m.conversion() != null) {
      putQuantity(n.putObject("conversion"), m.conversion());
    }
    return n;
  }

  private static void putQuantity(ObjectNode n, Quantity q) {
    n.put("value", q.value());
    n.put("unit", q.unit().name());
    n.put("bound", q.bound().name().toLowerCase(Locale.ROOT));
    if (q.upper() != null) {
      n.put("upper", q.upper());
    }
  }
}
