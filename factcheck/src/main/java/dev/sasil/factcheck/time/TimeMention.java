package dev.sasil.factcheck.time;

import java.util.Objects;

/**
 * A time expression found in a text, with what it resolves to. Immutable.
 *
 * @param text the expression as written
 * @param start offset of its first character in the searched text
 * @param end offset after its last character
 * @param value the resolved time, or null when it cannot be resolved (an event-relative duration
 *     whose event is elsewhere)
 * @param duration the span for duration forms ({@code 2년 만에}, {@code 사흘 전}), else null
 * @param eventRelative true when the duration counts from an event of the text rather than from
 *     the anchor
 */
public record TimeMention(
    String text, int start, int end, TimeValue value, TimeDuration duration, boolean eventRelative) {

  public TimeMention {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: " + start + ".." + end);
    }
    if (eventRelative && duration == null) {
      throw new IllegalArgumentException("only a duration can be event-relative: " + text);
    }
  }
}
