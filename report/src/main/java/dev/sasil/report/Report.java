package dev.sasil.report;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.source.SourceGroup;
import dev.sasil.factcheck.source.SourceGroups;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a report shows, independent of its format: the header, the articles with their
 * summaries, the findings in report order (contradictions, then agreements, then single
 * sources; the checker's order within each), and which articles are copies of which.
 * Immutable; build it with {@link ReportBuilder}.
 *
 * @param sources the articles that are copies of one text, counted by the checker as one
 *     source; only articles of the report
 */
public record Report(ReportHeader header, List<ReportArticle> articles, List<Finding> findings, SourceGroups sources) {

  public Report {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(sources, "sources");
    articles = List.copyOf(articles);
    findings = List.copyOf(findings);
    java.util.Set<String> ids = new java.util.HashSet<>();
    articles.forEach(a -> ids.add(a.id()));
    for (SourceGroup g : sources.groups()) {
      if (!ids.contains(g.source()) || !ids.containsAll(g.copies())) {
        throw new IllegalArgumentException("source group of articles not in the report: " + g);
      }
    }
    for (int i = 1; i < findings.size(); i++) {
      if (findings.get(i - 1).verdict().compareTo(findings.get(i).verdict()) > 0) {
        throw new IllegalArgumentException("findings out of report order at " + i);
      }
    }
  }

  /** A report in which every article is its own source. */
  public Report(ReportHeader header, List<ReportArticle> articles, List<Finding> findings) {
    this(header, articles, findings, SourceGroups.separate());
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
