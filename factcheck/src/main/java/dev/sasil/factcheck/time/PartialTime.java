package dev.sasil.factcheck.time;

import dev.sasil.factcheck.NormalizedValue;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day or a time of day as far as the text says it, every unsaid part unknown: {@code 11일} in
 * an undated article is {@code XXXX-XX-11}; {@code 9시 3분쯤} with no day is {@code
 * XXXX-XX-XXT09:03}. Two partial times may be the same moment when every part both say is equal
 * ({@link #compatible}). Immutable.
 *
 * @param year the year, or null
 * @param month 1–12, or null
 * @param day 1–31, or null
 * @param minutes minutes since midnight, or null when no time of day is said
 */
public record PartialTime(Integer year, Integer month, Integer day, Integer minutes) implements NormalizedValue {

  /** A day written in the expression itself, so that the resolved day is not only the anchor's. */
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})\\s*일(?!간)|이날|당일|오늘|어제|전날|그제|내일|모레");
  private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})\\s*일(?!간)");
  /**
   * A day said relative to today or to another day (어제, 오늘, 전날, 이튿날: the time lexicon's DAY
   * words and its REFDAY words of another day than the one referred to): not the day of the month
   * written before it.
   */
  private static final class OtherDay {
    static final Pattern PATTERN = build(TimeLexicon.standard());

    private static Pattern build(TimeLexicon lexicon) {
      java.util.List<String> words = new java.util.ArrayList<>(lexicon.words(TimeLexicon.WordClass.DAY));
      for (String w : lexicon.words(TimeLexicon.WordClass.REFDAY)) {
        if (lexicon.lookup(TimeLexicon.WordClass.REFDAY, w).map(e -> e.intValue() != 0).orElse(false)) {
          words.add(w);
        }
      }
      return Pattern.compile(String.join("|",
          words.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s*\\Q")).toList()));
    }
  }

  /** Whether a mention names a day relative to another one (전날 오전 9시20분), so takes no day written before it. */
  public static boolean otherDay(TimeMention t) {
    return OtherDay.PATTERN.matcher(t.text()).find();
  }

  public PartialTime {
    if (day == null && minutes == null) {
      throw new IllegalArgumentException("a partial time needs a day or a time of day");
    }
  }

  /**
   * The day and clock time a time mention states, as far as it states them; empty for months,
   * years, durations and periods.
   */
  public static Optional<PartialTime> of(TimeMention t, String after) {
    return of(t, after, null);
  }

  /** As {@link #of(TimeMention, String)}, an hour without its part of the day in the half {@code carried} ({@link ClockTime}). */
  public static Optional<PartialTime> of(TimeMention t, String after, ClockTime.Half carried) {
    return of(t, after, carried, writesDay(t.text()));
  }

  /**
   * As {@link #of(TimeMention, String, ClockTime.Half)}, with {@code dayWritten} saying whether the
   * day of {@code t}'s value is one the text writes (in {@code t}, or before it in its sentence:
   * 12일 오후 7시 44분 … 48분 뒤인 오후 8시 32분), not one only the article's date gives.
   */
  public static Optional<PartialTime> of(TimeMention t, String after, ClockTime.Half carried, boolean dayWritten) {
    if (t.duration() != null) {
      return Optional.empty();
    }
    Integer minutes = t.value() == null ? clockOnly(t, carried)
        : ClockTime.of(t, after, carried).map(ClockTime::minutes).orElse(null);
    if (t.value() != null && t.value().granularity() == Granularity.DAY && dayWritten) {
      return Optional.of(new PartialTime(t.value().year(), t.value().month(), t.value().day(), minutes));
    }
    Matcher d = DAY_NUMBER.matcher(t.text());
    Integer day = t.value() == null && d.find() ? Integer.valueOf(d.group(1)) : null;
    if (day != null && (day < 1 || day > 31)) {
      day = null;
    }
    return day == null && minutes == null ? Optional.empty() : Optional.of(new PartialTime(null, null, day, minutes));
  }

  /** The clock time of a mention that resolved to no day (9시 3분 in an undated article). */
  private static Integer clockOnly(TimeMention t, ClockTime.Half carried) {
    TimeMention asIfDated = new TimeMention(t.text(), t.start(), t.end(), TimeValue.ofDay(2000, 1, 1), null, false);
    return ClockTime.of(asIfDated, "", carried).map(ClockTime::minutes).orElse(null);
  }

  /** Whether {@code text} writes a day: with its number (12일) or as a word (이날, 어제). */
  public static boolean writesDay(String text) {
    return DAY.matcher(text).find();
  }

  /**
   * Whether {@code text} writes a day of the month with its number (12일, 9월12일), not a day
   * reached by 이날 or 어제 from an article's date, which may be the day after the event.
   */
  public static boolean writesDayNumber(String text) {
    return DAY_NUMBER.matcher(text).find();
  }

  /** Whether every part both times say is equal. */
  public boolean compatible(PartialTime o) {
    return same(year, o.year) && same(month, o.month) && same(day, o.day) && same(minutes, o.minutes);
  }

  private static boolean same(Integer a, Integer b) {
    return a == null || b == null || a.equals(b);
  }

  @Override
  public String normalized() {
    String date = (year == null ? "XXXX" : String.format(Locale.ROOT, "%04d", year))
        + "-" + (month == null ? "XX" : String.format(Locale.ROOT, "%02d", month))
        + "-" + (day == null ? "XX" : String.format(Locale.ROOT, "%02d", day));
    return minutes == null ? date : date + String.format(Locale.ROOT, "T%02d:%02d", minutes / 60, minutes % 60);
  }

  @Override
  public String toString() {
    return normalized();
  }
}
