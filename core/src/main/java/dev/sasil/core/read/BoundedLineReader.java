package dev.sasil.core.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads byte lines ({@code \n}-terminated, a trailing {@code \r} dropped) from a stream, holding at
 * most {@code maxLineBytes} of a line in memory: longer lines are skipped to their end and
 * reported as too long, so a huge line never fills the heap. Not thread-safe.
 */
final class BoundedLineReader {

  /** One line: its 1-based number and its bytes, or null bytes when it was too long. */
  record Line(int number, byte[] bytes, long length) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final long maxLineBytes;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private int number;
  private boolean eof;

  BoundedLineReader(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (eof && pos >= limit) {
      return null;
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos >= limit) {
        limit = in.read(buf);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          eof = true;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      length += n;
      if (line != null && length <= maxLineBytes) {
        line.write(buf, start, n);
      } else {
        line = null;
      }
      if (pos < limit) {
        pos++;
        break;
      }
    }
    number++;
    if (line == null) {
      return new Line(number, null, length);
    }
    byte[] b = line.toByteArray();
    if (b.length > 0 && b[b.length - 1] == '\r') {
      b = java.util.Arrays.copyOf(b, b.length - 1);
    }
    return new Line(number, b, length);
  }
}
