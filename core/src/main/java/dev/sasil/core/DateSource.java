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
   * Written in the article's address ({@code /2023/12/02/}, {@code 202312020933…}): the day it was
   * filed, to read an undated article's claims' days against; never the date an output gives the
   * article.
   */
  ADDRESS,
  /**
   * Estimated from the dated articles of the story an undated article tells, to read its claims'
   * days against; never the date an output gives the article.
   */
  STORY;

  /** The name used in JSON output: {@code option}, {@code metadata}, {@code html}, {@code text} ({@code address} and {@code story} are never written). */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
