package dev.sasil.factcheck.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word shingles of a text for near-duplicate detection: the text is NFKC-normalized and lower-cased,
 * punctuation and symbols are removed (so {@code “AI”} and {@code "AI"}, {@code 말했다.} and {@code
 * 말했다 .} read the same), whitespace runs separate words, and every run of {@link
 * SourceGroups#SHINGLE_WORDS} consecutive words is hashed to 64 bits. Two different runs share a hash
 * with a chance of about 2<sup>-64</sup> per pair, which is ignored. Stateless and thread-safe.
 */
final class Shingles {

  private Shingles() {}

  /** The words of a text: letters and digits between whitespace, punctuation and symbols removed. */
  static List<String> words(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        if (!w.isEmpty()) {
          out.add(w.toString());
          w.setLength(0);
        }
      } else if (Character.isLetterOrDigit(cp)) {
        w.appendCodePoint(Character.toLowerCase(cp));
      }
    }
    if (!w.isEmpty()) {
      out.add(w.toString());
    }
    return out;
  }

  /** The distinct hashes of the shingles of {@code words}, sorted; empty when there are too few words. */
  static long[] of(List<String> words, int size) {
    if (words.size() < size) {
      return new long[0];
    }
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = hash(words.get(i));
    }
    long[] out = new long[words.size() - size + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int k = 0; k < size; k++) {
        h = mix(h ^ wordHashes[i + k]);
      }
      out[i] = h;
    }
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[n++] = out[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** 64-bit FNV-1a of a word's UTF-16 code units, mixed. */
  static long hash(String word) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < word.length(); i++) {
      h ^= word.charAt(i);
      h *= 0x100000001B3L;
    }
    return mix(h);
  }

  /** The finalizer of SplitMix64: every input bit changes about half the output bits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
