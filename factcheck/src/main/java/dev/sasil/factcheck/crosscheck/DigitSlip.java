package dev.sasil.factcheck.crosscheck;

import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;

/**
 * Two exact amounts written to five digits or more that differ in one digit only, one digit
 * changed, dropped or added (1002만758명 vs 1002만2758명, 1조405억 vs 1조1405억): two accounts of one
 * figure, one of them mistyped, whatever the measure. A count that grows (spectators, casualties)
 * or a figure whose owner or period a sentence leaves unsaid cannot contradict by its value
 * alone, but no count grows by one digit between two reports of the same moment as often as a
 * reporter slips one.
 */
final class DigitSlip {

  /** The fewest significant digits of each amount. */
  private static final int DIGITS = 5;

  private DigitSlip() {}

  /** Whether two amounts of one unit, both exact and precise, are one digit apart. */
  static boolean between(Quantity a, Quantity b) {
    if (a.unit() != b.unit() || a.bound() != Bound.EXACT || b.bound() != Bound.EXACT || a.upper() != null
        || b.upper() != null || a.value().compareTo(b.value()) == 0) {
      return false;
    }
    if (a.value().abs().stripTrailingZeros().precision() < DIGITS || b.value().abs().stripTrailingZeros().precision() < DIGITS) {
      return false;
    }
    return oneEditApart(a.value().abs().toPlainString(), b.value().abs().toPlainString());
  }

  /** Whether one character changed, dropped or added turns {@code s} into {@code t}. */
  static boolean oneEditApart(String s, String t) {
    if (Math.abs(s.length() - t.length()) > 1) {
      return false;
    }
    String shorter = s.length() <= t.length() ? s : t;
    String longer = s.length() <= t.length() ? t : s;
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    if (shorter.length() == longer.length()) {
      return i < shorter.length() && shorter.substring(i + 1).equals(longer.substring(i + 1));
    }
    return shorter.substring(i).equals(longer.substring(i + 1));
  }
}
