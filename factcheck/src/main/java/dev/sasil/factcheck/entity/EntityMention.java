package dev.sasil.factcheck.entity;

import java.util.Objects;

/**
 * A name found in a text, resolved to an entity.
 *
 * @param entity what it names
 * @param start offset of the name in the searched text (the opening quote of a quoted name)
 * @param end offset after the name, its version, a parenthesized gloss and a closing quote,
 *     before the particle
 * @param role the role the particle after it gives it
 * @param how how it was recognized
 */
public record EntityMention(Entity entity, int start, int end, Role role, Source how) {

  /** How a mention was recognized, from most to least reliable. */
  public enum Source {
    /** A name of the alias table. */
    TABLE,
    /** A quoted name (‘라마 3’), in the table or not. */
    QUOTED,
    /** A misspelling of a table name within jamo distance. */
    FUZZY,
    /** A proper noun or Latin word the table does not know. */
    UNKNOWN
  }

  public EntityMention {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(how, "how");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention span " + start + ".." + end);
    }
  }

  public boolean overlaps(int s, int e) {
    return start < e && s < end;
  }
}
