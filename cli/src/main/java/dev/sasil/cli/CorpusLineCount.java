package dev.sasil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counts the non-blank lines of a JSON Lines corpus, for the progress bar's estimate, streaming
 * its bytes: memory stays one buffer whatever the lines' lengths (a 1 GB line read whole ran out
 * of heap). Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as the reader reads them.
 */
final class CorpusLineCount {

  private CorpusLineCount() {}

  /** The number of lines of {@code file} with something other than ASCII white space on them. */
  static int nonBlankLines(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return nonBlankLines(in);
    }
  }

  static int nonBlankLines(InputStream in) throws IOException {
    byte[] buf = new byte[64 * 1024];
    int count = 0;
    boolean content = false;
    for (int n; (n = in.read(buf)) > 0; ) {
      for (int i = 0; i < n; i++) {
        byte b = buf[i];
        if (b == '\n' || b == '\r') {
          count += content ? 1 : 0;
          content = false;
        } else if (b != ' ' && b != '\t' && b != '\f') {
          content = true;
        }
      }
    }
    return count + (content ? 1 : 0);
  }
}
