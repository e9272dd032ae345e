package dev.sasil.core.text;

/** Character classes of Korean script, shared by every component that looks at raw text. */
public final class Hangul {

  /** The final consonant ㄴ, as {@link #finalConsonant} numbers it (한, 진: a past adnominal). */
  public static final int FINAL_N = 4;
  /** The final consonant ㅆ, as {@link #finalConsonant} numbers it (했, 됐: the past tense). */
  public static final int FINAL_SS = 20;

  private Hangul() {}

  /** Whether {@code c} is a precomposed Hangul syllable (가 to 힣). */
  public static boolean isSyllable(int c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  /** Whether {@code c} is a compatibility jamo (ㄱ to ㆎ), as written alone in text. */
  public static boolean isCompatibilityJamo(int c) {
    return c >= 0x3131 && c <= 0x318E;
  }

  /** The number of a syllable's final consonant in Unicode's order: 0 for none, 1 to 27; -1 for no syllable. */
  public static int finalConsonant(int c) {
    return isSyllable(c) ? (c - 0xAC00) % 28 : -1;
  }
}
