package dev.sasil.cli;

import java.util.Locale;

/**
 * A run that exhausted the heap, said in one line instead of a JVM stack trace: which input it
 * was on when that is known, and how large the heap was. Thrown in place of the {@link
 * OutOfMemoryError} once the stack has let go of what filled the heap.
 */
final class OutOfMemory extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private OutOfMemory(String message) {
    super(message, null, false, false);
  }

  /** The heap ran out while processing {@code input}. */
  static OutOfMemory on(String input) {
    return new OutOfMemory("out of memory while processing " + input + "; " + advice());
  }

  /** The heap ran out where no single input is to blame (reading, cross-checking, writing). */
  static OutOfMemory inRun() {
    return new OutOfMemory("out of memory; " + advice());
  }

  /** Whether {@code e} is, or was caused by, running out of heap (also inside a class's initializer). */
  static boolean isHeapExhaustion(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  private static String advice() {
    long mb = Runtime.getRuntime().maxMemory() >> 20;
    return String.format(Locale.ROOT, "the heap is %d MB: give Java more (java -Xmx4g -jar …) or fewer or smaller inputs"
        + " (--max-size)", mb);
  }
}
