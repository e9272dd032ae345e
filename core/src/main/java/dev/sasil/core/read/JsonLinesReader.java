package dev.sasil.core.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.date.MetadataDates;
import dev.sasil.core.time.PartialDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines corpus one line at a time: each non-blank line is an object with {@code text}
 * or {@code html} and optionally {@code id}, {@code title}, {@code published}, {@code url}. A bad
 * line is reported by its number ({@code corpus.jsonl:12: …}) and the rest is read; no line longer
 * than the document limit is ever held in memory. A record without an id (or with a blank one)
 * gets {@code NAME:LINE}; blank titles and URLs count as absent. A {@code published} value that is not a date is a warning and the date stays unknown.
 *
 * <p>Nothing is dropped without a word: lines end at {@code \n}, {@code \r\n} or a lone {@code
 * \r}; objects written one after another on a line ({@code {…}{…}}) are each a record (the second
 * gets {@code NAME:LINE#2} when it has no id), with a warning; a line with anything else after its
 * JSON, or an object with a key written twice, is refused as a whole; a corpus without any record
 * (empty, or only blank lines) is refused. Not thread-safe (one per corpus).
 */
final class JsonLinesReader {

  private final ObjectReader json;
  private final HtmlArticleExtractor html;
  private final long maxBytes;

  JsonLinesReader(ObjectMapper json, HtmlArticleExtractor html, long maxBytes) {
    this.json = json.readerFor(JsonNode.class).with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.html = html;
    this.maxBytes = maxBytes;
  }

  /**
   * Reads {@code in}.
   *
   * @param origin the corpus as named to the user ({@code dir/corpus.jsonl}); line numbers follow
   * @param idPrefix the prefix of ids made up for records without one (the file name)
   * @return the number of records read; when none was read and no line was refused, a problem
   *     says why ({@code empty file}, {@code no records: only blank lines})
   */
  int read(InputStream in, String origin, String idPrefix, Consumer<RawDocument> docs,
      Consumer<InputProblem> problems, Consumer<InputProblem> warnings) throws IOException {
    BoundedLineReader lines = new BoundedLineReader(in, maxBytes);
    int records = 0;
    int refused = 0;
    int lineCount = 0;
    for (BoundedLineReader.Line line; (line = lines.next()) != null; ) {
      lineCount++;
      String where = origin + ":" + line.number();
      String id = idPrefix + ":" + line.number();
      try {
        for (RawDocument d : records(text(line), where, id, warnings)) {
          docs.accept(d);
          records++;
        }
      } catch (InputException e) {
        problems.accept(new InputProblem(where, e.getMessage() + "; skipped"));
        refused++;
      }
    }
    if (records == 0 && refused == 0) {
      problems.accept(new InputProblem(origin, lineCount == 0 ? "empty file" : "no records: only blank lines"));
    }
    return records;
  }

  /**
   * The records of one line's text, all of them or none: a line with any error is refused whole.
   *
   * @param where the line as named to the user ({@code corpus.jsonl:12})
   * @param id the id of a record without one; a second object on the line gets {@code id#2}
   */
  List<RawDocument> records(String text, String where, String id, Consumer<InputProblem> warnings)
      throws InputException {
    List<JsonNode> values = values(text);
    if (values.size() > 1) {
      warnings.accept(new InputProblem(where, values.size() + " JSON objects on one line; each is read as a record"));
    }
    List<RawDocument> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      out.add(record(values.get(i), where, i == 0 ? id : id + "#" + (i + 1), warnings));
    }
    return out;
  }

  /** The text of one line: UTF-8, without a byte order mark on the first line. */
  private String text(BoundedLineReader.Line line) throws InputException {
    if (line.tooLong()) {
      throw new InputException(String.format(Locale.ROOT,
          "line too long (%s; the limit is %s)", Sizes.format(line.length()), Sizes.format(maxBytes)));
    }
    String text;
    try {
      byte[] b = line.bytes();
      int skip = line.number() == 1 && TextDecoder.startsWithUtf8Bom(b) ? 3 : 0;
      text = TextDecoder.decodeStrict(b, skip, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new InputException("not valid UTF-8");
    }
    return text;
  }

  /** The JSON values of a line's text. */
  private List<JsonNode> values(String text) throws InputException {
    List<JsonNode> values = new ArrayList<>();
    if (text.isBlank()) {
      return values;
    }
    // a parser of our own: given the text, readValues would unwrap a top-level array into records
    try (JsonParser parser = json.createParser(text); MappingIterator<JsonNode> it = json.readValues(parser)) {
      while (it.hasNextValue()) {
        values.add(it.nextValue());
      }
    } catch (JsonProcessingException e) {
      throw new InputException("not valid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new InputException("not valid JSON (" + e.getMessage() + ")");
    }
    return values;
  }

  private RawDocument record(JsonNode node, String where, String defaultId, Consumer<InputProblem> warnings)
      throws InputException {
    if (node == null || !node.isObject()) {
      throw new InputException("not a JSON object");
    }
    String id = blankToNull(string(node, "id", true));
    if (id == null) {
      id = defaultId;
    }
    String title = blankToNull(string(node, "title", false));
    String url = blankToNull(string(node, "url", false));
    Published published = Published.UNKNOWN;
    JsonNode dateNode = node.get("published");
    String date = dateNode == null || dateNode.isNull() ? null
        : dateNode.isValueNode() ? dateNode.asText() : dateNode.toString();
    if (date != null && !date.isBlank() && !date.equalsIgnoreCase("unknown")) {
      Optional<PartialDate> d = MetadataDates.parse(date);
      if (d.isPresent()) {
        published = Published.of(d.get(), DateSource.METADATA);
      } else {
        warnings.accept(new InputProblem(where, "'published' is not a date: '" + date + "'; left unknown"));
      }
    }
    String text = string(node, "text", false);
    String page = string(node, "html", false);
    if (text == null || text.isBlank()) {
      if (page == null || page.isBlank()) {
        throw new InputException("no 'text' or 'html' field");
      }
      RawDocument read = html.toText(new RawDocument(id, where, title, url, published, page, true));
      if (read.content().isBlank()) {
        throw new InputException("no article text found in 'html'");
      }
      text = read.content();
      title = read.title();
      url = read.url();
      published = read.published();
    }
    try {
      TextDecoder.checkText(text);
    } catch (InputException e) {
      throw new InputException("'text' is " + e.getMessage());
    }
    return new RawDocument(id, where, title, url, published, text, false);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A string or number field; null when absent or null; other types are an error. */
  private static String string(JsonNode node, String field, boolean allowNumber) throws InputException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (allowNumber && v.isIntegralNumber()) {
      return v.asText();
    }
    throw new InputException("'" + field + "' is not a string");
  }
}
