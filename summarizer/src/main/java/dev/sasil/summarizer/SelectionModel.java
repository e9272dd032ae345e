package dev.sasil.summarizer;

import dev.sasil.core.resource.ResourceLines;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A logistic model of which sentences an editor keeps: the log-odds of a candidate are {@code bias
 * + Σ weight(f) · value(f)} over the {@link SentenceFeature}s. The bundled weights ({@code
 * selection-model.txt}) were fitted on labelled news by {@code sasil eval summarize --fit}; the file
 * says on what. Immutable and thread-safe.
 */
public final class SelectionModel {

  /** The bundled model's resource, beside this class. */
  public static final String RESOURCE = "selection-model.txt";

  private static final String BIAS = "bias";

  private final double bias;
  private final double[] weights;

  /**
   * @param bias the log-odds of a candidate whose features are all 0
   * @param weights one per feature, indexed by {@link SentenceFeature#ordinal()}
   */
  public SelectionModel(double bias, double[] weights) {
    if (weights.length != SentenceFeature.COUNT) {
      throw new IllegalArgumentException(
          "a selection model has " + SentenceFeature.COUNT + " weights, not " + weights.length);
    }
    if (!Double.isFinite(bias) || Arrays.stream(weights).anyMatch(w -> !Double.isFinite(w))) {
      throw new IllegalArgumentException("a selection model's weights must be finite numbers");
    }
    this.bias = bias;
    this.weights = weights.clone();
  }

  /** The bundled model. */
  public static SelectionModel standard() {
    return parse(ResourceLines.read(SelectionModel.class, RESOURCE), RESOURCE);
  }

  /**
   * Reads a model written by {@link #format}: {@code bias VALUE} and {@code FEATURE VALUE}, one a
   * line, every feature once; blank lines and {@code #} comments skipped.
   *
   * @param name what to call the source in error messages
   */
  public static SelectionModel parse(List<ResourceLines.Line> lines, String name) {
    Double bias = null;
    double[] weights = new double[SentenceFeature.COUNT];
    boolean[] seen = new boolean[SentenceFeature.COUNT];
    for (ResourceLines.Line line : lines) {
      String[] parts = line.text().strip().split("\\s+");
      if (parts.length != 2) {
        throw ResourceLines.malformed(name, line, "a feature name and its weight");
      }
      double value;
      try {
        value = Double.parseDouble(parts[1]);
      } catch (NumberFormatException e) {
        throw ResourceLines.malformed(name, line, "a number after the name");
      }
      if (parts[0].equals(BIAS)) {
        bias = value;
        continue;
      }
      SentenceFeature f;
      try {
        f = SentenceFeature.valueOf(parts[0]);
      } catch (IllegalArgumentException e) {
        throw ResourceLines.malformed(name, line, "'bias' or one of " + Arrays.toString(SentenceFeature.values()));
      }
      if (seen[f.ordinal()]) {
        throw ResourceLines.malformed(name, line, "each feature once");
      }
      seen[f.ordinal()] = true;
      weights[f.ordinal()] = value;
    }
    for (SentenceFeature f : SentenceFeature.values()) {
      if (!seen[f.ordinal()]) {
        throw new IllegalStateException(name + ": no weight for " + f);
      }
    }
    if (bias == null) {
      throw new IllegalStateException(name + ": no bias");
    }
    return new SelectionModel(bias, weights);
  }

  /** The model as {@link #parse} reads it, after {@code header} (each line written as a comment). */
  public String format(List<String> header) {
    StringBuilder b = new StringBuilder();
    for (String h : header) {
      b.append(h.isEmpty() ? "#" : "# " + h).append('\n');
    }
    b.append(String.format(Locale.ROOT, "%s %.6f%n", BIAS, bias));
    for (SentenceFeature f : SentenceFeature.values()) {
      b.append(String.format(Locale.ROOT, "%s %.6f%n", f.name(), weights[f.ordinal()]));
    }
    return b.toString();
  }

  /** The log-odds of a candidate with {@code features} ({@link SentenceFeature#COUNT} values). */
  public double logit(double[] features) {
    Objects.requireNonNull(features, "features");
    double v = bias;
    for (int i = 0; i < weights.length; i++) {
      v += weights[i] * features[i];
    }
    return v;
  }

  /** The probability of a candidate with {@code features}: the logistic of {@link #logit}. */
  public double probability(double[] features) {
    return 1 / (1 + Math.exp(-logit(features)));
  }

  public double bias() {
    return bias;
  }

  /** The weight of {@code feature}. */
  public double weight(SentenceFeature feature) {
    return weights[feature.ordinal()];
  }
}
