package dev.sasil.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, the one stream the progress bar draws on. {@link
 * System#console()} answers for standard input and output instead, so a bar went missing when only
 * standard output was redirected ({@code sasil report … > r.html}). Where {@code /proc} tells what
 * file descriptor 2 is (Linux), that decides; elsewhere the console is the best guess.
 */
final class Terminal {

  private Terminal() {}

  /** Whether standard error is a terminal. */
  static boolean stderrIsTerminal() {
    return isTerminal(Path.of("/proc/self/fd/2"));
  }

  /** Whether the file descriptor link {@code fd} names a terminal device. */
  static boolean isTerminal(Path fd) {
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }
}
