package dev.sasil.core.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the year, the month or the day, as a publication date or a
 * normalization anchor usually is. Immutable and thread-safe.
 *
 * <p>A month without a day is {@code 2023-07}; a year without a month is {@code 2023}. The
 * year is always known: an unknown date is represented by the absence of a {@code PartialDate},
 * never by a half-filled one.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

  private static final Pattern ISO =
      Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (month == null && day != null) {
      throw new IllegalArgumentException("day without a month: " + day);
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    if (day != null && (day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth())) {
      throw new IllegalArgumentException("day out of range: " + year + "-" + month + "-" + day);
    }
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, null);
  }

  public static PartialDate ofDay(int year, int month, int day) {
    return new PartialDate(year, month, day);
  }

  public static PartialDate of(java.time.LocalDate date) {
    return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException naming the value when it is not such a date
   */
  public static PartialDate parse(String text) {
    Matcher m = ISO.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a date (expected YYYY, YYYY-MM or YYYY-MM-DD): '" + text + "'");
    }
    int year = Integer.parseInt(m.group(1));
    Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    return new PartialDate(year, month, day);
  }

  public boolean hasMonth() {
    return month != null;
  }

  public boolean hasDay() {
    return day != null;
  }

  /** The first day this date covers. */
  public java.time.LocalDate firstDay() {
    return java.time.LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  /** ISO form: {@code 2023}, {@code 2023-07} or {@code 2023-07-18}. */
  @Override
  public String toString() {
    if (month == null) {
      return String.format(Locale.ROOT, "%04d", year);
    }
    if (day == null) {
      return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
    return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = Integer.compare(year, o.year);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(month == null ? 0 : month, o.month == null ? 0 : o.month);
    if (c != 0) {
      return c;
    }
    return Integer.compare(day == null ? 0 : day, o.day == null ? 0 : o.day);
  }
}
