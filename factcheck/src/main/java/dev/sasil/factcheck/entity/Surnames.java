package dev.sasil.factcheck.entity;

import dev.sasil.core.resource.ResourceLines;
import dev.sasil.core.text.Hangul;
import java.util.Set;

/**
 * Korean family names ({@code surnames.txt}), to read a word written right before a person's
 * title as that person's full name. Immutable and thread-safe; the standard list is loaded once.
 */
public final class Surnames {

  private static final String RESOURCE = "surnames.txt";

  private static final class Holder {
    static final Surnames STANDARD = load();
  }

  private final Set<String> names;

  private Surnames(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  public static Surnames standard() {
    return Holder.STANDARD;
  }

  static Surnames load() {
    return new Surnames(ResourceLines.words(Surnames.class, RESOURCE,
        w -> !w.isEmpty() && w.length() <= 2 && w.chars().allMatch(Hangul::isSyllable),
        "expected family names of one or two syllables"));
  }

  /** Whether {@code word} is one or two syllables of a family name. */
  public boolean isSurname(String word) {
    return names.contains(word);
  }

  /**
   * Whether {@code word} may be a person's full name: Hangul syllables only, a family name then a
   * given name of one or two syllables (권혜인, 남궁민수).
   */
  public boolean mayBeFullName(String word) {
    if (word.length() < 2 || word.length() > 4 || !word.chars().allMatch(Hangul::isSyllable)) {
      return false;
    }
    for (int family = 2; family >= 1; family--) {
      int given = word.length() - family;
      if (given >= 1 && given <= 2 && names.contains(word.substring(0, family))) {
        return true;
      }
    }
    return false;
  }
}
