package dev.sasil.factcheck.time;

import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.time.TimeLexicon.Entry;
import dev.sasil.factcheck.time.TimeLexicon.WordClass;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Gives meaning to the groups of a {@link TimeGrammar} match: which time the expression stands
 * for, relative to the anchor. Thread-safe (immutable).
 *
 * <p>Implied parts follow a past bias, as news is mostly about what happened: a bare {@code 9월
 * 25일} is the latest such date on or before the anchor, {@code 지난 28일} the latest before it;
 * {@code 오는} or a future marker later in the sentence ({@code 예정}, {@code 계획}) turn it to
 * the next one. With an anchor known only to the month, a bare day is in that month. The day
 * after the anchor counts as on it for a bare date ({@value TimeNormalizer#FILED_AHEAD_DAYS}
 * day): an article is often filed, or its address dated, the evening before it is published, and
 * 11일 in a report dated the 10th is the 11th, not a month before.
 */
final class TimeResolver {

  /** Which way an implied part lies from the anchor. */
  enum Bias {
    /** On or before the anchor (a bare date). */
    PAST_OR_SAME,
    /** Strictly before (지난). */
    PAST,
    /** On or after (오는, or a future marker). */
    FUTURE
  }

  /**
   * What a match means.
   *
   * @param value the resolved value, or null when the anchor does not tell
   * @param duration the span of a duration form, else null
   * @param alwaysEvent true for 만에: it counts from an event, never from the anchor
   * @param refDayOffset for 이날/전날: the offset from the last day mentioned, else null
   * @param refYearOffset for 전년/이듬해: the offset from the last year mentioned, else null
   * @param refMonth, refDay the month and day written after a REFYEAR word (이듬해 2월), else null
   * @param step for 전월, 같은 달 and 전 분기: the step from the last month or quarter mentioned, else null
   */
  record Meaning(TimeValue value, TimeDuration duration, boolean alwaysEvent, Integer refDayOffset, Integer refYearOffset,
      Integer refMonth, Integer refDay, Step step) {

    Meaning(TimeValue value, TimeDuration duration, boolean alwaysEvent, Integer refDayOffset) {
      this(value, duration, alwaysEvent, refDayOffset, null, null, null, null);
    }

    /**
     * The time a year relative to the last one mentioned names, in the year {@code year}: the
     * year, or its month and day as written after the word (이듬해 2월), or null when they are no
     * date (2월 30일).
     */
    TimeValue inYear(int year) {
      try {
        return refMonth == null ? TimeValue.ofYear(year)
            : refDay == null ? TimeValue.ofMonth(year, refMonth) : TimeValue.ofDay(year, refMonth, refDay);
      } catch (java.time.DateTimeException | IllegalArgumentException e) {
        return null; // 이듬해 2월 30일, 13월: TimeValue's own checks say there is no such time
      }
    }
  }

  /**
   * A month or quarter counted from the last one the text mentions (전월, 같은 달, 전 분기), which
   * news writes of the period it reports, not of the day it was written.
   *
   * @param months how many months the step moves (-1 for 전월, 0 for 같은 달, -3 for 전 분기)
   * @param unit what it names: a month or a quarter
   * @param modifier the start, middle or end written after it (전월 말)
   * @param year the year written before it (2023년 같은 달: that month of 2023), else null
   */
  record Step(int months, Granularity unit, TimeModifier modifier, Integer year) {

    /** The period this step names from a time in the month {@code from}. */
    TimeValue from(YearMonth from) {
      YearMonth ym = (year == null ? from : from.withYear(year)).plusMonths(months);
      return CalendarMath.truncate(ym.atDay(1), unit).withModifier(modifier);
    }

    /** The month of {@code v} this step counts from, when {@code v} says one to its unit; else null. */
    YearMonth monthOf(TimeValue v) {
      if (v == null || !v.yearKnown()) {
        return null;
      }
      if (v.month() != null) {
        return YearMonth.of(v.year(), v.month());
      }
      return unit == Granularity.QUARTER && v.quarter() != null ? YearMonth.of(v.year(), 3 * v.quarter() - 2) : null;
    }
  }

  private final TimeLexicon lexicon;

  TimeResolver(TimeLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The meaning of a match, or empty when the match is no time after all (month 13, 2023-02-30).
   *
   * @param futureHint true when a future marker follows in the sentence
   */
  Optional<Meaning> resolve(TimeGrammar.Rule rule, Matcher m, TimeAnchor anchor, boolean futureHint) {
    try {
      return Optional.ofNullable(resolveOrNull(new Groups(rule, m), anchor, futureHint));
    } catch (java.time.DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private final class Groups {
    final TimeGrammar.Rule rule;
    final Matcher m;

    Groups(TimeGrammar.Rule rule, Matcher m) {
      this.rule = rule;
      this.m = m;
    }

    String s(String g) {
      return rule.group(m, g);
    }

    Integer num(String g) {
      String v = s(g);
      return v == null ? null : Integer.valueOf(v);
    }

    Entry word(String g, WordClass c) {
      String v = s(g);
      if (v == null) {
        return null;
      }
      return lexicon.lookup(c, v).orElseThrow(() -> new IllegalStateException("not in the lexicon: " + v));
    }
  }

  private Meaning resolveOrNull(Groups g, TimeAnchor anchor, boolean futureHint) {
    PartialDate a = anchor.date();
    Bias bias = g.s("past") != null ? Bias.PAST : g.s("fut") != null || futureHint ? Bias.FUTURE : Bias.PAST_OR_SAME;
    if (g.s("dir") != null) {
      return duration(g, anchor);
    }
    Entry rw = g.word("rw", WordClass.REFDAY);
    if (rw != null) {
      return new Meaning(null, null, false, rw.intValue());
    }
    Entry ry = g.word("ry", WordClass.REFYEAR);
    if (ry != null) {
      return new Meaning(null, null, false, null, ry.intValue(), g.num("m"), g.num("d"), null);
    }
    Entry rm = g.word("rm", WordClass.REFMONTH);
    Entry rq = g.word("rq", WordClass.REFQUARTER);
    if (rm != null || rq != null) {
      Entry mod = g.word("mod", WordClass.MOD);
      Integer year = g.num("y");
      if (year != null && !knownYear(year)) {
        return null;
      }
      Step step = new Step(rm != null ? rm.intValue() : 3 * rq.intValue(), rm != null ? Granularity.MONTH : Granularity.QUARTER,
          mod == null ? TimeModifier.NONE : TimeModifier.valueOf(mod.value()), year);
      return new Meaning(null, null, false, null, null, null, null, step);
    }
    if (g.s("clk") != null) {
      return new Meaning(null, null, false, 0);
    }
    Entry hd = g.word("hd", WordClass.HOLIDAY);
    if (hd != null) {
      String[] md = hd.value().split("-");
      int month = Integer.parseInt(md[0]);
      int day = Integer.parseInt(md[1]);
      return plain(TimeValue.ofDay(impliedYear(month, day, a, bias), month, day));
    }
    Entry mod = g.word("mod", WordClass.MOD);
    TimeModifier modifier = mod == null ? TimeModifier.NONE : TimeModifier.valueOf(mod.value());
    Entry dw = g.word("dw", WordClass.DAY);
    if (dw != null) {
      return plain(a != null && a.hasDay() ? TimeValue.of(a.firstDay().plusDays(dw.intValue())) : null);
    }
    Entry ww = g.word("ww", WordClass.WEEK);
    Entry wd = g.word("wd", WordClass.WEEKDAY);
    if (ww != null) {
      if (a == null || !a.hasDay()) {
        return plain(null);
      }
      LocalDate inWeek = a.firstDay().plusWeeks(ww.intValue());
      if (wd != null) {
        return plain(TimeValue.of(inWeek.with(DayOfWeek.of(wd.intValue()))));
      }
      return plain(TimeValue.weekOf(inWeek));
    }
    if (wd != null && g.s("d") == null) {
      return plain(weekday(DayOfWeek.of(wd.intValue()), a, bias));
    }
    Entry qw = g.word("qw", WordClass.QUARTER);
    if (qw != null) {
      if (a == null || !a.hasMonth()) {
        return plain(null);
      }
      LocalDate q = a.firstDay().withDayOfMonth(1).plusMonths(3L * qw.intValue());
      return plain(CalendarMath.truncate(q, Granularity.QUARTER).withModifier(modifier));
    }
    return calendar(g, a, bias, modifier);
  }

  private static Meaning plain(TimeValue v) {
    return new Meaning(v, null, false, null);
  }

  private Meaning calendar(Groups g, PartialDate a, Bias bias, TimeModifier modifier) {
    Integer year = null;
    boolean yearGiven = false;
    Integer month = g.num("m");
    Integer day = g.num("d");
    if (g.s("yx") != null) {
      return null;
    }
    Integer y = g.num("y");
    Integer ys = g.num("ys");
    Entry yw = g.word("yw", WordClass.YEAR);
    if (yw == null) {
      yw = g.word("yp", WordClass.YEAR_PREFIX);
    }
    Entry mw = g.word("mw", WordClass.MONTH);
    if (y != null) {
      if (!knownYear(y)) {
        return null;
      }
      year = y;
      yearGiven = true;
    } else if (ys != null) {
      year = twoDigitYear(ys, a);
      yearGiven = true;
    } else if (yw != null) {
      yearGiven = true;
      year = a == null ? null : a.year() + yw.intValue();
      if (!yw.extra().isEmpty() && modifier == TimeModifier.NONE) {
        modifier = TimeModifier.valueOf(yw.extra());
      }
    } else if (mw != null) {
      if (!mw.extra().isEmpty() && modifier == TimeModifier.NONE) {
        modifier = TimeModifier.valueOf(mw.extra());
      }
      if (a == null || !a.hasMonth()) {
        return plain(null);
      }
      YearMonth ym = YearMonth.of(a.year(), a.month()).plusMonths(mw.intValue());
      year = ym.getYear();
      month = ym.getMonthValue();
      yearGiven = true;
    }
    if (month != null && (month < 1 || month > 12)) {
      return null;
    }
    if (day != null && (day < 1 || day > 31 || (month != null && day > YearMonth.of(2000, month).lengthOfMonth()))) {
      return null;
    }
    Integer half = halfOf(g);
    Integer quarter = g.num("q");
    if (g.num("m0") != null || g.num("q0") != null) {
      return stretch(g, month, quarter, day, year, yearGiven, a, bias, modifier);
    }
    if (!yearGiven) {
      if (month != null) {
        year = impliedYear(month, day, a, bias);
      } else if (day != null) {
        return plain(impliedMonthDay(day, a, bias));
      } else if (half != null || quarter != null) {
        year = half != null
            ? periodYear(6 * half - 5, 6, a, g.s("past") != null, g.s("fut") != null)
            : periodYear(3 * quarter - 2, 3, a, g.s("past") != null, g.s("fut") != null);
      }
    }
    TimeValue v;
    if (day != null) {
      v = TimeValue.ofDay(year, month, day);
      return plain(v);
    } else if (month != null) {
      v = TimeValue.ofMonth(year, month);
    } else if (half != null) {
      v = TimeValue.ofHalf(year, half);
    } else if (quarter != null) {
      v = TimeValue.ofQuarter(year, quarter);
    } else if (yearGiven) {
      if (year == null) {
        return plain(null);
      }
      v = TimeValue.ofYear(year);
    } else {
      return null;
    }
    return plain(v.withModifier(modifier));
  }

  /**
   * A stretch of months or quarters written as a range (10~12월, 1~2분기, 2023년 1~6월): the
   * quarter, half or year it spans, else a time with no value (1~9월 names no one period, and is
   * not its last month). Its year, when not written, is the latest in which its last month lies
   * on {@code bias}'s side of the anchor.
   */
  private static Meaning stretch(Groups g, Integer month, Integer quarter, Integer day, Integer year, boolean yearGiven,
      PartialDate a, Bias bias, TimeModifier modifier) {
    int first = g.num("m0") != null ? g.num("m0") : 3 * g.num("q0") - 2;
    int last = g.num("m0") != null ? month : 3 * quarter;
    if (day != null || first < 1 || first >= last) {
      return null; // 3~4월 5일, 12~3월: no stretch of one year
    }
    Integer y = yearGiven ? year : impliedYear(last, null, a, bias);
    int months = last - first + 1;
    Granularity spanned = months == 3 && first % 3 == 1 ? Granularity.QUARTER
        : months == 6 && (first == 1 || first == 7) ? Granularity.HALF
        : months == 12 ? Granularity.YEAR : null;
    if (y == null || spanned == null) {
      return plain(null);
    }
    return plain(CalendarMath.truncate(LocalDate.of(y, first, 1), spanned).withModifier(modifier));
  }

  /** Whether a year written in digits is one a time can be in (not 500년, 12000년). */
  private static boolean knownYear(int year) {
    return year >= TimeAnchor.MIN_YEAR && year <= TimeAnchor.MAX_YEAR;
  }

  private Integer halfOf(Groups g) {
    Entry h = g.word("h", WordClass.HALF);
    return h == null ? null : h.intValue();
  }

  /**
   * The year of a bare half or quarter starting in {@code firstMonth}: the anchor's year, unless
   * 지난 puts it before the anchor's own period or 오는 after it.
   */
  private static Integer periodYear(int firstMonth, int length, PartialDate a, boolean past, boolean coming) {
    if (a == null) {
      return null;
    }
    if (!a.hasMonth()) {
      return a.year();
    }
    int current = (a.month() - 1) / length * length + 1;
    if (past) {
      return firstMonth < current ? a.year() : a.year() - 1;
    }
    if (coming) {
      return firstMonth > current ? a.year() : a.year() + 1;
    }
    return a.year();
  }

  private static int twoDigitYear(int ys, PartialDate a) {
    int pivot = a == null ? 2050 : a.year() + 10;
    int y = 2000 + ys;
    return y <= pivot ? y : 1900 + ys;
  }

  /** The year of month (and day) nearest the anchor on the side {@code bias} says. */
  private static Integer impliedYear(int month, Integer day, PartialDate a, Bias bias) {
    if (a == null) {
      return null;
    }
    if (!a.hasMonth()) {
      return a.year();
    }
    int cmp = Integer.compare(month, a.month());
    if (cmp == 0 && day != null && a.hasDay()) {
      cmp = Integer.compare(day, a.day());
    }
    return switch (bias) {
      case PAST_OR_SAME -> cmp <= 0 || dayAhead(month, day, a) ? a.year() : a.year() - 1;
      // the anchor's own month has begun, so 지난 7월 in July is this July; the same day is not past
      case PAST -> cmp < 0 || (cmp == 0 && (day == null || !a.hasDay())) ? a.year() : a.year() - 1;
      case FUTURE -> cmp >= 0 ? a.year() : a.year() + 1;
    };
  }

  /** Whether a month and day lie just after the anchor's day, in its month. */
  private static boolean dayAhead(int month, Integer day, PartialDate a) {
    return day != null && a.hasDay() && month == a.month() && day - a.day() <= TimeNormalizer.FILED_AHEAD_DAYS;
  }

  /** The month of a bare day nearest the anchor on the side {@code bias} says. */
  private static TimeValue impliedMonthDay(int day, PartialDate a, Bias bias) {
    if (a == null || !a.hasMonth()) {
      return null;
    }
    if (!a.hasDay()) {
      return day <= YearMonth.of(a.year(), a.month()).lengthOfMonth() ? TimeValue.ofDay(a.year(), a.month(), day) : null;
    }
    YearMonth ym = YearMonth.of(a.year(), a.month());
    int step = bias == Bias.FUTURE ? 1 : -1;
    boolean here = switch (bias) {
      case PAST_OR_SAME -> day <= a.day() + TimeNormalizer.FILED_AHEAD_DAYS;
      case PAST -> day < a.day();
      case FUTURE -> day >= a.day();
    };
    if (!here) {
      ym = ym.plusMonths(step);
    }
    for (int i = 0; i < 12 && day > ym.lengthOfMonth(); i++) {
      ym = ym.plusMonths(step);
    }
    return TimeValue.ofDay(ym.getYear(), ym.getMonthValue(), day);
  }

  private static TimeValue weekday(DayOfWeek dow, PartialDate a, Bias bias) {
    if (a == null || !a.hasDay()) {
      return null;
    }
    LocalDate d = a.firstDay();
    return TimeValue.of(switch (bias) {
      case PAST_OR_SAME -> d.with(TemporalAdjusters.previousOrSame(dow));
      case PAST -> d.with(TemporalAdjusters.previous(dow));
      case FUTURE -> d.with(TemporalAdjusters.nextOrSame(dow));
    });
  }

  private Meaning duration(Groups g, TimeAnchor anchor) {
    Entry dir = g.word("dir", WordClass.DIRECTION);
    TimeDuration.Direction direction = TimeDuration.Direction.valueOf(dir.value().toUpperCase(Locale.ROOT));
    int amount;
    ChronoUnit unit;
    Entry nd = g.word("nd", WordClass.DAYCOUNT);
    if (nd != null) {
      amount = nd.intValue();
      unit = ChronoUnit.valueOf(nd.extra());
    } else {
      Integer n = g.num("n");
      Entry nk = g.word("nk", WordClass.NUM);
      amount = n != null ? n : nk.intValue();
      unit = ChronoUnit.valueOf(g.word("u", WordClass.UNIT).value());
      Integer months = g.num("n2");
      if (months != null && unit == ChronoUnit.YEARS) {
        amount = amount * 12 + months; // 3년 2개월
        unit = ChronoUnit.MONTHS;
      }
      Integer minutes = g.num("m2");
      if (minutes != null && unit == ChronoUnit.HOURS) {
        amount = amount * 60 + minutes; // 1시간 18분
        unit = ChronoUnit.MINUTES;
      }
      Integer seconds = g.num("s2");
      if (seconds != null && (unit == ChronoUnit.MINUTES || unit == ChronoUnit.HOURS)) {
        amount = amount * (unit == ChronoUnit.HOURS ? 3600 : 60) + seconds; // 12분 16초
        unit = ChronoUnit.SECONDS;
      }
      if (g.s("hf") != null) {
        switch (unit) {
          case YEARS -> {
            amount = amount * 12 + 6;
            unit = ChronoUnit.MONTHS;
          }
          case MONTHS -> {
            amount = amount * 30 + 15;
            unit = ChronoUnit.DAYS;
          }
          case WEEKS -> {
            amount = amount * 7 + 3;
            unit = ChronoUnit.DAYS;
          }
          default -> { }
        }
      }
    }
    TimeDuration d = new TimeDuration(amount, unit, direction);
    boolean event = "EVENT".equals(dir.extra());
    TimeValue value = event || anchor.date() == null ? null : CalendarMath.shift(anchorValue(anchor.date()), d);
    return new Meaning(value, d, event, null);
  }

  /** The anchor as a time value of its own granularity. */
  static TimeValue anchorValue(PartialDate a) {
    if (a.hasDay()) {
      return TimeValue.ofDay(a.year(), a.month(), a.day());
    }
    return a.hasMonth() ? TimeValue.ofMonth(a.year(), a.month()) : TimeValue.ofYear(a.year());
  }
}
