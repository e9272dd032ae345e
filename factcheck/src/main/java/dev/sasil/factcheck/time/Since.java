package dev.sasil.factcheck.time;

import dev.sasil.factcheck.NormalizedValue;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When a record counts from: {@code 1998년 11월 이후 가장 높은} is since 1998-11; {@code 48년 만에
 * 가장 적은}, written in 2024, is since about 1976, reckoned back from the article's date. A
 * reckoned time is a year or a month off as often as not (the record's own period is not the
 * article's; 37년 만에 처음 of a wage for next year), so it is compatible with a time one unit of
 * its granularity away. Immutable.
 *
 * @param from the time counted from, a {@link Granularity#YEAR}, {@link Granularity#MONTH} or
 *     {@link Granularity#DAY} value (its year may be unknown when written)
 * @param reckoned whether {@code from} was reckoned back from a span rather than written
 */
public record Since(TimeValue from, boolean reckoned) implements NormalizedValue {

  public Since {
    Objects.requireNonNull(from, "from");
  }

  /**
   * The time a span of years or months before {@code reference} reckons back to, or null for
   * shorter spans: 23년 8개월 만에 before 2022-07 is 1998-11; 48년 만에 before 2024 is 1976. The
   * result is a month when both the span and the reference are in months, else a year.
   */
  public static Since reckoned(TimeDuration span, TimeValue reference) {
    if (span.direction() != TimeDuration.Direction.AFTER || span.amount() == 0 || reference.year() == null
        || span.unit() != java.time.temporal.ChronoUnit.YEARS && span.unit() != java.time.temporal.ChronoUnit.MONTHS) {
      return null;
    }
    int months = span.unit() == java.time.temporal.ChronoUnit.YEARS ? span.amount() * 12 : span.amount();
    if (reference.month() == null) {
      return new Since(TimeValue.ofYear(reference.year() - Math.round(months / 12f)), true);
    }
    YearMonth m = YearMonth.of(reference.year(), reference.month()).minusMonths(months);
    return span.unit() == java.time.temporal.ChronoUnit.MONTHS
        ? new Since(TimeValue.ofMonth(m.getYear(), m.getMonthValue()), true)
        : new Since(TimeValue.ofYear(m.getYear()), true);
  }

  /**
   * Whether two records may count from the same time: written times that overlap (1998 and
   * 1998-11), or, when either is reckoned, times at most one unit of the coarser granularity apart.
   */
  public boolean compatible(Since o) {
    TimeValue a = from;
    TimeValue b = o.from;
    if (a.year() == null || b.year() == null) {
      return a.equals(b);
    }
    boolean months = a.month() != null && b.month() != null;
    int ia = months ? a.year() * 12 + a.month() : a.year();
    int ib = months ? b.year() * 12 + b.month() : b.year();
    return Math.abs(ia - ib) <= (reckoned || o.reckoned ? 1 : 0);
  }

  @Override
  public String normalized() {
    return from.normalized();
  }

  @Override
  public String toString() {
    return "since " + from.normalized() + (reckoned ? "~" : "");
  }
}
