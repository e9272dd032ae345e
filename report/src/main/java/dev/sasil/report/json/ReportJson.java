package dev.sasil.report.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sasil.report.Report;
import dev.sasil.report.ReportArticle;
import dev.sasil.report.ReportHeader;
import dev.sasil.report.ReportWriter;

/**
 * The report as JSON: the union of the contract's {@code summarize} and {@code compare} JSON
 * (articles with summary and keywords; {@code sources} when some articles are copies of others;
 * findings in report order) plus a {@code report} header.
 * Described by {@code report.schema.json} beside this class's package ({@link #SCHEMA}).
 * Stateless and thread-safe.
 */
public final class ReportJson implements ReportWriter {

  /** The classpath location of the JSON Schema of this output. */
  public static final String SCHEMA = "/dev/sasil/report/report.schema.json";

  /** The name and version of this JSON layout, written as {@code report.format}. */
  public static final String FORMAT = "sasil-report/1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ContractJson contract = new ContractJson();

  @Override
  public String write(Report report) {
    return contract.write(tree(report));
  }

  /** The document of {@link #write(Report)}, written an article and a finding at a time. */
  @Override
  public void write(Report report, java.io.Writer out) throws java.io.IOException {
    try (com.fasterxml.jackson.core.JsonGenerator g = contract.generator(out)) {
      g.writeStartObject();
      g.writeFieldName("report");
      g.writeTree(header(report.header()));
      g.writeArrayFieldStart("articles");
      for (ReportArticle ra : report.articles()) {
        ObjectNode n = contract.article(ra.article());
        contract.addSummary(n, ra.summary());
        g.writeTree(n);
      }
      g.writeEndArray();
      contract.writeSourcesAndFindings(g, report.sources(), report.findings());
      g.writeEndObject();
    }
    out.write("\n");
    out.flush();
  }

  /** The JSON tree. */
  public ObjectNode tree(Report report) {
    ObjectNode root = NODES.objectNode();
    root.set("report", header(report.header()));
    ArrayNode articles = root.putArray("articles");
    for (ReportArticle ra : report.articles()) {
      ObjectNode n = contract.article(ra.article());
      contract.addSummary(n, ra.summary());
      articles.add(n);
    }
    contract.addSources(root, report.sources());
    root.set("findings", contract.findings(report.findings()));
    return root;
  }

  /** The {@code report} object: format, generator, counts, outlets and date range. */
  public ObjectNode header(ReportHeader h) {
    ObjectNode n = NODES.objectNode();
    n.put("format", FORMAT);
    n.put("generator", h.generator());
    n.put("articles", h.articles());
    ArrayNode outlets = n.putArray("outlets");
    h.outlets().forEach(outlets::add);
    ObjectNode dates = n.putObject("published");
    if (h.earliest() == null) {
      dates.putNull("earliest");
      dates.putNull("latest");
    } else {
      dates.put("earliest", h.earliest().toString());
      dates.put("latest", h.latest().toString());
    }
    dates.put("unknown", h.undated());
    ObjectNode findings = n.putObject("findings");
    findings.put("contradiction", h.contradictions());
    findings.put("agreement", h.agreements());
    findings.put("single-source", h.singleSource());
    return n;
  }
}
