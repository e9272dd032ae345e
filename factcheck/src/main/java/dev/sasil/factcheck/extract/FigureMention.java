package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.time.PartialTime;
import java.util.List;
import java.util.Objects;

/**
 * A figure as a sentence states it, whatever the claim frames made of it: its value and the
 * words around it that say what it is about. Two articles that give one figure with the same
 * words around it (서울 69.3%, 서울(69.3%)) corroborate each other even when no frame could name
 * the measure; see {@code dev.sasil.factcheck.crosscheck.Corroborations}.
 *
 * @param evidence where the figure stands (the span is the figure itself)
 * @param value the normalized amount, day or clock time
 * @param when for a day or a time of day, the parts of it the text says (the rest may be any
 *     day); null for an amount
 * @param anchors the content words of the figure's clause, nearest first, each once
 * @param near the anchors written right beside the figure (the noun it counts, its owner)
 * @param names the anchors that are names (a person, an organization, a place), nearest first
 * @param reading for an amount, whose it is and how it is stated; null for a time
 * @param measure what the figure counts or dates, when its clause says: for an amount the measure a
 *     word of its clause names (사망자 of 22명이 숨졌다, 의석 of 175석), for a day or time the event of
 *     its predicate (발생, 진입기동); empty when the clause names none
 */
public record FigureMention(Evidence evidence, NormalizedValue value, PartialTime when, List<String> anchors,
    List<String> near, List<String> names, FigureReading reading, String measure) implements java.io.Serializable {

  public FigureMention {
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(measure, "measure");
    anchors = List.copyOf(anchors);
    near = List.copyOf(near);
    names = List.copyOf(names);
  }
}
