package dev.sasil.factcheck.entity;

import dev.sasil.core.resource.ResourceLines;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Comparison keys for names: case, spaces and punctuation dropped, Latin letters replaced by their
 * Korean readings ({@code latin-readings.txt}: G=지, P=피, T=티), so that {@code 챗GPT}, {@code 챗 GPT}
 * and {@code 챗지피티} share the key {@code 챗지피티}. Digits are kept. Immutable and thread-safe; the
 * standard instance is loaded once.
 */
public final class LatinReading {

  private static final String RESOURCE = "latin-readings.txt";

  private static final class Holder {
    static final LatinReading STANDARD = load();
  }

  private final String[] readings = new String[26];

  private LatinReading() {}

  public static LatinReading standard() {
    return Holder.STANDARD;
  }

  private static LatinReading load() {
    LatinReading r = new LatinReading();
    for (ResourceLines.Line line : ResourceLines.read(LatinReading.class, RESOURCE)) {
      String[] parts = line.text().strip().split("\\s+");
      if (parts.length != 2 || parts[0].length() != 1 || !Character.isLetter(parts[0].charAt(0))) {
        throw ResourceLines.malformed(RESOURCE, line, "expected LETTER READING");
      }
      char c = Character.toUpperCase(parts[0].charAt(0));
      if (c < 'A' || c > 'Z') {
        throw ResourceLines.malformed(RESOURCE, line, "not a Latin letter");
      }
      r.readings[c - 'A'] = parts[1];
    }
    for (int i = 0; i < 26; i++) {
      if (r.readings[i] == null) {
        throw new IllegalStateException(RESOURCE + ": no reading for " + (char) ('A' + i));
      }
    }
    return r;
  }

  /** The comparison key of {@code name}. */
  public String key(String name) {
    // ASCII and Hangul syllables are their own NFKC form, and appendKey reads letters in upper case
    String s = asciiOrSyllables(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length() * 2);
    for (int i = 0; i < s.length(); i++) {
      appendKey(b, s.charAt(i));
    }
    return b.toString();
  }

  private static boolean asciiOrSyllables(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 && (c < 0xAC00 || c > 0xD7A3)) {
        return false;
      }
    }
    return true;
  }

  /** Appends the key of one character (nothing for spaces and punctuation). */
  void appendKey(StringBuilder b, char c) {
    String latin = latin(c);
    if (latin != null) {
      b.append(latin);
    } else if (Character.isLetterOrDigit(c)) {
      b.append(c);
    }
  }

  /**
   * The reading that stands for {@code c} in a key when it is a Latin letter (read in upper case),
   * else null: then the key has {@code c} itself if it is a letter or digit, and nothing if not.
   */
  String latin(char c) {
    if (c >= '\uAC00' && c <= '\uD7A3') {
      return null; // a Hangul syllable, most of a Korean text: its own upper case
    }
    char u = Character.toUpperCase(c);
    return u >= 'A' && u <= 'Z' ? readings[u - 'A'] : null;
  }
}
