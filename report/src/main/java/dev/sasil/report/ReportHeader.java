package dev.sasil.report;

import dev.sasil.core.time.PartialDate;
import java.util.List;
import java.util.Objects;

/**
 * What a report covers, shown at its top. Carries no timestamp: the same input gives the same
 * report.
 *
 * @param generator the program that made the report ({@code sasil 0.1.0})
 * @param articles how many articles
 * @param outlets the distinct hosts of the articles' URLs ({@code www.} dropped), sorted; empty
 *     when no article has a URL
 * @param earliest the earliest publication date, or null when no article is dated
 * @param latest the latest publication date, or null when no article is dated
 * @param undated how many articles have no known publication date
 * @param contradictions how many findings are contradictions
 * @param agreements how many findings are agreements
 * @param singleSource how many findings rest on one source
 */
public record ReportHeader(
    String generator,
    int articles,
    List<String> outlets,
    PartialDate earliest,
    PartialDate latest,
    int undated,
    int contradictions,
    int agreements,
    int singleSource) {

  public ReportHeader {
    Objects.requireNonNull(generator, "generator");
    outlets = List.copyOf(outlets);
    if (articles < 0 || undated < 0 || undated > articles
        || contradictions < 0 || agreements < 0 || singleSource < 0) {
      throw new IllegalArgumentException("bad counts: " + articles + " articles, " + undated + " undated, "
          + contradictions + "/" + agreements + "/" + singleSource + " findings");
    }
    if ((earliest == null) != (latest == null)) {
      throw new IllegalArgumentException("date range needs both ends: " + earliest + ", " + latest);
    }
  }

  /** Contradictions and agreements: the findings that compare sources. */
  public int crossSource() {
    return contradictions + agreements;
  }

  /** Every finding. */
  public int findings() {
    return contradictions + agreements + singleSource;
  }

  /** {@code 2023-07 – 2024-10-02}, one date when both ends are equal, empty when none is known. */
  public String dateRange() {
    if (earliest == null) {
      return "";
    }
    return earliest.equals(latest) ? earliest.toString() : earliest + " – " + latest;
  }
}
