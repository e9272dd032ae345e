package dev.sasil.factcheck.time;

import java.util.Arrays;

/**
 * Where an article writes the part of the day of its times of day ({@code 오후 10시 15분}), so
 * that a later hour written without it ({@code 10시 43분}) is read in the same half of the day:
 * news writes 오전 or 오후 once and drops it for the times that follow. Immutable.
 */
public final class HalfDays {

  /** No time of day written with its part of the day. */
  public static final HalfDays NONE = new HalfDays(new int[0], new ClockTime.Half[0]);

  private final int[] offsets;
  private final ClockTime.Half[] halves;

  private HalfDays(int[] offsets, ClockTime.Half[] halves) {
    this.offsets = offsets;
    this.halves = halves;
  }

  /** Collects the halves of one text after another, in text order. */
  public static final class Builder {
    private int[] offsets = new int[8];
    private ClockTime.Half[] halves = new ClockTime.Half[8];
    private int size;

    /** Adds the times of day of {@code text}, which starts at {@code base} in the article. */
    public Builder add(String text, int base) {
      ClockTime.halves(text, base, (half, offset) -> {
        if (size == offsets.length) {
          offsets = Arrays.copyOf(offsets, size * 2);
          halves = Arrays.copyOf(halves, size * 2);
        }
        offsets[size] = offset;
        halves[size++] = half;
      });
      return this;
    }

    public HalfDays build() {
      return size == 0 ? NONE : new HalfDays(Arrays.copyOf(offsets, size), Arrays.copyOf(halves, size));
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The half of the day of the last time of day written with its part before {@code offset}, or null. */
  public ClockTime.Half before(int offset) {
    int i = Arrays.binarySearch(offsets, offset);
    int last = (i >= 0 ? i : -i - 1) - 1;
    return last >= 0 ? halves[last] : null;
  }
}
