package dev.sasil.core.morph;

import dev.sasil.core.Morpheme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence's morphemes ordered by offset, to ask which of them lie within a span (a word) by
 * binary search instead of a pass over all of them: a pass per word is quadratic on a long
 * sentence. Nori's morphemes are not always sorted by start (the fused parts of a contraction
 * may carry the whole token's span, starting before a part written out), so the index sorts them
 * itself and answers in the list's own order. Immutable and thread-safe.
 */
public final class MorphemeIndex {

  private static final int[] NONE = new int[0];

  private final List<Morpheme> morphemes;
  /** Positions in {@link #morphemes}, by start offset, then position. */
  private final int[] byStart;
  /** The start offsets in {@link #byStart} order. */
  private final int[] starts;

  private MorphemeIndex(List<Morpheme> morphemes) {
    this.morphemes = List.copyOf(morphemes);
    int n = this.morphemes.size();
    long[] keyed = new long[n];
    for (int i = 0; i < n; i++) {
      keyed[i] = ((long) this.morphemes.get(i).start() << 32) | i;
    }
    Arrays.sort(keyed);
    byStart = new int[n];
    starts = new int[n];
    for (int k = 0; k < n; k++) {
      byStart[k] = (int) keyed[k];
      starts[k] = (int) (keyed[k] >>> 32);
    }
  }

  /** The indexed morphemes, in their own order (positions refer to this list). */
  public List<Morpheme> morphemes() {
    return morphemes;
  }

  /** Indexes {@code morphemes} (offsets as they are; the list is copied). */
  public static MorphemeIndex of(List<Morpheme> morphemes) {
    return new MorphemeIndex(morphemes);
  }

  /**
   * The morphemes that lie within {@code [from, to)}: {@code start >= from} and {@code end <= to},
   * in the order of the indexed list.
   */
  public List<Morpheme> within(int from, int to) {
    // as positionsWithin, but straight into the list when the positions come in order (the usual case)
    List<Morpheme> out = null;
    int last = -1;
    for (int k = firstStartAtOrAfter(from); k < starts.length && starts[k] <= to; k++) {
      int i = byStart[k];
      Morpheme m = morphemes.get(i);
      if (m.end() > to) {
        continue;
      }
      if (i < last) {
        return withinByPosition(from, to);
      }
      if (out == null) {
        out = new ArrayList<>(4);
      }
      out.add(m);
      last = i;
    }
    return out == null ? List.of() : out;
  }

  private List<Morpheme> withinByPosition(int from, int to) {
    int[] at = positionsWithin(from, to);
    List<Morpheme> out = new ArrayList<>(at.length);
    for (int i : at) {
      out.add(morphemes.get(i));
    }
    return out;
  }

  /** The positions in the indexed list of the morphemes {@link #within} {@code [from, to)}, ascending. */
  public int[] positionsWithin(int from, int to) {
    int k = firstStartAtOrAfter(from);
    int[] found = NONE;
    int n = 0;
    boolean ordered = true;
    // a morpheme within the span starts at or before its end (an empty one may start at the end)
    for (; k < starts.length && starts[k] <= to; k++) {
      int i = byStart[k];
      if (morphemes.get(i).end() > to) {
        continue;
      }
      if (n == found.length) {
        found = Arrays.copyOf(found, Math.max(8, 2 * n));
      }
      ordered &= n == 0 || found[n - 1] < i;
      found[n++] = i;
    }
    if (!ordered) {
      Arrays.sort(found, 0, n);
    }
    return n == found.length ? found : Arrays.copyOf(found, n);
  }

  /** Whether a morpheme starts at {@code offset}. */
  public boolean startsMorpheme(int offset) {
    int k = firstStartAtOrAfter(offset);
    return k < starts.length && starts[k] == offset;
  }

  private int firstStartAtOrAfter(int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
