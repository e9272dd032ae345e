package dev.sasil.summarizer.eval;

import java.util.List;

/** Turns text into the tokens ROUGE counts. Implementations are thread-safe. */
public interface RougeTokenizer {

  /** A short name for reports ({@code words}, {@code morphemes}). */
  String name();

  List<String> tokens(String text);
}
