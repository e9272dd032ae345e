package dev.sasil.factcheck.time;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * A span of time said in the text, with the way it counts: {@code 2년 만에} is two years after
 * something, {@code 사흘 전} three days before. Immutable.
 *
 * @param amount how many units, at least 0
 * @param unit {@link ChronoUnit#SECONDS}, {@link ChronoUnit#MINUTES}, {@link ChronoUnit#HOURS},
 *     {@link ChronoUnit#DAYS}, {@link ChronoUnit#WEEKS}, {@link ChronoUnit#MONTHS} or
 *     {@link ChronoUnit#YEARS}
 * @param direction after (만에, 뒤, 후) or before (전) the reference
 */
public record TimeDuration(int amount, ChronoUnit unit, Direction direction) implements java.io.Serializable {

  private static final Set<ChronoUnit> UNITS =
      Set.of(ChronoUnit.SECONDS, ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS, ChronoUnit.WEEKS,
          ChronoUnit.MONTHS, ChronoUnit.YEARS);

  /** Which way a duration counts from its reference. */
  public enum Direction {
    /** 만에, 뒤, 후, 지나. */
    AFTER,
    /** 전, 앞서. */
    BEFORE
  }

  public TimeDuration {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    if (!UNITS.contains(unit)) {
      throw new IllegalArgumentException("unsupported duration unit: " + unit);
    }
    if (amount < 0) {
      throw new IllegalArgumentException("negative duration: " + amount);
    }
  }

  /** The signed amount: positive after, negative before. */
  public int signedAmount() {
    return direction == Direction.AFTER ? amount : -amount;
  }

  /** Whether the span is of hours, minutes or seconds (14분 뒤, 60여 시간 만에): shorter than any date says. */
  public boolean withinDays() {
    return unit == ChronoUnit.SECONDS || unit == ChronoUnit.MINUTES || unit == ChronoUnit.HOURS;
  }

  /** ISO-8601-like form: {@code P2Y}, {@code P3D}, {@code PT14M}, prefixed with {@code -} when before. */
  @Override
  public String toString() {
    String u = switch (unit) {
      case SECONDS -> "S";
      case MINUTES -> "M";
      case HOURS -> "H";
      case DAYS -> "D";
      case WEEKS -> "W";
      case MONTHS -> "M";
      default -> "Y";
    };
    return (direction == Direction.BEFORE ? "-P" : "P") + (withinDays() ? "T" : "") + amount + u;
  }
}
