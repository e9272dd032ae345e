package dev.sasil.factcheck.quantity;

import java.util.Objects;

/**
 * A quantity found in a text. Immutable.
 *
 * @param text the expression as written, including a parenthesized conversion
 * @param start offset of its first character in the searched text
 * @param end offset after its last character
 * @param quantity the normalized amount
 * @param conversion the same amount in another unit, said in parentheses ({@code 65억달러(약
 *     8조6000억원)}), or null
 */
public record QuantityMention(String text, int start, int end, Quantity quantity, Quantity conversion) {

  public QuantityMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(quantity, "quantity");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: " + start + ".." + end);
    }
  }

  /**
   * The counter a figure is written with, after its number, the number's own words (십, 백, 천,
   * 만, 억, 조) and 여: 석 of 175석, 부 of 100만 부, 개국 of 158개국, 대 of 121만 대 and of
   * 1천여대; a unit in Latin letters or the sign ℃ whole (GB of 256GB, km of 100km); empty when
   * neither follows the number (67%).
   */
  public static String counterOf(String text) {
    int i = text.length();
    while (i > 0 && !Character.isDigit(text.charAt(i - 1))) {
      i--;
    }
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || "십백천만억조여".indexOf(text.charAt(i)) >= 0)) {
      i++;
    }
    int from = i;
    if (i < text.length() && (isLatin(text.charAt(i)) || text.charAt(i) == '℃')) {
      while (i < text.length() && (isLatin(text.charAt(i)) || i == from)) {
        i++; // GB, km, ℃: a unit written in letters or a sign, whole
      }
      return text.substring(from, i);
    }
    while (i < text.length() && i - from < 2 && text.charAt(i) >= 0xAC00 && text.charAt(i) <= 0xD7A3) {
      i++;
    }
    return text.substring(from, i);
  }

  private static boolean isLatin(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }
}
