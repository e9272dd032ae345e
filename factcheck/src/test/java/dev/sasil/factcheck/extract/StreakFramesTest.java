package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.crosscheck.CrossChecker;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How many times running something held; every sentence here is written for the test. */
class StreakFramesTest {

  @Test
  void aRunOfMonthsIsALengthOfTimeHoweverItIsWritten() {
    assertThat(ClaimFacts.facts("2031-01-02", "가람국 무역수지는 7개월 연속 적자를 냈다."))
        .containsExactly("가람국무역수지 연속 적자 P7M");
    assertThat(ClaimFacts.facts("2031-01-02", "가람국 무역수지는 7개월째 적자 행진이다."))
        .as("째 after a length of time counts the same run").containsExactly("가람국무역수지 연속 적자 P7M");
    assertThat(ClaimFacts.facts("2031-01-02", "나래시 인구는 석 달 연속 줄었다."))
        .as("a number word, and a change verb read as the change").containsExactly("나래시인구 연속 감소 P3M");
  }

  @Test
  void aRunOfAnotherCounterIsACountOfTimes() {
    assertThat(ClaimFacts.facts("2031-01-02", "가람은행은 기준금리를 4차례 연속 인상했다."))
        .containsExactly("가람은행 연속 인상 4");
    assertThat(ClaimFacts.facts("2031-01-02", "가람은행은 기준금리를 2회 연속 동결했다.")).contains("가람은행 연속 동결 2");
  }

  @Test
  void aRunOfOneOrOfDaysIsNoStreak() {
    assertThat(ClaimFacts.facts("2031-01-02", "가람은행은 1회 연속 동결했다.")).isEmpty();
    assertThat(ClaimFacts.facts("2031-01-02", "영화는 개봉 12일째 300만 관객을 넘었다."))
        .as("a day of a run is a milestone's, no streak").noneMatch(f -> f.contains("연속"));
  }

  @Test
  void twoSourcesWritingOneRunAgreeWhoeverTheyNameAsItsSubject() {
    List<Finding> f = CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-01-02", "가람국의 12월 수출은 4.1% 줄었다. 수출은 5개월 연속 감소세다."),
        Articles.of("b", "2031-01-02", "지난달 가람국 수출은 작년보다 4.1% 감소하며 다섯 달 연속 감소했다."))));
    assertThat(f).filteredOn(x -> x.verdict() == Verdict.AGREEMENT)
        .filteredOn(x -> x.claims().stream().anyMatch(c -> c.evidence().text().contains("연속")))
        .singleElement().satisfies(x -> assertThat(x.claims()).extracting(c -> c.evidence().articleId()).contains("a", "b"));
  }

  @Test
  void aRunWithNoSubjectOfItsOwnIsOfWhatChangedTheWayItRunsInTheSentenceBefore() {
    assertThat(ClaimFacts.facts("2031-01-02", "나래시 인구는 1년 전보다 3천명 줄었다. 9개월 연속 감소세다."))
        .contains("나래시인구 연속 감소 P9M");
    assertThat(ClaimFacts.facts("2031-01-02", "나래시 인구는 3천명 줄었다. 이는 9개월 연속 감소세다."))
        .contains("나래시인구 연속 감소 P9M");
    assertThat(ClaimFacts.facts("2031-01-02", "나래시 인구는 3천명 늘었다. 9개월 연속 감소세다."))
        .as("a run the other way is no run of it").noneMatch(f -> f.contains("연속"));
    assertThat(ClaimFacts.facts("2031-01-02", "가람시 인구는 2천명 줄었다. 나래시 인구 1% 감소… 4개월째 줄어"))
        .as("a change of the run's own sentence comes first").contains("나래시인구 연속 감소 P4M");
  }

  @Test
  void aRunOfANounAnAgeGroupQualifiesIsTheGroupsAsItsChangeIs() {
    assertThat(ClaimFacts.facts("2031-01-02", "30대 취업자 수는 2만명 줄어 7개월 연속 감소세를 보였다."))
        .contains("30대 증감 -20000", "30대 연속 감소 P7M");
    assertThat(ClaimFacts.facts("2031-01-02", "30대 취업자는 7개월 연속 줄었다.")).containsExactly("30대 연속 감소 P7M");
  }
}
