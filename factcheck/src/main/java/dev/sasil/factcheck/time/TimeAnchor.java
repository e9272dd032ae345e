package dev.sasil.factcheck.time;

import dev.sasil.core.time.PartialDate;
import java.util.Locale;

/**
 * The date relative time expressions are resolved against, usually an article's publication date.
 * It may be known to the day, the month or the year, or not at all. Immutable.
 *
 * @param date the anchor date, or null when unknown
 */
public record TimeAnchor(PartialDate date) {

  /** An unknown anchor: relative expressions keep only what they say themselves ({@code XXXX-07}). */
  public static final TimeAnchor UNKNOWN = new TimeAnchor(null);

  public static TimeAnchor of(PartialDate date) {
    return date == null ? UNKNOWN : new TimeAnchor(date);
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or {@code unknown}.
   *
   * @throws IllegalArgumentException naming the value when it is none of these
   */
  public static TimeAnchor parse(String text) {
    if (text != null && text.trim().toLowerCase(Locale.ROOT).equals("unknown")) {
      return UNKNOWN;
    }
    try {
      return new TimeAnchor(PartialDate.parse(text));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "not an anchor (expected YYYY, YYYY-MM, YYYY-MM-DD or unknown): '" + text + "'", e);
    }
  }

  public boolean known() {
    return date != null;
  }

  @Override
  public String toString() {
    return date == null ? "unknown" : date.toString();
  }
}
