package dev.sasil.factcheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeValueTest {

  private static TimeValue v(String s) {
    return TimeValue.parse(s);
  }

  @Test
  void parseReadsWhatNormalizedPrints() {
    for (String s : List.of("2023", "2023-H2", "2023-Q1", "2023-07", "2024-W11", "2023-07-18", "XXXX-07", "XXXX-07-18", "XXXX")) {
      assertThat(v(s).normalized()).isEqualTo(s);
    }
    assertThatThrownBy(() -> v("2023-02-30")).hasMessageContaining("2023-02-30");
    assertThatThrownBy(() -> v("XXXX-W11")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> v("July")).hasMessageContaining("July");
  }

  @Test
  void containsAndOverlapsCompareThePeriods() {
    assertThat(v("2023").contains(v("2023-02-05"))).isTrue();
    assertThat(v("2023-H1").contains(v("2023-Q2"))).isTrue();
    assertThat(v("2023-H1").contains(v("2023-07"))).isFalse();
    assertThat(v("2024-W11").overlaps(v("2024-03-13"))).isTrue();
    assertThat(v("2018").overlaps(v("2015"))).isFalse();
  }

  @Test
  void anUnknownYearNeverContradictsWhatItMayBe() {
    assertThat(v("XXXX-07").overlaps(v("2023-07-18"))).isTrue();
    assertThat(v("XXXX-07").contains(v("2023-07-18"))).isTrue();
    assertThat(v("XXXX-07").overlaps(v("2023-08"))).isFalse();
    assertThat(v("XXXX-07-18").contains(v("2023-07"))).isFalse();
  }

  @Test
  void readingsNameTheMentionADurationCountsFrom() {
    List<TimeReading> rs = TimeNormalizer.standard()
        .read("머스크는 지난 2016년 오픈AI를 세웠지만 2년 만에 떠났다", TimeAnchor.parse("2023-12-06"));
    assertThat(rs).hasSize(2);
    assertThat(rs.get(0).reference()).isNull();
    assertThat(rs.get(1).reference()).isEqualTo(rs.get(0).mention());
  }

  @Test
  void paddedNumbersAreWrittenAsTheFormatterWritesThem() {
    for (int v : new int[] {0, 7, 12, 99, 100, 2024, 12345, -1, -42}) {
      for (int width : new int[] {2, 4}) {
        org.assertj.core.api.Assertions.assertThat(TimeValue.padded(v, width))
            .isEqualTo(String.format(java.util.Locale.ROOT, "%0" + width + "d", v));
      }
    }
    org.assertj.core.api.Assertions.assertThat(TimeValue.padded(null, 2)).isEqualTo("null");
  }
}
