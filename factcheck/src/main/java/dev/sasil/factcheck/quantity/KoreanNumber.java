package dev.sasil.factcheck.quantity;

import java.math.BigDecimal;

/**
 * Reads a number written the Korean way at a position: digits with thousands separators and
 * decimals, grouped by 만/억/조 with 천/백/십 inside a group ({@code 1조3000억}, {@code 1조 3000억},
 * {@code 6천만}, {@code 2천607}, {@code 1,200만}, {@code 430여만}). Stateless and thread-safe.
 *
 * <p>Work is bounded by the characters read: a digit run longer than {@value #MAX_DIGITS} is an
 * identifier, not an amount, and is rejected as a whole.
 */
final class KoreanNumber {

  static final int MAX_DIGITS = 18;

  /**
   * A number read from text.
   *
   * @param value its value
   * @param end the offset after it
   * @param grouped true when it has a 만/억/조 group (so it is an amount even without a unit)
   * @param about true when 여 said "and some" ({@code 770여}, {@code 4억여})
   * @param topGroup the largest group factor used (1 when none): {@code 3~5억} takes it for 3
   */
  record Read(BigDecimal value, int end, boolean grouped, boolean about, BigDecimal topGroup) implements Result {}

  /**
   * A rejected digit run ({@code 2024.10.02}, a 30-digit id): where it ends, so that the caller
   * skips it entirely.
   */
  record Skip(int end) implements Result {}

  /** What {@link #read} found at a digit: a {@link Read} or a {@link Skip}. */
  sealed interface Result permits Read, Skip {}

  private final QuantityLexicon lexicon;

  KoreanNumber(QuantityLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The number at {@code from} (a digit), a {@link Skip} when the digits are no amount, or null. */
  Result read(String text, int from) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal section = BigDecimal.ZERO;
    BigDecimal cur = null;
    BigDecimal lastBig = null;
    BigDecimal topGroup = BigDecimal.ONE;
    boolean about = false;
    boolean any = false;
    int pos = from;
    int n = text.length();
    while (pos < n) {
      char c = text.charAt(pos);
      if (isDigit(c) && cur == null) {
        int runEnd = digitRun(text, pos);
        if (runEnd < 0) {
          return new Skip(skipRun(text, pos));
        }
        cur = parseDigits(text.substring(pos, runEnd));
        pos = runEnd;
        any = true;
        if (pos < n && text.charAt(pos) == '여' && pos + 1 < n && !isDigit(text.charAt(pos + 1))) {
          about = true;
          pos++;
        } else if (spacedGroup(text, pos)) {
          pos++; // 90 억 달러: a space between the digits and their group word
        }
        continue;
      }
      QuantityLexicon.Hit small = cur != null || any ? lexicon.match(QuantityLexicon.WordClass.SMALL, text, pos) : null;
      if (small != null && small.end() == pos + 1 && cur != null) {
        section = section.add(cur.multiply(small.entry().number()));
        cur = null;
        pos++;
        if (pos < n && text.charAt(pos) == '여' && pos + 1 < n && !isDigit(text.charAt(pos + 1))) {
          about = true; // 3천여명
          pos++;
        } else if (spacedRest(text, pos, small.entry().number())) {
          pos++; // 2천 42명: the rest below the multiplier, after a space
        }
        continue;
      }
      QuantityLexicon.Hit big = any ? lexicon.match(QuantityLexicon.WordClass.BIG, text, pos) : null;
      if (big != null && (lastBig == null || big.entry().number().compareTo(lastBig) < 0) && (cur != null || section.signum() > 0)) {
        BigDecimal factor = big.entry().number();
        section = section.add(cur == null ? BigDecimal.ZERO : cur);
        total = total.add(section.multiply(factor));
        if (lastBig == null) {
          topGroup = factor;
        }
        section = BigDecimal.ZERO;
        cur = null;
        lastBig = factor;
        pos++;
        if (pos < n && text.charAt(pos) == '여') {
          about = true;
          pos++;
        }
        // "1조 3000억": a space, then a group with a smaller factor, continues the number
        if (pos + 1 < n && text.charAt(pos) == ' ' && isDigit(text.charAt(pos + 1))
            && (smallerGroupFollows(text, pos + 1, factor) || restOfTenThousand(text, pos + 1, factor))) {
          pos++;
        }
        continue;
      }
      break;
    }
    if (!any) {
      return null;
    }
    BigDecimal value = total.add(section).add(cur == null ? BigDecimal.ZERO : cur);
    return new Read(value, pos, lastBig != null, about, topGroup);
  }

  /**
   * "90 억 달러", "3 만 명": a space at {@code pos}, then a group word (만, 억, 조) followed by a unit
   * or more digits, so that it can only be the digits' group (not 4 조 추첨, the fourth group).
   */
  private boolean spacedGroup(String text, int pos) {
    if (pos + 1 >= text.length() || text.charAt(pos) != ' ') {
      return false;
    }
    QuantityLexicon.Hit big = lexicon.match(QuantityLexicon.WordClass.BIG, text, pos + 1);
    if (big == null) {
      return false;
    }
    int after = big.end();
    if (after < text.length() && text.charAt(after) == ' ') {
      after++; // 90 억 달러, 1 억 2000만원
      if (after < text.length() && isDigit(text.charAt(after))) {
        return true;
      }
    }
    return after < text.length() && lexicon.match(QuantityLexicon.WordClass.UNIT, text, after) != null;
  }

