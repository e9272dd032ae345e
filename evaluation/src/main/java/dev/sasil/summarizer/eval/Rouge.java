package dev.sasil.summarizer.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-N and ROUGE-L F1 of one system token sequence against one reference, computed as
 * {@code score_summaries.py} does: clipped n-gram overlap, and the longest common subsequence of
 * the two whole sequences (not the summary-level union LCS of the original ROUGE script).
 */
public final class Rouge {

  private Rouge() {}

  public static RougeScores score(List<String> system, List<String> reference) {
    return new RougeScores(rougeN(system, reference, 1), rougeN(system, reference, 2), rougeL(system, reference));
  }

  static double rougeN(List<String> system, List<String> reference, int n) {
    Map<List<String>, Integer> s = ngrams(system, n);
    Map<List<String>, Integer> r = ngrams(reference, n);
    int overlap = 0;
    for (Map.Entry<List<String>, Integer> e : s.entrySet()) {
      overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    }
    return f1(overlap, Math.max(0, system.size() - n + 1), Math.max(0, reference.size() - n + 1));
  }

  static double rougeL(List<String> system, List<String> reference) {
    return f1(lcs(system, reference), system.size(), reference.size());
  }

  /** Length of the longest common subsequence, in O(|a| |b|) time and O(|b|) space. */
  static int lcs(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (String x : a) {
      cur[0] = 0;
      for (int j = 0; j < b.size(); j++) {
        cur[j + 1] = x.equals(b.get(j)) ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      out.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  private static double f1(int overlap, int systemCount, int referenceCount) {
    if (overlap == 0 || systemCount == 0 || referenceCount == 0) {
      return 0;
    }
    double p = (double) overlap / systemCount;
    double r = (double) overlap / referenceCount;
    return 2 * p * r / (p + r);
  }
}
