package dev.sasil.factcheck.entity;

import dev.sasil.core.resource.ResourceLines;
import dev.sasil.core.text.Hangul;
import java.util.Optional;
import java.util.Set;

/**
 * Korea's administrative regions and the regions news names by coast or range ({@code
 * regions.txt}): a place a figure is of, never what it measures nor a product with a model
 * number. Immutable and thread-safe; the standard list is loaded once.
 */
public final class Regions {

  private static final String RESOURCE = "regions.txt";

  /** The suffixes of an administrative name (홍천군, 속초시, 강원도, 화촌면). */
  private static final String SUFFIXES = "시군구도읍면";

  private static final class Holder {
    static final Regions STANDARD = load();
  }

  private final Set<String> names;

  private Regions(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  public static Regions standard() {
    return Holder.STANDARD;
  }

  static Regions load() {
    return new Regions(ResourceLines.words(Regions.class, RESOURCE,
        w -> w.length() >= 2 && w.chars().allMatch(Hangul::isSyllable), "expected region names of two syllables or more"));
  }

  /** The suffixes of a township, below the city or county it is in (옥천면, 백암읍). */
  private static final String TOWNSHIP_SUFFIXES = "읍면";

  /** Whether a word names a township with its suffix (옥천면 of 양평군, though 옥천 is also a county). */
  public boolean township(String word) {
    return word.length() >= 3 && TOWNSHIP_SUFFIXES.indexOf(word.charAt(word.length() - 1)) >= 0 && of(word).isPresent()
        && !names.contains(word);
  }

  /**
   * The region a word names: a listed name, with or without its administrative suffix ({@code
   * 홍천}, {@code 홍천군}, {@code 강원도}); empty for other words.
   */
  public Optional<String> of(String word) {
    if (names.contains(word)) {
      return Optional.of(word);
    }
    if (word.length() >= 3 && SUFFIXES.indexOf(word.charAt(word.length() - 1)) >= 0) {
      String bare = word.substring(0, word.length() - 1);
      return names.contains(bare) ? Optional.of(bare) : Optional.empty();
    }
    return Optional.empty();
  }
}
