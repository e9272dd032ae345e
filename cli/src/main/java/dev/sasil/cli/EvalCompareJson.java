package dev.sasil.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.eval.FindingsScore;
import dev.sasil.factcheck.eval.GoldTextCheck;
import dev.sasil.factcheck.eval.ScoreCounts;
import dev.sasil.report.json.ContractJson;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The JSON of {@code sasil eval compare}: the same content as the text, properties sorted by name
 * so that the same input gives the same bytes. Claims are written as {@code sasil compare} writes
 * them. Thread-safe.
 */
final class EvalCompareJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectWriter writer;
  private final ContractJson contract = new ContractJson();

  EvalCompareJson() {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    this.writer = JsonMapper.builder()
        .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
        .build()
        .writer(printer)
        .with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  /** Pretty-printed, {@code \n} line ends, a final newline. */
  String write(ObjectNode node) {
    try {
      return writer.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  /** {@code {"items", "contradictionFindings", "warnings", "figures"}} for one gold file. */
  ObjectNode score(FindingsScore score, List<GoldTextCheck.Missing> missing) {
    ObjectNode root = NODES.objectNode();
    ArrayNode items = root.putArray("items");
    for (FindingsScore.ItemOutcome o : score.items()) {
      String outcome = switch (o.item().section()) {
        case AGREEMENTS, CONTRADICTIONS -> o.hit() ? "found" : "missed";
        case NOT_CONTRADICTIONS -> o.hit() ? "linked" : "ok";
        case EITHER -> null;
      };
      if (outcome == null) {
        continue;
      }
      ObjectNode n = items.addObject();
      n.put("id", o.item().id());
      n.put("section", o.item().section().jsonName());
      n.put("about", o.item().about());
      n.put("stretch", o.item().stretch());
      n.put("outcome", outcome);
    }
    ArrayNode contradictions = root.putArray("contradictionFindings");
    for (FindingsScore.ContradictionOutcome c : score.contradictions()) {
      Finding f = c.finding();
      ObjectNode n = contradictions.addObject();
      n.put("judgement", c.judgement().jsonName());
      ArrayNode covers = n.putArray("covers");
      c.covers().forEach(covers::add);
      n.put("subject", f.subject());
      n.put("attribute", f.attribute());
      ArrayNode q = n.putArray("qualifiers");
      f.qualifiers().forEach(q::add);
      ArrayNode claims = n.putArray("claims");
      f.claims().forEach(claim -> claims.add(contract.claim(claim)));
    }
    ArrayNode warnings = root.putArray("warnings");
    for (GoldTextCheck.Missing m : missing) {
      ObjectNode n = warnings.addObject();
      n.put("item", m.item().id());
      n.put("article", m.evidence().article());
      n.put("contains", m.evidence().contains());
      n.put("problem", m.articleMissing() ? "no-such-article" : "not-in-text");
      n.put("message", m.message());
    }
    root.set("figures", figures(score.counts()));
    return root;
  }

  /** {@code {"events": [{"event", "figures"}], "totals"}}. */
  ObjectNode events(List<EvalCompareCommand.EventScore> scores, ScoreCounts totals) {
    ObjectNode root = NODES.objectNode();
    ArrayNode events = root.putArray("events");
    for (EvalCompareCommand.EventScore s : scores) {
      ObjectNode n = events.addObject();
      n.put("event", s.event());
      n.set("figures", figures(s.counts()));
    }
    root.set("totals", figures(totals));
    return root;
  }

  private static ObjectNode figures(ScoreCounts c) {
    ObjectNode n = NODES.objectNode();
    n.put("recall", ratio(c.recall()));
    n.put("found", c.found());
    n.put("total", c.total());
    n.put("contradictionPrecision", ratio(c.contradictionPrecision()));
    n.put("contradictionFindings", c.contradictionFindings());
    n.put("trueContradictions", c.trueContradictions());
    n.put("lookAlikesLinked", c.lookAlikesLinked());
    n.put("lookAlikes", c.lookAlikes());
    n.put("stretchFound", c.stretchFound());
    n.put("stretchTotal", c.stretchTotal());
    return n;
  }

  /** A ratio with four decimals, so that output does not depend on floating-point printing. */
  private static BigDecimal ratio(double value) {
    return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }
}
