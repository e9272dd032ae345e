package dev.sasil.core.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads byte lines from a stream, ended by {@code \n}, {@code \r\n} or a lone {@code \r} (old Mac
 * files, whose records would otherwise merge into one line), holding at
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
  /** The last line ended with {@code \r}: a {@code \n} right after it belongs to that ending. */
  private boolean afterCr;

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
      if (afterCr) {
        afterCr = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buf[pos] != '\n' && buf[pos] != '\r') {
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
        afterCr = buf[pos] == '\r';
        pos++;
        break;
      }
    }
    number++;
    return line == null ? new Line(number, null, length) : new Line(number, line.toByteArray(), length);
  }
}
