package dev.sasil.core.text.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads gold sentences. Two formats:
 *
 * <ul>
 *   <li>CoNLL-U ({@code .conllu}): the {@code # text = } line of each sentence; {@code # newdoc}
 *       starts a new document and {@code # newpar} a new paragraph (line). A file without them is
 *       one running paragraph, its sentences joined by one space, which is harder than real text,
 *       where paragraphs end at line breaks.
 *   <li>Sentence fixtures (any other file): one gold sentence per line, a blank line between
 *       paragraphs, lines starting with {@code #} are comments.
 * </ul>
 */
public final class GoldTexts {

  private GoldTexts() {}

  /** The documents of {@code file}, by its format (see the class comment). */
  public static List<GoldText> read(Path file) throws IOException {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return name.endsWith(".conllu") ? readConllu(file) : List.of(readFixture(file));
  }

  static List<GoldText> readConllu(Path file) throws IOException {
    List<GoldText> docs = new ArrayList<>();
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    String docName = file.toString();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("# newdoc")) {
          closeParagraph(paragraphs, paragraph);
          paragraph = new ArrayList<>();
          if (!paragraphs.isEmpty()) {
            docs.add(GoldText.of(docName, paragraphs));
          }
          paragraphs = new ArrayList<>();
          String id = line.contains("=") ? line.substring(line.indexOf('=') + 1).strip() : "";
          docName = file + (id.isEmpty() ? "#" + (docs.size() + 1) : "#" + id);
        } else if (line.startsWith("# newpar")) {
          closeParagraph(paragraphs, paragraph);
          paragraph = new ArrayList<>();
        } else if (line.startsWith("# text =")) {
          paragraph.add(line.substring("# text =".length()).strip());
        }
      }
    }
    closeParagraph(paragraphs, paragraph);
    if (!paragraphs.isEmpty()) {
      docs.add(GoldText.of(docName, paragraphs));
    }
    return docs;
  }

  static GoldText readFixture(Path file) throws IOException {
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> paragraph = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isBlank()) {
        closeParagraph(paragraphs, paragraph);
        paragraph = new ArrayList<>();
      } else {
        paragraph.add(line.strip());
      }
    }
    closeParagraph(paragraphs, paragraph);
    return GoldText.of(file.toString(), paragraphs);
  }

  private static void closeParagraph(List<List<String>> paragraphs, List<String> paragraph) {
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
  }
}
