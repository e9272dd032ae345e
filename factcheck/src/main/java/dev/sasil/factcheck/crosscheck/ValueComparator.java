package dev.sasil.factcheck.crosscheck;

import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.entity.Office;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.quantity.Spans;
import dev.sasil.factcheck.quantity.Superlative;
import dev.sasil.factcheck.time.Granularity;
import dev.sasil.factcheck.time.TimeModifier;
import dev.sasil.factcheck.time.ClockTime;
import dev.sasil.factcheck.time.Since;
import dev.sasil.factcheck.time.TimeValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Compares two normalized values with their granularity and bounds. Times are periods: {@code
 * 2022-11} lies in {@code 2022년 말}; a month of an unresolved year is compared by its month only.
 * Quantities are intervals: {@code 100억달러 이상} contains {@code 130억달러}; an exact figure stands
 * for its rounding (a little more than half a unit of its last digit, at most 10 %), {@code 약} for
 * 15 % either way. Different units are never compared. Stateless and thread-safe.
 */
public final class ValueComparator {

  private static final BigDecimal EXACT_TOLERANCE = new BigDecimal("0.10");
  private static final BigDecimal ABOUT_TOLERANCE = new BigDecimal("0.15");
  /** Counts below this are written as counted: news rounds a count of tens only with 약 or 여. */
  private static final BigDecimal SMALL_COUNT = BigDecimal.valueOf(100);

  public Comparison compare(NormalizedValue a, NormalizedValue b) {
    if (a instanceof TimeValue ta && b instanceof TimeValue tb) {
      return times(ta, tb);
    }
    if (a instanceof Quantity qa && b instanceof Quantity qb) {
      return quantities(qa, qb);
    }
    if (a instanceof ClockTime ca && b instanceof ClockTime cb) {
      return clocks(ca, cb);
    }
    if (a instanceof ClockTime ca && b instanceof TimeValue tb) {
      return times(ca.day(), tb);
    }
    if (a instanceof TimeValue ta && b instanceof ClockTime cb) {
      return times(ta, cb.day());
    }
    if (a instanceof Since sa && b instanceof Since sb) {
      String pair = sa + " vs " + sb;
      return sa.equals(sb) ? new Comparison(Comparison.Relation.SAME, sa.toString())
          : sa.compatible(sb) ? new Comparison(Comparison.Relation.COMPATIBLE, pair + " are compatible")
          : new Comparison(Comparison.Relation.CONFLICT, pair + ": records counted from different times");
    }
    if (a instanceof Office oa && b instanceof Office ob) {
      String pair = oa + " vs " + ob;
      return oa.sameText(ob) ? new Comparison(Comparison.Relation.SAME, oa.toString())
          : oa.sameOffice(ob) ? new Comparison(Comparison.Relation.COMPATIBLE, pair + " name one office")
          : new Comparison(Comparison.Relation.CONFLICT, pair + ": different offices");
    }
    if (a instanceof Superlative ra && b instanceof Superlative rb) {
      return ra.kind().equals(rb.kind()) ? new Comparison(Comparison.Relation.SAME, ra.kind())
          : new Comparison(Comparison.Relation.CONFLICT, ra + " vs " + rb + ": different records");
    }
    return new Comparison(Comparison.Relation.INCOMPARABLE, "values of different kinds");
  }

  // ---- times

  /** The most minutes two times of day may differ by when either is hedged (10시 30분께, 10시 31분). */
  static final int HEDGED_MINUTES = 10;

  /**
   * The most minutes two times of day, given in minutes of the day, may differ by when either is
   * hedged: {@value #HEDGED_MINUTES} when either is written on the tens (10시 30분께 is any minute
   * near it), none when both name a minute off the tens: 오전 8시 22분께 and 8시 24분쯤, or 3시 7분
   * and 3시 8분쯤, are two minutes each outlet named, which the hedge does not make one.
   */
  static int hedgedSlack(int minutesA, int minutesB) {
    return minutesA % 10 == 0 || minutesB % 10 == 0 ? HEDGED_MINUTES : 0;
  }

