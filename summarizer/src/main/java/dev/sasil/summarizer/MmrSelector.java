package dev.sasil.summarizer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Maximal marginal relevance: picks candidates one at a time by {@code lambda * score / top - (1 -
 * lambda) * (highest cosine to a sentence already picked)}, {@code top} the highest score among the
 * candidates still eligible, never picking a near-duplicate of a picked sentence, within the length
 * budget. Ties go to the earlier sentence. Relevance is relative to the best sentence left, so a
 * strong prior on the first picks does not shrink the scores of the rest until similarity alone
 * decides between them.
 */
final class MmrSelector {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private MmrSelector() {}

  /**
   * Candidate positions (indices into {@code candidates}) in the order they were picked.
   *
   * @param scores each candidate's score in [0, 1]
   */
  static List<Integer> select(List<Candidate> candidates, double[] scores, TermSpace space,
      LengthBudget budget, double lambda, double duplicateThreshold) {
    int n = candidates.size();
    List<Integer> chosen = new ArrayList<>();
    boolean[] out = new boolean[n];
    double[] maxSim = new double[n];
    long remaining = budget.chars();
    List<String> texts = new ArrayList<>(n);
    for (Candidate c : candidates) {
      texts.add(normalized(c.sentence().text()));
    }
    while (chosen.size() < budget.sentences()) {
      double top = 0;
      for (int i = 0; i < n; i++) {
        if (!out[i] && candidates.get(i).length() <= remaining) {
          top = Math.max(top, scores[i]);
        }
      }
      int best = -1;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (out[i] || candidates.get(i).length() > remaining) {
          continue;
        }
        double value = lambda * (top > 0 ? scores[i] / top : 0) - (1 - lambda) * maxSim[i];
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      chosen.add(best);
      out[best] = true;
      remaining -= candidates.get(best).length();
      String bestText = texts.get(best);
      for (int i = 0; i < n; i++) {
        if (out[i]) {
          continue;
        }
        double sim = space.cosine(best, i);
        maxSim[i] = Math.max(maxSim[i], sim);
        if (sim >= duplicateThreshold || texts.get(i).equals(bestText)) {
          out[i] = true;
        }
      }
    }
    return chosen;
  }

  private static String normalized(String text) {
    return SPACES.matcher(text.strip()).replaceAll(" ");
  }
}
