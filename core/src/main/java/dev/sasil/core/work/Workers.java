package dev.sasil.core.work;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one function over many items on a fixed number of threads and hands the results on in
 * input order, each as soon as it and every result before it are done. At most {@link
 * #window()} items are in flight at once, so a long stream of items needs memory for a window of
 * results, not for all of them. With one thread everything runs on the caller's thread, item by
 * item, exactly as a plain loop would.
 *
 * <p>The function must be safe to call from several threads at once (the stages of Sasil are:
 * their heavy resources are shared read-only). The consumer is always called on the caller's
 * thread, one result at a time, so it may write to an unsynchronized stream. An exception or
 * error thrown by the function stops the run: items not yet started are skipped and it is
 * rethrown on the caller's thread as it was thrown (callers that want every item processed catch
 * per-item failures inside the function and return them as values).
 *
 * <p>Immutable and thread-safe; a pool of threads is made per call and shut down before it
 * returns.
 */
public final class Workers {

  /** How many items per thread may be in flight: enough to keep every thread busy while one result waits. */
  static final int ITEMS_PER_THREAD = 4;

  private static final Workers SINGLE = new Workers(1);

  private final int threads;

  private Workers(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
  }

  /** Workers on {@code threads} threads (at least 1). */
  public static Workers of(int threads) {
    return threads == 1 ? SINGLE : new Workers(threads);
  }

  /** Everything on the caller's thread. */
  public static Workers single() {
    return SINGLE;
  }

  /** Workers on as many threads as the JVM has processors. */
  public static Workers allProcessors() {
    return of(Runtime.getRuntime().availableProcessors());
  }

  /** The number of threads. */
  public int threads() {
    return threads;
  }

  /** The most items in flight at once. */
  public int window() {
    return threads * ITEMS_PER_THREAD;
  }

  /** {@code function} applied to every item, the results in input order. */
  public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
    List<R> out = new ArrayList<>(items.size());
    forEachOrdered(items.iterator(), function, out::add);
    return out;
  }

  /**
   * Applies {@code function} to every item and gives each result to {@code sink} in input order,
   * as soon as it and all results before it are done. Items are taken from {@code items} only as
   * room in the window frees up.
   */
  public <T, R> void forEachOrdered(Iterator<T> items, Function<? super T, ? extends R> function,
      Consumer<? super R> sink) {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(sink, "sink");
    if (threads == 1) {
      while (items.hasNext()) {
        sink.accept(function.apply(items.next()));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, threadFactory());
    try {
      ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
      while (items.hasNext() || !inFlight.isEmpty()) {
        while (inFlight.size() < window() && items.hasNext()) {
          T item = items.next();
          inFlight.add(pool.submit(() -> function.apply(item)));
        }
        sink.accept(await(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> R await(Future<R> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true; // finish the item: its result is owed to the sink; keep the flag
        } catch (ExecutionException e) {
          throw rethrow(e.getCause());
        } catch (CancellationException e) {
          throw new IllegalStateException("a work item was cancelled", e);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(cause);
  }

  private static ThreadFactory threadFactory() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "sasil-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
