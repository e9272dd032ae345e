package dev.sasil.factcheck.entity;

import dev.sasil.factcheck.NormalizedValue;
import java.util.Objects;

/**
 * A name as an article spells it (김세윤, 운산동): the value of a claim that two sources write one
 * person's or place's name differently. Compared only character for character.
 *
 * @param kind what the name names
 * @param text the name as written, without particles
 */
public record Spelling(Kind kind, String text) implements NormalizedValue {

  /** What a spelled name names. */
  public enum Kind {
    /** A person's full name: a family name and a given name (김세윤). */
    PERSON,
    /** A neighbourhood or village after its city or county (강릉시 운산동). */
    PLACE
  }

  public Spelling {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("blank name");
    }
  }

  @Override
  public String normalized() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
