package dev.sasil.core.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads one record of a JSON Lines corpus on its own, exactly as the corpus reader reads a line:
 * for a job that is handed the lines (or table rows written as JSON objects) of a corpus one at a
 * time, on many machines. An object has {@code text} or {@code html} and optionally {@code id},
 * {@code title}, {@code published} and {@code url}. Thread-safe.
 */
public final class JsonRecordReader {

  private final ReaderOptions options;
  private final ObjectMapper json = new ObjectMapper();
  private final HtmlArticleExtractor html = HtmlArticleExtractor.standard();

  public JsonRecordReader(ReaderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * The documents of one line: none for a blank line, one per JSON object on it.
   *
   * @param line the line's text
   * @param where the line as named to the user ({@code corpus.jsonl:12})
   * @param id the id of a record without one ({@code corpus.jsonl:12}, as the corpus reader
   *     makes it); a second object on the line gets {@code id#2}
   * @param warnings what is read but worth saying (a {@code published} that is no date)
   * @throws InputException saying why, when the line is no record (not JSON, no text); the
   *     message does not name the line
   */
  public List<RawDocument> read(String line, String where, String id, Consumer<InputProblem> warnings)
      throws InputException {
    if (line.length() > options.maxDocumentBytes()) {
      throw new InputException("line too long (the limit is " + Sizes.format(options.maxDocumentBytes()) + ")");
    }
    return new JsonLinesReader(json, html, options.maxDocumentBytes()).records(line, where, id, warnings);
  }
}
