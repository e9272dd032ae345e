package dev.sasil.factcheck.crosscheck;

import java.util.Objects;

/**
 * How two values of one fact relate, with a short explanation for people.
 *
 * @param relation the relation
 * @param explanation e.g. {@code 2015 vs 2016: years differ}
 * @param caveat what limits the comparison, e.g. {@code the year of XXXX-07 is unresolved}; empty
 *     when nothing does (it is also part of the explanation)
 */
public record Comparison(Relation relation, String explanation, String caveat) {

  /** How two values relate. */
  public enum Relation {
    /** The same value. */
    SAME,
    /** Different precision or bounds, but both can be true ({@code 2022년 말} and {@code 2022-11}). */
    COMPATIBLE,
    /** Both cannot be true ({@code 2015} and {@code 2016}). */
    CONFLICT,
    /** Probably different, but only because of vague words or an unresolved year: not a contradiction. */
    WEAK_CONFLICT,
    /** Not comparable: different units, a year against a month of an unknown year. */
    INCOMPARABLE;

    public boolean compatible() {
      return this == SAME || this == COMPATIBLE;
    }
  }

  public Comparison {
    Objects.requireNonNull(relation, "relation");
    explanation = explanation == null ? "" : explanation;
    caveat = caveat == null ? "" : caveat;
  }

  /** A comparison without a caveat. */
  public Comparison(Relation relation, String explanation) {
    this(relation, explanation, "");
  }
}
