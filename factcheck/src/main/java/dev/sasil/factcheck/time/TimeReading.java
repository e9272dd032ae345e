package dev.sasil.factcheck.time;

import java.util.Objects;

/**
 * A time mention with the earlier mention it was resolved from: for an event-relative duration
 * ({@code 2016년 … 2년 만에}) the time it counts from, for {@code 이날} or a lone time of day the
 * day it refers to; null when the mention stands on its own or nothing earlier could serve.
 * Immutable.
 *
 * @param mention the mention
 * @param reference the earlier mention its value was derived from, or null
 */
public record TimeReading(TimeMention mention, TimeMention reference) {

  public TimeReading {
    Objects.requireNonNull(mention, "mention");
    if (reference != null && reference.start() >= mention.start()) {
      throw new IllegalArgumentException("a reference comes before the mention: " + reference + " / " + mention);
    }
  }
}
