package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.time.TimeModifier;
import dev.sasil.factcheck.time.TimeValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescribeTest {

  @Test
  void timesReadLikeTheirNormalizedForm() {
    for (TimeValue t : List.of(TimeValue.ofYear(2023), TimeValue.ofMonth(null, 7), TimeValue.ofDay(2023, 7, 18),
        TimeValue.ofQuarter(2024, 1), TimeValue.ofHalf(2022, 2), TimeValue.ofWeek(2024, 3), TimeValue.ofYear(987))) {
      assertThat(Describe.time(t)).isEqualTo(t.normalized());
    }
    assertThat(Describe.value(TimeValue.ofYear(2022).withModifier(TimeModifier.END))).isEqualTo("2022 (end)");
  }
}
