package dev.sasil.factcheck.entity;

import dev.sasil.core.resource.ResourceLines;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Edition words after a version ({@code editions.txt}): 프로, Flash, 터보 … Immutable and
 * thread-safe; the standard list is loaded once.
 */
public final class Editions {

  private static final String RESOURCE = "editions.txt";

  private static final class Holder {
    static final Editions STANDARD = load(LatinReading.standard());
  }

  private final LatinReading reading;
  private final Map<String, String> byKey;

  private Editions(LatinReading reading, Map<String, String> byKey) {
    this.reading = reading;
    this.byKey = Map.copyOf(byKey);
  }

  public static Editions standard() {
    return Holder.STANDARD;
  }

  static Editions load(LatinReading reading) {
    Map<String, String> byKey = new HashMap<>();
    for (ResourceLines.Line line : ResourceLines.read(Editions.class, RESOURCE)) {
      String[] p = line.text().strip().split("\\s+");
      for (String name : p) {
        byKey.put(reading.key(name), p[0]);
      }
    }
    return new Editions(reading, byKey);
  }

  /** The canonical edition a word names ({@code Pro} is 프로), or empty. */
  public Optional<String> edition(String word) {
    return Optional.ofNullable(byKey.get(reading.key(word)));
  }
}
