package dev.sasil.report;

import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.time.TimeModifier;
import dev.sasil.factcheck.time.ClockTime;
import dev.sasil.factcheck.time.TimeValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Normalized values written for Korean readers: {@code 2022-11}, {@code 2022 말}, {@code 약 10억
 * 달러}, {@code 50곳 이상}. Stateless and thread-safe.
 */
public final class ValueFormat {

  private static final BigInteger MAN = BigInteger.valueOf(10_000);

  private ValueFormat() {}

  /** The value for people. */
  public static String format(NormalizedValue value) {
    if (value instanceof TimeValue t) {
      return time(t);
    }
    if (value instanceof Quantity q) {
      return quantity(q);
    }
    if (value instanceof ClockTime c) {
      return c.normalized().replace('T', ' ') + (c.approximate() ? "께" : "");
    }
    return value.normalized();
  }

  static String time(TimeValue t) {
    String modifier = switch (t.modifier()) {
      case NONE -> "";
      case START -> " 초";
      case MID -> " 중순";
      case END -> " 말";
    };
    return t.normalized() + (t.modifier() == TimeModifier.NONE ? "" : modifier);
  }

  static String quantity(Quantity q) {
    String unit = unit(q.unit());
    String amount = number(q.value());
    if (q.upper() != null) {
      amount = amount + "~" + number(q.upper());
    }
    String core = amount + unit;
    return switch (q.bound()) {
      case EXACT, RANGE -> core;
      case ABOUT -> "약 " + core;
      case AT_LEAST -> core + " 이상";
      case MORE_THAN -> core + " 초과";
      case AT_MOST -> core + " 이하";
      case LESS_THAN -> core + " 미만";
    };
  }

  /** The unit word, with a leading space where Korean writes one. */
  static String unit(QuantityUnit u) {
    return switch (u) {
      case KRW -> "원";
      case USD -> "달러";
      case EUR -> "유로";
      case JPY -> "엔";
      case CNY -> "위안";
      case GBP -> "파운드";
      case PERSONS -> "명";
      case TIMES -> "회";
      case PARAMETERS -> "개(매개변수)";
      case PERCENT -> "%";
      case PERCENT_POINT -> "%p";
      case PLACES -> "곳";
      case COUNT -> "개";
      case NUMBER -> "";
      case MULTIPLE -> "배";
      case AGE -> "세";
      case RANK -> "위";
      case METERS -> "m";
      case SQUARE_METERS -> "㎡";
      case GRAMS -> "g";
      case BYTES -> "바이트";
      case WATTS -> "W";
      default -> " " + u.name().toLowerCase(java.util.Locale.ROOT); // a unit added later
    };
  }

  /**
   * A number in Korean myriad groups: {@code 1300000000000} is {@code 1조3000억}, {@code 52000}
   * is {@code 5만2000}; numbers below 10,000 and fractions are written plainly.
   */
  static String number(BigDecimal v) {
    BigDecimal abs = v.abs();
    if (abs.compareTo(BigDecimal.valueOf(10_000)) < 0 || abs.stripTrailingZeros().scale() > 0) {
      return plain(v);
    }
    BigInteger n = abs.toBigIntegerExact();
    String[] names = {"", "만", "억", "조", "경"};
    StringBuilder out = new StringBuilder();
    for (int i = names.length - 1; i >= 0; i--) {
      BigInteger unit = MAN.pow(i);
      BigInteger[] qr = n.divideAndRemainder(unit);
      if (qr[0].signum() > 0) {
        out.append(qr[0]).append(names[i]);
      }
      n = qr[1];
      if (i == names.length - 1 && qr[0].compareTo(MAN) >= 0) {
        break; // beyond 경: leave the rest in the leading group
      }
    }
    return (v.signum() < 0 ? "-" : "") + out;
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() > 4) {
      s = s.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
    }
    return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
  }
}
