package dev.sasil.factcheck.time;

import dev.sasil.core.text.RequiredText;
import dev.sasil.factcheck.NormalizedValue;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time of day on a day: {@code 24일 오전 10시 31분} is {@code 2024-06-24T10:31}. Immutable.
 *
 * @param day the day (a {@link Granularity#DAY} value; its year may be unknown)
 * @param hour 0 to 23
 * @param minute 0 to 59
 * @param approximate the text hedges it ({@code 께}, {@code 쯤}, {@code 경}, {@code 무렵})
 */
public record ClockTime(TimeValue day, int hour, int minute, boolean approximate) implements NormalizedValue {

  /** The parts of the day a time of day may be written with. */
  private static final String PART_OF_DAY = "(오전|오후|새벽|아침|낮|저녁|밤)";
  /** 오후 3시 19분, 새벽 1시, 15시 30분: the part of the day, the hour and the minute. */
  private static final Pattern CLOCK = Pattern.compile(
      PART_OF_DAY + "?\\s*(\\d{1,2})\\s*시(?!간)(?:\\s*(\\d{1,2})\\s*분(?!간))?");
  /**
   * What every time of day that writes its part of the day contains (a part of the day and 시):
   * {@link #halves} searches no text without it.
   */
  private static final RequiredText WITH_PART =
      RequiredText.of(Pattern.compile(PART_OF_DAY + "\\s*\\d{1,2}\\s*시"));
  private static final Pattern HEDGE = Pattern.compile("^\\s*(께|쯤|경|무렵|전후|가량|[을를]\\s*전후)");

  public ClockTime {
    Objects.requireNonNull(day, "day");
    if (day.granularity() != Granularity.DAY) {
      throw new IllegalArgumentException("a clock time needs a day: " + day.normalized());
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      throw new IllegalArgumentException("bad clock time " + hour + ":" + minute);
    }
  }

  /** The half of the day a clock time is in, as a word before it says (오전, 오후, 밤). */
  public enum Half { AM, PM }

  /**
   * The clock time a time mention states, when it states one on a resolved day; {@code after} is
   * the text right after the mention, where a hedge (께, 쯤) is written.
   */
  public static Optional<ClockTime> of(TimeMention t, String after) {
    return of(t, after, null);
  }

  /**
   * As {@link #of(TimeMention, String)}; an hour from 1 to 11 written without the part of the day
   * ({@code 곧이어 8시 32분}) is in the half {@code carried}, the half of the last time of day
   * before it that says one ({@code 오후 7시 44분}), when there is one (else null).
   */
  public static Optional<ClockTime> of(TimeMention t, String after, Half carried) {
    if (t.value() == null || t.value().granularity() != Granularity.DAY) {
      return Optional.empty();
    }
    Matcher m = CLOCK.matcher(t.text());
    if (!m.find()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(2));
    int minute = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    String part = m.group(1) == null ? "" : m.group(1);
    Half half = part.isEmpty() ? (hour >= 1 && hour <= 11 ? carried : null) : half(part, hour);
    if (half == Half.PM && hour < 12) {
      hour += 12;
    }
    if ((part.equals("새벽") || part.equals("밤") || part.equals("오전")) && hour == 12) {
      hour = 0; // 오전 12시 37분 is 00:37
    }
    if (hour > 23 || minute > 59) {
      return Optional.empty();
    }
    return Optional.of(new ClockTime(t.value(), hour, minute, HEDGE.matcher(after).find()));
  }

  /**
   * The half of the day each time of day in {@code text} that writes its part of the day is in,
   * with the offset (from {@code base}) of the time; in text order.
   */
  static void halves(String text, int base, java.util.function.ObjIntConsumer<Half> sink) {
    if (!WITH_PART.mayMatch(text)) {
      return;
    }
    Matcher m = CLOCK.matcher(text);
    while (m.find()) {
      if (m.group(1) != null) {
        sink.accept(half(m.group(1), Integer.parseInt(m.group(2))), base + m.start());
      }
    }
  }

  /** 오후 3시, 저녁 7시, 밤 9시, 낮 2시 are after noon; 오전, 새벽, 아침 and 밤 1시 before it. */
  private static Half half(String part, int hour) {
    boolean pm = part.equals("오후") || part.equals("저녁") || part.equals("밤") && hour >= 6
        || part.equals("낮") && hour >= 1 && hour <= 6;
    return pm ? Half.PM : Half.AM;
  }

  /** Minutes since midnight. */
  public int minutes() {
    return hour * 60 + minute;
  }

  @Override
  public String normalized() {
    return day.normalized() + String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
  }

  @Override
  public String toString() {
    return normalized() + (approximate ? "~" : "");
  }
}
