package dev.sasil.core.spill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * An append-only file of byte records, the storage of the spills: each record is appended once
 * and read back by its number on any thread once it is appended. The file is temporary, deleted
 * as soon as it is open where the system allows (the open channel keeps it readable), else when
 * the JVM exits; {@link #close} releases it.
 *
 * <p>{@link #append} runs on one thread at a time.
 */
final class RecordFile implements AutoCloseable {

  private final FileChannel channel;
  private final String what;
  private long[] offsets = new long[64];
  private volatile int size;
  private long end;

  private RecordFile(FileChannel channel, String what) {
    this.channel = channel;
    this.what = what;
  }

  /**
   * A new, empty file in the system's temporary directory, named with {@code prefix}; {@code what}
   * names its records in error messages (articles, blocks).
   */
  static RecordFile create(String prefix, String what) {
    try {
      Path file = Files.createTempFile(prefix, ".spill");
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      try {
        Files.delete(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit(); // a system that cannot delete an open file deletes it at exit
      }
      return new RecordFile(channel, what);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for " + what + " beyond the memory budget", e);
    }
  }

  /** Appends one record; returns its number, from 0. */
  int append(byte[] record) {
    ByteBuffer buffer = ByteBuffer.wrap(record);
    try {
      long at = end;
      while (buffer.hasRemaining()) {
        at += channel.write(buffer, at);
      }
      int n = size;
      if (n + 1 >= offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[n] = end;
      offsets[n + 1] = at;
      end = at;
      size = n + 1;
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to the temporary file of " + what, e);
    }
  }

  /** The bytes of record {@code index}. */
  byte[] read(int index) {
    int n = size;
    if (index < 0 || index >= n) {
      throw new IndexOutOfBoundsException(what + " " + index + " of " + n);
    }
    long from = offsets[index];
    ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(offsets[index + 1] - from));
    try {
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, from + buffer.position()) < 0) {
          throw new IOException("the temporary file ends early");
        }
      }
      return buffer.array();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + what + " " + index + " back from the temporary file", e);
    }
  }

  /** The number of records appended. */
  int size() {
    return size;
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the temporary file of " + what, e);
    }
  }
}
