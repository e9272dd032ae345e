package dev.sasil.summarizer;

/**
 * The undirected, weighted sentence-similarity graph of one article and its biased PageRank.
 * Built per call; not shared.
 */
final class SentenceGraph {

  private final double[][] weights;

  private SentenceGraph(double[][] weights) {
    this.weights = weights;
  }

  /** Edge weights between every pair of candidates by the chosen measure (no self loops). */
  static SentenceGraph build(TermSpace space, RankingParameters p) {
    int n = space.size();
    double[][] w = new double[n][n];
    double meanLength = Math.max(1e-9, space.meanLength());
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double v = switch (p.similarity()) {
          case TFIDF_COSINE -> space.cosine(i, j);
          case BM25 -> (space.bm25(i, j, p.bm25K1(), p.bm25B(), meanLength)
              + space.bm25(j, i, p.bm25K1(), p.bm25B(), meanLength)) / 2;
          case OVERLAP -> overlap(space, i, j);
        };
        w[i][j] = v;
        w[j][i] = v;
      }
    }
    return new SentenceGraph(w);
  }

  private static double overlap(TermSpace space, int i, int j) {
    int shared = space.shared(i, j);
    if (shared == 0) {
      return 0;
    }
    double denom = Math.log(1 + space.length(i)) + Math.log(1 + space.length(j));
    return denom <= 0 ? 0 : shared / denom;
  }

  /**
   * PageRank with teleport distribution {@code prior} (sums to 1): power iteration until the L1
   * change is below {@code tolerance} or {@code maxIterations} is reached, so the cost is
   * bounded by {@code maxIterations * n^2}. A sentence without edges sends its rank to the prior.
   */
  double[] rank(double[] prior, double damping, int maxIterations, double tolerance) {
    int n = weights.length;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        out[i] += weights[i][j];
      }
    }
    double[] r = prior.clone();
    double[] next = new double[n];
    for (int it = 0; it < maxIterations; it++) {
      double dangling = 0;
      for (int j = 0; j < n; j++) {
        if (out[j] == 0) {
          dangling += r[j];
        }
      }
      for (int i = 0; i < n; i++) {
        double flow = 0;
        for (int j = 0; j < n; j++) {
          if (weights[j][i] != 0) {
            flow += weights[j][i] / out[j] * r[j];
          }
        }
        next[i] = (1 - damping) * prior[i] + damping * (flow + dangling * prior[i]);
      }
      double change = 0;
      for (int i = 0; i < n; i++) {
        change += Math.abs(next[i] - r[i]);
      }
      double[] t = r;
      r = next;
      next = t;
      if (change < tolerance) {
        break;
      }
    }
    return r;
  }
}
