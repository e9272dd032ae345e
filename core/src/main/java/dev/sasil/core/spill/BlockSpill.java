package dev.sasil.core.spill;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lists of serializable records kept on disk rather than on the heap: each {@link #write} appends
 * one block and gives its number, and {@link #read} gives back a list equal to the one written.
 * A block is written as one Java serialization stream, so that the strings its records share (the
 * sentence of several claims) are written once and come back shared.
 *
 * <p>The blocks go to one temporary file, deleted as soon as it is open where the system allows
 * (the open channel keeps it readable), else when the JVM exits; {@link #close} releases it.
 *
 * <p>{@link #write} runs on one thread at a time; {@link #read} may run on others once the block it
 * reads is written.
 */
public final class BlockSpill implements AutoCloseable {

  private final FileChannel channel;
  private long[] offsets = new long[64];
  private volatile int size;
  private long end;

  private BlockSpill(FileChannel channel) {
    this.channel = channel;
  }

  /** A new, empty spill in the system's temporary directory. */
  public static BlockSpill create() {
    try {
      Path file = Files.createTempFile("sasil-blocks", ".spill");
      FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
      try {
        Files.delete(file);
      } catch (IOException e) {
        file.toFile().deleteOnExit(); // a system that cannot delete an open file deletes it at exit
      }
      return new BlockSpill(channel);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for data beyond the memory budget", e);
    }
  }

  /** Writes {@code items} as one block at the end of the spill; returns the block's number, from 0. */
  public int write(List<? extends Serializable> items) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ArrayList<>(items));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize a block of " + items.size() + " records", e);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
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
      throw new UncheckedIOException("cannot write a block to the temporary file", e);
    }
  }

  /** The records of block {@code block}, in the order written; a new list each time. */
  public <T> List<T> read(int block) {
    int n = size;
    if (block < 0 || block >= n) {
      throw new IndexOutOfBoundsException("block " + block + " of " + n);
    }
    long from = offsets[block];
    ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(offsets[block + 1] - from));
    try {
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, from + buffer.position()) < 0) {
          throw new IOException("the temporary file ends early");
        }
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(buffer.array()))) {
        @SuppressWarnings("unchecked")
        List<T> items = (List<T>) in.readObject();
        return items;
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read block " + block + " back from the temporary file", e);
    }
  }

  /** The number of blocks written. */
  public int size() {
    return size;
  }

  /** Releases the file; the blocks cannot be read after. */
  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the temporary file of blocks", e);
    }
  }
}
