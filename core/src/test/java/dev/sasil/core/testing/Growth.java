package dev.sasil.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Checks that a stage's time grows linearly: the input made four times as large may take at most
 * eight times as long (a linear stage takes four, a quadratic one sixteen). A step of two, with
 * at most three times as long, was too close to both: a linear stage on a loaded build machine
 * measured 3.2, and a stage quadratic in one part only measured 2.7 unnoticed. Generous on
 * purpose (the build shares its cores): the best of a few interleaved runs of the thread's CPU
 * time is compared, and times under a floor count as the floor.
 */
public final class Growth {

  /** Times below this are noise, whatever their ratio. */
  private static final long FLOOR_NANOS = 50_000_000L;
  private static final int STEP = 4;
  private static final double MAX_RATIO = 8.0;
  private static final int RUNS = 5;

  private Growth() {}

  /**
   * Asserts that {@code stage} on {@code input.apply(4 * n)} takes at most {@value #MAX_RATIO}
   * times as long as on {@code input.apply(n)}.
   */
  public static <T> void assertLinear(String what, int n, IntFunction<T> input, Consumer<T> stage) {
    T small = input.apply(n);
    T large = input.apply(STEP * n);
    stage.accept(small); // warm up
    long t1 = Long.MAX_VALUE;
    long t2 = Long.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      // interleaved, so that a burst of load on the shared cores meets both sizes
      t1 = Math.min(t1, time(small, stage));
      t2 = Math.min(t2, time(large, stage));
    }
    double ratio = (double) Math.max(t2, FLOOR_NANOS) / Math.max(t1, FLOOR_NANOS);
    assertThat(ratio)
        .as("%s: %d -> %d took %d -> %d ms", what, n, STEP * n, t1 / 1_000_000, t2 / 1_000_000)
        .isLessThanOrEqualTo(MAX_RATIO);
  }

  /**
   * The time of one run: the thread's CPU time where the JVM measures it (time the thread waits
   * for a core it shares is not the stage's), else the wall time.
   */
  private static <T> long time(T input, Consumer<T> stage) {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled();
    long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    stage.accept(input);
    return (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start;
  }
}
