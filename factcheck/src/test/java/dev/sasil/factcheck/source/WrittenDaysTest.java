package dev.sasil.factcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.testing.Articles;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every sentence here is written for the test. */
class WrittenDaysTest {

  @Test
  void daysOfTheMonthAreReadWithTheirMonthWhenOneIsWritten() {
    WrittenDays days = WrittenDays.of(Articles.of("a", null,
        "가람시 축제는 24일 막을 내렸다. 다음 축제는 11월 2일 열린다. 2031년 3월 1일 처음 열렸다."));
    assertThat(days.monthDays()).containsExactly(24, 301, 1102);
  }

  @Test
  void aCountOfDaysIsNoDay() {
    WrittenDays days = WrittenDays.of(Articles.of("a", null,
        "축제는 3일간 열렸다. 축제 10일째 관람객이 몰렸다. 공사는 7일 만에 끝났다. 요금 5일치를 돌려준다."));
    assertThat(days.monthDays()).isEmpty();
    assertThat(days).isEqualTo(WrittenDays.NONE);
  }

  @Test
  void theLatestWrittenDayWithinADaySpanKeepsToAWrittenMonth() {
    WrittenDays days = WrittenDays.of(Articles.of("a", null, "행사는 30일 시작돼 4월 1일 끝났다."));
    assertThat(days.latestWithin(LocalDate.parse("2031-03-29"), LocalDate.parse("2031-04-02")))
        .contains(LocalDate.parse("2031-04-01"));
    assertThat(days.latestWithin(LocalDate.parse("2031-05-29"), LocalDate.parse("2031-06-02")))
        .as("4월 1일 is no day of June").contains(LocalDate.parse("2031-05-30"));
    assertThat(days.latestWithin(LocalDate.parse("2031-03-02"), LocalDate.parse("2031-03-08"))).isEmpty();
  }
}
