package dev.sasil.report.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.source.SourceGroup;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.time.TimeValue;
import dev.sasil.summarizer.Keyword;
import dev.sasil.summarizer.Summary;
import dev.sasil.summarizer.SummarySentence;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON of the CLI contract ({@code DESIGN.md}): {@code summarize}, {@code compare} and their
 * union. Properties are written in a fixed order, so the same input gives the same bytes.
 * Thread-safe.
 */
public final class ContractJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectWriter writer;
  private final ObjectWriter lineWriter;

  public ContractJson() {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    ObjectMapper mapper = new ObjectMapper();
    this.writer = mapper.writer(printer).with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    this.lineWriter = mapper.writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  /** Pretty-printed JSON with {@code \n} line ends and a final newline; decimals written plain (12000, not 1.2E+4). */
  public String write(JsonNode node) {
    try {
      return writer.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  /** One line of JSON Lines: {@code node} on one line, no spaces, with a final {@code \n}. */
  public String writeLine(JsonNode node) {
    try {
      return lineWriter.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  /** {@code {"articles": [...]}} of article nodes already made (by {@link #article} and {@link #addSummary}). */
  public ObjectNode articles(List<ObjectNode> articleNodes) {
    ObjectNode root = NODES.objectNode();
    root.putArray("articles").addAll(articleNodes);
    return root;
  }

  /** An article's header: id, title, url, published, publishedFrom, language. */
  public ObjectNode article(Article a) {
    ObjectNode n = NODES.objectNode();
    n.put("id", a.id());
    n.put("title", a.title());
    if (a.url() != null) {
      n.put("url", a.url());
    }
    if (a.published().isKnown()) {
      n.put("published", a.published().date().toString());
      n.put("publishedFrom", a.published().source().jsonName());
    } else {
      n.putNull("published");
      n.putNull("publishedFrom");
    }
    n.put("language", a.language());
    n.put("sentences", a.sentences().size());
    return n;
  }

  /** {@code {"articles": [... "summary": [...], "keywords": [...]]}}; summaries keyed by article id. */
  public ObjectNode summarize(List<Article> articles, Map<String, Summary> summaries) {
    ObjectNode root = NODES.objectNode();
    ArrayNode arr = root.putArray("articles");
    for (Article a : articles) {
      ObjectNode n = article(a);
      Summary s = summaries.get(a.id());
      if (s != null) {
        addSummary(n, s);
      }
      arr.add(n);
    }
    return root;
  }

  /** Adds {@code summary} and {@code keywords} to an article node. */
  public void addSummary(ObjectNode articleNode, Summary s) {
    ArrayNode sum = articleNode.putArray("summary");
    for (SummarySentence ss : s.sentences()) {
      ObjectNode n = sum.addObject();
      n.put("index", ss.index());
      n.put("text", ss.text());
      n.put("score", round(ss.score()));
    }
    ArrayNode kw = articleNode.putArray("keywords");
    for (Keyword k : s.keywords()) {
      ObjectNode n = kw.addObject();
      n.put("text", k.text());
      n.put("score", round(k.score()));
    }
  }

  /** {@code {"articles": [...], "findings": [...]}}. */
  public ObjectNode compare(List<Article> articles, List<Finding> findings) {
    return compare(articles, SourceGroups.separate(), findings);
  }

  /**
   * {@code {"articles": [...], "sources": [...], "findings": [...]}}, {@code sources} only when
   * some articles are copies of others ({@link #addSources}).
   */
  public ObjectNode compare(List<Article> articles, SourceGroups sources, List<Finding> findings) {
    ObjectNode root = NODES.objectNode();
    ArrayNode arr = root.putArray("articles");
    articles.forEach(a -> arr.add(article(a)));
    addSources(root, sources);
    root.set("findings", findings(findings));
    return root;
  }

  /**
   * Writes {@link #compare(List, SourceGroups, List)} to {@code out} as {@link #write} would, with
   * its final newline, one article and one finding at a time: the tree of a large comparison is
   * never built whole. {@code out} is flushed, not closed.
   */
  public void writeCompare(java.io.Writer out, List<Article> articles, SourceGroups sources, List<Finding> findings)
      throws java.io.IOException {
    try (JsonGenerator g = generator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("articles");
      for (Article a : articles) {
        g.writeTree(article(a));
      }
      g.writeEndArray();
      writeSourcesAndFindings(g, sources, findings);
      g.writeEndObject();
    }
    out.write("\n");
    out.flush();
  }

  /**
   * A generator writing to {@code out} as {@link #write} prints (pretty, plain decimals), which
   * leaves {@code out} open when closed: for documents written a piece at a time.
   */
  public JsonGenerator generator(java.io.Writer out) throws java.io.IOException {
    JsonGenerator g = writer.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return g;
  }

  /** The {@code sources} field (when some articles are copies) and the {@code findings} array, a finding at a time. */
  public void writeSourcesAndFindings(JsonGenerator g, SourceGroups sources, List<Finding> findings)
      throws java.io.IOException {
    ObjectNode copies = NODES.objectNode();
    addSources(copies, sources);
    if (copies.has("sources")) {
      g.writeFieldName("sources");
      g.writeTree(copies.get("sources"));
    }
    g.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      g.writeTree(finding(f));
    }
    g.writeEndArray();
  }

  /**
   * Adds {@code "sources": [{"source": "a1", "copies": ["a3"]}]}, the groups of articles that are
   * copies of one text and count as one source, when there is any; nothing when every article is
   * its own source, so that such output is unchanged.
   */
  public void addSources(ObjectNode root, SourceGroups sources) {
    if (!sources.hasCopies()) {
      return;
    }
    ArrayNode arr = root.putArray("sources");
    for (SourceGroup g : sources.groups()) {
      ObjectNode n = arr.addObject();
      n.put("source", g.source());
      ArrayNode copies = n.putArray("copies");
      g.copies().forEach(copies::add);
    }
  }

  public ArrayNode findings(List<Finding> findings) {
    ArrayNode arr = NODES.arrayNode();
    findings.forEach(f -> arr.add(finding(f)));
    return arr;
  }

  /** One finding: subject, attribute, verdict, qualifiers, explanation and its claims. */
  public ObjectNode finding(Finding f) {
    ObjectNode n = NODES.objectNode();
    n.put("subject", f.subject());
    n.put("attribute", f.attribute());
    n.put("verdict", f.verdict().jsonName());
    ArrayNode q = n.putArray("qualifiers");
    f.qualifiers().forEach(q::add);
    n.put("explanation", f.explanation());
    ArrayNode claims = n.putArray("claims");
    f.claims().forEach(c -> claims.add(claim(c)));
    return n;
  }

  public ObjectNode claim(Claim c) {
    ObjectNode n = NODES.objectNode();
    n.put("article", c.evidence().articleId());
    n.put("sentenceIndex", c.evidence().sentenceIndex());
    n.put("sentence", c.evidence().sentence());
    n.put("text", c.evidence().text());
    n.put("start", c.evidence().start());
    n.put("end", c.evidence().end());
    n.put("value", c.value().normalized());
    if (c.value() instanceof TimeValue t) {
      n.put("type", "time");
      n.put("granularity", t.granularity().name().toLowerCase(java.util.Locale.ROOT));
      if (t.modifier() != dev.sasil.factcheck.time.TimeModifier.NONE) {
        n.put("modifier", t.modifier().name().toLowerCase(java.util.Locale.ROOT));
      }
    } else if (c.value() instanceof Quantity q) {
      n.put("type", "quantity");
      n.put("unit", q.unit().name());
      n.put("bound", q.bound().name().toLowerCase(java.util.Locale.ROOT));
    } else if (c.value() instanceof dev.sasil.factcheck.entity.Spelling
        || c.value() instanceof dev.sasil.factcheck.entity.Office) {
      // a name, or an office, a prize or a nomination, as written
      n.put("type", "name");
    } else if (c.value() instanceof dev.sasil.factcheck.time.Since s) {
      // what a record counts from: a time, reckoned back from a span (48년 만에) or written
      n.put("type", "since");
      n.put("granularity", s.from().granularity().name().toLowerCase(java.util.Locale.ROOT));
      n.put("reckoned", s.reckoned());
    } else if (c.value() instanceof dev.sasil.factcheck.quantity.Superlative) {
      // a record ever (역대 최대): the value is the record word of its kind, the text as written
      n.put("type", "record");
    }
    if (!c.qualifiers().isEmpty()) {
      ArrayNode q = n.putArray("qualifiers");
      c.qualifiers().forEach(q::add);
    }
    if (c.isDerived()) {
      n.put("derivation", c.derivation());
    }
    return n;
  }

  private static double round(double v) {
    return Math.round(v * 10000.0) / 10000.0;
  }
}
