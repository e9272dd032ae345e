package dev.sasil.core.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.date.MetadataDates;
import dev.sasil.core.time.PartialDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a JSON Lines corpus one line at a time: each non-blank line is an object with {@code text}
 * or {@code html} and optionally {@code id}, {@code title}, {@code published}, {@code url}. A bad
 * line is reported by its number ({@code corpus.jsonl:12: …}) and the rest is read; no line longer
 * than the document limit is ever held in memory. A record without an id (or with a blank one)
 * gets {@code NAME:LINE}; blank titles and URLs count as absent. A {@code published} value that is not a date is a warning and the date stays unknown.
 * Not thread-safe (one per corpus).
 */
final class JsonLinesReader {

  private final ObjectMapper json;
  private final HtmlArticleExtractor html;
  private final long maxBytes;

  JsonLinesReader(ObjectMapper json, HtmlArticleExtractor html, long maxBytes) {
    this.json = json;
    this.html = html;
    this.maxBytes = maxBytes;
  }

  /**
   * Reads {@code in}.
   *
   * @param origin the corpus as named to the user ({@code dir/corpus.jsonl}); line numbers follow
   * @param idPrefix the prefix of ids made up for records without one (the file name)
   * @return the number of records read
   */
  int read(InputStream in, String origin, String idPrefix, Consumer<RawDocument> docs,
      Consumer<InputProblem> problems, Consumer<InputProblem> warnings) throws IOException {
    BoundedLineReader lines = new BoundedLineReader(in, maxBytes);
    int records = 0;
    for (BoundedLineReader.Line line; (line = lines.next()) != null; ) {
      String where = origin + ":" + line.number();
      if (line.tooLong()) {
        problems.accept(new InputProblem(where, String.format(Locale.ROOT,
            "line too long (%s; the limit is %s); skipped", Sizes.format(line.length()), Sizes.format(maxBytes))));
        continue;
      }
      String text;
      try {
        byte[] b = line.bytes();
        int skip = line.number() == 1 && TextDecoder.startsWithUtf8Bom(b) ? 3 : 0;
        text = TextDecoder.decodeStrict(b, skip, StandardCharsets.UTF_8);
      } catch (CharacterCodingException e) {
        problems.accept(new InputProblem(where, "not valid UTF-8; skipped"));
        continue;
      }
      if (text.isBlank()) {
        continue;
      }
      try {
        docs.accept(record(json.readTree(text), where, idPrefix + ":" + line.number(), warnings));
        records++;
      } catch (JsonProcessingException e) {
        problems.accept(new InputProblem(where, "not valid JSON (" + e.getOriginalMessage() + "); skipped"));
      } catch (InputException e) {
        problems.accept(new InputProblem(where, e.getMessage() + "; skipped"));
      }
    }
    return records;
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
