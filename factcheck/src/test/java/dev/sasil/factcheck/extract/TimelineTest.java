package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineTest {

  @Test
  void aTimeOfDayGoingOnFromTheSentenceBeforeStaysOnTheDayItWrote() {
    assertThat(ClaimFacts.facts("2031-05-18",
        "나래시 전산망은 17일 오전 7시 30분쯤 장애가 발생했다. 이후 오후 3시 10분쯤부터 민원 서비스가 중단됐다."))
        .anyMatch(f -> f.endsWith(" 2031-05-17T15:10")).noneMatch(f -> f.endsWith(" 2031-05-18T15:10"));
  }

  @Test
  void aTimeOfDayEarlierOnTheClockIsNotTakenForTheSameDay() {
    assertThat(ClaimFacts.facts("2031-05-18",
        "나래시 전산망은 17일 오후 7시 30분쯤 장애가 발생했다. 오전 9시 10분쯤 민원 서비스가 재개됐다."))
        .noneMatch(f -> f.endsWith(" 2031-05-17T09:10"));
  }

  @Test
  void aDayWrittenWithoutATimeOfDayOrAGapEndsTheNarrative() {
    assertThat(ClaimFacts.facts("2031-05-18",
        "나래시 전산망은 17일 오전 7시 30분쯤 장애가 발생했다. 시는 18일 대책회의를 열었다. 오후 3시 10분쯤 민원 서비스가 재개됐다."))
        .noneMatch(f -> f.endsWith(" 2031-05-17T15:10"));
    assertThat(ClaimFacts.facts("2031-05-18",
        "나래시 전산망은 17일 오전 7시 30분쯤 장애가 발생했다. 시는 원인을 조사했다. 시민들은 불편을 겪었다."
            + " 오후 3시 10분쯤 민원 서비스가 재개됐다."))
        .noneMatch(f -> f.endsWith(" 2031-05-17T15:10"));
  }

  @Test
  void aDayOfItsOwnKeepsItsDay() {
    // 이날 of an article that wrote its own day is that day (DayCarry: not the eve it looked back to)
    assertThat(ClaimFacts.facts("2031-05-18",
        "나래시는 18일 대책회의를 열었다. 전산망은 17일 오전 7시 30분쯤 장애가 발생했다. 이날 오후 3시 10분쯤 민원 서비스가 재개됐다."))
        .noneMatch(f -> f.endsWith(" 2031-05-17T15:10"));
  }
}
