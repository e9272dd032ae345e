package dev.sasil.factcheck.extract;

import dev.sasil.core.Morpheme;
import dev.sasil.factcheck.time.Granularity;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeNormalizer;
import dev.sasil.factcheck.time.TimeValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;

/**
 * The tense of the predicate a bare day is said with decides its month. The time normalizer reads
 * {@code 28일} in an article of 27 April as 28 March, the latest such day not after the article,
 * which is right for 28일 공시했다; but 28일 공시한다고 밝혔다, 28일 열리는 총회 and 출시일은 28일이다
 * speak of the nearest 28th, 28 April. A day written with its month and no year (4월 28일) is
 * read the same way, between years. Days written with 지난 or 오는 say their side themselves and
 * are left alone, as is a day whose predicate is in the past or cannot be told. Stateless.
 */
final class Tenses {

  /** A day or month-day written without year or direction (31일, 1월 31일). */
  private static final Pattern BARE_DATE = Pattern.compile("^(?:(\\d{1,2})월\\s*)?(\\d{1,2})일");

  private Tenses() {}

  /** What the predicate after a time says of its tense. */
  private enum Tense { PAST, NOT_PAST, UNKNOWN }

  /**
   * The times of a sentence with every bare day said with a predicate not in the past moved to the
   * day nearest {@code day}, when that is later than the normalizer's reading; {@code times}
   * itself when none moves or the day is unknown.
   *
   * @param morphemes the sentence's morphemes, offsets in the article's text
   * @param base the sentence's offset in the article's text (the times' offsets are the sentence's)
   */
  static List<TimeMention> apply(List<Morpheme> morphemes, int base, List<TimeMention> times, LocalDate day) {
    if (day == null || times.isEmpty()) {
      return times;
    }
    List<TimeMention> out = null;
    for (int i = 0; i < times.size(); i++) {
      TimeMention t = times.get(i);
      TimeMention moved = t;
      if (bareDay(t) && tenseAfter(morphemes, base + t.end()) == Tense.NOT_PAST) {
        LocalDate near = nearest(t, day, false);
        if (near != null && near.isAfter(t.value().firstDay())) {
          moved = new TimeMention(t.text(), t.start(), t.end(), TimeValue.of(near), null, false);
        }
      }
      if (moved != t && out == null) {
        out = new ArrayList<>(times);
      }
      if (out != null) {
        out.set(i, moved);
      }
    }
    return out == null ? times : List.copyOf(out);
  }

  /** Whether a time is one day written without year and direction, and read as a day of a known year. */
  static boolean bareDay(TimeMention t) {
    return t.value() != null && t.duration() == null && t.value().granularity() == Granularity.DAY
        && t.value().yearKnown() && BARE_DATE.matcher(t.text().strip()).find();
  }

  /**
   * Whether a bare day was read in the month of {@code day} or a month next to it, as the
   * publication date reads it, and not in a month its sentence writes before it.
   */
  static boolean nearPublication(TimeMention t, LocalDate day) {
    LocalDate read = t.value().firstDay();
    long months = java.time.temporal.ChronoUnit.MONTHS.between(day.withDayOfMonth(1), read.withDayOfMonth(1));
    return Math.abs(months) <= 1;
  }

  /**
   * The day a bare day stands for near {@code day}: among the same day of the month before, the
   * month and the month after (of the year before, the year and the year after when the month is
   * written), the nearest; when {@code past}, the latest not after {@code day} (or the day after
   * it, {@link TimeNormalizer#FILED_AHEAD_DAYS}). Null when no
   * candidate exists or the time is not a bare day.
   */
  static LocalDate nearest(TimeMention t, LocalDate day, boolean past) {
    Matcher m = BARE_DATE.matcher(t.text().strip());
    if (!m.find()) {
      return null;
    }
    int dayOfMonth = Integer.parseInt(m.group(2));
    LocalDate best = null;
    for (int k = -1; k <= 1; k++) {
      LocalDate c;
      try {
        c = m.group(1) != null ? LocalDate.of(day.getYear() + k, Integer.parseInt(m.group(1)), dayOfMonth)
            : day.plusMonths(k).withDayOfMonth(dayOfMonth);
      } catch (DateTimeException e) {
        continue; // no such day in that month or year: not a candidate
      }
      if (past && c.isAfter(day.plusDays(TimeNormalizer.FILED_AHEAD_DAYS))) {
        continue;
      }
      if (best == null || Math.abs(c.toEpochDay() - day.toEpochDay()) < Math.abs(best.toEpochDay() - day.toEpochDay())
          || (past && c.isAfter(best))) {
        best = c;
      }
    }
    return best;
  }

  /**
   * The tense of the first predicate ending at or after offset {@code from}: a past pre-final
   * ending (공시했다, 28일이었다) or a past adnominal one on a verb (공시한 가격) is past; a present
   * declarative (공시한다, 공시한다고, 받는다), a final ending without a past one (28일이다), or a
   * present or future adnominal ending (열리는, 출시될) is not. A connective ending (출시하고)
   * takes the tense of the predicate after it; the sentence's end tells nothing.
   */
  private static Tense tenseAfter(List<Morpheme> morphemes, int from) {
    POS.Tag stem = null;
    for (Morpheme m : morphemes) {
      if (m.start() < from) {
        continue;
      }
      switch (m.tag()) {
        case VV, VA, VX, XSV, XSA, VCP, VCN -> stem = m.tag();
        case EP -> {
          if (pastMarker(m.surface())) {
            return Tense.PAST;
          }
        }
        case ETM -> {
          boolean pastForm = m.surface().equals("ᆫ") || m.surface().equals("은");
          return pastForm && stem != POS.Tag.VA && stem != POS.Tag.VCP && stem != POS.Tag.VCN ? Tense.PAST : Tense.NOT_PAST;
        }
        case EF -> {
          return Tense.NOT_PAST;
        }
        case EC -> {
          if (m.surface().startsWith("ᆫ다") || m.surface().startsWith("는다")) {
            return Tense.NOT_PAST;
          }
        }
        case SF -> {
          return Tense.UNKNOWN;
        }
        default -> { }
      }
    }
    return Tense.UNKNOWN;
  }

  /** Whether a pre-final ending marks the past (았, 었, 였, ㅆ, 었었). */
  static boolean pastMarker(String surface) {
    return surface.equals("았") || surface.equals("었") || surface.equals("였") || surface.equals("ㅆ")
        || surface.equals("었었") || surface.equals("았었");
  }
}
