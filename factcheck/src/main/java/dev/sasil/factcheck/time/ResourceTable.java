package dev.sasil.factcheck.time;

import dev.sasil.core.resource.ResourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the small tab-separated language resources of this package and of {@code quantity} into
 * columns: one row a meaningful line of {@link ResourceLines}, columns separated by tabs and trimmed.
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
   * The rows of a class-path resource resolved against {@code anchor}'s package, read through
   * {@link ResourceLines} (strict UTF-8, comments and blank lines skipped).
   *
   * @throws java.io.UncheckedIOException when the resource is missing (a packaging error)
   */
  public static List<Row> read(Class<?> anchor, String name) {
    List<Row> rows = new ArrayList<>();
    for (ResourceLines.Line line : ResourceLines.read(anchor, name)) {
      List<String> cols = new ArrayList<>();
      for (String c : line.text().split("\t", -1)) {
        cols.add(c.strip());
      }
      while (!cols.isEmpty() && cols.get(cols.size() - 1).isEmpty()) {
        cols.remove(cols.size() - 1);
      }
      rows.add(new Row(name, line.number(), cols));
    }
    return List.copyOf(rows);
  }
}
