package dev.sasil.report;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report shows, independent of its format: the header, the articles with their
 * summaries, and the findings in report order (contradictions, then agreements, then single
 * sources; the checker's order within each). Immutable; build it with {@link ReportBuilder}.
 */
public record Report(ReportHeader header, List<ReportArticle> articles, List<Finding> findings) {

  public Report {
    Objects.requireNonNull(header, "header");
    articles = List.copyOf(articles);
    findings = List.copyOf(findings);
    for (int i = 1; i < findings.size(); i++) {
      if (findings.get(i - 1).verdict().compareTo(findings.get(i).verdict()) > 0) {
        throw new IllegalArgumentException("findings out of report order at " + i);
      }
    }
  }

  /** Contradictions first, then agreements. */
  public List<Finding> crossSource() {
    return findings.stream().filter(f -> f.verdict() != Verdict.SINGLE_SOURCE).toList();
  }

  /** Claims only one article makes. */
  public List<Finding> singleSource() {
    return findings.stream().filter(f -> f.verdict() == Verdict.SINGLE_SOURCE).toList();
  }

  /** The first article with this id. */
  public Optional<ReportArticle> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }
}
