package dev.sasil.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Checks that a stage's time grows linearly: the input doubled may take at most three times as
 * long (a quadratic stage takes four). Generous on purpose (the build shares its cores): the best of a few runs is
 * compared, times under a floor count as the floor, and a quadratic stage still fails by far
 * (four times as long, and seconds rather than milliseconds at the sizes used).
 */
public final class Growth {

  /** Times below this are noise, whatever their ratio. */
  private static final long FLOOR_NANOS = 100_000_000L;
  private static final double MAX_RATIO = 3.0;
  private static final int RUNS = 5;

  private Growth() {}

  /**
   * Asserts that {@code stage} on {@code input.apply(2 * n)} takes at most {@value #MAX_RATIO}
   * times as long as on {@code input.apply(n)}.
   */
  public static <T> void assertLinear(String what, int n, IntFunction<T> input, Consumer<T> stage) {
    T small = input.apply(n);
    T large = input.apply(2 * n);
    stage.accept(small); // warm up
    long t1 = best(small, stage);
    long t2 = best(large, stage);
    double ratio = (double) Math.max(t2, FLOOR_NANOS) / Math.max(t1, FLOOR_NANOS);
    assertThat(ratio)
        .as("%s: %d -> %d took %d -> %d ms", what, n, 2 * n, t1 / 1_000_000, t2 / 1_000_000)
        .isLessThanOrEqualTo(MAX_RATIO);
  }

  private static <T> long best(T input, Consumer<T> stage) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      stage.accept(input);
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }
}
