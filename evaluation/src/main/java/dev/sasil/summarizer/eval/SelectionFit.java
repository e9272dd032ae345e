package dev.sasil.summarizer.eval;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.summarizer.SelectionModel;
import dev.sasil.summarizer.SentenceFeature;
import dev.sasil.summarizer.TextRankSummarizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Fits a {@link SelectionModel} on labelled articles: every candidate the summarizer could choose is
 * an example, kept when it is one of the gold sentences (matched by text as {@link
 * SummaryEvaluation} matches them). The fit is L2-regularized logistic regression on standardized
 * features by full-batch gradient descent from zero weights, a fixed number of steps: the same
 * examples give the same model on every machine. The weights are returned on the features' own
 * scale.
 *
 * @param l2 the penalty on the squared standardized weights (the bias is not penalized), per
 *     example; larger values keep the model nearer to the base rate
 * @param iterations gradient steps
 * @param rate the step size
 */
public record SelectionFit(double l2, int iterations, double rate) {

  /** A feature whose standard deviation is at most this, relative to its mean, is constant. */
  private static final double CONSTANT = 1e-9;

  /** The settings the bundled model was fitted with. */
  public static final SelectionFit STANDARD = new SelectionFit(1.0, 4000, 0.5);

  public SelectionFit {
    if (!(l2 >= 0) || iterations < 1 || !(rate > 0)) {
      throw new IllegalArgumentException("l2 >= 0, iterations >= 1 and rate > 0: " + l2 + ", " + iterations + ", " + rate);
    }
  }

  /**
   * A candidate's feature values and whether the labellers kept it.
   *
   * @param values one per {@link SentenceFeature}, by ordinal
   */
  public record Example(double[] values, boolean kept) {
    public Example {
      if (values.length != SentenceFeature.COUNT) {
        throw new IllegalArgumentException("an example has " + SentenceFeature.COUNT + " values, not " + values.length);
      }
      values = values.clone();
    }

    @Override
    public double[] values() {
      return values.clone();
    }
  }

  /** The examples of {@code corpus}: each article made by {@code pipeline}, its candidates by {@code summarizer}. */
  public static List<Example> examples(
      ArticlePipeline pipeline, TextRankSummarizer summarizer, List<LabelledArticle> corpus) {
    Objects.requireNonNull(summarizer, "summarizer");
    List<Example> out = new ArrayList<>();
    for (LabelledArticle record : corpus) {
      Article article = SummaryEvaluation.article(pipeline, record);
      List<String> gold = record.summary().stream().map(record.sentences()::get).toList();
      for (TextRankSummarizer.FeatureRow row : summarizer.features(article)) {
        String text = row.sentence().text();
        out.add(new Example(row.values(), gold.stream().anyMatch(g -> SummaryEvaluation.same(g, text))));
      }
    }
    return out;
  }

  /** The model fitted on {@code examples}. */
  public SelectionModel fit(List<Example> examples) {
    int n = examples.size();
    int d = SentenceFeature.COUNT;
    if (n == 0) {
      throw new IllegalArgumentException("no examples to fit on");
    }
    double[][] x = new double[n][];
    double[] y = new double[n];
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (int i = 0; i < n; i++) {
      x[i] = examples.get(i).values();
      y[i] = examples.get(i).kept() ? 1 : 0;
      for (int j = 0; j < d; j++) {
        mean[j] += x[i][j] / n;
      }
    }
    for (double[] row : x) {
      for (int j = 0; j < d; j++) {
        sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / n;
      }
    }
    for (int j = 0; j < d; j++) {
      sd[j] = Math.sqrt(sd[j]);
      // a feature that does not vary (its spread is rounding error) says nothing: it stays at 0
      boolean constant = sd[j] <= CONSTANT * (1 + Math.abs(mean[j]));
      for (double[] row : x) {
        row[j] = constant ? 0 : (row[j] - mean[j]) / sd[j];
      }
      if (constant) {
        sd[j] = 1;
        mean[j] = 0;
      }
    }
    double bias = 0;
    double[] w = new double[d];
    double[] grad = new double[d];
    for (int it = 0; it < iterations; it++) {
      double gBias = 0;
      Arrays.fill(grad, 0);
      for (int i = 0; i < n; i++) {
        double z = bias;
        for (int j = 0; j < d; j++) {
          z += w[j] * x[i][j];
        }
        double err = 1 / (1 + Math.exp(-z)) - y[i];
        gBias += err;
        for (int j = 0; j < d; j++) {
          grad[j] += err * x[i][j];
        }
      }
      bias -= rate * gBias / n;
      for (int j = 0; j < d; j++) {
        w[j] -= rate * (grad[j] + l2 * w[j]) / n;
      }
    }
    double[] raw = new double[d];
    double rawBias = bias;
    for (int j = 0; j < d; j++) {
      raw[j] = w[j] / sd[j];
      rawBias -= raw[j] * mean[j];
    }
    return new SelectionModel(rawBias, raw);
  }
}
