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
}
