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

  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  public static Quantity exact(BigDecimal value, QuantityUnit unit) {
    return new Quantity(value, unit, Bound.EXACT, null);
  }

  /** The plain decimal value, e.g. {@code 1000000000}; a range prints {@code 30000000000~40000000000}. */
  @Override
  public String normalized() {
    if (unit == QuantityUnit.DURATION) {
      return upper == null ? span(value) : span(value) + "~" + span(upper);
    }
    return upper == null ? value.toPlainString() : value.toPlainString() + "~" + upper.toPlainString();
  }

  /** Minutes as an ISO-8601 period in the largest unit that divides them: P38M, P5D, PT90M. */
  private static String span(BigDecimal minutes) {
    long[] sizes = {525_600, 43_800, 1_440};
    String[] names = {"Y", "M", "D"};
    for (int i = 0; i < sizes.length; i++) {
      BigDecimal[] qr = minutes.divideAndRemainder(BigDecimal.valueOf(sizes[i]));
      if (qr[1].signum() == 0 && qr[0].signum() != 0) {
        return "P" + qr[0].toPlainString() + names[i];
      }
    }
    return "PT" + minutes.toPlainString() + "M";
  }

  @Override
  public String toString() {
    return normalized() + " " + unit + (bound == Bound.EXACT || bound == Bound.RANGE ? "" : " " + bound);
  }
}
