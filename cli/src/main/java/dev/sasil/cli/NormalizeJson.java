package dev.sasil.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityMention;
import dev.sasil.factcheck.quantity.QuantityNormalizer;
import dev.sasil.factcheck.time.TimeAnchor;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeModifier;
import dev.sasil.factcheck.time.TimeNormalizer;
import dev.sasil.report.json.ContractJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The JSON of {@code sasil normalize}: apart from the command, so that building the command line
 * (picocli reflects on every command's fields and methods) does not load Jackson.
 */
final class NormalizeJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private NormalizeJson() {}

  /** The contract array for {@code text}, pretty-printed with a final newline. */
  static String text(String text, TimeAnchor anchor) {
    return new ContractJson().write(of(text, anchor));
  }

  /** The contract array for {@code text}: times and quantities merged by position (a time first on a tie). */
  static ArrayNode of(String text, TimeAnchor anchor) {
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
