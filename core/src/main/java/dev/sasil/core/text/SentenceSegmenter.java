package dev.sasil.core.text;

import dev.sasil.core.Sentence;
import java.util.List;

/** Splits cleaned article text into sentences with offsets. Implementations are thread-safe. */
public interface SentenceSegmenter {

  /** The sentences of {@code text}, in order, without morphemes; never throws on messy text. */
  List<Sentence> segment(String text);
}
