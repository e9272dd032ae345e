package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records as claims of what they count from; every sentence here is written for the test. */
class RecordFramesTest {

  @Test
  void aTimeCountedFromBeforeASuperlativeIsTheRecordsStart() {
    assertThat(ClaimFacts.facts("2031-08-02", "가람시의 7월 강수량은 1987년 7월 이후 가장 많았다."))
        .contains("강수량 record.since 1987-07");
    assertThat(ClaimFacts.facts("2031-08-02", "나래 항만의 물동량은 개항한 2004년 이래 최대치를 기록했다."))
        .contains("물동량 record.since 2004");
  }

  @Test
  void aSpanBeforeARecordIsCountedBackFromTheTimeTheSentenceStates() {
    // 2030-06 less 12 years and 3 months
    assertThat(ClaimFacts.facts("2031-08-02", "지난해 6월 가람시 실업률이 12년 3개월 만에 가장 낮았다."))
        .contains("가람시실업률 record.since 2018-03");
    // no time in the sentence: the publication's year less 20 years
    assertThat(ClaimFacts.facts("2031-08-02", "나래군 인구는 20년 만에 최다를 기록했다."))
        .anyMatch(f -> f.endsWith("인구 record.since 2011"));
  }

  @Test
  void aSpanInASentenceNamingNothingIsCountedBackFromThePeriodOfTheSentenceBefore() {
    // 2031-06 less 8 months
    assertThat(ClaimFacts.facts("2031-07-15", "6월 가람시 수출은 12억 달러 늘었다. 8개월 만에 가장 큰 폭이다."))
        .anyMatch(f -> f.contains("record.since 2030-10"));
    // a sentence that names its own subject: the publication's month less 8 months
    assertThat(ClaimFacts.facts("2031-07-15", "6월 가람시 수출은 12억 달러 늘었다. 나래시 인구는 8개월 만에 최다를 기록했다."))
        .anyMatch(f -> f.endsWith("인구 record.since 2030-11"));
  }

  @Test
  void aSpanEndingTheClauseAfterATimeCountedFromIsARecordWithoutASuperlative() {
    assertThat(ClaimFacts.facts("2031-08-02", "가람팀이 결승에 오른 것은 2009년 대회 이후 22년 만이다."))
        .anyMatch(f -> f.endsWith("record.since 2009"));
  }

  @Test
  void aTrendSinceATimeIsNoRecord() {
    assertThat(ClaimFacts.facts("2031-08-02", "가람시의 인구는 2015년 이후 매년 늘었다."))
        .noneMatch(f -> f.contains("record.since"));
  }

  @Test
  void aTimeOfAnotherClauseIsNotWhatTheRecordCountsFrom() {
    assertThat(ClaimFacts.facts("2031-08-02", "나래전자는 지난해 40만대를 팔며 창사 이래 최대 실적을 냈다."))
        .noneMatch(f -> f.contains("record.since"));
    assertThat(ClaimFacts.facts("2031-08-02", "12일 가람시의 강수량은 지난 7월 이후 가장 많았다."))
        .anyMatch(f -> f.endsWith("강수량 record.since 2031-07"));
  }

  @Test
  void theSubjectOfARelativeClauseBeforeTheTimeIsNotTheRecords() {
    assertThat(ClaimFacts.facts("2031-08-02", "수출액은 통계가 작성된 1990년 이후 가장 많았다."))
        .contains("수출액 record.since 1990").noneMatch(f -> f.startsWith("통계 record.since"));
  }

  @Test
  void aNounWithDoIsTheRecordsSubjectButATimeWithDoIsNot() {
    assertThat(ClaimFacts.facts("2031-08-02", "전세가격도 1년 전보다 5.1% 올라 2009년 3월 이후 가장 높았다."))
        .contains("전세가격 record.since 2009-03");
    assertThat(ClaimFacts.facts("2031-08-02", "가람시 인구는 하루도 빠짐없이 늘어 20년 만에 가장 많았다."))
        .contains("가람시인구 record.since 2011");
  }

  @Test
  void recordsOfOneStoryAgreeWhateverSubjectEachOutletWritesAndNeverContradict() {
    List<Finding> findings = ClaimFacts.compare(
        Articles.of("a", "2031-08-02", "7월 가람시 소비자물가 상승률은 1999년 5월 이후 가장 높았다."),
        Articles.of("b", "2031-08-02", "7월 물가는 32년 2개월 만에 가장 크게 올랐다. 식품 물가는 2003년 이후 최고치다."));
    assertThat(findings).filteredOn(f -> f.attribute().equals("record.since"))
        .anyMatch(f -> f.verdict() == Verdict.AGREEMENT && f.claims().size() == 2 && f.subject().isEmpty())
        .noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void recordsOfOneStoryAreNamedAfterTheNameEveryOutletsSubjectHolds() {
    List<Finding> findings = ClaimFacts.compare(
        Articles.of("a", "2031-08-02", "외식 물가는 4.1% 올라 2012년 3월 이후 가장 높았다."),
        Articles.of("b", "2031-08-02", "외식 물가 지수는 2012년 3월 이후 최고치를 기록했다."));
    assertThat(findings).filteredOn(f -> f.attribute().equals("record.since")).singleElement()
        .satisfies(f -> {
          assertThat(f.verdict()).isEqualTo(Verdict.AGREEMENT);
          assertThat(f.subject()).isEqualTo("외식물가");
        });
  }
}
