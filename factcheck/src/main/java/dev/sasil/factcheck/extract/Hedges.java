package dev.sasil.factcheck.extract;

import dev.sasil.core.resource.ResourceLines;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Forms that keep a trigger from stating a past fact ({@code hedges.txt}): negation, intention,
 * obligation, condition, plans. Immutable and thread-safe; the standard list is loaded once.
 */
public final class Hedges {

  private static final String RESOURCE = "hedges.txt";

  /** The kinds of hedge of the resource file. */
  public enum Kind {
    NEG_AUX,
    NEG_ADV,
    NEG_PREFIX,
    ENDING,
    AFTER,
    PURPOSE
  }

  private static final class Holder {
    static final Hedges STANDARD = load();
  }

  private final Map<Kind, Set<String>> forms;

  private Hedges(Map<Kind, Set<String>> forms) {
    this.forms = Map.copyOf(forms);
  }

  public static Hedges standard() {
    return Holder.STANDARD;
  }

  static Hedges load() {
    Map<Kind, Set<String>> forms = new HashMap<>();
    for (Kind k : Kind.values()) {
      forms.put(k, new HashSet<>());
    }
    for (ResourceLines.Line line : ResourceLines.read(Hedges.class, RESOURCE)) {
      String[] p = line.text().strip().split("\\s+");
      Kind k;
      try {
        k = Kind.valueOf(p[0]);
      } catch (IllegalArgumentException e) {
        throw ResourceLines.malformed(RESOURCE, line, "unknown kind " + p[0]);
      }
      for (int i = 1; i < p.length; i++) {
        forms.get(k).add(p[i]);
      }
    }
    Map<Kind, Set<String>> frozen = new HashMap<>();
    forms.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return new Hedges(frozen);
  }

  public boolean is(Kind kind, String form) {
    return forms.get(kind).contains(form);
  }
}
