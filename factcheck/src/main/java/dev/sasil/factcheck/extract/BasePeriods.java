package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.time.Granularity;
import dev.sasil.factcheck.time.TimeLexicon;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The period of a figure written in parentheses after a time counted back from the article's
 * date (1년 전(144만9885대)보다, 전월(9.6%)보다, 전년(653만7123대) 대비): such a word counts back from
 * the period the text is about, not from the day it was published, so an article of January
 * that compares last year's sales with the year before writes 1년 전 for the year before last.
 * The period is the topic's, moved back as far as the word moves back from the article's date.
 */
final class BasePeriods {

  /** A month or quarter written with its number (3월, 2분기): a time of its own, not counted back. */
  private static final Pattern NUMBERED = Pattern.compile("\\d\\s*(월|분기)");

  private BasePeriods() {}

  /**
   * Whether a time counts back from the period the text is about (a span back, 1년 전, or a word of
   * grammar.txt's TOPIC_BACK, 전년, 전월; not 지난해 or 지난달, which count from the day of writing)
   * and was read from the article's date, there being no time before it in its sentence to count
   * from.
   */
  static boolean countedBack(Grammar grammar, SentenceContext ctx, TimeMention t, LocalDate published) {
    if (published == null || t.value() == null || !t.value().yearKnown() || t.value().granularity() == Granularity.DAY
        || t.value().granularity() == Granularity.WEEK || !t.value().firstDay().isBefore(published)
        || t.duration() == null && (!grammar.contains(Grammar.Section.TOPIC_BACK, t.text())
            || TimeLexicon.standard().writesYear(t.text()) || NUMBERED.matcher(t.text()).find())) {
      return false;
    }
    return !ctx.knownYearBefore(t.start());
  }

  /**
   * How many months a word counted from the last time of the text (전년, 전월, 전 분기: the
   * lexicon's REFYEAR, REFMONTH and REFQUARTER) steps back, whatever that time was; empty for a
   * time counted from the article's date (1년 전, 지난 분기), whose step is its distance from it.
   */
  private static Optional<Long> stepBack(TimeMention t) {
    TimeLexicon lexicon = TimeLexicon.standard();
    if (t.duration() != null) {
      return Optional.empty();
    }
    return lexicon.wordAt(TimeLexicon.WordClass.REFYEAR, t.text(), 0).map(e -> 12L * e.intValue())
        .or(() -> lexicon.wordAt(TimeLexicon.WordClass.REFMONTH, t.text(), 0).map(e -> (long) e.intValue()))
        .or(() -> lexicon.wordAt(TimeLexicon.WordClass.REFQUARTER, t.text(), 0).map(e -> 3L * e.intValue()));
  }

  /**
   * The period {@code topic} (2024, 2022-07, 2024-Q3, 2024-H1) moved back as far as {@code t}
   * moves back from the start of the article's period of the same granularity; empty when the
   * topic's period cannot take the step (a month back from a year).
   */
  static Optional<String> before(String topic, TimeMention t, LocalDate published) {
    LocalDate anchorStart = switch (t.value().granularity()) {
      case YEAR -> LocalDate.of(published.getYear(), 1, 1);
      case HALF -> LocalDate.of(published.getYear(), published.getMonthValue() <= 6 ? 1 : 7, 1);
      case QUARTER -> LocalDate.of(published.getYear(), (published.getMonthValue() - 1) / 3 * 3 + 1, 1);
      default -> published.withDayOfMonth(1);
    };
    long months = stepBack(t).orElseGet(() -> ChronoUnit.MONTHS.between(anchorStart, t.value().firstDay()));
    TimeValue period;
    try {
      period = TimeValue.parse(topic);
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a period the frames wrote otherwise (a day, a span): no step back from it
    }
    if (!period.yearKnown()) {
      return Optional.empty();
    }
    int step = switch (period.granularity()) {
      case YEAR -> 12;
      case HALF -> 6;
      case QUARTER -> 3;
      case MONTH -> 1;
      default -> 0;
    };
    if (step == 0 || months % step != 0) {
      return Optional.empty();
    }
    LocalDate start = period.firstDay().plusMonths(months);
    TimeValue moved = switch (period.granularity()) {
      case YEAR -> TimeValue.ofYear(start.getYear());
      case HALF -> TimeValue.ofHalf(start.getYear(), start.getMonthValue() <= 6 ? 1 : 2);
      case QUARTER -> TimeValue.ofQuarter(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
      default -> TimeValue.ofMonth(start.getYear(), start.getMonthValue());
    };
    return Optional.of(moved.normalized());
  }
}