  Comparison clocks(ClockTime a, ClockTime b) {
    Comparison days = times(a.day(), b.day());
    String pair = a.normalized() + " vs " + b.normalized();
    if (days.relation() != Comparison.Relation.SAME) {
      return days.relation().compatible() ? new Comparison(Comparison.Relation.CONFLICT, pair + ": times differ")
          : new Comparison(days.relation(), pair + ": " + days.explanation());
    }
    int gap = Math.abs(a.minutes() - b.minutes());
    if (gap == 0) {
      return new Comparison(Comparison.Relation.SAME, a.normalized());
    }
    if ((a.approximate() || b.approximate()) && gap <= hedgedSlack(a.minutes(), b.minutes())) {
      return new Comparison(Comparison.Relation.COMPATIBLE, pair + " are compatible (an approximate time)");
    }
    return new Comparison(Comparison.Relation.CONFLICT, pair + ": times differ by " + gap + " minutes");
  }

  Comparison times(TimeValue a, TimeValue b) {
    if (a.equals(b)) {
      return new Comparison(Comparison.Relation.SAME, Describe.value(a));
    }
    if (!a.yearKnown() || !b.yearKnown()) {
      return unknownYear(a, b);
    }
    LocalDate[] ra = range(a, true);
    LocalDate[] rb = range(b, true);
    if (overlap(ra, rb)) {
      return new Comparison(Comparison.Relation.COMPATIBLE,
          Describe.value(a) + " and " + Describe.value(b) + " are compatible");
    }
    String pair = Describe.value(a) + " vs " + Describe.value(b);
    if (overlap(range(a, false), range(b, false))) {
      return new Comparison(Comparison.Relation.WEAK_CONFLICT, pair + ": differ only by 초/중/말");
    }
    LocalDate[] fa = range(a, false);
    LocalDate[] fb = range(b, false);
    if (a.granularity() == Granularity.DAY && b.granularity() == Granularity.DAY && overlap(widen(fa), fb)) {
      // whether local time explains it is for the cross-check to say, which knows the claims' time zones
      return new Comparison(Comparison.Relation.WEAK_CONFLICT, pair + ": one day apart");
    }
    if (a.granularity() == Granularity.DAY && b.granularity() == Granularity.DAY) {
      return new Comparison(Comparison.Relation.CONFLICT, pair + ": days differ");
    }
    boolean earlierA = fa[1].isBefore(fb[0]);
    LocalDate earlierEnd = (earlierA ? fa[1] : fb[1]).withDayOfMonth(1);
    LocalDate laterStart = (earlierA ? fb[0] : fa[0]).withDayOfMonth(1);
    long monthGap = ChronoUnit.MONTHS.between(earlierEnd, laterStart);
    boolean fine = a.granularity().compareTo(Granularity.MONTH) >= 0 && b.granularity().compareTo(Granularity.MONTH) >= 0;
    if (fine && monthGap == 0) {
      return new Comparison(Comparison.Relation.WEAK_CONFLICT, pair + ": days differ");
    }
    if (fine && monthGap == 1) {
      return new Comparison(Comparison.Relation.WEAK_CONFLICT, pair + ": adjacent months (a relative date may be off by one)");
    }
    if (fa[1].getYear() < fb[0].getYear() || fb[1].getYear() < fa[0].getYear()) {
      return new Comparison(Comparison.Relation.CONFLICT, pair + ": years differ");
    }
    return new Comparison(Comparison.Relation.CONFLICT, pair + ": months differ");
  }

  private static Comparison unknownYear(TimeValue a, TimeValue b) {
    if (a.month() == null || b.month() == null) {
      return new Comparison(Comparison.Relation.INCOMPARABLE,
          Describe.value(a) + " and " + Describe.value(b) + " cannot be compared: a year is unresolved");
    }
    String caveat = a.yearKnown() || b.yearKnown()
        ? "the year of " + (a.yearKnown() ? Describe.value(b) : Describe.value(a)) + " is unresolved"
        : "both years are unresolved";
    String vs = Describe.value(a) + " vs " + Describe.value(b);
    if (!a.month().equals(b.month())) {
      return new Comparison(Comparison.Relation.WEAK_CONFLICT, vs + ": months differ; " + caveat, caveat);
    }
    if (a.day() != null && b.day() != null && !a.day().equals(b.day())) {
      return new Comparison(Comparison.Relation.WEAK_CONFLICT, vs + ": days differ; " + caveat, caveat);
    }
    return new Comparison(Comparison.Relation.COMPATIBLE,
        Describe.value(a) + " and " + Describe.value(b) + " agree on the month; " + caveat, caveat);
  }

