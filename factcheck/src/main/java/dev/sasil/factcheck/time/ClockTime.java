package dev.sasil.factcheck.time;

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

  /** 오후 3시 19분, 새벽 1시, 15시 30분: the part of the day, the hour and the minute. */
  private static final Pattern CLOCK = Pattern.compile(
      "(오전|오후|새벽|아침|낮|저녁|밤)?\\s*(\\d{1,2})\\s*시(?!간)(?:\\s*(\\d{1,2})\\s*분(?!간))?");
  private static final Pattern HEDGE = Pattern.compile("^\\s*(께|쯤|경|무렵|전후|가량)");

  public ClockTime {
    Objects.requireNonNull(day, "day");
    if (day.granularity() != Granularity.DAY) {
      throw new IllegalArgumentException("a clock time needs a day: " + day.normalized());
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      throw new IllegalArgumentException("bad clock time " + hour + ":" + minute);
    }
  }

  /**
   * The clock time a time mention states, when it states one on a resolved day; {@code after} is
   * the text right after the mention, where a hedge (께, 쯤) is written.
   */
  public static Optional<ClockTime> of(TimeMention t, String after) {
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
    boolean pm = part.equals("오후") || part.equals("저녁") || (part.equals("밤") && hour >= 6);
    if (pm && hour < 12) {
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
