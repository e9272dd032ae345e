package dev.sasil.core.morph;

import dev.sasil.core.Morpheme;
import java.util.List;

/** Korean morphological analysis. Implementations are thread-safe. */
public interface MorphAnalyzer {

  /**
   * The morphemes of {@code text}, with offsets shifted by {@code offset} so that they point
   * into the text {@code text} was cut from.
   */
  List<Morpheme> analyze(String text, int offset);
}
