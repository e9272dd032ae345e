package dev.sasil.summarizer;

import dev.sasil.core.resource.ResourceLines;
import java.util.HashSet;
import java.util.Set;

/**
 * Content morphemes too common to tell sentences apart ({@code stop-terms.txt}). Immutable and
 * thread-safe.
 */
final class StopTerms {

  private static final String RESOURCE = "stop-terms.txt";

  private final Set<String> terms;

  private StopTerms(Set<String> terms) {
    this.terms = Set.copyOf(terms);
  }

  static StopTerms standard() {
    Set<String> terms = new HashSet<>();
    for (ResourceLines.Line line : ResourceLines.read(StopTerms.class, RESOURCE)) {
      String t = line.text().strip();
      if (t.contains(" ") || t.contains("\t")) {
        throw new IllegalArgumentException(RESOURCE + ":" + line.number() + ": one morpheme a line: " + t);
      }
      terms.add(t);
    }
    return new StopTerms(terms);
  }

  boolean contains(String surface) {
    return terms.contains(surface);
  }
}
