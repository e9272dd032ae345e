package dev.sasil.core.text.eval;

import dev.sasil.core.Sentence;
import dev.sasil.core.text.SentenceSegmenter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a segmenter against gold sentences by boundary offsets: a boundary is the end offset
 * of a sentence other than the last of its text; a predicted boundary is correct when a gold
 * boundary has the same offset. The end of each text is not counted (it is always right).
 * Thread-safe when the segmenter is.
 */
public final class SentenceBoundaryEvaluator {

  private final SentenceSegmenter segmenter;

  public SentenceBoundaryEvaluator(SentenceSegmenter segmenter) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  /** The boundary counts of one text. */
  public BoundaryScore score(GoldText gold) {
    return score(gold, false);
  }

  /**
   * The boundary counts of one text, counting only boundaries (gold and predicted) right after
   * sentence-final punctuation ({@code . ? ! … ~}, possibly followed by closing quote marks or
   * brackets) when {@code punctuatedOnly}: the part of the task that does not depend on
   * recognising unpunctuated sentence ends.
   */
  public BoundaryScore score(GoldText gold, boolean punctuatedOnly) {
    String text = gold.text();
    List<Sentence> sentences = segmenter.segment(text);
    Set<Integer> goldEnds = new HashSet<>();
    for (int b : gold.boundaries()) {
      if (!punctuatedOnly || afterPunctuation(text, b)) {
        goldEnds.add(b);
      }
    }
    int predicted = 0;
    int correct = 0;
    for (int i = 0; i < sentences.size() - 1; i++) {
      int end = sentences.get(i).end();
      if (punctuatedOnly && !afterPunctuation(text, end)) {
        continue;
      }
      predicted++;
      if (goldEnds.contains(end)) {
        correct++;
      }
    }
    return new BoundaryScore(goldEnds.size(), predicted, correct);
  }

  /** The summed boundary counts of several texts. */
  public BoundaryScore score(List<GoldText> texts) {
    return score(texts, false);
  }

  /** The summed boundary counts of several texts; see {@link #score(GoldText, boolean)}. */
  public BoundaryScore score(List<GoldText> texts, boolean punctuatedOnly) {
    BoundaryScore total = BoundaryScore.ZERO;
    for (GoldText t : texts) {
      total = total.plus(score(t, punctuatedOnly));
    }
    return total;
  }

  private static boolean afterPunctuation(String text, int end) {
    int i = end - 1;
    while (i >= 0 && "\"'”’」』)]》〉".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".?!…~。？！".indexOf(text.charAt(i)) >= 0;
  }
}
