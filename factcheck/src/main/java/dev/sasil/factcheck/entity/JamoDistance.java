package dev.sasil.factcheck.entity;

/**
 * Edit distance over Hangul jamo: {@code 저커버그} and {@code 저커버크} differ by one jamo (ㄱ/ㅋ), where
 * a syllable-level distance would count a whole syllable. Non-Hangul characters count as one
 * unit each. Stateless and thread-safe.
 */
public final class JamoDistance {

  private static final int BASE = 0xAC00;
  private static final int LAST = 0xD7A3;
  private static final char[] LEAD = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ".toCharArray();
  private static final char[] VOWEL = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ".toCharArray();
  private static final String[] TAIL = {"", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ",
      "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"};

  private JamoDistance() {}

  /** The text with every Hangul syllable split into its jamo ({@code 한} becomes {@code ㅎㅏㄴ}). */
  public static String decompose(String s) {
    StringBuilder b = new StringBuilder(s.length() * 3);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= BASE && c <= LAST) {
        int x = c - BASE;
        b.append(LEAD[x / (21 * 28)]).append(VOWEL[(x % (21 * 28)) / 28]).append(TAIL[x % 28]);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Levenshtein distance between the jamo forms of {@code a} and {@code b}. */
  public static int distance(String a, String b) {
    return levenshtein(decompose(a), decompose(b));
  }

  /** Number of Hangul syllables in {@code s}. */
  public static int syllables(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= BASE && c <= LAST) {
        n++;
      }
    }
    return n;
  }

  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Whether two Hangul names are close enough to be spelling variants of one name: at least
   * three syllables each, the same non-Hangul characters (digits and Latin letters must match, so
   * versions never merge), and at most one jamo edit (two for names of five syllables or more).
   * Two-syllable names are never merged this way: too many different words are one jamo apart.
   */
  public static boolean variants(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    int sa = syllables(a);
    int sb = syllables(b);
    if (sa < 3 || sb < 3 || Math.abs(sa - sb) > 1) {
      return false;
    }
    if (!nonHangul(a).equals(nonHangul(b))) {
      return false;
    }
    int limit = Math.min(sa, sb) >= 5 ? 2 : 1;
    return distance(a, b) <= limit;
  }

  /** The characters of {@code s} other than Hangul syllables and whitespace, in order. */
  static String nonHangul(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < BASE || c > LAST) && !Character.isWhitespace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
