package dev.sasil.cli;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.report.json.ContractJson;
import java.util.List;

/**
 * The contract's JSON of {@code sasil compare}, as text. Apart from the command so that building
 * the command line (picocli loads and verifies every command class) does not load Jackson.
 */
final class CompareJson {

  private CompareJson() {}

  /**
   * Writes {@code {"articles": [...], "findings": [...]}} pretty-printed, with a final newline, to
   * {@code out} a finding at a time.
   */
  static void write(java.io.PrintWriter out, List<Article> articles, SourceGroups sources, List<Finding> findings) {
    try {
      new ContractJson().writeCompare(out, articles, sources, findings);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
