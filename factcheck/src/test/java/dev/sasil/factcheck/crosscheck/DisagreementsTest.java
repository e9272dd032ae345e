package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.testing.Articles;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisagreementsTest {

  private static List<Finding> contradictions(String dayA, String a, String dayB, String b) {
    return CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", dayA, a), Articles.of("b", dayB, b)))).stream()
        .filter(f -> f.verdict() == Verdict.CONTRADICTION).toList();
  }

  @Test
  void oneOwnersAmountGivenDifferentlyByTwoSourcesContradicts() {
    List<Finding> f = contradictions("2031-05-20", "올해 신입생이 31만 245명으로 집계됐다.",
        "2031-05-20", "올해 신입생이 21만 245명(61.2%)으로 늘었다.");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).attribute()).as("the noun no claim names another measure of is what is counted").isEqualTo("신입생");
    assertThat(f.get(0).subject()).isEmpty();
    assertThat(f.get(0).articleIds()).containsExactly("a", "b");
  }

  @Test
  void theSameWordBeforeTheFiguresOfTwoOwnersNamesNoOneFact() {
    assertThat(contradictions("2031-05-20", "가람항공은 직원 136명을 두고 있다.",
        "2031-05-20", "나래항공은 직원 69명을 두고 있다.")).as("two companies' staff").isEmpty();
    assertThat(contradictions("2031-05-20", "누리시 가람구장은 관중 2만500명이 찾았다.",
        "2031-05-20", "누리시는 관중 2만5000명이 찾았다."))
        .as("a sentence that writes the other's owner names one place two ways").hasSize(1);
  }

  @Test
  void timesOfNothingNamedContradictNothing() {
    assertThat(contradictions("2031-05-20", "투수 김가람은 5회에 교체됐다.",
        "2031-05-20", "투수 김가람은 3회에 교체됐다.")).isEmpty();
  }

  @Test
  void roundingIsNoContradiction() {
    assertThat(contradictions("2031-05-20", "참가자가 4만 8120명이었다.", "2031-05-20", "참가자가 4만8000명이었다.")).isEmpty();
    assertThat(contradictions("2031-05-20", "득표율 52.38%를 얻었다.", "2031-05-20", "득표율 52.4%를 얻었다.")).isEmpty();
  }

  @Test
  void countsOfOneOwnerWithDifferentCountersCountDifferentThings() {
    assertThat(contradictions("2031-05-20", "76개 항로 여객선 92척이 운항을 멈췄다.",
        "2031-05-20", "여객선 48개 항로 62척이 통제됐다.")).isEmpty();
    assertThat(Disagreements.counter("3천여 개")).isEqualTo("개");
    assertThat(Disagreements.counter("92척")).isEqualTo("척");
    assertThat(Disagreements.counter("1만2천 대")).isEqualTo("대");
  }

  @Test
  void aPlaceInARankingNeverContradictsAnother() {
    assertThat(contradictions("2031-05-20", "가람전자는 메모리 시장에서 세계 2위에 올랐다.",
        "2031-05-20", "서버용 저장장치 분야에서는 누리반도체를 제치고 세계 1위에 오르게 된다."))
        .as("one owner holds a place in many rankings").isEmpty();
  }

  @Test
  void aChangeNeverContradictsALevel() {
    assertThat(contradictions("2031-05-20", "신입생이 1만 2045명 늘었다.", "2031-05-20", "신입생이 31만 245명으로 집계됐다.")).isEmpty();
  }

  @Test
  void aCountInArticlesOfDifferentDaysMayBeAnUpdate() {
    assertThat(contradictions("2031-05-20", "부상자가 14명으로 집계됐다.", "2031-05-21", "부상자가 17명으로 집계됐다.")).isEmpty();
  }

  @Test
  void aSumOfMoneyDoesNotChangeWithTheDay() {
    assertThat(contradictions("2031-05-20", "행사 예산은 국비 412억원이다.", "2031-05-23", "행사 예산은 국비 452억원이다.")).hasSize(1);
  }

  @Test
  void anArticleGivingTwoAmountsOfOneOwnerMixesFactsAndSaysNothing() {
    assertThat(contradictions("2031-05-20", "부상자 12명 가운데 부상자 9명은 경상이다.",
        "2031-05-20", "부상자 10명이 병원으로 옮겨졌다.")).isEmpty();
  }

  @Test
  void aForecastIsNoFactToContradict() {
    assertThat(contradictions("2031-05-20", "시장 전망치인 매출 80조2000억원에 못 미쳤다.",
        "2031-05-20", "매출 77조원을 기록했다.")).isEmpty();
  }

  @Test
  void anItemOfAListIsNoRegionOfTheNextItem() {
    List<Finding> f = contradictions("2031-05-20", "피해 면적은 청송 1만2380ha, 영덕 3460ha 등 모두 1만5840ha다.",
        "2031-05-20", "이번 불로 청송 1만2380ha, 영덕 2817ha 등 산림이 탔다.");
    assertThat(f).hasSize(1);
    assertThat(f.get(0).subject()).as("영덕's area, not a place 청송영덕").isEqualTo("영덕");
  }

  @Test
  void aContradictionIsNamedAsMostOfItsSourcesNameTheFigure() {
    List<Finding> f = CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-05-20", "15일 나래 가람-누리(8천200명), 다온 보람-새봄(1만1천명) 경기에 관중이 입장했다."),
        Articles.of("b", "2031-05-20", "이날 나래 가람-누리(8천200명), 다온 보람-새봄(1만2천명) 경기에는 관중이 들어찼다."),
        Articles.of("c", "2031-05-20", "리그는 지난 15일 나래 가람-누리전(8천200명)에 총 3만1000명이 입장했다."),
        Articles.of("d", "2031-05-20", "이날 나래(9천200명) 경기에는 관중이 몰렸다.")))).stream()
        .filter(x -> x.verdict() == Verdict.CONTRADICTION).toList();
    assertThat(f).isNotEmpty();
    assertThat(f.get(0).attribute()).isEqualTo("관객");
  }

  @Test
  void aFigureWithAVerbOfItsOwnIsNoListItemAndContradicts() {
    List<Finding> f = contradictions("2031-01-03", "가람차는 2029년 대비 1.8% 감소했지만, 나래차는 0.1% 증가했다.",
        "2031-01-03", "가람차는 2029년 대비 2.4% 감소했다.");
    assertThat(f).as("two clauses, each with its verb: the 1.8% is firm").hasSize(1);
    assertThat(f.get(0).subject()).isEqualTo("가람차");
  }

  @Test
  void amountsMoreThanTwiceApartAreDifferentFacts() {
    Quantity part = new Quantity(new BigDecimal("18"), QuantityUnit.COUNT, Bound.EXACT, null);
    Quantity total = new Quantity(new BigDecimal("108"), QuantityUnit.COUNT, Bound.EXACT, null);
    assertThat(Disagreements.compatible(part, total)).isTrue();
  }

  @Test
  void twoMeasuresTheClaimsNameForOnePlaceAreTwoFacts() {
    assertThat(contradictions("2031-06-04", "박민수 당선인은 전남 85.87%, 가람 84.77%를 득표했다.",
        "2031-06-04", "지역별로는 가람이 83.9%로 가장 높은 투표율을 기록했다."))
        .as("a vote share and a turnout").isEmpty();
    List<Finding> three = CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-06-04", "박민수 당선인은 전남 85.87%, 가람 84.77%의 높은 지지를 받았다."),
        Articles.of("b", "2031-06-04", "지역별로는 가람이 83.9%로 가장 높은 투표율을 기록했다."),
        Articles.of("c", "2031-06-04", "박 당선인은 전남 85.87%, 가람 84.77%를 득표했다."))));
    assertThat(three).as("a figure no claim of its own names is of the measure its agreement with another source names")
        .noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void aTotalOfOneStoryIsNoTotalOfAnother() {
    List<dev.sasil.core.Article> articles = List.of(
        Articles.of("a", "2030-12-08", "제1당인 더불어민주당은 의석 168석을 갖고 있다."),
        Articles.of("b", "2031-04-11", "총선 개표 결과 더불어민주당은 175석을 얻었다."));
    List<Finding> f = CrossChecker.standard().check(ClaimExtractor.standard().extract(articles),
        dev.sasil.factcheck.source.SourceGroups.find(articles));
    assertThat(f).as("a party's seats of one story, and of an election months later")
        .noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
  }
}
