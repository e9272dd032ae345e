package dev.sasil.factcheck.crosscheck;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.time.ClockTime;
import dev.sasil.factcheck.time.Granularity;
import dev.sasil.factcheck.time.PartialTime;
import dev.sasil.factcheck.time.TimeValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The day of a time an article writes without it, from the other claims of its agreement: one
 * article's {@code 오후 6시 42분 진화} (any day) agrees with another's {@code 29일 오후 6시 42분},
 * and so it is on 29 April as that article dates it; an undated article's {@code 11일} (XXXX-XX-11)
 * is 11 August when the articles that agree with it date that day. A claim takes such a day only
 * when every claim of the agreement that states the same time with its day states one day, and
 * says where the day comes from ({@link Claim#derivation()}). The day must be written with its
 * number in that claim's own text ({@link PartialTime#writesDayNumber}): 이날 and a time of day
 * alone took theirs from the article's date, which may be the day after (an article of the 13th
 * on the quake of the evening before) or an estimate. Stateless and thread-safe.
 */
final class AgreedDays {

  private AgreedDays() {}

  /** The findings with the days their agreements give; the others as they are. */
  static List<Finding> apply(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      out.add(f.verdict() == Verdict.AGREEMENT ? dated(f) : f);
    }
    return out;
  }

  private static Finding dated(Finding f) {
    List<Claim> claims = null;
    for (int i = 0; i < f.claims().size(); i++) {
      Claim c = f.claims().get(i);
      if (!(c.value() instanceof PartialTime p) || p.year() != null && p.month() != null && p.day() != null) {
        continue;
      }
      Claim source = onlyDay(p, f.claims());
      if (source == null) {
        continue;
      }
      if (claims == null) {
        claims = new ArrayList<>(f.claims());
      }
      LocalDate day = day(source.value());
      NormalizedValue v = p.minutes() == null ? TimeValue.of(day)
          : new ClockTime(TimeValue.of(day), p.minutes() / 60, p.minutes() % 60, false);
      String how = c.value().normalized() + " on the day " + source.evidence().articleId() + " writes ("
          + source.evidence().text().strip() + ")";
      claims.set(i, new Claim(c.subject(), c.attribute(), v, c.qualifiers(), c.evidence(), how));
    }
    return claims == null ? f : new Finding(f.subject(), f.attribute(), f.qualifiers(), f.verdict(), claims,
        f.explanation());
  }

  /**
   * The first claim of {@code claims} that states a day with the parts and the time of day {@code
   * p} states, when all such claims state the same day; null otherwise.
   */
  private static Claim onlyDay(PartialTime p, List<Claim> claims) {
    Claim first = null;
    for (Claim o : claims) {
      LocalDate d = day(o.value());
      if (d == null || !PartialTime.writesDayNumber(o.evidence().text()) || !same(p.minutes(), minutes(o.value()))
          || !same(p.year(), d.getYear()) || !same(p.month(), d.getMonthValue()) || !same(p.day(), d.getDayOfMonth())) {
        continue;
      }
      if (first == null) {
        first = o;
      } else if (!d.equals(day(first.value()))) {
        return null; // the agreement's days differ: the time's own day stays unknown
      }
    }
    return first;
  }

  /** Whether a part a partial time states is the other's; a part it leaves out is any. */
  private static boolean same(Integer stated, Integer other) {
    return stated == null || stated.equals(other);
  }

  /** The day a value states to the year, or null. */
  private static LocalDate day(NormalizedValue v) {
    TimeValue t = v instanceof ClockTime c ? c.day() : v instanceof TimeValue tv ? tv : null;
    return t == null || t.granularity() != Granularity.DAY || !t.yearKnown() ? null : t.firstDay();
  }

  /** The time of day a value states, in minutes since midnight, or null. */
  private static Integer minutes(NormalizedValue v) {
    return v instanceof ClockTime c ? c.minutes() : null;
  }
}