  /** The days a value may stand for; with modifiers, 초/중/말 narrow it to about 40 % of the period. */
  static LocalDate[] range(TimeValue v, boolean withModifier) {
    LocalDate first = v.firstDay();
    LocalDate last = v.lastDay();
    if (!withModifier || v.modifier() == TimeModifier.NONE) {
      return new LocalDate[] {first, last};
    }
    long span = ChronoUnit.DAYS.between(first, last) + 1;
    long part = Math.max(1, Math.round(span * 0.4));
    return switch (v.modifier()) {
      case START -> new LocalDate[] {first, first.plusDays(part - 1)};
      case MID -> new LocalDate[] {first.plusDays(Math.round(span * 0.3)), first.plusDays(Math.round(span * 0.7))};
      case END -> new LocalDate[] {last.minusDays(part - 1), last};
      default -> new LocalDate[] {first, last};
    };
  }

  private static LocalDate[] widen(LocalDate[] r) {
    return new LocalDate[] {r[0].minusDays(1), r[1].plusDays(1)};
  }

  private static boolean overlap(LocalDate[] a, LocalDate[] b) {
    return !a[1].isBefore(b[0]) && !b[1].isBefore(a[0]);
  }

  // ---- quantities

  Comparison quantities(Quantity a, Quantity b) {
    if (a.unit() != b.unit()) {
      return new Comparison(Comparison.Relation.INCOMPARABLE,
          Describe.value(a) + " and " + Describe.value(b) + ": different units");
    }
    if (a.equals(b)) {
      return new Comparison(Comparison.Relation.SAME, Describe.value(a));
    }
    if (a.unit() == QuantityUnit.AGE && a.bound() == Bound.EXACT && b.bound() == Bound.EXACT) {
      // 53세 vs 54세: a birthday, or age counted the Korean way (세는 나이), explains one year; more is
      // two accounts of one person's age
      boolean year = a.value().subtract(b.value()).abs().compareTo(BigDecimal.ONE) <= 0;
      return year ? new Comparison(Comparison.Relation.COMPATIBLE, Describe.value(a) + " and " + Describe.value(b)
          + " are compatible: a birthday or the Korean count of age is a year")
          : new Comparison(Comparison.Relation.CONFLICT, Describe.value(a) + " vs " + Describe.value(b) + ": ages differ");
    }
    Comparison ends = ends(a, b);
    if (ends != null) {
      return ends;
    }
    Interval ia = interval(a);
    Interval ib = interval(b);
    // 13만7065표 vs 13만7066표: two precise figures whose roundings only touch are two figures, as
    // are two counts written to the unit (159대 vs 158대: no one rounds a count of aircraft)
    if (ia.overlaps(ib) && !((precise(a) && precise(b) || toTheUnit(a, b)) && ia.touches(ib))) {
      return new Comparison(Comparison.Relation.COMPATIBLE,
          Describe.value(a) + " and " + Describe.value(b) + " are compatible");
    }
    if (a.bound() == Bound.EXACT && b.bound() == Bound.EXACT && cutAlike(a.value(), b.value())) {
      return new Comparison(Comparison.Relation.COMPATIBLE,
          Describe.value(a) + " and " + Describe.value(b) + " are compatible: the coarser drops the finer's lower units");
    }
    String pair = Describe.value(a) + " vs " + Describe.value(b);
    if (precise(a) && precise(b)) {
      // 5조1739억원 vs 5조5739억원, 1082억원 vs 1171억원: figures stated to four digits or more that
      // no rounding of either explains give two accounts of one amount, however close
      return new Comparison(Comparison.Relation.CONFLICT, pair + ": exact amounts differ");
    }
    if (rate(a) && distance(ia, ib).compareTo(BigDecimal.ONE) >= 0) {
      // 약 90% vs 98%: a share is read in points, and a point no rounding explains is no nuance
      return new Comparison(Comparison.Relation.CONFLICT, pair + ": rates differ by more than a point");
    }
    if (toItsUnit(a) && toItsUnit(b)) {
      // 약 16시간 vs 약 18시간, 12분 vs 약 14분: lengths said to the hour or minute that no rounding of either explains
      return new Comparison(Comparison.Relation.CONFLICT, pair + ": lengths of time differ");
    }
    if (toTheSameDecimal(a, b)) {
      // 1.72% vs 1.75%, 2.39배 vs 2.37배: figures written to the same decimal place, which no
      // rounding of either explains, are two accounts of one figure, however close
      return new Comparison(Comparison.Relation.CONFLICT, pair + ": figures to the same decimal differ");
    }
    if (relativeGap(a, b).compareTo(WEAK_GAP) < 0) {
      return new Comparison(Comparison.Relation.WEAK_CONFLICT, pair + ": amounts differ by less than 15 %");
    }
    return new Comparison(Comparison.Relation.CONFLICT, pair + ": amounts differ");
  }

