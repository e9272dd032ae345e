package dev.sasil.core.read;

import dev.sasil.core.text.Hangul;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Turns the bytes of a text file into text, detecting the encoding Korean news files come in: a
 * byte-order mark (UTF-8, UTF-16 LE/BE) decides; otherwise strict UTF-8; otherwise strict CP949
 * (the superset of EUC-KR that Korean sites use) when the result reads as Korean. Anything else,
 * and anything with NUL or many control characters, is refused as not text. Stateless and
 * thread-safe.
 */
public final class TextDecoder {

  /**
   * The decoded text and the charset it was in.
   *
   * @param replaced how many malformed byte sequences were replaced by U+FFFD (a few are
   *     tolerated in otherwise valid UTF-8: scraped files are often cut mid-character)
   */
  public record Decoded(String text, String charset, int replaced) {
    public Decoded(String text, String charset) {
      this(text, charset, 0);
    }
  }

  /** Malformed sequences tolerated in UTF-8 text: at most this many, and at most one per 1000 bytes. */
  private static final int MAX_REPLACED = 8;

  /** Share of control characters (other than tab, line breaks, form feed) above which it is binary. */
  private static final double MAX_CONTROL_SHARE = 0.01;
  /** Share of Hangul syllables among non-ASCII letters a CP949 reading needs to count as Korean. */
  private static final double MIN_HANGUL_SHARE = 0.6;

  private static final Charset CP949 = cp949();

  private static Charset cp949() {
    try {
      return Charset.forName("x-windows-949");
    } catch (UnsupportedCharsetException e) {
      return Charset.forName("EUC-KR");
    }
  }

  private TextDecoder() {}

  /** CP949, the superset of EUC-KR that Korean sites use (EUC-KR where the JDK lacks it). */
  static Charset korean() {
    return CP949;
  }

  /**
   * Decodes {@code bytes}.
   *
   * @throws InputException saying why, when the bytes are empty, binary or in no known encoding
   */
  public static Decoded decode(byte[] bytes) throws InputException {
    if (bytes.length == 0) {
      throw new InputException("empty file");
    }
    Decoded d = decodeRaw(bytes);
    checkText(d.text());
    if (d.text().isBlank()) {
      throw new InputException("empty file (only white space)");
    }
    return d;
  }

  private static Decoded decodeRaw(byte[] b) throws InputException {
    if (startsWithUtf8Bom(b)) {
      return new Decoded(strict(b, 3, StandardCharsets.UTF_8, "UTF-8 (with byte-order mark)"), "UTF-8");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Decoded(strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Decoded(strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
    }
    for (byte x : b) {
      if (x == 0) {
        throw new InputException("not a text file (binary data: NUL bytes)");
      }
    }
    try {
      return new Decoded(decodeStrict(b, 0, StandardCharsets.UTF_8), "UTF-8");
    } catch (CharacterCodingException notUtf8) {
      try {
        String korean = decodeStrict(b, 0, CP949);
        if (hangulShare(korean) >= MIN_HANGUL_SHARE) {
          return new Decoded(korean, "CP949");
        }
      } catch (CharacterCodingException notCp949) {
        // fall through to a lenient UTF-8 reading
      }
      String lenient = new String(b, StandardCharsets.UTF_8);
      int replaced = 0;
      for (int i = 0; i < lenient.length(); i++) {
        if (lenient.charAt(i) == '\uFFFD') {
          replaced++;
        }
      }
      if (replaced <= MAX_REPLACED && replaced * 1000L <= b.length) {
        return new Decoded(lenient, "UTF-8", replaced);
      }
      throw new InputException("not a text file (neither UTF-8, UTF-16 with byte-order mark, nor Korean EUC-KR/CP949)");
    }
  }

  /** Whether {@code b} opens with the UTF-8 byte-order mark (EF BB BF). */
  static boolean startsWithUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
  }

  private static String strict(byte[] b, int offset, Charset cs, String name) throws InputException {
    try {
      return decodeStrict(b, offset, cs);
    } catch (CharacterCodingException e) {
      throw new InputException("not valid " + name + " text");
    }
  }

  static String decodeStrict(byte[] b, int offset, Charset cs) throws CharacterCodingException {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = dec.decode(ByteBuffer.wrap(b, offset, b.length - offset));
    return out.toString();
  }

  /** Refuses text with NUL characters or many control characters. */
  static void checkText(String text) throws InputException {
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new InputException("not a text file (binary data: NUL characters)");
      }
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        control++;
      }
    }
    if (control > 0 && control > MAX_CONTROL_SHARE * text.length()) {
      throw new InputException(String.format(Locale.ROOT,
          "not a text file (binary data: %d control characters)", control));
    }
  }

  /** Share of Hangul syllables and jamo among the non-ASCII letters of {@code s}; 0 when none. */
  static double hangulShare(String s) {
    int hangul = 0;
    int other = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        continue;
      }
      if (Hangul.isSyllable(c) || Hangul.isCompatibilityJamo(c)) {
        hangul++;
      } else if (Character.isLetter(c)) {
        other++;
      }
    }
    return hangul + other == 0 ? 0 : (double) hangul / (hangul + other);
  }
}
