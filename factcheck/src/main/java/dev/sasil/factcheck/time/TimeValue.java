package dev.sasil.factcheck.time;

import dev.sasil.factcheck.NormalizedValue;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * A normalized point or period of time, TIMEX3-style, with its granularity. Immutable.
 *
 * <p>Only the fields of the granularity are set: a {@link Granularity#MONTH} value has {@code
 * month}; a {@link Granularity#DAY} value has {@code month} and {@code day}; {@link
 * Granularity#WEEK} has the ISO {@code week} (and then {@code year} is the ISO week-based year).
 * A null {@code year} stands for a year the text did not resolve ({@code XXXX-07}).
 *
 * @param year the year, or null when unknown
 * @param granularity how precisely the value is known
 * @param half 1 or 2 for {@link Granularity#HALF}
 * @param quarter 1 to 4 for {@link Granularity#QUARTER}
 * @param month 1 to 12 for {@link Granularity#MONTH} and {@link Granularity#DAY}
 * @param week 1 to 53 for {@link Granularity#WEEK}
 * @param day day of month for {@link Granularity#DAY}
 * @param modifier start, middle or end of the period, or none
 */
public record TimeValue(
    Integer year,
    Granularity granularity,
    Integer half,
    Integer quarter,
    Integer month,
    Integer week,
    Integer day,
    TimeModifier modifier)
    implements NormalizedValue {

  private static final java.util.regex.Pattern PRINTED =
      java.util.regex.Pattern.compile("(\\d{4}|XXXX)(?:-(?:H([12])|Q([1-4])|W(\\d{2})|(\\d{2})(?:-(\\d{2}))?))?");

  public TimeValue {
    if (granularity == null) {
      throw new IllegalArgumentException("time value without granularity");
    }
    modifier = modifier == null ? TimeModifier.NONE : modifier;
    check(granularity == Granularity.HALF, half, 1, 2, "half");
    check(granularity == Granularity.QUARTER, quarter, 1, 4, "quarter");
    check(granularity == Granularity.MONTH || granularity == Granularity.DAY, month, 1, 12, "month");
    check(granularity == Granularity.WEEK, week, 1, 53, "week");
    check(granularity == Granularity.DAY, day, 1, 31, "day");
    if (year == null && granularity == Granularity.WEEK) {
      throw new IllegalArgumentException("a week needs a year");
    }
    if (year != null && granularity == Granularity.DAY) {
      LocalDate.of(year, month, day); // throws DateTimeException on 2023-02-30
    }
  }

  private static void check(boolean wanted, Integer v, int min, int max, String name) {
    if (wanted && (v == null || v < min || v > max)) {
      throw new IllegalArgumentException(name + " out of range: " + v);
    }
    if (!wanted && v != null) {
      throw new IllegalArgumentException(name + " set for another granularity: " + v);
    }
  }

  public static TimeValue ofYear(Integer year) {
    return new TimeValue(year, Granularity.YEAR, null, null, null, null, null, TimeModifier.NONE);
  }

  public static TimeValue ofHalf(Integer year, int half) {
    return new TimeValue(year, Granularity.HALF, half, null, null, null, null, TimeModifier.NONE);
  }

  public static TimeValue ofQuarter(Integer year, int quarter) {
    return new TimeValue(year, Granularity.QUARTER, null, quarter, null, null, null, TimeModifier.NONE);
  }

  public static TimeValue ofMonth(Integer year, int month) {
    return new TimeValue(year, Granularity.MONTH, null, null, month, null, null, TimeModifier.NONE);
  }

  public static TimeValue ofWeek(int weekBasedYear, int week) {
    return new TimeValue(weekBasedYear, Granularity.WEEK, null, null, null, week, null, TimeModifier.NONE);
  }

  public static TimeValue ofDay(Integer year, int month, int day) {
    return new TimeValue(year, Granularity.DAY, null, null, month, null, day, TimeModifier.NONE);
  }

  public static TimeValue of(LocalDate date) {
    return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** The ISO week of {@code date}. */
  public static TimeValue weekOf(LocalDate date) {
    return ofWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public TimeValue withModifier(TimeModifier m) {
    return new TimeValue(year, granularity, half, quarter, month, week, day, m);
  }

  public boolean yearKnown() {
    return year != null;
  }

  /** First day of the period; only when the year is known. */
  public LocalDate firstDay() {
    requireYear();
    return switch (granularity) {
      case YEAR -> LocalDate.of(year, 1, 1);
      case HALF -> LocalDate.of(year, half == 1 ? 1 : 7, 1);
      case QUARTER -> LocalDate.of(year, 3 * quarter - 2, 1);
      case MONTH -> LocalDate.of(year, month, 1);
      case WEEK -> LocalDate.of(year, 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
          .with(java.time.DayOfWeek.MONDAY);
      case DAY -> LocalDate.of(year, month, day);
    };
  }

  /** Last day of the period; only when the year is known. */
  public LocalDate lastDay() {
    LocalDate first = firstDay();
    return switch (granularity) {
      case YEAR -> first.plusYears(1).minusDays(1);
      case HALF -> first.plusMonths(6).minusDays(1);
      case QUARTER -> first.plusMonths(3).minusDays(1);
      case MONTH -> first.plusMonths(1).minusDays(1);
      case WEEK -> first.plusDays(6);
      case DAY -> first;
    };
  }

  /**
   * True when this period holds all of {@code other} ({@code 2023} holds {@code 2023-02-05}).
   * With an unknown year on either side, the known fields must agree and this value must be no
   * finer than the other ({@code XXXX-07} holds {@code 2023-07-18}).
   */
  public boolean contains(TimeValue other) {
    if (yearKnown() && other.yearKnown()) {
      return !firstDay().isAfter(other.firstDay()) && !lastDay().isBefore(other.lastDay());
    }
    return fieldsAgree(other) && granularity.ordinal() <= other.granularity.ordinal() && comparableWithoutYear(other);
  }

  /**
   * True when the two periods share a day, or, with an unknown year, may do so ({@code XXXX-07}
   * and {@code 2023-07-18}). Two values that could be the same time are never said to differ.
   */
  public boolean overlaps(TimeValue other) {
    if (yearKnown() && other.yearKnown()) {
      return !firstDay().isAfter(other.lastDay()) && !other.firstDay().isAfter(lastDay());
    }
    return fieldsAgree(other);
  }

  /** Unknown years: months and days agree where both say them; weeks, halves and quarters are compared by month. */
  private boolean fieldsAgree(TimeValue other) {
    if (month != null && other.month != null && !month.equals(other.month)) {
      return false;
    }
    if (day != null && other.day != null && !day.equals(other.day)) {
      return false;
    }
    int[] a = monthRange();
    int[] b = other.monthRange();
    return a[0] <= b[1] && b[0] <= a[1];
  }

  private boolean comparableWithoutYear(TimeValue other) {
    int[] a = monthRange();
    int[] b = other.monthRange();
    return a[0] <= b[0] && b[1] <= a[1];
  }

  /** The months this value may cover within a year (a week may cover any). */
  private int[] monthRange() {
    return switch (granularity) {
      case YEAR, WEEK -> new int[] {1, 12};
      case HALF -> half == 1 ? new int[] {1, 6} : new int[] {7, 12};
      case QUARTER -> new int[] {3 * quarter - 2, 3 * quarter};
      case MONTH, DAY -> new int[] {month, month};
    };
  }

  /**
   * Parses what {@link #normalized()} prints: {@code 2023}, {@code 2023-H2}, {@code 2023-Q1},
   * {@code 2023-07}, {@code 2024-W11}, {@code 2023-07-18}, with {@code XXXX} for an unknown year.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public static TimeValue parse(String text) {
    java.util.regex.Matcher m = PRINTED.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a time value: '" + text + "'");
    }
    Integer year = m.group(1).equals("XXXX") ? null : Integer.valueOf(m.group(1));
    try {
      if (m.group(2) != null) {
        return ofHalf(year, Integer.parseInt(m.group(2)));
      }
      if (m.group(3) != null) {
        return ofQuarter(year, Integer.parseInt(m.group(3)));
      }
      if (m.group(4) != null) {
        if (year == null) {
          throw new IllegalArgumentException("a week needs a year");
        }
        return ofWeek(year, Integer.parseInt(m.group(4)));
      }
      if (m.group(6) != null) {
        return ofDay(year, Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
      }
      if (m.group(5) != null) {
        return ofMonth(year, Integer.parseInt(m.group(5)));
      }
      return ofYear(year);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a time value: '" + text + "': " + e.getMessage(), e);
    }
  }

  private void requireYear() {
    if (year == null) {
      throw new IllegalStateException("year unknown: " + normalized());
    }
  }

  /** TIMEX3-style value: {@code 2023}, {@code 2023-H2}, {@code 2023-Q1}, {@code 2023-07}, {@code 2024-W11}, {@code 2023-07-18}, {@code XXXX-07}. */
  @Override
  public String normalized() {
    String y = year == null ? "XXXX" : padded(year, 4);
    return switch (granularity) {
      case YEAR -> y;
      case HALF -> y + "-H" + half;
      case QUARTER -> y + "-Q" + quarter;
      case MONTH -> y + "-" + padded(month, 2);
      case WEEK -> y + "-W" + padded(week, 2);
      case DAY -> y + "-" + padded(month, 2) + "-" + padded(day, 2);
    };
  }

  /** {@code v} as {@code String.format(Locale.ROOT, "%0" + width + "d", v)} writes it, without a formatter for the common case. */
  static String padded(Integer v, int width) {
    if (v == null || v < 0) {
      return String.format(Locale.ROOT, "%0" + width + "d", v);
    }
    String digits = Integer.toString(v);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  @Override
  public String toString() {
    return modifier == TimeModifier.NONE ? normalized() : normalized() + "/" + modifier;
  }
}
