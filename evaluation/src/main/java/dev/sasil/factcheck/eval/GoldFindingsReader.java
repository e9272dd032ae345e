package dev.sasil.factcheck.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a gold file strictly: a UTF-8 JSON object with the sections {@code agreements}, {@code
 * contradictions}, {@code either} and {@code not_contradictions} (each optional, a list of items
 * {@code {"id", "about", "stretch"?, "evidence": [{"article", "contains"}]}}), and optionally
 * {@code corpus} and {@code published}. {@code published} (the articles' dates) is checked to be an
 * object and otherwise not used: the corpus carries its own dates, as {@code score_findings.py}
 * assumes. Unknown keys, duplicate keys, wrong types and duplicate item ids fail with a message
 * naming the file and the place. Thread-safe.
 */
public final class GoldFindingsReader {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final Set<String> TOP_KEYS =
      Set.of("corpus", "published", "agreements", "contradictions", "either", "not_contradictions");
  private static final Set<String> ITEM_KEYS = Set.of("id", "about", "stretch", "evidence");
  private static final Set<String> EVIDENCE_KEYS = Set.of("article", "contains");

  private GoldFindingsReader() {}

  /**
   * The gold of {@code file}.
   *
   * @throws IOException when the file cannot be read or is not a valid gold file; the message is
   *     one line naming the file and what is wrong
   */
  public static GoldFindings read(Path file) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file", e);
    } catch (FileSystemException e) {
      throw new IOException(file + ": cannot read" + (e.getReason() == null ? "" : " (" + e.getReason() + ")"), e);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not valid UTF-8", e);
    }
    try {
      return parse(text);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The gold of a JSON text.
   *
   * @throws IllegalArgumentException when it is not a valid gold file, naming the place
   */
  public static GoldFindings parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage();
      int marker = why.indexOf(" (start marker at");
      why = (marker < 0 ? why : why.substring(0, marker)).replace('\n', ' ');
      throw new IllegalArgumentException(e.getLocation() == null ? "not valid JSON (" + why + ")"
          : String.format(Locale.ROOT, "not valid JSON at line %d, column %d (%s)",
              e.getLocation().getLineNr(), e.getLocation().getColumnNr(), why), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    checkKeys(root, TOP_KEYS, "the gold file");
    JsonNode corpus = root.path("corpus");
    if (!corpus.isMissingNode() && !corpus.isNull() && !corpus.isTextual()) {
      throw new IllegalArgumentException("corpus: not a string");
    }
    JsonNode published = root.path("published");
    if (!published.isMissingNode() && !published.isObject()) {
      throw new IllegalArgumentException("published: not an object of article ids and dates");
    }
    return new GoldFindings(corpus.isTextual() ? corpus.asText() : "",
        section(root, GoldSection.AGREEMENTS), section(root, GoldSection.CONTRADICTIONS),
        section(root, GoldSection.EITHER), section(root, GoldSection.NOT_CONTRADICTIONS));
  }

  private static List<GoldItem> section(JsonNode root, GoldSection section) {
    JsonNode list = root.path(section.jsonName());
    if (list.isMissingNode()) {
      return List.of();
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException(section.jsonName() + ": not a list");
    }
    List<GoldItem> items = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String where = section.jsonName() + "[" + i + "]";
      JsonNode n = list.get(i);
      if (!n.isObject()) {
        throw new IllegalArgumentException(where + ": not an object");
      }
      String id = string(n, "id", where);
      where = where + " (" + id + ")";
      checkKeys(n, ITEM_KEYS, where);
      String about = string(n, "about", where);
      JsonNode stretch = n.path("stretch");
      if (!stretch.isMissingNode() && !stretch.isBoolean()) {
        throw new IllegalArgumentException(where + ": stretch is not true or false");
      }
      JsonNode evidence = n.path("evidence");
      if (!evidence.isArray()) {
        throw new IllegalArgumentException(where + ": evidence is not a list");
      }
      List<GoldEvidence> cited = new ArrayList<>();
      for (int j = 0; j < evidence.size(); j++) {
        String at = where + ".evidence[" + j + "]";
        JsonNode e = evidence.get(j);
        if (!e.isObject()) {
          throw new IllegalArgumentException(at + ": not an object");
        }
        checkKeys(e, EVIDENCE_KEYS, at);
        try {
          cited.add(new GoldEvidence(string(e, "article", at), string(e, "contains", at)));
        } catch (IllegalArgumentException bad) {
          throw new IllegalArgumentException(at + ": " + bad.getMessage(), bad);
        }
      }
      try {
        items.add(new GoldItem(section, id, about, stretch.asBoolean(false), cited));
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException(where + ": " + bad.getMessage(), bad);
      }
    }
    return items;
  }

  private static String string(JsonNode n, String key, String where) {
    JsonNode v = n.path(key);
    if (!v.isTextual()) {
      throw new IllegalArgumentException(where + ": " + key + (v.isMissingNode() ? " is missing" : " is not a string"));
    }
    return v.asText();
  }

  private static void checkKeys(JsonNode n, Set<String> known, String where) {
    for (Map.Entry<String, JsonNode> field : n.properties()) {
      String key = field.getKey();
      if (!known.contains(key)) {
        throw new IllegalArgumentException(where + ": unknown key \"" + key + "\"");
      }
    }
  }
}
