package dev.sasil.core;

import java.util.Locale;

/** Where an article's publication date came from, in the order of precedence. */
public enum DateSource {
  /** Given by the caller ({@code --published ID=DATE}). */
  OPTION,
  /** A field of the input record (JSON Lines {@code published}). */
  METADATA,
  /** HTML metadata ({@code article:published_time}, JSON-LD, {@code <time>}). */
  HTML,
  /** A dateline in the article text. */
  TEXT,
  /**
   * Estimated from the dated articles of the story an undated article tells, to read its claims'
   * days against; never the date an output gives the article.
   */
  STORY;

  /** The name used in JSON output: {@code option}, {@code metadata}, {@code html}, {@code text} ({@code story} is never written). */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
