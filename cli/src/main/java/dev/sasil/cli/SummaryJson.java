package dev.sasil.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sasil.core.Article;
import dev.sasil.report.json.ContractJson;
import dev.sasil.summarizer.Summary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of {@code sasil summarize}: the contract's object of every article, written at the end
 * ({@code --format json}) or one per line as each comes ({@code --format jsonl}). Apart from the
 * command so that a run writing text does not load Jackson. Not thread-safe.
 */
final class SummaryJson {

  private final ContractJson json = new ContractJson();
  private final List<ObjectNode> articles = new ArrayList<>();
  private final PrintWriter out;
  private final boolean lines;

  /** Writes to {@code out}: a line per article when {@code lines}, else one object at the end. */
  SummaryJson(PrintWriter out, boolean lines) {
    this.out = out;
    this.lines = lines;
  }

  /** Adds an article and its summary: written now as a line, or kept (header and summary only) for the end. */
  void add(Article a, Summary summary) {
    ObjectNode n = json.article(a);
    json.addSummary(n, summary);
    if (lines) {
      out.print(json.writeLine(n));
      out.flush();
    } else {
      articles.add(n);
    }
  }

  /** Writes the contract's object of every article added, unless they went out as lines. */
  void finish() {
    if (!lines) {
      out.print(json.write(json.articles(articles)));
    }
  }
}
