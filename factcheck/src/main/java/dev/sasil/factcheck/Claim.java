package dev.sasil.factcheck;

import java.util.List;
import java.util.Objects;

/**
 * A checkable statement read from one sentence: who (subject), what (attribute), which value.
 *
 * @param subject canonical name of the entity the claim is about ({@code 오픈AI}, {@code 라마 2})
 * @param attribute the event or measure ({@code released}, {@code founded}, {@code users.monthly})
 * @param value the normalized time or quantity
 * @param qualifiers what narrows the claim (version, place, object …), sorted, as {@code key=value}
 * @param evidence where it was read
 * @param derivation empty for a claim read directly; otherwise how it was derived
 *     ({@code 2016 + 2년 만에})
 */
public record Claim(
    String subject,
    String attribute,
    NormalizedValue value,
    List<String> qualifiers,
    Evidence evidence,
    String derivation) implements java.io.Serializable {

  public Claim {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(evidence, "evidence");
    qualifiers = qualifiers.stream().sorted().toList();
    derivation = derivation == null ? "" : derivation;
  }

  public boolean isDerived() {
    return !derivation.isEmpty();
  }
}
