package dev.sasil.factcheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class SinceTest {

  private static TimeDuration after(int amount, ChronoUnit unit) {
    return new TimeDuration(amount, unit, TimeDuration.Direction.AFTER);
  }

  @Test
  void aSpanOfMonthsReckonsBackToAMonthAndOfYearsToAYear() {
    assertThat(Since.reckoned(after(284, ChronoUnit.MONTHS), TimeValue.ofMonth(2022, 7)).from())
        .isEqualTo(TimeValue.ofMonth(1998, 11));
    assertThat(Since.reckoned(after(48, ChronoUnit.YEARS), TimeValue.ofDay(2024, 8, 12)).from())
        .isEqualTo(TimeValue.ofYear(1976));
    assertThat(Since.reckoned(after(3, ChronoUnit.HOURS), TimeValue.ofYear(2024))).isNull();
  }

  @Test
  void writtenTimesAreCompatibleWhenTheyOverlapAndReckonedOnesWithinAUnit() {
    Since written = new Since(TimeValue.ofMonth(1998, 11), false);
    assertThat(written.compatible(new Since(TimeValue.ofYear(1998), false))).isTrue();
    assertThat(written.compatible(new Since(TimeValue.ofMonth(1998, 12), false))).isFalse();
    assertThat(written.compatible(new Since(TimeValue.ofMonth(1998, 12), true))).isTrue();
    assertThat(new Since(TimeValue.ofYear(1988), false).compatible(new Since(TimeValue.ofYear(1987), true))).isTrue();
    assertThat(new Since(TimeValue.ofYear(1988), false).compatible(new Since(TimeValue.ofYear(1986), true))).isFalse();
  }
}
