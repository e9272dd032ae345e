package dev.sasil.report;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Shortens text for tight places (timeline labels, table summaries) without splitting a
 * character, and estimates how wide text renders. Stateless and thread-safe.
 */
public final class TextFit {

  /** U+2068 FIRST STRONG ISOLATE: keeps right-to-left text from reordering what surrounds it. */
  public static final char FSI = '\u2068';

  /** U+2069 POP DIRECTIONAL ISOLATE. */
  public static final char PDI = '\u2069';

  private TextFit() {}

  /** Line breaks and runs of white space as one space, trimmed. */
  public static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("[\\s\\u2028\\u2029]+", " ").strip();
  }

  /** The text isolated for bidirectional layout ({@code FSI text PDI}). */
  public static String isolate(String s) {
    return FSI + s + PDI;
  }

  /**
   * Estimated width in em of text in a proportional font: wide (Hangul, CJK, emoji) characters
   * count 1, others 0.55.
   */
  public static double widthEm(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += wide(cp) ? 1.0 : 0.55;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean wide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFF00 && cp <= 0xFF60) || cp >= 0x1F000;
  }

  /**
   * The text on one line, cut at a character boundary to fit {@code maxEm} (see {@link
   * #widthEm}), with {@code …} when cut.
   */
  public static String shorten(String text, double maxEm) {
    String s = oneLine(text);
    if (widthEm(s) <= maxEm) {
      return s;
    }
    BreakIterator it = BreakIterator.getCharacterInstance(Locale.ROOT);
    it.setText(s);
    int end = 0;
    double w = 1.0; // room for the ellipsis
    for (int next = it.next(); next != BreakIterator.DONE; next = it.next()) {
      w += widthEm(s.substring(end, next));
      if (w > maxEm) {
        break;
      }
      end = next;
    }
    return s.substring(0, end).stripTrailing() + "…";
  }
}
