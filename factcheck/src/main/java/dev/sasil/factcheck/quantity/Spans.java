package dev.sasil.factcheck.quantity;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Spans of time as amounts of {@link QuantityUnit#DURATION}: minutes in each calendar unit (a
 * month and a year by their mean length in whole hours, so that 38개월 and 3년 2개월 are one
 * amount), and the largest unit that divides an amount, for writing it back (P38M, 38개월).
 */
public final class Spans {

  /** The units a span is written in, largest first, with their minutes and ISO-8601 letters. */
  public enum Unit {
    YEARS(525_600, "Y"), MONTHS(43_800, "M"), DAYS(1_440, "D");

    private final long minutes;
    private final String letter;

    Unit(long minutes, String letter) {
      this.minutes = minutes;
      this.letter = letter;
    }
  }

  /** A span as a whole number of one unit. */
  public record Whole(BigDecimal count, Unit unit) {}

  private Spans() {}

  /** Minutes in one of a duration's units: minutes, hours, days, weeks, months or years. */
  public static long minutes(ChronoUnit unit) {
    return switch (unit) {
      case MINUTES -> 1;
      case HOURS -> 60;
      case DAYS -> Unit.DAYS.minutes;
      case WEEKS -> 7 * Unit.DAYS.minutes;
      case MONTHS -> Unit.MONTHS.minutes;
      case YEARS -> Unit.YEARS.minutes;
      default -> throw new IllegalArgumentException("no span unit: " + unit);
    };
  }

  /** The amount in the largest unit that divides it, or empty for minutes no day divides. */
  public static Optional<Whole> whole(BigDecimal minutes) {
    for (Unit u : Unit.values()) {
      BigDecimal[] qr = minutes.divideAndRemainder(BigDecimal.valueOf(u.minutes));
      if (qr[1].signum() == 0 && qr[0].signum() != 0) {
        return Optional.of(new Whole(qr[0], u));
      }
    }
    return Optional.empty();
  }

  /** The amount as an ISO-8601 period: P38M, P5D, PT90M. */
  public static String iso(BigDecimal minutes) {
    return whole(minutes).map(w -> "P" + w.count().toPlainString() + w.unit().letter)
        .orElse("PT" + minutes.toPlainString() + "M");
  }
}
