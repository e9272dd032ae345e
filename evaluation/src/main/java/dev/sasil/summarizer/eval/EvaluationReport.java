package dev.sasil.summarizer.eval;

import java.util.List;
import java.util.Objects;

/**
 * Mean ROUGE F1 over a corpus, per tokenization, for the system and the baselines computed in
 * the same run.
 *
 * @param articles how many articles were scored
 * @param rows one row per (tokenization, system), in a fixed order: for each tokenizer, the
 *     system, Lead-k, the cleaned Lead-k, Longest-k, then the Oracle
 * @param systemRates how the system chooses
 * @param goldRates how the labellers chose
 */
public record EvaluationReport(int articles, List<Row> rows, SelectionRates systemRates, SelectionRates goldRates) {

  public EvaluationReport {
    rows = List.copyOf(rows);
    Objects.requireNonNull(systemRates, "systemRates");
    Objects.requireNonNull(goldRates, "goldRates");
  }

  /**
   * Mean scores of one system under one tokenization.
   *
   * @param tokens the tokenizer's name ({@code words}, {@code morphemes})
   * @param system {@code system}, {@code lead-3}, {@code lead-3-clean}, {@code longest-3}, {@code oracle-3} …
   * @param mean the mean F1 scores over the articles
   * @param meanSentences the mean number of sentences the system chose
   */
  public record Row(String tokens, String system, RougeScores mean, double meanSentences) {
    public Row {
      Objects.requireNonNull(tokens);
      Objects.requireNonNull(system);
      Objects.requireNonNull(mean);
    }
  }

  /** The row of a system under a tokenization. */
  public Row row(String tokens, String system) {
    return rows.stream()
        .filter(r -> r.tokens().equals(tokens) && r.system().equals(system))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row for " + tokens + "/" + system));
  }
}
