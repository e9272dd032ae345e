package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.time.Granularity;
import dev.sasil.factcheck.time.TimeDuration;
import dev.sasil.factcheck.time.TimeValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Adds a duration to a time value, keeping the value's granularity: 2016 + 2년 = 2018; 2023-04 +
 * 한 달 = 2023-05. Only when the result is as precise as the value: a year plus a month is not a
 * year (2023 + 1 month may be 2024), so it has no result. Stateless.
 */
public final class TimeShift {

  private TimeShift() {}

  public static Optional<TimeValue> shift(TimeValue v, TimeDuration d) {
    if (v == null || d == null || !v.yearKnown() || d.withinDays()) {
      return Optional.empty();
    }
    int n = d.signedAmount();
    ChronoUnit u = d.unit();
    Granularity g = v.granularity();
    return switch (g) {
      case YEAR -> u == ChronoUnit.YEARS ? Optional.of(TimeValue.ofYear(v.year() + n)) : Optional.empty();
      case MONTH -> {
        if (u != ChronoUnit.YEARS && u != ChronoUnit.MONTHS) {
          yield Optional.empty();
        }
        YearMonth ym = YearMonth.of(v.year(), v.month()).plus(n, u);
        yield Optional.of(TimeValue.ofMonth(ym.getYear(), ym.getMonthValue()));
      }
      case DAY -> {
        LocalDate day = LocalDate.of(v.year(), v.month(), v.day()).plus(n, u);
        yield Optional.of(TimeValue.of(day));
      }
      default -> Optional.empty();
    };
  }
}
