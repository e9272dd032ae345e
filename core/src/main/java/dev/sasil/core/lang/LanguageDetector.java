package dev.sasil.core.lang;

/**
 * Detects the language of a text (ISO 639-3). PLACEHOLDER: always Korean. To be replaced by
 * OpenNLP's language detector.
 */
public final class LanguageDetector {

  /** The detector with the bundled model. */
  public static LanguageDetector standard() {
    return new LanguageDetector();
  }

  /** ISO 639-3 code of the text's language, {@code kor} for Korean, {@code und} when unsure. */
  public String detect(String text) {
    return "kor";
  }
}
