package dev.sasil.summarizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the meaningful lines of a bundled, commented UTF-8 resource file. */
final class ResourceLines {

  /** A line of a resource with its 1-based line number, for messages. */
  record Line(int number, String text) {}

  private ResourceLines() {}

  /**
   * The lines of {@code name} (relative to this package) without blank lines and {@code #}
   * comments, trailing white space removed.
   *
   * @throws IllegalStateException when the resource is missing
   * @throws UncheckedIOException when it cannot be read or is not valid UTF-8
   */
  static List<Line> read(String name) {
    InputStream in = ResourceLines.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      String line;
      int number = 0;
      while ((line = r.readLine()) != null) {
        number++;
        String t = line.stripTrailing();
        if (t.isBlank() || t.stripLeading().startsWith("#")) {
          continue;
        }
        out.add(new Line(number, t));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return out;
  }
}
