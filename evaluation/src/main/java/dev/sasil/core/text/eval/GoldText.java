package dev.sasil.core.text.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A text with its gold sentence boundaries.
 *
 * @param name where it came from (file and document), for messages
 * @param text the text to segment: paragraphs on their own lines, sentences of a paragraph joined
 *     by one space
 * @param boundaries end offsets of the gold sentences, ascending, without the end of the text
 */
public record GoldText(String name, String text, List<Integer> boundaries) {

  public GoldText {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    boundaries = List.copyOf(boundaries);
    int last = 0;
    for (int b : boundaries) {
      if (b <= last || b >= text.length()) {
        throw new IllegalArgumentException("boundary " + b + " out of order or outside the text of " + name);
      }
      last = b;
    }
  }

  /**
   * Joins gold sentences into a text: each inner list is a paragraph, written on its own line,
   * its sentences separated by one space. Blank sentences are skipped.
   */
  public static GoldText of(String name, List<List<String>> paragraphs) {
    StringBuilder text = new StringBuilder();
    List<Integer> ends = new ArrayList<>();
    for (List<String> paragraph : paragraphs) {
      boolean first = true;
      for (String raw : paragraph) {
        String sentence = raw.strip();
        if (sentence.isEmpty()) {
          continue;
        }
        if (text.length() > 0) {
          text.append(first ? '\n' : ' ');
        }
        text.append(sentence);
        ends.add(text.length());
        first = false;
      }
    }
    if (!ends.isEmpty()) {
      ends.remove(ends.size() - 1);
    }
    return new GoldText(name, text.toString(), ends);
  }
}
