package dev.sasil.factcheck.entity;

import dev.sasil.core.resource.ResourceLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The particles that may follow a name ({@code particles.txt}) and the role they give it.
 * Immutable and thread-safe; the standard instance is loaded once.
 */
public final class Particles {

  private static final String RESOURCE = "particles.txt";

  private record Form(String text, Role role) {}

  private static final class Holder {
    static final Particles STANDARD = load();
  }

  /**
   * The forms by their first character, longest first in each list, so that 이라는 wins over 이 and
   * a suffix is compared only with the forms that can start it.
   */
  private final Map<Character, List<Form>> byFirstChar;

  /** Forms that after a number and its counter are no particle but "about" (the 께 of 4시께). */
  private final List<String> approximate;

  private Particles(List<Form> forms, List<String> approximate) {
    this.approximate = List.copyOf(approximate);
    Map<Character, List<Form>> byFirst = new HashMap<>();
    for (Form f : forms) {
      byFirst.computeIfAbsent(f.text().charAt(0), k -> new ArrayList<>()).add(f);
    }
    byFirst.replaceAll((k, v) -> List.copyOf(v));
    this.byFirstChar = Map.copyOf(byFirst);
  }

  public static Particles standard() {
    return Holder.STANDARD;
  }

  private static Particles load() {
    List<Form> forms = new ArrayList<>();
    List<String> approximate = new ArrayList<>();
    for (ResourceLines.Line line : ResourceLines.read(Particles.class, RESOURCE)) {
      String[] parts = line.text().strip().split("\\s+");
      if (parts[0].equals(APPROXIMATE)) {
        approximate.addAll(List.of(parts).subList(1, parts.length));
        continue;
      }
      Role role;
      try {
        role = Role.valueOf(parts[0].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ResourceLines.malformed(RESOURCE, line, "unknown role " + parts[0]);
      }
      for (int i = 1; i < parts.length; i++) {
        forms.add(new Form(parts[i], role));
      }
    }
    forms.sort(Comparator.comparingInt((Form f) -> -f.text().length()));
    return new Particles(forms, approximate);
  }

  /** The line of the file that lists the forms read as "about" after a number, not as particles. */
  private static final String APPROXIMATE = "APPROXIMATE";

  /**
   * The length of the form at the start of {@code suffix} that, after a number and its counter,
   * means "about" rather than being a particle (4시께), or 0: none, or a longer particle starts there
   * (께서, a subject's).
   */
  public int approximate(String suffix) {
    for (String a : approximate) {
      if (suffix.startsWith(a)) {
        boolean longer = byFirstChar.getOrDefault(a.charAt(0), List.of()).stream()
            .anyMatch(f -> f.text().length() > a.length() && suffix.startsWith(f.text()));
        return longer ? 0 : a.length();
      }
    }
    return 0;
  }

  /**
   * The role given by {@code suffix}, the rest of a word after a name; {@link Role#BARE} for an
   * empty suffix; empty when the suffix is not a chain of particles (the name is part of a longer word).
   */
  public Optional<Role> role(String suffix) {
    if (suffix.isEmpty()) {
      return Optional.of(Role.BARE);
    }
    Role first = null;
    int i = 0;
    while (i < suffix.length()) {
      Form match = null;
      for (Form f : byFirstChar.getOrDefault(suffix.charAt(i), List.of())) {
        if (suffix.startsWith(f.text(), i)) {
          match = f;
          break;
        }
      }
      if (match == null) {
        return Optional.empty();
      }
      if (first == null) {
        first = match.role();
      }
      i += match.text().length();
    }
    return Optional.of(first);
  }
}
