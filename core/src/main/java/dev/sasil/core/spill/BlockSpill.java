package dev.sasil.core.spill;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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

  private final RecordFile file;

  private BlockSpill(RecordFile file) {
    this.file = file;
  }

  /** A new, empty spill in the system's temporary directory. */
  public static BlockSpill create() {
    return new BlockSpill(RecordFile.create("sasil-blocks", "blocks"));
  }

  /** Writes {@code items} as one block at the end of the spill; returns the block's number, from 0. */
  public int write(List<? extends Serializable> items) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ArrayList<>(items));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialize a block of " + items.size() + " records", e);
    }
    return file.append(bytes.toByteArray());
  }

  /** The records of block {@code block}, in the order written; a new list each time. */
  public <T> List<T> read(int block) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(file.read(block)))) {
      @SuppressWarnings("unchecked")
      List<T> items = (List<T>) in.readObject();
      return items;
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException("cannot read block " + block + " back from the temporary file", e);
    }
  }

  /** The number of blocks written. */
  public int size() {
    return file.size();
  }

  /** Releases the file; the blocks cannot be read after. */
  @Override
  public void close() {
    file.close();
  }
}
