package dev.sasil.factcheck.quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Numbers written as Korean writes large ones, in myriad groups: {@code 1300000000000} is
 * {@code 1조3000억}, {@code 52000} is {@code 5만2000}; numbers below 10,000 and fractions plainly.
 * One writing for the claims that name an amount (a milestone's at=100만) and for the reports.
 * Stateless.
 */
public final class Myriads {

  private static final BigInteger MAN = BigInteger.valueOf(10_000);
  private static final String[] NAMES = {"", "만", "억", "조", "경"};

  private Myriads() {}

  /** A number in myriad groups, its sign kept; below 10,000 and fractions as {@link #plain}. */
  public static String of(BigDecimal v) {
    BigDecimal abs = v.abs();
    if (abs.compareTo(BigDecimal.valueOf(10_000)) < 0 || abs.stripTrailingZeros().scale() > 0) {
      return plain(v);
    }
    BigInteger n = abs.toBigIntegerExact();
    StringBuilder out = new StringBuilder();
    for (int i = NAMES.length - 1; i >= 0; i--) {
      BigInteger unit = MAN.pow(i);
      BigInteger[] qr = n.divideAndRemainder(unit);
      if (qr[0].signum() > 0) {
        out.append(qr[0]).append(NAMES[i]);
      }
      n = qr[1];
      if (i == NAMES.length - 1 && qr[0].compareTo(MAN) >= 0) {
        break; // beyond 경: leave the rest in the leading group
      }
    }
    return (v.signum() < 0 ? "-" : "") + out;
  }

  /** A number without trailing zeros or an exponent, at most four decimals: 2.5, 750, 0.125. */
  public static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() > 4) {
      s = s.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
    return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
  }
}
