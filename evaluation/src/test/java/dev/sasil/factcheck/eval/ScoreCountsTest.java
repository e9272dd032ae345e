package dev.sasil.factcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScoreCountsTest {

  @Test
  void twoDecimalsRoundLikePythonFormat() {
    // f"{x:.2f}" in Python: the exact binary value, ties to even
    assertThat(ScoreCounts.twoDecimals(1.0 / 8)).isEqualTo("0.12");
    assertThat(ScoreCounts.twoDecimals(3.0 / 8)).isEqualTo("0.38");
    assertThat(ScoreCounts.twoDecimals(2.0 / 3)).isEqualTo("0.67");
    assertThat(ScoreCounts.twoDecimals(0.285)).isEqualTo("0.28");
    assertThat(ScoreCounts.twoDecimals(1.0)).isEqualTo("1.00");
    assertThat(ScoreCounts.twoDecimals(0.0)).isEqualTo("0.00");
  }

  @Test
  void countsOfSeveralCorporaAddUp() {
    ScoreCounts a = new ScoreCounts(1, 4, 0, 1, 1, 3, 2, 1);
    ScoreCounts b = new ScoreCounts(2, 5, 1, 1, 0, 2, 0, 0);
    ScoreCounts sum = ScoreCounts.ZERO.plus(a).plus(b);
    assertThat(sum).isEqualTo(new ScoreCounts(3, 9, 1, 2, 1, 5, 2, 1));
    assertThat(sum.recall()).isEqualTo(3.0 / 9);
    assertThat(sum.contradictionPrecision()).isEqualTo(0.5);
  }

  @Test
  void emptyDenominatorsGiveOne() {
    assertThat(ScoreCounts.ZERO.recall()).isEqualTo(1.0);
    assertThat(ScoreCounts.ZERO.contradictionPrecision()).isEqualTo(1.0);
  }

  @Test
  void impossibleCountsFail() {
    assertThatThrownBy(() -> new ScoreCounts(5, 4, 0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScoreCounts(0, 0, 0, 0, 0, 0, 1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
