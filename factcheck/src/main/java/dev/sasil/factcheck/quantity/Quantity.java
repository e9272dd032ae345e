package dev.sasil.factcheck.quantity;

import dev.sasil.factcheck.NormalizedValue;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A normalized amount: a decimal value, a unit and bounds. Immutable.
 *
 * @param value the number ({@code 1조3000억} is 1300000000000); the lower end of a range
 * @param unit what it counts
 * @param bound exact, about, at least … or a range
 * @param upper the upper end of a {@link Bound#RANGE}, else null
 */
public record Quantity(BigDecimal value, QuantityUnit unit, Bound bound, BigDecimal upper)
    implements NormalizedValue {

  public Quantity {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    bound = bound == null ? Bound.EXACT : bound;
    if ((bound == Bound.RANGE) != (upper != null)) {
      throw new IllegalArgumentException("a range needs an upper end and only a range has one: " + bound + " " + upper);
    }
    value = strip(value);
    upper = upper == null ? null : strip(upper);
  }

  /** {@code v} without trailing zeros, never in exponent form (1200, not 1.2E+3). */
  static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /**
   * The top of the bracket a figure written with 대 opens (700명대: 799, 30%대: 39.99, 1%대: 1.99):
   * up to the next step of its last digit.
   */
  public static BigDecimal bracketTop(BigDecimal value) {
    BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-value.stripTrailingZeros().scale());
    return value.add(step).subtract(step.compareTo(BigDecimal.TEN) >= 0 ? BigDecimal.ONE : step.movePointLeft(2));
  }

  /**
   * Whether a range is written with both its ends (8만6000~26만원), not a bracket of one figure
   * (40만원대: {@link #bracketTop}).
   */
  public boolean spanned() {
    return bound == Bound.RANGE && bracketTop(value).compareTo(upper) != 0;
  }

  public static Quantity exact(BigDecimal value, QuantityUnit unit) {
    return new Quantity(value, unit, Bound.EXACT, null);
  }

  /**
   * The plain decimal value, e.g. {@code 1000000000}; a range prints {@code 30000000000~40000000000};
   * a span of time in ISO 8601 (PT89M); a half-inning as 5T or 5B, a whole inning as 5T~5B.
   */
  @Override
  public String normalized() {
    if (unit == QuantityUnit.DURATION) {
      return upper == null ? Spans.iso(value) : Spans.iso(value) + "~" + Spans.iso(upper);
    }
    if (unit == QuantityUnit.INNING) {
      return innings();
    }
    return upper == null ? value.toPlainString() : value.toPlainString() + "~" + upper.toPlainString();
  }

  /**
   * A half-inning as the inning and its half, T for the top and B for the bottom (9: 5T, 10: 5B;
   * a whole inning, the range of its halves, 5T~5B): a half-inning's number, or an inning's alone,
   * would read as a count.
   */
  private String innings() {
    int first = value.intValue();
    if (upper == null) {
      return half(first);
    }
    return half(first) + "~" + half(upper.intValue());
  }

  private static String half(int n) {
    return QuantityUnit.inningOf(n) + (QuantityUnit.topHalf(n) ? "T" : "B");
  }

  @Override
  public String toString() {
    return normalized() + " " + unit + (bound == Bound.EXACT || bound == Bound.RANGE ? "" : " " + bound);
  }
}
