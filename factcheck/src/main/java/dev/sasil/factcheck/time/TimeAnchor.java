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

  /**
   * The years an anchor may have, the years written out that the normalizer reads: relative
   * expressions counted from them stay four-digit years (an anchor of year 1 made 지난해 year
   * {@code 0000} and 2년 전 {@code -001}).
   */
  public static final int MIN_YEAR = 1000;

  public static final int MAX_YEAR = 2999;

  /** The anchor of {@code date}; unknown when it is null or its year is outside {@link #MIN_YEAR}–{@link #MAX_YEAR}. */
  public static TimeAnchor of(PartialDate date) {
    return date == null || !inRange(date) ? UNKNOWN : new TimeAnchor(date);
  }

  private static boolean inRange(PartialDate date) {
    return date.year() >= MIN_YEAR && date.year() <= MAX_YEAR;
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
    PartialDate date;
    try {
      date = PartialDate.parse(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "not an anchor (expected YYYY, YYYY-MM, YYYY-MM-DD or unknown): '" + text + "'", e);
    }
    if (!inRange(date)) {
      throw new IllegalArgumentException(
          "an anchor's year is from " + MIN_YEAR + " to " + MAX_YEAR + ": '" + text + "'");
    }
    return new TimeAnchor(date);
  }

  public boolean known() {
    return date != null;
  }

  @Override
  public String toString() {
    return date == null ? "unknown" : date.toString();
  }
}
