package dev.sasil.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.report.json.ContractJson;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code sasil compare --format json} made from what the job gathered: the articles' headers
 * (written per partition by {@link ContractJson#article}), the copies and the findings, in the
 * order and form of {@link ContractJson#compare}. Stateless.
 */
final class ContractFile {

  private ContractFile() {}

  /** The contract's JSON; {@code headers} are the articles' JSON objects in input order. */
  static String json(List<String> headers, SourceGroups sources, List<Finding> findings) {
    ContractJson json = new ContractJson();
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode articles = root.putArray("articles");
    try {
      for (String h : headers) {
        articles.add(mapper.readTree(h));
      }
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("an article header is not JSON", e);
    }
    json.addSources(root, sources);
    root.set("findings", json.findings(findings));
    return json.write(root);
  }
}
