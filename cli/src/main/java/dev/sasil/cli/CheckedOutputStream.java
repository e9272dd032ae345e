package dev.sasil.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that remembers the first write error, so that a command whose output could not
 * be written ({@code > /dev/full}, a closed pipe) says why instead of exiting 0: the {@link
 * java.io.PrintWriter} above it only keeps a flag. Not thread-safe.
 */
final class CheckedOutputStream extends FilterOutputStream {

  private IOException failure;

  CheckedOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /** Why the first write failed, one line, or null when none did. */
  String failure() {
    if (failure == null) {
      return null;
    }
    return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage().replace('\n', ' ');
  }
}
