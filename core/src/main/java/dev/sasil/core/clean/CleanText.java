package dev.sasil.core.clean;

import java.util.Arrays;

/**
 * Text after cleaning, with a map from each of its characters back to the original text.
 *
 * @param text the cleaned text
 * @param toOriginal for each index {@code i} of {@code text}, the index of the same character in
 *     the original; its length is {@code text.length()}
 */
public record CleanText(String text, int[] toOriginal) {

  public CleanText {
    if (toOriginal.length != text.length()) {
      throw new IllegalArgumentException("offset map of " + toOriginal.length + " for " + text.length() + " chars");
    }
    toOriginal = toOriginal.clone();
  }

  /** Text left as it was. */
  public static CleanText identity(String text) {
    int[] map = new int[text.length()];
    Arrays.setAll(map, i -> i);
    return new CleanText(text, map);
  }

  /** The offset in the original text of the cleaned offset {@code i} (end offsets allowed). */
  public int originalOffset(int i) {
    if (i < toOriginal.length) {
      return toOriginal[i];
    }
    return toOriginal.length == 0 ? 0 : toOriginal[toOriginal.length - 1] + 1;
  }

  @Override
  public int[] toOriginal() {
    return toOriginal.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CleanText c && text.equals(c.text) && Arrays.equals(toOriginal, c.toOriginal);
  }

  @Override
  public int hashCode() {
    return text.hashCode() * 31 + Arrays.hashCode(toOriginal);
  }

  @Override
  public String toString() {
    return "CleanText[" + text.length() + " chars]";
  }
}