  /**
   * How two ranges written with both ends meet: as one figure when their ends are (8만6000~26만원
   * and 8만6000~25만원 are two ranges, not one figure said loosely); null when either is no such
   * range, which then meets the other as an interval (an amount inside a range fits it).
   */
  private Comparison ends(Quantity a, Quantity b) {
    if (!a.spanned() || !b.spanned()) {
      return null;
    }
    boolean same = roundedAlike(a.value(), b.value()) && roundedAlike(a.upper(), b.upper());
    return same
        ? new Comparison(Comparison.Relation.COMPATIBLE, Describe.value(a) + " and " + Describe.value(b) + " are compatible")
        : new Comparison(Comparison.Relation.WEAK_CONFLICT, Describe.value(a) + " vs " + Describe.value(b) + ": ranges differ");
  }

  /**
   * Whether two amounts are one once the finer is rounded to the coarser's last digit (274.49 and
   * 274, 1만8082 and 1만8000; 26만 and 25만 are two).
   */
  static boolean roundedAlike(BigDecimal x, BigDecimal y) {
    BigDecimal coarser = lastDigit(x).max(lastDigit(y));
    return x.subtract(y).abs().compareTo(coarser.divide(BigDecimal.TWO)) <= 0 || cutAlike(x, y);
  }

  /** 만, 억 and 조: the units Korean writes a number in, each a group of four digits. */
  private static final List<BigDecimal> NUMBER_GROUPS =
      List.of(BigDecimal.TEN.pow(4), BigDecimal.TEN.pow(8), BigDecimal.TEN.pow(12));

  /**
   * Whether the coarser amount is the finer with its lower units dropped (506억원 of 506억9100만원,
   * 16만명 of 16만9000명): news cuts a figure at 억 or 만 as often as it rounds it. The coarser must
   * end exactly at such a unit (82억5000만 is rounded, not cut) and say two digits at least: 2억 of
   * 2억5000만 leaves out a fifth.
   */
  static boolean cutAlike(BigDecimal x, BigDecimal y) {
    if (x.signum() != y.signum()) {
      return false;
    }
    boolean xCoarser = lastDigit(x).compareTo(lastDigit(y)) >= 0;
    BigDecimal coarse = (xCoarser ? x : y).abs();
    BigDecimal fine = (xCoarser ? y : x).abs();
    BigDecimal unit = lastDigit(coarse);
    if (coarse.stripTrailingZeros().precision() < 2 || unit.compareTo(lastDigit(fine)) <= 0
        || NUMBER_GROUPS.stream().noneMatch(g -> g.compareTo(unit) == 0)) {
      return false;
    }
    return fine.divideToIntegralValue(unit).multiply(unit).compareTo(coarse) == 0;
  }

  /** The value of one unit of a number's last significant digit: 10000 for 260000, 0.1 for 62.2. */
  private static BigDecimal lastDigit(BigDecimal v) {
    return BigDecimal.ONE.scaleByPowerOfTen(-v.stripTrailingZeros().scale());
  }

  /** Whether both are exact figures, no range, written with decimals to the same place (1.72 and 1.75, not 1.7 and 1.75). */
  private static boolean toTheSameDecimal(Quantity a, Quantity b) {
    int scale = a.value().stripTrailingZeros().scale();
    return a.bound() == Bound.EXACT && b.bound() == Bound.EXACT && !a.spanned() && !b.spanned()
        && scale > 0 && scale == b.value().stripTrailingZeros().scale();
  }

  /** Whether both are exact counts written to their last unit (159대, 158대; not 150명, a count that may be rounded). */
  private static boolean toTheUnit(Quantity a, Quantity b) {
    return exactCounts(a, b) && a.value().stripTrailingZeros().scale() == 0 && b.value().stripTrailingZeros().scale() == 0;
  }

  /** Whether both are exact whole numbers of one counting unit (73개, 175석), no bound said. */
  static boolean exactCounts(Quantity a, Quantity b) {
    return a.unit() == b.unit() && a.unit().countsThings() && a.bound() == Bound.EXACT && b.bound() == Bound.EXACT
        && a.value().scale() <= 0 && b.value().scale() <= 0;
  }

