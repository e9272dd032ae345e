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

  /** Hundredths of a second in a minute. */
  private static final BigDecimal HUNDREDTHS_PER_MINUTE = BigDecimal.valueOf(6000);
  /** Places of a minute a span timed to the hundredth keeps: a hundredth is 0.00000167 of a minute. */
  private static final int HUNDREDTH_PLACES = 9;
  /** How far from a whole hundredth a span may be and still be timed to it (rounding of its seconds). */
  private static final BigDecimal HUNDREDTH_SLACK = new BigDecimal("0.05");

  /** Hundredths of a second as minutes, for a time written to them (1분44초75: 75 more hundredths). */
  public static BigDecimal ofHundredths(long count) {
    return Quantity.strip(BigDecimal.valueOf(count).divide(HUNDREDTHS_PER_MINUTE, HUNDREDTH_PLACES, RoundingMode.HALF_EVEN));
  }

  /**
   * Hundredths of a second of a span timed to them (1분44초75: 10475), else empty: a span of whole
   * seconds or minutes has none.
   */
  public static OptionalLong hundredths(BigDecimal minutes) {
    BigDecimal h = minutes.multiply(HUNDREDTHS_PER_MINUTE);
    BigDecimal whole = h.setScale(0, RoundingMode.HALF_EVEN);
    if (whole.remainder(BigDecimal.valueOf(100)).signum() == 0 || h.subtract(whole).abs().compareTo(HUNDREDTH_SLACK) > 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(whole.longValueExact());
  }

  /** The seconds a time in hundredths has past its last whole minute, to the hundredth (10475: 44.75). */
  public static String secondsOfMinute(long hundredths) {
    return String.format(java.util.Locale.ROOT, "%d.%02d", hundredths / 100 % 60, hundredths % 100);
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

  /** The amount as an ISO-8601 period: P38M, P5D, PT90M, PT12M16S, PT1M44.75S. */
  public static String iso(BigDecimal minutes) {
    OptionalLong timed = hundredths(minutes);
    if (timed.isPresent()) {
      long h = timed.getAsLong();
      long s = h / 100;
      return "PT" + (s >= 60 ? s / 60 + "M" : "") + secondsOfMinute(h) + "S";
    }
    OptionalLong seconds = seconds(minutes);
    if (seconds.isPresent()) {
      long s = seconds.getAsLong();
      return "PT" + (s >= 60 ? s / 60 + "M" : "") + (s % 60 != 0 ? s % 60 + "S" : "");
    }
    return whole(minutes).map(w -> "P" + w.count().toPlainString() + w.unit().letter)
        .orElse("PT" + minutes.toPlainString() + "M");
  }
}
