package dev.sasil.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.time.PartialDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PLACEHOLDER reader: UTF-8 {@code .txt} files and JSON Lines corpora. To be replaced by the full
 * reader (charsets, HTML, directories, stdin).
 */
public final class DocumentReader {

  private final ObjectMapper json = new ObjectMapper();

  /** Reads every input; a bad input becomes a problem and the others are still read. */
  public ReadResult read(List<String> inputs) {
    List<RawDocument> docs = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    for (String input : inputs) {
      Path path = Path.of(input);
      if (!Files.isRegularFile(path)) {
        problems.add(new InputProblem(input, "no such file"));
        continue;
      }
      try {
        String content = Files.readString(path, StandardCharsets.UTF_8);
        String name = path.getFileName().toString();
        if (name.endsWith(".jsonl")) {
          String[] lines = content.split("\n");
          for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
              continue;
            }
            JsonNode node = json.readTree(lines[i]);
            String id = node.path("id").asText();
            Published published =
                node.hasNonNull("published")
                    ? Published.of(PartialDate.parse(node.get("published").asText()), DateSource.METADATA)
                    : Published.UNKNOWN;
            docs.add(new RawDocument(id, input + ":" + (i + 1), node.path("title").asText(null),
                node.path("url").asText(null), published, node.path("text").asText(""), false));
          }
        } else {
          docs.add(new RawDocument(name, input, null, null, Published.UNKNOWN, content, false));
        }
      } catch (IOException | RuntimeException e) {
        problems.add(new InputProblem(input, String.valueOf(e.getMessage())));
      }
    }
    return new ReadResult(docs, problems);
  }
}
