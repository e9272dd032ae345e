package dev.sasil.factcheck.crosscheck;

import dev.sasil.core.spill.BlockSpill;
import dev.sasil.factcheck.Finding;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Findings in order on disk, read back a block at a time as they are got: a writer going through
 * them in order holds one block. Unmodifiable and thread-safe: the last block read is kept under
 * the list's lock.
 */
public final class SpilledFindings extends AbstractList<Finding> implements RandomAccess {

  private final BlockSpill spill;
  private final List<Integer> blocks;
  private final int blockSize;
  private final int size;
  private int cachedBlock = -1;
  private List<Finding> cached = List.of();

  SpilledFindings(BlockSpill spill, List<Integer> blocks, int blockSize, int size) {
    this.spill = spill;
    this.blocks = List.copyOf(blocks);
    this.blockSize = blockSize;
    this.size = size;
  }

  @Override
  public synchronized Finding get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("finding " + index + " of " + size);
    }
    int b = index / blockSize;
    if (b != cachedBlock) {
      cached = spill.read(blocks.get(b));
      cachedBlock = b;
    }
    return cached.get(index % blockSize);
  }

  @Override
  public int size() {
    return size;
  }
}
