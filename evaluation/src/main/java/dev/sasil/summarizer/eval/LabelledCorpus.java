package dev.sasil.summarizer.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a labelled extractive corpus in JSON Lines: one record a line with {@code id}, {@code
 * title}, {@code url}, {@code text}, {@code sentences} (array of strings) and {@code summary}
 * (array of indices into {@code sentences}). Thread-safe.
 */
public final class LabelledCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledCorpus() {}

  /**
   * The records of {@code file}, in order.
   *
   * @throws IOException when the file cannot be read, or a line is not a valid record (the
   *     message names the line)
   */
  public static List<LabelledArticle> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<LabelledArticle> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      try {
        out.add(record(JSON.readTree(lines.get(i))));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new IOException(file + ":" + (i + 1) + ": not a labelled record: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static LabelledArticle record(JsonNode n) {
    if (!n.isObject() || !n.path("id").isValueNode() || !n.path("sentences").isArray()
        || !n.path("summary").isArray()) {
      throw new IllegalArgumentException("needs id, sentences and summary");
    }
    List<String> sentences = new ArrayList<>();
    n.get("sentences").forEach(s -> sentences.add(s.asText()));
    List<Integer> summary = new ArrayList<>();
    for (JsonNode s : n.get("summary")) {
      if (!s.canConvertToInt()) {
        throw new IllegalArgumentException("summary index is not an integer: " + s);
      }
      summary.add(s.asInt());
    }
    String text = n.hasNonNull("text") ? n.get("text").asText() : String.join(" ", sentences);
    return new LabelledArticle(n.get("id").asText(), n.path("title").asText(null), n.path("url").asText(null),
        text, sentences, summary);
  }
}
