package dev.sasil.spark;

import java.util.Objects;

/**
 * One line of a corpus as a task gets it: a JSON object with {@code text} or {@code html} and
 * optionally {@code id}, {@code title}, {@code published} and {@code url} (a JSON Lines line, or
 * a table row written as one).
 *
 * @param index the line's place in the input, from 0: the articles' order, which decides ties as
 *     the order of the files given to {@code sasil compare} does
 * @param json the line
 * @param where the line as named in messages ({@code corpus.jsonl:12})
 * @param defaultId the id of a record without one ({@code corpus.jsonl:12}, as the CLI makes it)
 */
public record InputLine(long index, String json, String where, String defaultId) implements java.io.Serializable {

  /** More objects than this on one line are refused: the articles' order keeps room for this many. */
  static final int MAX_RECORDS_PER_LINE = 1024;

  public InputLine {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(defaultId, "defaultId");
  }
}
