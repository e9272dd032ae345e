package dev.sasil.factcheck.entity;

import java.util.Random;

/**
 * Random words near given names, for tests that check an index against comparing with every
 * name: jamo changed, added or dropped (the misspellings {@link JamoDistance#variants} is about),
 * syllables added or dropped, digits, Latin letters and spaces mixed in, and unrelated words.
 */
final class Misspellings {

  private static final int BASE = 0xAC00;
  /** A few leads, vowels and tails, so that random words often fall near one another. */
  private static final int[] LEADS = {0, 2, 3, 5, 6, 9, 11, 12, 15, 18};
  private static final int[] VOWELS = {0, 1, 4, 8, 13, 18, 20};
  private static final int[] TAILS = {0, 0, 0, 1, 4, 8, 16, 21};

  private final Random random;

  Misspellings(Random random) {
    this.random = random;
  }

  /** A random syllable from the small alphabet. */
  char syllable() {
    return compose(pick(LEADS), pick(VOWELS), pick(TAILS));
  }

  /** A random word of {@code min} to {@code max} syllables, sometimes with a digit, a Latin letter or a space. */
  String word(int min, int max) {
    StringBuilder b = new StringBuilder();
    int n = min + random.nextInt(max - min + 1);
    for (int i = 0; i < n; i++) {
      b.append(syllable());
    }
    switch (random.nextInt(10)) {
      case 0 -> b.insert(random.nextInt(b.length() + 1), (char) ('0' + random.nextInt(3)));
      case 1 -> b.insert(random.nextInt(b.length() + 1), (char) ('A' + random.nextInt(3)));
      case 2 -> b.insert(random.nextInt(b.length() + 1), ' ');
      default -> { }
    }
    return b.toString();
  }

  /** {@code name} with one to three random changes of a jamo, a syllable or another character. */
  String near(String name) {
    String s = name;
    for (int k = 1 + random.nextInt(3); k > 0; k--) {
      s = change(s);
    }
    return s;
  }

  private String change(String s) {
    if (s.isEmpty()) {
      return String.valueOf(syllable());
    }
    int p = random.nextInt(s.length());
    char c = s.charAt(p);
    StringBuilder b = new StringBuilder(s);
    int what = random.nextInt(7);
    if (c >= BASE && c <= 0xD7A3 && what < 4) {
      int x = c - BASE;
      int lead = x / (21 * 28);
      int vowel = (x % (21 * 28)) / 28;
      int tail = x % 28;
      switch (what) {
        case 0 -> lead = pick(LEADS);
        case 1 -> vowel = pick(VOWELS);
        case 2 -> tail = pick(TAILS);
        default -> tail = tail == 0 ? pick(TAILS) : 0;
      }
      b.setCharAt(p, compose(lead, vowel, tail));
    } else if (what == 4) {
      b.insert(p, syllable());
    } else if (what == 5 && s.length() > 1) {
      b.deleteCharAt(p);
    } else {
      b.insert(p, random.nextBoolean() ? (char) ('0' + random.nextInt(3)) : ' ');
    }
    return b.toString();
  }

  private static char compose(int lead, int vowel, int tail) {
    return (char) (BASE + (lead * 21 + vowel) * 28 + tail);
  }

  private int pick(int[] from) {
    return from[random.nextInt(from.length)];
  }
}
