package dev.sasil.core;

/** What role a line of the cleaned text plays in the article. */
public enum SentenceKind {
  /** A sentence of the body text. */
  BODY,
  /** A headline, subtitle or section heading: no sentence ending, short, on its own line. */
  HEADING
}
