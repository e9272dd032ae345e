package dev.sasil.factcheck.entity;

import dev.sasil.core.text.Hangul;
import dev.sasil.core.resource.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Endings that make an unknown compound noun an organization's name ({@code org-suffixes.txt}):
 * {@code 고용노동부}, {@code 금융위원회}. Immutable and thread-safe; the standard list is loaded once.
 */
public final class OrgSuffixes {

  private static final String RESOURCE = "org-suffixes.txt";

  private record Suffix(String text, int minBefore) {}

  private static final class Holder {
    static final OrgSuffixes STANDARD = load();
  }

  /** The suffixes by their last character: a stem can end only in those ending in its own last character. */
  private final Map<Character, List<Suffix>> byLastChar;

  private OrgSuffixes(List<Suffix> suffixes) {
    Map<Character, List<Suffix>> byLast = new HashMap<>();
    for (Suffix s : suffixes) {
      byLast.computeIfAbsent(s.text().charAt(s.text().length() - 1), k -> new ArrayList<>()).add(s);
    }
    byLast.replaceAll((k, v) -> List.copyOf(v));
    this.byLastChar = Map.copyOf(byLast);
  }

  public static OrgSuffixes standard() {
    return Holder.STANDARD;
  }

  static OrgSuffixes load() {
    List<Suffix> out = new ArrayList<>();
    for (ResourceLines.Line line : ResourceLines.read(OrgSuffixes.class, RESOURCE)) {
      String[] p = line.text().strip().split("\\s+");
      if (p.length != 2 || !p[1].matches("\\d")) {
        throw ResourceLines.malformed(RESOURCE, line, "expected SUFFIX MIN");
      }
      out.add(new Suffix(p[0], Integer.parseInt(p[1])));
    }
    return new OrgSuffixes(out);
  }

  /**
   * Whether a word is itself one of the longer endings ({@value #SPACED_LENGTH} syllables or
   * more), which a name may write apart from what comes before (주방가전 사업본부).
   */
  public boolean isSuffixWord(String word) {
    return word.length() >= SPACED_LENGTH && byLastChar.getOrDefault(word.charAt(word.length() - 1), List.of()).stream()
        .anyMatch(s -> s.text().equals(word));
  }

  private static final int SPACED_LENGTH = 4;

  /** Whether a word of Hangul syllables only is an organization's name by its ending. */
  public boolean isOrgName(String stem) {
    if (stem.isEmpty()) {
      return false;
    }
    for (int i = 0; i < stem.length(); i++) {
      if (!Hangul.isSyllable(stem.charAt(i))) {
        return false;
      }
    }
    for (Suffix s : byLastChar.getOrDefault(stem.charAt(stem.length() - 1), List.of())) {
      if (stem.endsWith(s.text()) && stem.length() - s.text().length() >= s.minBefore()) {
        return true;
      }
    }
    return false;
  }
}
