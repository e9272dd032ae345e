package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.time.TimeDuration;
import dev.sasil.factcheck.time.TimeValue;
import java.util.List;
import java.util.Objects;

/**
 * A claim that counts from an event whose date its own article gives too coarsely: "xAI를
 * 설립하고(지난해), 한 달 뒤에 그록을 선보였다". Another article may give the base event precisely
 * (xAI founded 2023-04), and then the claim can be derived (그록 released 2023-05).
 *
 * @param subject the claim's subject ({@code 그록})
 * @param attribute the claim's attribute ({@code released})
 * @param qualifiers the claim's qualifiers
 * @param evidence where the duration was read (its offsets are the duration's)
 * @param baseSubject the subject of the event counted from ({@code xAI})
 * @param baseAttribute its attribute ({@code founded})
 * @param baseValue its value as this article gives it ({@code 2023})
 * @param duration the duration ({@code 한 달 뒤})
 * @param firm whether the claim and its base were read firmly
 */
public record PendingDerivation(
    String subject,
    String attribute,
    List<String> qualifiers,
    Evidence evidence,
    String baseSubject,
    String baseAttribute,
    TimeValue baseValue,
    TimeDuration duration,
    boolean firm) implements java.io.Serializable {

  public PendingDerivation {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(attribute, "attribute");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(baseSubject, "baseSubject");
    Objects.requireNonNull(baseAttribute, "baseAttribute");
    Objects.requireNonNull(baseValue, "baseValue");
    Objects.requireNonNull(duration, "duration");
    qualifiers = List.copyOf(qualifiers);
  }
}
