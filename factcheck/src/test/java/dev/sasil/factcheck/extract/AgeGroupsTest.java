package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.testing.Articles;
import org.junit.jupiter.api.Test;

class AgeGroupsTest {

  @Test
  void anAgeBracketWithARateAfterItOwnsTheRateAndIsNoValue() {
    assertThat(ClaimFacts.facts("2031-03-15", "15세 이상 전체 고용률은 62.4%로 1년 전보다 0.3%p 올랐다."))
        .anyMatch(f -> f.startsWith("15세 이상 고용률 62.4"))
        .noneMatch(f -> f.contains(" 15 ") || f.endsWith(" 15"));
  }

  @Test
  void aRangeOfAgesBeforeAMeasureIsNeverPrintedAsItsValue() {
    assertThat(ClaimFacts.facts("2031-03-15", "25~54세 고용률은 지난달 81.4%였다."))
        .anyMatch(f -> f.startsWith("25~54세 고용률 81.4")).noneMatch(f -> f.contains(" 25~54"));
  }

  @Test
  void aGroupOwnsTheFigureOfThePopulationNounItQualifies() {
    assertThat(ClaimFacts.facts("2031-03-15", "30대 취업자 수는 2만1000명 감소했다."))
        .contains("30대 증감 -21000").noneMatch(f -> f.startsWith("취업자"));
  }

  @Test
  void aDecadeOwnsTheShareItsClauseStates() {
    assertThat(ClaimFacts.facts("2031-03-15", "구매 고객은 40대의 비율이 31.5%로 가장 높았다."))
        .anyMatch(f -> f.startsWith("40대 ") && f.contains("31.5"));
  }

  @Test
  void oneAgedPersonIsNoGroup() {
    assertThat(ClaimFacts.facts("2031-03-15", "이 사고로 50대 남성 1명이 다리를 다쳤다."))
        .noneMatch(f -> f.startsWith("50대 "));
  }

  @Test
  void theRateOfAnAgeGroupDoesNotContradictTheRateOfAll() {
    Article all = Articles.of("a", "2031-03-15", "지난달 고용률은 62.4%로 1년 전보다 올랐다.");
    Article part = Articles.of("b", "2031-03-15", "지난달 15~64세 고용률은 69.1%로 1년 전보다 올랐다.");
    assertThat(ClaimFacts.compare(all, part)).noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void aGroupsBoundWordIsNoOwnerAndItsGroupOwnsTheFigure() {
    assertThat(ClaimFacts.facts("2031-02-14", "취업자를 연령별로 보면 80세 이상은 3만1000명 늘었다."))
        .anyMatch(f -> f.startsWith("80세 이상 증감 31000")).noneMatch(f -> f.startsWith("이상 "));
  }

  @Test
  void aGroupRightBeforeAFigureOwnsItOverTheClausesPopulation() {
    assertThat(ClaimFacts.facts("2031-02-14", "고령층 취업자 수는 31만명 늘었는데, 70대가 12만3000명 증가했다."))
        .contains("70대 증감 123000").noneMatch(f -> f.startsWith("취업자 증감 123000"));
  }
}
