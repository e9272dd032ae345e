package dev.sasil.core.resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the meaningful lines of a bundled language resource: UTF-8 (malformed input fails), blank
 * lines and lines starting with {@code #} skipped, trailing spaces trimmed. Stateless.
 */
public final class ResourceLines {

  /** One meaningful line and its 1-based number, for error messages. */
  public record Line(int number, String text) {}

  private ResourceLines() {}

  /**
   * The lines of resource {@code name} next to {@code owner}.
   *
   * @throws UncheckedIOException when the resource is missing or unreadable (a packaging error)
   */
  public static List<Line> read(Class<?> owner, String name) {
    InputStream in = owner.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing resource " + owner.getPackageName() + "/" + name));
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
      return read(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /** The meaningful lines of {@code reader}, by the same rules (for resources given as text, in tests). */
  public static List<Line> read(Reader reader) throws IOException {
    List<Line> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(reader);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        out.add(new Line(n, line.stripTrailing()));
      }
    }
    return out;
  }

  /**
   * The words of a resource written as words separated by white space, any number a line, each
   * checked by {@code valid}.
   *
   * @param expected what a malformed word should have been, for the error message
   * @throws IllegalStateException naming the line of the first word that is not valid
   */
  public static java.util.Set<String> words(Class<?> owner, String name, java.util.function.Predicate<String> valid,
      String expected) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Line line : read(owner, name)) {
      for (String w : line.text().strip().split("\\s+")) {
        if (!valid.test(w)) {
          throw malformed(name, line, expected);
        }
        out.add(w);
      }
    }
    return java.util.Set.copyOf(out);
  }

  /** An error naming the resource, line and what is wrong with it. */
  public static IllegalStateException malformed(String name, Line line, String why) {
    return new IllegalStateException(name + ":" + line.number() + ": " + why + ": '" + line.text() + "'");
  }
}