  static boolean rate(Quantity q) {
    return q.unit() == QuantityUnit.PERCENT || q.unit() == QuantityUnit.PERCENT_POINT;
  }

  /** How far apart two intervals that do not overlap are (their nearest ends); zero when one is unbounded towards the other. */
  private static BigDecimal distance(Interval a, Interval b) {
    if (a.high() != null && b.low() != null && a.high().compareTo(b.low()) < 0) {
      return b.low().subtract(a.high());
    }
    if (b.high() != null && a.low() != null && b.high().compareTo(a.low()) < 0) {
      return a.low().subtract(b.high());
    }
    return BigDecimal.ZERO;
  }

  /** The fewest significant digits of an exact amount that make it a precise figure, not a round one. */
  private static final int PRECISE_DIGITS = 4;

  private static boolean precise(Quantity q) {
    return (q.bound() == Bound.EXACT || q.bound() == Bound.ABOUT) && preciselyWritten(q.value());
  }

  /** How far a rounded amount may stand from the precise one it misstates (7.3조 for 7조300억: 4 %). */
  private static final BigDecimal MISROUNDING_GAP = new BigDecimal("0.1");

  /**
   * Whether one of two exact amounts is a short form, written to fewer significant digits than
   * the other, that no rounding of the other gives, though it stands near it: an article that
   * writes 7.3조 in its headline and 7조300억 in its body misstates its figure once, which other
   * outlets' 7조300억 contradicts; it does not give two figures of one fact.
   */
  static boolean misrounded(NormalizedValue a, NormalizedValue b) {
    if (!(a instanceof Quantity x) || !(b instanceof Quantity y) || x.unit() != y.unit()
        || x.bound() != Bound.EXACT || y.bound() != Bound.EXACT || x.upper() != null || y.upper() != null
        || x.value().signum() <= 0 || y.value().signum() <= 0) {
      return false;
    }
    int px = x.value().stripTrailingZeros().precision();
    int py = y.value().stripTrailingZeros().precision();
    if (px == py) {
      return false;
    }
    BigDecimal rounded = px < py ? x.value() : y.value();
    BigDecimal full = px < py ? y.value() : x.value();
    return !roundedAlike(rounded, full) && rounded.subtract(full).abs().compareTo(full.multiply(MISROUNDING_GAP)) <= 0;
  }

  /** Whether one amount, no range, is stated to four significant digits or more, no bound but 약 said (22.27%). */
  static boolean preciseAmount(Quantity q) {
    return precise(q) && q.upper() == null;
  }

  /**
   * Whether an amount is written to four significant digits or more: then 약 before it is a habit
   * of style, not an estimate (약 33조1093억원 is that figure, not anything within 15 % of it).
   */
  private static boolean preciselyWritten(BigDecimal v) {
    return v.abs().stripTrailingZeros().precision() >= PRECISE_DIGITS;
  }

  private static final BigDecimal WEAK_GAP = new BigDecimal("0.15");

  /** How far apart two amounts are, relative to the larger: nearest ends of ranges. */
  private static BigDecimal relativeGap(Quantity a, Quantity b) {
    BigDecimal[] ea = {a.value(), a.upper() == null ? a.value() : a.upper()};
    BigDecimal[] eb = {b.value(), b.upper() == null ? b.value() : b.upper()};
    BigDecimal best = null;
    for (BigDecimal x : ea) {
      for (BigDecimal y : eb) {
        BigDecimal max = x.abs().max(y.abs());
        if (max.signum() == 0) {
          continue;
        }
        BigDecimal gap = x.subtract(y).abs().divide(max, MathContext.DECIMAL64);
        best = best == null || gap.compareTo(best) < 0 ? gap : best;
      }
    }
    return best == null ? BigDecimal.ONE : best;
  }

  /** An interval of possible amounts; null ends are unbounded. Open ends are treated as closed. */
  record Interval(BigDecimal low, BigDecimal high) {
    boolean overlaps(Interval o) {
      boolean lowOk = high == null || o.low == null || o.low.compareTo(high) <= 0;
      boolean highOk = low == null || o.high == null || low.compareTo(o.high) <= 0;
      return lowOk && highOk;
    }

    /** Whether the two intervals share an end and nothing more. */
    boolean touches(Interval o) {
      return high != null && o.low != null && high.compareTo(o.low) == 0
          || low != null && o.high != null && low.compareTo(o.high) == 0;
    }
  }

