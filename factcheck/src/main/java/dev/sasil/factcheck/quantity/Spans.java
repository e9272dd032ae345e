package dev.sasil.factcheck.quantity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Spans of time as amounts of {@link QuantityUnit#DURATION}: minutes in each calendar unit (a
 * month and a year by their mean length in whole hours, so that 38개월 and 3년 2개월 are one
 * amount; a second as a sixtieth of a minute, to six places), and the largest unit that divides an
 * amount, for writing it back (P38M, 38개월, PT12M16S).
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

  /** Places of a minute a span in seconds keeps: a second is 0.016667 of a minute. */
  private static final int SECOND_PLACES = 6;

  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private Spans() {}

  /**
   * A count of a duration's unit as minutes: 14 {@link ChronoUnit#MINUTES} is 14, 736
   * {@link ChronoUnit#SECONDS} (12분 16초) is 12.266667.
   */
  public static BigDecimal of(long count, ChronoUnit unit) {
    return unit == ChronoUnit.SECONDS
        ? Quantity.strip(BigDecimal.valueOf(count).divide(SIXTY, SECOND_PLACES, RoundingMode.HALF_EVEN))
        : BigDecimal.valueOf(count * minutes(unit));
  }

  /** Whole seconds of a span that whole minutes do not measure (12.266667 minutes: 736), else empty. */
  public static OptionalLong seconds(BigDecimal minutes) {
    if (minutes.stripTrailingZeros().scale() <= 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(minutes.multiply(SIXTY).setScale(0, RoundingMode.HALF_EVEN).longValueExact());
  }

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

  /** The amount as an ISO-8601 period: P38M, P5D, PT90M, PT12M16S. */
  public static String iso(BigDecimal minutes) {
    OptionalLong seconds = seconds(minutes);
    if (seconds.isPresent()) {
      long s = seconds.getAsLong();
      return "PT" + (s >= 60 ? s / 60 + "M" : "") + (s % 60 != 0 ? s % 60 + "S" : "");
    }
    return whole(minutes).map(w -> "P" + w.count().toPlainString() + w.unit().letter)
        .orElse("PT" + minutes.toPlainString() + "M");
  }
}
