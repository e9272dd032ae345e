package dev.sasil.core.text.eval;

import java.util.Locale;

/**
 * Sentence boundary counts and the precision, recall and F1 they give.
 *
 * @param gold boundaries in the gold data
 * @param predicted boundaries the segmenter produced
 * @param correct predicted boundaries at a gold boundary's offset
 */
public record BoundaryScore(int gold, int predicted, int correct) {

  public BoundaryScore {
    if (gold < 0 || predicted < 0 || correct < 0 || correct > gold || correct > predicted) {
      throw new IllegalArgumentException("impossible counts: gold " + gold + ", predicted " + predicted + ", correct " + correct);
    }
  }

  public static final BoundaryScore ZERO = new BoundaryScore(0, 0, 0);

  /** Correct over predicted; 1 when nothing was predicted. */
  public double precision() {
    return predicted == 0 ? 1.0 : (double) correct / predicted;
  }

  /** Correct over gold; 1 when there is no gold boundary. */
  public double recall() {
    return gold == 0 ? 1.0 : (double) correct / gold;
  }

  /** Harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  public BoundaryScore plus(BoundaryScore other) {
    return new BoundaryScore(gold + other.gold, predicted + other.predicted, correct + other.correct);
  }

  /** {@code P 0.991 R 0.987 F1 0.989 (gold 988, predicted 985, correct 975)}. */
  public String summary() {
    return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (gold %d, predicted %d, correct %d)",
        precision(), recall(), f1(), gold, predicted, correct);
  }
}
