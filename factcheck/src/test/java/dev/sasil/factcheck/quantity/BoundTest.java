package dev.sasil.factcheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundTest {

  @Test
  void onlyBoundsOpenOnOneSideAreOneSided() {
    assertThat(Bound.values()).filteredOn(Bound::oneSided)
        .containsExactlyInAnyOrder(Bound.AT_LEAST, Bound.MORE_THAN, Bound.AT_MOST, Bound.LESS_THAN);
  }
}
