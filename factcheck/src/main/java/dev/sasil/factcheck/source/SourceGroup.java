package dev.sasil.factcheck.source;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Articles that are copies of one text, counted as one source.
 *
 * @param source the id of the group's first article in input order, which stands for the group
 * @param copies the ids of the other articles of the group, in input order; at least one, all
 *     distinct and none equal to {@code source}
 */
public record SourceGroup(String source, List<String> copies) implements java.io.Serializable {

  public SourceGroup {
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("blank source id");
    }
    copies = List.copyOf(copies);
    if (copies.isEmpty()) {
      throw new IllegalArgumentException("a source group without copies: " + source);
    }
    Set<String> seen = new HashSet<>();
    seen.add(source);
    for (String c : copies) {
      if (c.isBlank() || !seen.add(c)) {
        throw new IllegalArgumentException("bad or repeated copy id '" + c + "' in the group of " + source);
      }
    }
  }
}