  static Interval interval(Quantity q) {
    BigDecimal v = q.value();
    Bound b = q.bound();
    return switch (b) {
      case EXACT -> {
        if (q.unit().position() || q.unit().countsThings() && v.scale() <= 0 && v.abs().compareTo(SMALL_COUNT) < 0) {
          // 80표 vs 83표: a count of two digits with no 약 or 여 is that count, never a rounded one;
          // 3위 and 5회말 are positions, never rounded either
          yield new Interval(v, v);
        }
        if (toItsUnit(q) && writtenUnit(v).compareTo(HOUR) >= 0) {
          yield toItsUnitRounded(v); // 213시간 만에 of 213시간 43분: hours or days said whole may be cut short, as with 약
        }
        BigDecimal t = rounding(v).min(v.abs().multiply(EXACT_TOLERANCE));
        yield new Interval(v.subtract(t), v.add(t));
      }
      case ABOUT -> {
        if (toItsUnit(q)) {
          // 약 16시간 is rounded to the hour (not 15 % of it: 약 18시간 is another account); 약 20시간 may be to ten
          yield toItsUnitRounded(v);
        }
        if (preciselyWritten(v) || rate(q)) {
          // 약 33조1093억원 is that figure; 약 90% is a rate rounded to its last digit, not 15 % of it
          BigDecimal t = rounding(v);
          yield new Interval(v.subtract(t), v.add(t));
        }
        BigDecimal t = v.abs().multiply(ABOUT_TOLERANCE);
        yield new Interval(v.subtract(t), v.add(t));
      }
      case AT_LEAST, MORE_THAN -> new Interval(v, null);
      case AT_MOST, LESS_THAN -> new Interval(null, v);
      case RANGE -> new Interval(v, q.upper());
    };
  }

  /** A length of time said to its unit, rounded or cut short by less than that unit (see {@link #DURATION_ROUNDING}). */
  private static Interval toItsUnitRounded(BigDecimal minutes) {
    BigDecimal t = writtenUnit(minutes).multiply(DURATION_ROUNDING);
    return new Interval(minutes.subtract(t), minutes.add(t));
  }

  /** Whether a length of time is one amount said to its unit, not a round ten of it (16시간, 약 14분; not 약 20분). */
  private static boolean toItsUnit(Quantity q) {
    if (q.unit() != QuantityUnit.DURATION || q.upper() != null || q.bound() != Bound.EXACT && q.bound() != Bound.ABOUT) {
      return false;
    }
    BigDecimal unit = writtenUnit(q.value());
    return unit != null && q.value().divide(unit, MathContext.DECIMAL64).remainder(BigDecimal.TEN).signum() != 0;
  }

  /** How much of its unit a length of time said with 약 may be off: rounded, or cut short (213시간 of 213시간 43분). */
  private static final BigDecimal DURATION_ROUNDING = new BigDecimal("0.75");

  /** A day, an hour and a minute, in minutes: the units a length of time is written in, largest first. */
  private static final List<BigDecimal> WRITTEN_UNITS = List.of(new BigDecimal(1440), new BigDecimal(60), BigDecimal.ONE);

  /** An hour, in minutes. */
  private static final BigDecimal HOUR = new BigDecimal(60);

  /** A second, in minutes as {@link Spans} keeps it. */
  private static final BigDecimal SECOND = Spans.of(1, ChronoUnit.SECONDS);

  /**
   * The unit a length of time in minutes was most likely written in: a day, an hour or a minute,
   * the largest that divides it, or a second for a span written with seconds (12분 16초); null for
   * any other fraction of a minute.
   */
  private static BigDecimal writtenUnit(BigDecimal minutes) {
    if (minutes.signum() <= 0) {
      return null;
    }
    if (minutes.stripTrailingZeros().scale() > 0) {
      java.util.OptionalLong seconds = Spans.seconds(minutes);
      return seconds.isPresent() && Spans.of(seconds.getAsLong(), ChronoUnit.SECONDS).compareTo(minutes) == 0
          ? SECOND : null;
    }
    for (BigDecimal unit : WRITTEN_UNITS) {
      if (minutes.remainder(unit).signum() == 0) {
        return unit;
      }
    }
    return null;
  }

  /** A little more than half a unit of the last non-zero digit: 2억 may be 2.04억, 6500만 6530만. */
  static BigDecimal rounding(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-s.scale());
    return unit.multiply(new BigDecimal("0.5"), MathContext.DECIMAL64);
  }
}
