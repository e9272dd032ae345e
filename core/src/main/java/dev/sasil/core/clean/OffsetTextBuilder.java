package dev.sasil.core.clean;

import java.util.Arrays;

/** Builds a {@link CleanText} piece by piece, remembering where each character came from. */
final class OffsetTextBuilder {

  private final StringBuilder text = new StringBuilder();
  private int[] map = new int[64];

  /** Appends a character standing for the original character at {@code originalIndex}. */
  void put(char c, int originalIndex) {
    if (text.length() == map.length) {
      map = Arrays.copyOf(map, map.length * 2);
    }
    map[text.length()] = originalIndex;
    text.append(c);
  }

  int length() {
    return text.length();
  }

  CleanText build() {
    return new CleanText(text.toString(), Arrays.copyOf(map, text.length()));
  }
}
