package dev.sasil.factcheck.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of a fixed list that may be {@link JamoDistance#variants} of a word, found without
 * comparing the word with every name: a symmetric-deletion index over jamo. Two jamo strings
 * within edit distance {@code k} become equal after at most {@code k} deletions from each (a
 * substitution is a deletion on both sides, an insertion a deletion on the other), so every name
 * is stored under its jamo string with up to as many jamo deleted as {@code variants} allows it
 * edits (none under three syllables, where a name is a variant of itself only; one under five
 * syllables; two from five on), and a word looks up its own deletions. Names whose characters
 * other than Hangul differ from the word's are never variants, so a word with a signature no
 * name has is not looked up at all.
 *
 * <p>The deleted strings are never built: each is stored and looked up by a 64-bit polynomial
 * hash computed from prefix hashes, so a lookup allocates nothing per deletion. A hash collision
 * only adds a candidate. The answer is a superset: every name that is a variant of the word is in
 * it, with a few that are not (another syllable count, a bound the pair does not allow, a
 * collision), so callers confirm each candidate with {@code variants}. Immutable and thread-safe.
 */
final class VariantIndex {

  private static final int[] NONE = new int[0];
  /** Odd multiplier of the polynomial hash (arithmetic modulo 2^64). */
  private static final long P = 0x100000001B3L;

  /** Open addressing: hashes of deletions and, at the same slot, the names stored under them (null: free). */
  private final long[] hashes;
  private final int[][] names;
  private final int mask;
  /** The characters other than Hangul of every name ({@code ""} for Hangul-only names). */
  private final Set<String> signatures;
  /** The length in jamo of the longest name: a longer word (by more than two edits) is no variant. */
  private final int longest;

  /** Indexes {@code names}; candidates are reported by their position in this list. */
  VariantIndex(List<String> names) {
    Map<Long, int[]> byHash = new HashMap<>();
    Set<String> sigs = new HashSet<>();
    int max = 0;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      sigs.add(JamoDistance.nonHangul(name));
      int id = i;
      String jamo = JamoDistance.decompose(name);
      max = Math.max(max, jamo.length());
      forEachDeletion(jamo, depth(name), h -> byHash.merge(h, new int[] {id}, VariantIndex::append));
    }
    this.longest = max;
    int capacity = Integer.highestOneBit(Math.max(4, byHash.size() * 2 - 1)) << 1;
    this.hashes = new long[capacity];
    this.names = new int[capacity][];
    this.mask = capacity - 1;
    byHash.forEach((h, ids) -> {
      int slot = slot(h);
      while (this.names[slot] != null) {
        slot = (slot + 1) & mask;
      }
      hashes[slot] = h;
      this.names[slot] = ids;
    });
    this.signatures = Set.copyOf(sigs);
  }

  /** The ids of {@code a} with the one id of {@code b} added, unless it is already the last. */
  private static int[] append(int[] a, int[] b) {
    if (a[a.length - 1] == b[0]) {
      return a;
    }
    int[] out = Arrays.copyOf(a, a.length + 1);
    out[a.length] = b[0];
    return out;
  }

  /**
   * The positions, ascending and without repeats, of the names that may be variants of {@code
   * word}; every {@code i} with {@code JamoDistance.variants(word, names.get(i))} is among them.
   */
  int[] candidates(String word) {
    if (!signatures.contains(JamoDistance.nonHangul(word))) {
      return NONE;
    }
    String jamo = JamoDistance.decompose(word);
    if (jamo.length() > longest + 2) {
      return NONE; // no name is within two edits; and deletions of a long word cost its length squared
    }
    Found found = new Found();
    forEachDeletion(jamo, depth(word), found::lookUp);
    return found.ids();
  }

  /** The names found so far, with repeats. */
  private final class Found {
    private int[] ids = NONE;
    private int n;

    void lookUp(long h) {
      for (int slot = slot(h); names[slot] != null; slot = (slot + 1) & mask) {
        if (hashes[slot] == h) {
          int[] at = names[slot];
          if (n + at.length > ids.length) {
            ids = Arrays.copyOf(ids, Math.max(8, 2 * (n + at.length)));
          }
          System.arraycopy(at, 0, ids, n, at.length);
          n += at.length;
          return;
        }
      }
    }

    int[] ids() {
      if (n == 0) {
        return NONE;
      }
      Arrays.sort(ids, 0, n);
      int unique = 1;
      for (int i = 1; i < n; i++) {
        if (ids[i] != ids[unique - 1]) {
          ids[unique++] = ids[i];
        }
      }
      return Arrays.copyOf(ids, unique);
    }
  }

  private int slot(long h) {
    long x = h ^ (h >>> 33);
    x *= 0xFF51AFD7ED558CCDL;
    x ^= x >>> 33;
    return (int) x & mask;
  }

  /** The most jamo edits {@link JamoDistance#variants} allows between {@code s} and any other name. */
  static int depth(String s) {
    int syllables = JamoDistance.syllables(s);
    return syllables < 3 ? 0 : syllables >= 5 ? 2 : 1;
  }

  /** Told the hash of each deletion. */
  @FunctionalInterface
  interface HashSink {
    void accept(long hash);
  }

  /**
   * Tells {@code sink} the hash of {@code s} and of every string made from it by deleting up to
   * {@code depth} (at most two) characters, each set of deleted positions once; equal strings
   * from different positions (as in ㅏㅏ) repeat.
   */
  static void forEachDeletion(String s, int depth, HashSink sink) {
    if (depth < 0 || depth > 2) {
      throw new IllegalArgumentException("deletion depth " + depth + " is not 0, 1 or 2");
    }
    int n = s.length();
    long[] prefix = new long[n + 1];
    long[] power = new long[n + 1];
    power[0] = 1;
    for (int k = 0; k < n; k++) {
      prefix[k + 1] = prefix[k] * P + s.charAt(k);
      power[k + 1] = power[k] * P;
    }
    sink.accept(prefix[n]);
    if (depth == 0) {
      return;
    }
    for (int i = 0; i < n; i++) {
      // s without s[i]: s[0, i) then s[i+1, n)
      long head = prefix[i];
      sink.accept(head * power[n - i - 1] + range(prefix, power, i + 1, n));
      if (depth == 2) {
        for (int j = i + 1; j < n; j++) {
          // s without s[i] and s[j]: s[0, i), s[i+1, j), s[j+1, n)
          long middle = head * power[j - i - 1] + range(prefix, power, i + 1, j);
          sink.accept(middle * power[n - j - 1] + range(prefix, power, j + 1, n));
        }
      }
    }
  }

  /** The hash of {@code s[from, to)} from the prefix hashes of {@code s}. */
  private static long range(long[] prefix, long[] power, int from, int to) {
    return prefix[to] - prefix[from] * power[to - from];
  }

  /** The hash of {@code s} as {@link #forEachDeletion} computes it (for tests). */
  static long hash(String s) {
    long h = 0;
    for (int k = 0; k < s.length(); k++) {
      h = h * P + s.charAt(k);
    }
    return h;
  }
}
