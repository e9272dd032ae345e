package dev.sasil.report;

import dev.sasil.core.Article;
import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.summarizer.Summary;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a {@link Report} from articles, their summaries and the findings of a cross-check.
 * Stateless and thread-safe.
 */
public final class ReportBuilder {

  private final String generator;

  /** @param generator what made the report, shown in its header ({@code sasil 0.1.0}) */
  public ReportBuilder(String generator) {
    this.generator = Objects.requireNonNull(generator, "generator");
    if (generator.isBlank()) {
      throw new IllegalArgumentException("blank generator");
    }
  }

  /**
   * The report of the articles, in the order given.
   *
   * @param summaries summaries in any order; articles without one get an empty summary, and a
   *     summary of an article not given is ignored
   * @param findings findings in report order, as {@code CrossChecker} gives them (contradictions,
   *     then agreements, then single-source); {@link Report} rejects any other order
   */
  public Report build(List<Article> articles, List<Summary> summaries, List<Finding> findings) {
    return build(articles, summaries, findings, SourceGroups.separate());
  }

  /**
   * The report of the articles, in the order given, saying which are copies of which.
   *
   * @param sources the copies the checker counted as one source; only articles given
   * @see #build(List, List, List)
   */
  public Report build(List<Article> articles, List<Summary> summaries, List<Finding> findings,
      SourceGroups sources) {
    Map<String, Summary> byId = new TreeMap<>();
    for (Summary s : summaries) {
      byId.putIfAbsent(s.articleId(), s);
    }
    List<ReportArticle> entries = new ArrayList<>();
    for (Article a : articles) {
      entries.add(new ReportArticle(entries.size() + 1, a, byId.get(a.id())));
    }
    return new Report(header(articles, findings), entries, findings, sources);
  }

  private ReportHeader header(List<Article> articles, List<Finding> findings) {
    TreeSet<String> outlets = new TreeSet<>();
    PartialDate earliest = null;
    PartialDate latest = null;
    int undated = 0;
    for (Article a : articles) {
      (a.outlet() != null ? Optional.of(a.outlet()) : outlet(a.url())).ifPresent(outlets::add);
      PartialDate d = a.published().date();
      if (d == null) {
        undated++;
        continue;
      }
      earliest = earliest == null || d.compareTo(earliest) < 0 ? d : earliest;
      latest = latest == null || d.compareTo(latest) > 0 ? d : latest;
    }
    return new ReportHeader(generator, articles.size(), List.copyOf(outlets), earliest, latest, undated,
        count(findings, Verdict.CONTRADICTION), count(findings, Verdict.AGREEMENT),
        count(findings, Verdict.SINGLE_SOURCE));
  }

  private static int count(List<Finding> findings, Verdict v) {
    return (int) findings.stream().filter(f -> f.verdict() == v).count();
  }

  /** The host of an http(s) URL without {@code www.}, lower case; empty for anything else. */
  static Optional<String> outlet(String url) {
    return SafeUrl.linkable(url).map(u -> {
      String host = URI.create(u).getHost().toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    });
  }
}
