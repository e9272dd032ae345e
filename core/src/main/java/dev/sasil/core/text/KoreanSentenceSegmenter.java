package dev.sasil.core.text;

import dev.sasil.core.Sentence;
import java.util.List;

/** PLACEHOLDER: delegates to {@link SimpleSentenceSegmenter}. To be replaced by Korean rules. */
public final class KoreanSentenceSegmenter implements SentenceSegmenter {

  private final SimpleSentenceSegmenter simple = new SimpleSentenceSegmenter();

  @Override
  public List<Sentence> segment(String text) {
    return simple.segment(text);
  }
}
