package dev.sasil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress bar on stderr for long runs: {@code 읽는 중 [#######.......]  42/120}. It
 * draws only when enabled, that is when stderr is a terminal, the run is long and the user did
 * not ask for quiet; otherwise every call does nothing. Redraws only when the shown percentage
 * changes. Not thread-safe: one command, one bar.
 */
final class ProgressBar {

  /** Runs with more inputs than this get a bar. */
  static final int THRESHOLD = 30;

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private String phase = "";
  private int lastPermille = -1;
  private int lastLength;

  ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /**
   * A bar that draws when stderr is a terminal ({@link Terminal#stderrIsTerminal()}), {@code quiet}
   * is false and there are more than {@link #THRESHOLD} inputs.
   */
  static ProgressBar forInputs(PrintWriter err, boolean quiet, int inputs) {
    return forInputs(err, quiet, () -> inputs);
  }

  /**
   * Like {@link #forInputs(PrintWriter, boolean, int)}, counting the inputs only when a bar could
   * be shown at all (not quiet, stderr a terminal): counting may mean reading a corpus file.
   */
  static ProgressBar forInputs(PrintWriter err, boolean quiet, java.util.function.IntSupplier inputs) {
    return new ProgressBar(err, !quiet && Terminal.stderrIsTerminal() && inputs.getAsInt() > THRESHOLD);
  }

  boolean enabled() {
    return enabled;
  }

  /** Starts a phase with its label ({@code 읽는 중}). */
  ProgressBar phase(String label) {
    phase = label;
    lastPermille = -1;
    return this;
  }

  /** Shows {@code done} of {@code total}; nothing for runs of {@link #THRESHOLD} steps or fewer. */
  void advance(int done, int total) {
    if (!enabled || total <= THRESHOLD) {
      return;
    }
    int permille = (int) Math.min(1000, 1000L * done / total);
    if (permille == lastPermille) {
      return;
    }
    lastPermille = permille;
    int filled = permille * WIDTH / 1000;
    String line = String.format(Locale.ROOT, "%s [%s%s] %d/%d", phase, "#".repeat(filled), ".".repeat(WIDTH - filled),
        done, total);
    err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    lastLength = line.length();
    err.flush();
  }

  /** Clears the bar's line; the next {@link #advance} draws it again. */
  void clear() {
    if (enabled && lastLength > 0) {
      err.print("\r" + " ".repeat(lastLength) + "\r");
      err.flush();
      lastLength = 0;
      lastPermille = -1;
    }
  }

  /**
   * A writer for messages printed while the bar runs (warnings, failed inputs): it clears the bar
   * before each write, so no message is printed onto the bar's line.
   */
  PrintWriter messages() {
    if (!enabled) {
      return err;
    }
    return new PrintWriter(new Writer() {
      @Override
      public void write(char[] cbuf, int off, int len) {
        clear();
        err.write(cbuf, off, len);
      }

      @Override
      public void flush() {
        err.flush();
      }

      @Override
      public void close() {
        err.flush();
      }
    }, true);
  }

  /**
   * The number of inputs before reading: command-line arguments, and for a JSON Lines file its
   * non-blank lines, so that a big corpus in one file gets a bar too.
   */
  static int estimatedInputs(InputOptions input) {
    int n = 0;
    for (String in : input.inputs) {
      Path p = in.equals("-") || dev.sasil.core.read.PageFetcher.isUrl(in) ? null : Path.of(in);
      if (p != null && Files.isRegularFile(p) && in.endsWith(".jsonl")) {
        try {
          n += CorpusLineCount.nonBlankLines(p);
        } catch (IOException e) {
          n++;
        }
      } else if (p != null && Files.isDirectory(p)) {
        n += THRESHOLD + 1; // a directory may hold many: let the count of documents decide
      } else {
        n++;
      }
    }
    return n;
  }
}
