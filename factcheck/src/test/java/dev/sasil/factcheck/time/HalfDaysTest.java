package dev.sasil.factcheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HalfDaysTest {

  @Test
  void theHalfIsThatOfTheLastTimeBeforeTheOffsetThatWritesIt() {
    HalfDays h = HalfDays.builder().add("오전 7시 도착했다.", 0).add("오후 3시에 떠났고 5시에 닿았다.", 100).build();
    assertThat(h.before(0)).isNull();
    assertThat(h.before(50)).isEqualTo(ClockTime.Half.AM);
    assertThat(h.before(108)).isEqualTo(ClockTime.Half.PM);
  }

  @Test
  void lateNightIsBeforeNoonAndMiddayAfterIt() {
    HalfDays h = HalfDays.builder().add("밤 1시", 0).add("낮 2시", 10).add("밤 9시", 20).build();
    assertThat(h.before(5)).isEqualTo(ClockTime.Half.AM);
    assertThat(h.before(15)).isEqualTo(ClockTime.Half.PM);
    assertThat(h.before(25)).isEqualTo(ClockTime.Half.PM);
  }

  @Test
  void aTextWithoutPartsOfTheDayCarriesNone() {
    assertThat(HalfDays.builder().add("9시 3분쯤 착륙했다.", 0).build().before(100)).isNull();
  }
}