  /**
   * "1만 3568명", "3만 6천여명": after 만 and a space, the rest below ten thousand (at most four
   * digits, or digits with 천/백/십) continues the number, unless it is a date or a time (2만 2024년).
   */
  private boolean restOfTenThousand(String text, int pos, BigDecimal factor) {
    if (factor.compareTo(BigDecimal.valueOf(10_000)) != 0) {
      return false;
    }
    int runEnd = digitRun(text, pos);
    String run = runEnd < 0 ? "" : text.substring(pos, runEnd);
    if (runEnd < 0 || run.contains(".") || run.replace(",", "").length() > 4
        || run.contains(",") && !run.matches("\\d,\\d{3}")) {
      return false; // 1만 3568명, 1만 4,131명
    }
    int p = runEnd;
    QuantityLexicon.Hit small = lexicon.match(QuantityLexicon.WordClass.SMALL, text, p);
    if (small != null) {
      if (runEnd - pos > 1) {
        return false;
      }
      p = small.end();
      int rest = p < text.length() && isDigit(text.charAt(p)) ? digitRun(text, p) : p;
      if (rest < 0 || rest - p > 3) {
        return false;
      }
      p = rest; // 1만 8천82명
    }
    if (p < text.length() && "년월일시분초".indexOf(text.charAt(p)) >= 0) {
      return false;
    }
    return p >= text.length() || !isDigit(text.charAt(p));
  }

  /**
   * "2천 42명": after 천/백 and a space, digits below the multiplier followed by a unit word (not a
   * date or time) continue the number.
   */
  private static boolean spacedRest(String text, int pos, BigDecimal factor) {
    if (pos + 1 >= text.length() || text.charAt(pos) != ' ' || !isDigit(text.charAt(pos + 1))) {
      return false;
    }
    int p = pos + 1;
    while (p < text.length() && isDigit(text.charAt(p))) {
      p++;
    }
    if (p >= text.length() || p - pos - 1 >= factor.precision() || !Character.isLetter(text.charAt(p))
        || "년월일시분초천백십만억조".indexOf(text.charAt(p)) >= 0) {
      return false;
    }
    return true;
  }

  private boolean smallerGroupFollows(String text, int pos, BigDecimal factor) {
    int runEnd = digitRun(text, pos);
    if (runEnd < 0) {
      return false;
    }
    int p = runEnd;
    // 2천 or 2천5백 inside the group
    for (int k = 0; k < 4 && p < text.length(); k++) {
      QuantityLexicon.Hit small = lexicon.match(QuantityLexicon.WordClass.SMALL, text, p);
      if (small != null) {
        p = small.end();
        int r = p < text.length() && isDigit(text.charAt(p)) ? digitRun(text, p) : p;
        p = r < 0 ? p : r;
      } else {
        break;
      }
    }
    QuantityLexicon.Hit big = lexicon.match(QuantityLexicon.WordClass.BIG, text, p);
    return big != null && big.entry().number().compareTo(factor) < 0;
  }

  /** The end of the digit run at {@code pos} ({@code 1,200}, {@code 3.5}), or -1 when it is no amount. */
  static int digitRun(String text, int pos) {
    int n = text.length();
    int p = pos;
    int digits = 0;
    while (p < n && isDigit(text.charAt(p))) {
      p++;
      digits++;
    }
    // thousands separators: ,ddd groups
    while (p + 3 < n + 0 && text.charAt(p) == ',' && isDigit(text.charAt(p + 1)) && isDigit(text.charAt(p + 2))
        && isDigit(text.charAt(p + 3)) && (p + 4 >= n || !isDigit(text.charAt(p + 4)))) {
      p += 4;
      digits += 3;
    }
    if (p + 1 < n && text.charAt(p) == '.' && isDigit(text.charAt(p + 1))) {
      p++;
      while (p < n && isDigit(text.charAt(p))) {
        p++;
        digits++;
      }
      if (p + 1 < n && (text.charAt(p) == '.' || text.charAt(p) == ',') && isDigit(text.charAt(p + 1))) {
        return -1; // 2024.10.02, 1.2.3
      }
    }
    if (digits > MAX_DIGITS) {
      return -1;
    }
    return p;
  }

  private static int skipRun(String text, int pos) {
    int p = pos;
    while (p < text.length() && (isDigit(text.charAt(p)) || text.charAt(p) == '.' || text.charAt(p) == ',' || text.charAt(p) == '-')) {
      p++;
    }
    return p;
  }

  private static BigDecimal parseDigits(String s) {
    return new BigDecimal(s.replace(",", ""));
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
