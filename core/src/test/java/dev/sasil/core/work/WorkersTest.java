package dev.sasil.core.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkersTest {

  private static List<Integer> numbers(int n) {
    return IntStream.range(0, n).boxed().toList();
  }

  /** Sleeps a random short while so that items finish out of order. */
  private static int slowSquare(int i) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(3));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return i * i;
  }

  @Test
  void resultsComeInInputOrderWhateverOrderTheyFinishIn() {
    List<Integer> expected = numbers(200).stream().map(i -> i * i).toList();
    for (int threads : new int[] {1, 2, 3, 8}) {
      assertThat(Workers.of(threads).map(numbers(200), WorkersTest::slowSquare)).as("%d threads", threads)
          .isEqualTo(expected);
    }
  }

  @Test
  void eachResultIsHandedOnAsSoonAsItAndThoseBeforeItAreDone() {
    List<Integer> seen = new ArrayList<>();
    AtomicInteger started = new AtomicInteger();
    Workers workers = Workers.of(2);
    workers.forEachOrdered(numbers(100).iterator(), i -> {
      started.incrementAndGet();
      return i;
    }, i -> {
      // the sink runs while later items are still to come: never more than a window ahead of it
      assertThat(started.get() - i).isLessThanOrEqualTo(workers.window() + 1);
      seen.add(i);
    });
    assertThat(seen).isEqualTo(numbers(100));
  }

  @Test
  void neverHasMoreThanAWindowOfItemsInFlight() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Workers workers = Workers.of(3);
    workers.forEachOrdered(numbers(300).iterator(), i -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      int r = slowSquare(i);
      running.decrementAndGet();
      return r;
    }, r -> {});
    assertThat(most.get()).isBetween(1, workers.threads());
  }

  @Test
  void oneThreadRunsEverythingOnTheCallersThread() {
    Thread caller = Thread.currentThread();
    List<Thread> used = Workers.single().map(numbers(5), i -> Thread.currentThread());
    assertThat(used).containsOnly(caller);
  }

  @Test
  void theSinkRunsOnTheCallersThread() {
    Thread caller = Thread.currentThread();
    List<Thread> sinks = new ArrayList<>();
    Workers.of(4).forEachOrdered(numbers(50).iterator(), WorkersTest::slowSquare,
        r -> sinks.add(Thread.currentThread()));
    assertThat(sinks).hasSize(50).containsOnly(caller);
  }

  @Test
  void aFailingItemStopsTheRunWithItsOwnException() {
    assertThatThrownBy(() -> Workers.of(3).map(numbers(100), i -> {
      if (i == 37) {
        throw new IllegalArgumentException("bad item 37");
      }
      return i;
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad item 37");
  }

  @Test
  void refusesFewerThanOneThread() {
    assertThatThrownBy(() -> Workers.of(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
  }

  @Test
  void anEmptyInputGivesNothing() {
    assertThat(Workers.of(2).map(List.<Integer>of(), i -> i)).isEmpty();
  }
}
