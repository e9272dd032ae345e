package dev.sasil.factcheck.source;

import dev.sasil.core.Article;
import dev.sasil.core.Sentence;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days of the month an article writes (17일, 11월 17일), each with its month when one is
 * written before it: what an undated article's own text says of the day it reports. A count of
 * days (3일간, 10일째, 7일 만에) is no day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param monthDays each day as {@code month * 100 + day}, month 0 when none is written, sorted and
 *     distinct
 */
public record WrittenDays(int[] monthDays) implements java.io.Serializable {

  /** An article that writes no day. */
  public static final WrittenDays NONE = new WrittenDays(new int[0]);

  private static final Pattern DAY =
      Pattern.compile("(?<![\\d.,])(?:(\\d{1,2})월\\s*)?(\\d{1,2})일(?![간째치동])(?!\\s*만)");

  public WrittenDays {
    monthDays = monthDays.clone();
    for (int i = 1; i < monthDays.length; i++) {
      if (monthDays[i - 1] >= monthDays[i]) {
        throw new IllegalArgumentException("days not sorted and distinct at " + i);
      }
    }
  }

  /** The days an article's body writes. */
  public static WrittenDays of(Article article) {
    int[] found = new int[8];
    int n = 0;
    for (Sentence s : article.bodySentences()) {
      Matcher m = DAY.matcher(s.text());
      while (m.find()) {
        int month = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(2));
        if (day >= 1 && day <= 31 && month <= 12) {
          if (n == found.length) {
            found = Arrays.copyOf(found, 2 * n);
          }
          found[n++] = month * 100 + day;
        }
      }
    }
    return n == 0 ? NONE : new WrittenDays(Arrays.stream(found, 0, n).sorted().distinct().toArray());
  }

  /**
   * The latest day from {@code from} to {@code to} (both included) that the article writes: its
   * day of the month, and its month when one is written.
   */
  public Optional<LocalDate> latestWithin(LocalDate from, LocalDate to) {
    for (LocalDate d = to; !d.isBefore(from); d = d.minusDays(1)) {
      for (int md : monthDays) {
        if (md % 100 == d.getDayOfMonth() && (md / 100 == 0 || md / 100 == d.getMonthValue())) {
          return Optional.of(d);
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public int[] monthDays() {
    return monthDays.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WrittenDays w && Arrays.equals(monthDays, w.monthDays);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(monthDays);
  }

  @Override
  public String toString() {
    return "WrittenDays" + Arrays.toString(monthDays);
  }
}
