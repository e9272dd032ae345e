package dev.sasil.core.text.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BoundaryScoreTest {

  @Test
  void precisionRecallAndF1FollowTheCounts() {
    BoundaryScore s = new BoundaryScore(10, 8, 6);
    assertThat(s.precision()).isEqualTo(0.75);
    assertThat(s.recall()).isEqualTo(0.6);
    assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-12));
    assertThat(s.summary()).isEqualTo("P 0.750  R 0.600  F1 0.667  (gold 10, predicted 8, correct 6)");
  }

  @Test
  void emptyCountsArePerfectAndSumsAdd() {
    assertThat(BoundaryScore.ZERO.f1()).isEqualTo(1.0);
    assertThat(new BoundaryScore(1, 1, 1).plus(new BoundaryScore(2, 1, 0))).isEqualTo(new BoundaryScore(3, 2, 1));
  }

  @Test
  void impossibleCountsAreRejected() {
    assertThatThrownBy(() -> new BoundaryScore(1, 1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
