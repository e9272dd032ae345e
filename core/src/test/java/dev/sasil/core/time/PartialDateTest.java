package dev.sasil.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void parsesYearMonthAndDay() {
    assertThat(PartialDate.parse("2023").toString()).isEqualTo("2023");
    assertThat(PartialDate.parse("2023-07").toString()).isEqualTo("2023-07");
    assertThat(PartialDate.parse("2023-7-8").toString()).isEqualTo("2023-07-08");
  }

  @Test
  void rejectsImpossibleDatesNamingTheValue() {
    assertThatThrownBy(() -> PartialDate.parse("2023-02-30")).hasMessageContaining("2023-2-30");
    assertThatThrownBy(() -> PartialDate.parse("July")).hasMessageContaining("'July'");
  }

  @Test
  void ordersCoarserDatesFirst() {
    assertThat(PartialDate.parse("2023-07")).isLessThan(PartialDate.parse("2023-07-01"));
  }
}
