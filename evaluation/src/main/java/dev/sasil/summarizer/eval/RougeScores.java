package dev.sasil.summarizer.eval;

/**
 * ROUGE F1 scores in [0, 1].
 *
 * @param rouge1 unigram F1
 * @param rouge2 bigram F1
 * @param rougeL longest-common-subsequence F1
 */
public record RougeScores(double rouge1, double rouge2, double rougeL) {

  public static final RougeScores ZERO = new RougeScores(0, 0, 0);

  public RougeScores {
    for (double v : new double[] {rouge1, rouge2, rougeL}) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException("ROUGE score outside [0, 1]: " + v);
      }
    }
  }

  RougeScores plus(RougeScores o) {
    return new RougeScores(
        Math.min(1, rouge1 + o.rouge1), Math.min(1, rouge2 + o.rouge2), Math.min(1, rougeL + o.rougeL));
  }
}
