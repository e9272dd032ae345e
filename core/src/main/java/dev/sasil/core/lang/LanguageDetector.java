package dev.sasil.core.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects the language of a text as an ISO 639-3 code ({@code kor}, {@code eng}, {@code jpn} …), or
 * {@code und} when the text is too short or the answer too unsure.
 *
 * <p>Two steps. First a cheap script count: a text in which at least {@value #HANGUL_SHARE_PERCENT}% of
 * the words (white-space separated, with a letter) contain Hangul is Korean, whatever English words, names and abbreviations it
 * carries ({@code 오픈AI의 GPT-4o}), and the model is not consulted. Otherwise OpenNLP's
 * language-detection model ({@code langdetect-183.bin} from {@code opennlp-models-langdetect},
 * 103 languages) decides from the first {@value #MAX_CHARS} characters; its scores are spread over
 * all languages, so what counts is the margin: a best language scoring less than {@value
 * #MIN_MARGIN} times the runner-up is {@code und} (gibberish, or a few words shared by many
 * languages). Texts with fewer than {@value
 * #MIN_LETTERS} letters are {@code und}.
 *
 * <p>The model is loaded once per process, lazily on the first text that needs it, and shared by
 * all detectors (a lazy holder: thread-safe by the class-loading lock); a {@code
 * LanguageDetectorME} is created per call, so one detector may be shared by any number of threads.
 * Never throws on any string.
 *
 * <p>Known weaknesses: the model confuses close languages on short texts (Malay and Indonesian,
 * the Chinese varieties: {@code cmn} for most Chinese); mixed-language texts get the language of
 * their majority.
 */
public final class LanguageDetector {

  /** Code for an undetermined language. */
  public static final String UNDETERMINED = "und";
  /** Code for Korean. */
  public static final String KOREAN = "kor";

  static final int MIN_LETTERS = 10;
  static final int HANGUL_SHARE_PERCENT = 30;
  static final int MAX_CHARS = 2000;
  static final double MIN_MARGIN = 1.2;

  private static final String MODEL_RESOURCE = "/langdetect-183.bin";

  private LanguageDetector() {}

  /** The detector with the bundled model. */
  public static LanguageDetector standard() {
    return new LanguageDetector();
  }

  /** ISO 639-3 code of the text's language, {@code kor} for Korean, {@code und} when unsure. */
  public String detect(String text) {
    if (text == null) {
      return UNDETERMINED;
    }
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    int letters = 0;
    int words = 0;
    int hangulWords = 0;
    boolean inWord = false;
    boolean wordHasLetter = false;
    boolean wordHasHangul = false;
    for (int i = 0; i <= sample.length(); ) {
      int cp = i < sample.length() ? sample.codePointAt(i) : ' ';
      if (Character.isWhitespace(cp)) {
        if (inWord && wordHasLetter) {
          words++;
          hangulWords += wordHasHangul ? 1 : 0;
        }
        inWord = false;
        wordHasLetter = false;
        wordHasHangul = false;
      } else {
        inWord = true;
        if (Character.isLetter(cp)) {
          letters++;
          wordHasLetter = true;
          wordHasHangul |= Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
        }
      }
      i += i < sample.length() ? Character.charCount(cp) : 1;
    }
    if (hangulWords > 0 && hangulWords * 100 >= words * HANGUL_SHARE_PERCENT) {
      return KOREAN;
    }
    if (letters < MIN_LETTERS) {
      return UNDETERMINED;
    }
    Language[] ranked = new LanguageDetectorME(Model.MODEL).predictLanguages(sample);
    if (ranked == null || ranked.length == 0 || ranked[0].getLang() == null) {
      return UNDETERMINED;
    }
    if (ranked.length > 1 && ranked[0].getConfidence() < MIN_MARGIN * ranked[1].getConfidence()) {
      return UNDETERMINED;
    }
    return ranked[0].getLang().toLowerCase(Locale.ROOT);
  }

  /** The shared model (loads it on first call). */
  static LanguageDetectorModel model() {
    return Model.MODEL;
  }

  /** Lazy holder of the model: loaded on first use, once per process. */
  private static final class Model {
    static final LanguageDetectorModel MODEL = load();

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + MODEL_RESOURCE + " (opennlp-models-langdetect)");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
      }
    }
  }
}
