package dev.sasil.factcheck.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Shifting time values by durations. Stateless. */
final class CalendarMath {

  private CalendarMath() {}

  /** The granularity a duration in {@code unit} can state. */
  static Granularity granularityOf(ChronoUnit unit) {
    return switch (unit) {
      case YEARS -> Granularity.YEAR;
      case MONTHS -> Granularity.MONTH;
      default -> Granularity.DAY;
    };
  }

  /**
   * {@code ref} moved by {@code duration}, at the granularity the duration's unit states, or null
   * when that is not determined (2016 plus six months is 2016 or 2017) or the year is unknown.
   */
  static TimeValue shift(TimeValue ref, TimeDuration duration) {
    if (ref == null || !ref.yearKnown() || duration.withinDays()) {
      return null; // 14분 뒤 of a day: a moment no date value holds
    }
    Granularity g = granularityOf(duration.unit());
    LocalDate first = plus(ref.firstDay(), duration);
    LocalDate last = plus(ref.lastDay(), duration);
    TimeValue a = truncate(first, g);
    TimeValue b = truncate(last, g);
    return a.equals(b) ? a : null;
  }

  /** {@code ref} shifted, when {@code ref} is a whole-period value known to at least the given granularity. */
  private static LocalDate plus(LocalDate d, TimeDuration duration) {
    return d.plus(duration.signedAmount(), duration.unit());
  }

  static TimeValue truncate(LocalDate d, Granularity g) {
    return switch (g) {
      case YEAR -> TimeValue.ofYear(d.getYear());
      case HALF -> TimeValue.ofHalf(d.getYear(), d.getMonthValue() <= 6 ? 1 : 2);
      case QUARTER -> TimeValue.ofQuarter(d.getYear(), (d.getMonthValue() + 2) / 3);
      case MONTH -> TimeValue.ofMonth(d.getYear(), d.getMonthValue());
      case WEEK -> TimeValue.weekOf(d);
      case DAY -> TimeValue.of(d);
    };
  }
}
