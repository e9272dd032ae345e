package dev.sasil.factcheck.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the small tab-separated language resources of this package and of {@code quantity}: one
 * row a line, columns separated by tabs, {@code #} starting a comment line, blank lines ignored.
 * Stateless and thread-safe.
 */
public final class ResourceTable {

  /** One row of a resource, with its line number for messages. */
  public record Row(String resource, int line, List<String> columns) {

    public Row {
      columns = List.copyOf(columns);
    }

    /** Column {@code i}, trimmed; fails naming the resource and line when it is missing. */
    public String get(int i) {
      if (i >= columns.size()) {
        throw new IllegalStateException(
            String.format(Locale.ROOT, "%s:%d: expected at least %d columns: %s", resource, line, i + 1, columns));
      }
      return columns.get(i);
    }

    /** Column {@code i}, or {@code fallback} when the row is shorter or the cell empty. */
    public String get(int i, String fallback) {
      return i < columns.size() && !columns.get(i).isEmpty() ? columns.get(i) : fallback;
    }

    /** Fails with a message naming the resource and line. */
    public IllegalStateException error(String message) {
      return new IllegalStateException(String.format(Locale.ROOT, "%s:%d: %s", resource, line, message));
    }
  }

  private ResourceTable() {}

  /**
   * The rows of a class-path resource resolved against {@code anchor}'s package.
   *
   * @throws IllegalStateException when the resource is missing (a packaging error)
   */
  public static List<Row> read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " beside " + anchor.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Row> rows = new ArrayList<>();
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        List<String> cols = new ArrayList<>();
        for (String c : line.split("\t", -1)) {
          cols.add(c.strip());
        }
        while (!cols.isEmpty() && cols.get(cols.size() - 1).isEmpty()) {
          cols.remove(cols.size() - 1);
        }
        rows.add(new Row(name, n, cols));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
