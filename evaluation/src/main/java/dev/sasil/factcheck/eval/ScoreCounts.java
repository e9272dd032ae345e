package dev.sasil.factcheck.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The counts of a cross-check scored against gold, for one corpus or summed over several.
 *
 * @param found non-stretch agreements and contradictions found
 * @param total non-stretch agreements and contradictions
 * @param stretchFound stretch items found
 * @param stretchTotal stretch items
 * @param lookAlikesLinked look-alikes covered by a contradiction finding
 * @param lookAlikes look-alikes
 * @param contradictionFindings contradiction findings that cover no {@code either} item
 * @param trueContradictions of those, the ones that cover a gold contradiction
 */
public record ScoreCounts(
    int found,
    int total,
    int stretchFound,
    int stretchTotal,
    int lookAlikesLinked,
    int lookAlikes,
    int contradictionFindings,
    int trueContradictions) {

  /** Nothing counted yet. */
  public static final ScoreCounts ZERO = new ScoreCounts(0, 0, 0, 0, 0, 0, 0, 0);

  public ScoreCounts {
    if (found < 0 || found > total || stretchFound < 0 || stretchFound > stretchTotal
        || lookAlikesLinked < 0 || lookAlikesLinked > lookAlikes
        || trueContradictions < 0 || trueContradictions > contradictionFindings) {
      throw new IllegalArgumentException("impossible counts " + found + "/" + total + " " + stretchFound + "/"
          + stretchTotal + " " + lookAlikesLinked + "/" + lookAlikes + " " + trueContradictions + "/"
          + contradictionFindings);
    }
  }

  /** Found over total, 1.0 when there is nothing to find. */
  public double recall() {
    return total == 0 ? 1.0 : (double) found / total;
  }

  /** True contradictions over contradiction findings, 1.0 when there are none. */
  public double contradictionPrecision() {
    return contradictionFindings == 0 ? 1.0 : (double) trueContradictions / contradictionFindings;
  }

  /** These counts and {@code other} summed. */
  public ScoreCounts plus(ScoreCounts other) {
    return new ScoreCounts(found + other.found, total + other.total, stretchFound + other.stretchFound,
        stretchTotal + other.stretchTotal, lookAlikesLinked + other.lookAlikesLinked, lookAlikes + other.lookAlikes,
        contradictionFindings + other.contradictionFindings, trueContradictions + other.trueContradictions);
  }

  /**
   * {@code value} with two decimals the way Python's {@code f"{value:.2f}"} writes it: rounded
   * from the exact binary value, ties to even (0.125 is {@code 0.12}).
   */
  public static String twoDecimals(double value) {
    return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }
}
