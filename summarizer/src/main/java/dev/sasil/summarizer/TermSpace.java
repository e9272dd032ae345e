package dev.sasil.summarizer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The candidates of one article as term-frequency vectors over a per-article vocabulary, with
 * sentence-level document frequencies. Built per call; not shared.
 */
final class TermSpace {

  private final int[][] termIds;
  private final int[][] termCounts;
  private final int[] lengths;
  private final int[] df;
  private final int vocabulary;
  private final double[][] unitTfIdf;
  private final Map<String, Integer> ids;
  private final double[] idf;
  private final double[] bm25Idf;

  TermSpace(List<Candidate> candidates) {
    int n = candidates.size();
    ids = new HashMap<>();
    termIds = new int[n][];
    termCounts = new int[n][];
    lengths = new int[n];
    for (int i = 0; i < n; i++) {
      Map<Integer, Integer> counts = new TreeMap<>();
      for (String t : candidates.get(i).terms()) {
        int id = ids.computeIfAbsent(t, k -> ids.size());
        counts.merge(id, 1, Integer::sum);
      }
      termIds[i] = new int[counts.size()];
      termCounts[i] = new int[counts.size()];
      int k = 0;
      for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
        termIds[i][k] = e.getKey();
        termCounts[i][k] = e.getValue();
        k++;
      }
      lengths[i] = candidates.get(i).terms().size();
    }
    vocabulary = ids.size();
    df = new int[vocabulary];
    for (int[] row : termIds) {
      for (int id : row) {
        df[id]++;
      }
    }
    idf = new double[vocabulary];
    bm25Idf = new double[vocabulary];
    for (int t = 0; t < vocabulary; t++) {
      idf[t] = Math.log(1.0 + (double) n / df[t]);
      bm25Idf[t] = Math.log(1.0 + (n - df[t] + 0.5) / (df[t] + 0.5));
    }
    unitTfIdf = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] w = new double[termIds[i].length];
      double norm = 0;
      for (int k = 0; k < w.length; k++) {
        w[k] = (1 + Math.log(termCounts[i][k])) * idf(termIds[i][k]);
        norm += w[k] * w[k];
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < w.length; k++) {
        w[k] = norm == 0 ? 0 : w[k] / norm;
      }
      unitTfIdf[i] = w;
    }
  }

  int size() {
    return termIds.length;
  }

  /** Smoothed inverse sentence frequency, always positive. */
  double idf(int term) {
    return idf[term];
  }

  /** Okapi BM25 inverse document frequency (the non-negative variant). */
  double bm25Idf(int term) {
    return bm25Idf[term];
  }

  /** The smoothed idf of a term, or 0 when no candidate has it. */
  double idfOf(String term) {
    Integer id = ids.get(term);
    return id == null ? 0 : idf(id);
  }

  int[] termIds(int sentence) {
    return termIds[sentence];
  }

  int[] termCounts(int sentence) {
    return termCounts[sentence];
  }

  int length(int sentence) {
    return lengths[sentence];
  }

  int vocabulary() {
    return vocabulary;
  }

  /** Cosine of the TF-IDF vectors (sublinear tf) of two candidates, in [0, 1]. */
  double cosine(int a, int b) {
    int[] ia = termIds[a];
    int[] ib = termIds[b];
    double[] wa = unitTfIdf[a];
    double[] wb = unitTfIdf[b];
    double dot = 0;
    int x = 0;
    int y = 0;
    while (x < ia.length && y < ib.length) {
      if (ia[x] == ib[y]) {
        dot += wa[x++] * wb[y++];
      } else if (ia[x] < ib[y]) {
        x++;
      } else {
        y++;
      }
    }
    return Math.min(1.0, dot);
  }

  /** How many distinct terms two candidates share. */
  int shared(int a, int b) {
    int[] ia = termIds[a];
    int[] ib = termIds[b];
    int n = 0;
    int x = 0;
    int y = 0;
    while (x < ia.length && y < ib.length) {
      if (ia[x] == ib[y]) {
        n++;
        x++;
        y++;
      } else if (ia[x] < ib[y]) {
        x++;
      } else {
        y++;
      }
    }
    return n;
  }

  /** BM25 score of candidate {@code query}'s terms against candidate {@code doc}. */
  double bm25(int query, int doc, double k1, double b, double meanLength) {
    int[] iq = termIds[query];
    int[] id = termIds[doc];
    int[] cd = termCounts[doc];
    double norm = k1 * (1 - b + b * lengths[doc] / meanLength);
    double score = 0;
    int x = 0;
    int y = 0;
    while (x < iq.length && y < id.length) {
      if (iq[x] == id[y]) {
        double tf = cd[y];
        score += bm25Idf(iq[x]) * tf * (k1 + 1) / (tf + norm);
        x++;
        y++;
      } else if (iq[x] < id[y]) {
        x++;
      } else {
        y++;
      }
    }
    return score;
  }

  double meanLength() {
    double sum = 0;
    for (int l : lengths) {
      sum += l;
    }
    return size() == 0 ? 0 : sum / size();
  }
}
