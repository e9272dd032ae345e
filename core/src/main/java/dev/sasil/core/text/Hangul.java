package dev.sasil.core.text;

/** Character classes of Korean script, shared by every component that looks at raw text. */
public final class Hangul {

  private Hangul() {}

  /** Whether {@code c} is a precomposed Hangul syllable (가 to 힣). */
  public static boolean isSyllable(int c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }

  /** Whether {@code c} is a compatibility jamo (ㄱ to ㆎ), as written alone in text. */
  public static boolean isCompatibilityJamo(int c) {
    return c >= 0x3131 && c <= 0x318E;
  }
}
