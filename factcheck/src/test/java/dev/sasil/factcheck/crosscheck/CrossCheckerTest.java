package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.extract.ExtractedClaim;
import dev.sasil.factcheck.extract.Extraction;
import dev.sasil.factcheck.extract.PendingDerivation;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.source.SourceGroup;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.time.TimeDuration;
import dev.sasil.factcheck.time.TimeValue;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossCheckerTest {

  private final CrossChecker checker = CrossChecker.standard();

  private static Claim claim(String article, int sentence, String subject, String attribute, NormalizedValue v,
      String... qualifiers) {
    return new Claim(subject, attribute, v, List.of(qualifiers),
        new Evidence(article, sentence, "sentence " + sentence + " of " + article, 0, 4, "text"), "");
  }

  @Test
  void differentYearsOfOneFoundingContradict() {
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "오픈AI", "founded", TimeValue.ofYear(2016)),
        claim("b", 3, "오픈AI", "founded", TimeValue.ofYear(2015))));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.CONTRADICTION);
      assertThat(x.explanation()).isEqualTo("2016 vs 2015: years differ");
      assertThat(x.claims()).hasSize(2);
    });
  }

  @Test
  void daysOfOneDatedReportContradictDaysOfAnAnnouncementDoNot() {
    assertThat(checker.check(List.of(
        claim("a", 1, "가람청", "published", TimeValue.ofDay(2031, 2, 16), "about=2031년 1월 나래동향"),
        claim("b", 1, "가람청", "published", TimeValue.ofDay(2031, 2, 16), "about=2031년 1월 나래동향"),
        claim("c", 2, "가람청", "published", TimeValue.ofDay(2031, 2, 18), "about=2031년 1월 나래동향"))))
        .extracting(Finding::verdict).containsExactly(Verdict.CONTRADICTION, Verdict.AGREEMENT);
    assertThat(checker.check(List.of(
        claim("a", 1, "가람청", "announced", TimeValue.ofDay(2031, 2, 16), "about=나래 개편안"),
        claim("c", 2, "가람청", "announced", TimeValue.ofDay(2031, 2, 18), "about=나래 개편안"))))
        .as("a plan may be announced again").noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void anEventWrittenShortJoinsTheOneEventWhoseNameEndsInIt() {
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "비상사태", "선포", TimeValue.ofDay(2031, 3, 8)),
        claim("b", 1, "사태", "선포", TimeValue.ofDay(2031, 3, 12))));
    assertThat(f).singleElement().satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.CONTRADICTION));
    List<Finding> two = checker.check(List.of(
        claim("a", 1, "비상사태", "선포", TimeValue.ofDay(2031, 3, 8)),
        claim("b", 1, "경계사태", "선포", TimeValue.ofDay(2031, 3, 8)),
        claim("c", 1, "사태", "선포", TimeValue.ofDay(2031, 3, 12))));
    assertThat(two).as("two names end in it: which one is not said").hasSize(3)
        .allMatch(x -> x.verdict() == Verdict.SINGLE_SOURCE);
    List<Finding> figures = checker.check(List.of(
        claim("a", 1, "반도체수출", "growth.rate", persons("3"), "period=2031-02"),
        claim("b", 1, "수출", "growth.rate", persons("5"), "period=2031-02")));
    assertThat(figures).as("a part's figure is no whole's").hasSize(2);
  }

  private static Quantity persons(String v) {
    return new Quantity(new BigDecimal(v), QuantityUnit.PERSONS, Bound.EXACT, null);
  }

  @Test
  void theMembersPresentAtOneVoteAreOneCount() {
    assertThat(checker.check(List.of(
        claim("a", 1, "", "재석의원", persons("271"), "period=2031-03"),
        claim("b", 1, "", "재석의원", persons("195"), "period=2031-03"))))
        .singleElement().satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.CONTRADICTION));
    assertThat(checker.check(List.of(
        claim("a", 1, "", "재석의원", persons("271"), "period=2031-03"),
        claim("b", 1, "", "재석의원", persons("195"), "period=2027-03"))))
        .as("a vote of another period").noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void aDigitSlipCitesTheTwoAmountsAndTheirSidesNotTheGroupsOtherFigures() {
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "가람영화", "누적관객", persons("9811200")),
        claim("b", 1, "가람영화", "누적관객", persons("10520345")),
        claim("c", 1, "가람영화", "누적관객", persons("10020345")),
        claim("d", 1, "가람영화", "누적관객", persons("10020345"))));
    assertThat(f).filteredOn(x -> x.verdict() == Verdict.CONTRADICTION).singleElement().satisfies(x -> {
      assertThat(x.explanation()).contains("one digit apart");
      assertThat(x.claims()).extracting(c -> c.evidence().articleId()).containsExactly("b", "c", "d");
    });
    assertThat(f).as("the day before's count is a figure of its own")
        .anyMatch(x -> x.verdict() == Verdict.SINGLE_SOURCE && x.claims().get(0).evidence().articleId().equals("a"));
  }

  @Test
  void exactCountsOfAFinalTallyContradictHoweverCloseAndGrowingOrRoundedOnesDoNot() {
    java.util.function.BiFunction<String, Bound, Quantity> count =
        (v, b) -> new Quantity(new BigDecimal(v), QuantityUnit.COUNT, b, null);
    assertThat(checker.check(List.of(
        claim("a", 1, "가나국", "금메달", count.apply("73", Bound.EXACT)),
        claim("b", 1, "가나국", "금메달", count.apply("75", Bound.EXACT)))))
        .singleElement().satisfies(x -> {
          assertThat(x.verdict()).isEqualTo(Verdict.CONTRADICTION);
          assertThat(x.explanation()).isEqualTo("73 COUNT vs 75 COUNT: exact counts of a final figure differ");
        });
    assertThat(checker.check(List.of(
        claim("a", 1, "가나국", "금메달", count.apply("73", Bound.ABOUT)),
        claim("b", 1, "가나국", "금메달", count.apply("75", Bound.EXACT)))))
        .as("약 73개 may be 75").noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
    java.util.function.Function<String, Quantity> people =
        v -> new Quantity(new BigDecimal(v), QuantityUnit.PERSONS, Bound.EXACT, null);
    assertThat(checker.check(List.of(
        claim("a", 1, "", "사망자", people.apply("22")),
        claim("b", 1, "", "사망자", people.apply("23")))))
        .as("a death toll grows while the story unfolds").noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void aShortFormItsOwnArticleStatesOtherwiseContradictsThePreciseFigure() {
    java.util.function.Function<String, Quantity> won =
        v -> new Quantity(new BigDecimal(v), QuantityUnit.KRW, Bound.EXACT, null);
    List<Claim> misstated = List.of(
        claim("a", 0, "가람전자", "operating.profit", won.apply("7300000000000"), "period=2031-Q3"),
        claim("a", 3, "가람전자", "operating.profit", won.apply("7030000000000"), "period=2031-Q3"),
        claim("b", 2, "가람전자", "operating.profit", won.apply("7030000000000"), "period=2031-Q3"));
    assertThat(checker.check(misstated)).anyMatch(f -> f.verdict() == Verdict.CONTRADICTION
        && f.explanation().endsWith("a short form its own article gives otherwise, no rounding of it"));
    List<Claim> rounded = List.of(
        claim("a", 0, "가람전자", "operating.profit", won.apply("7000000000000"), "period=2031-Q3"),
        claim("a", 3, "가람전자", "operating.profit", won.apply("7030000000000"), "period=2031-Q3"),
        claim("b", 2, "가람전자", "operating.profit", won.apply("7030000000000"), "period=2031-Q3"));
    assertThat(checker.check(rounded)).as("7조 is 7조300억 rounded").noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
    List<Claim> alone = List.of(
        claim("a", 0, "가람전자", "operating.profit", won.apply("7300000000000"), "period=2031-Q3"),
        claim("b", 2, "가람전자", "operating.profit", won.apply("7030000000000"), "period=2031-Q3"));
    assertThat(checker.check(alone)).as("a round figure of another outlet may be a loose one")
        .noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void theSourcesThatShareOneSideOfAContradictionAlsoAgree() {
    java.util.function.BiFunction<String, Bound, Quantity> count =
        (v, b) -> new Quantity(new BigDecimal(v), QuantityUnit.COUNT, b, null);
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "가나국", "금메달", count.apply("75", Bound.EXACT)),
        claim("b", 1, "가나국", "금메달", count.apply("73", Bound.EXACT)),
        claim("c", 1, "가나국", "금메달", count.apply("75", Bound.EXACT)),
        claim("d", 1, "가나국", "금메달", count.apply("70", Bound.MORE_THAN))));
    assertThat(f).extracting(Finding::verdict).containsExactly(Verdict.CONTRADICTION, Verdict.AGREEMENT);
    assertThat(f.get(1).claims()).as("70개 넘게 fits either value and sides with neither")
        .extracting(c -> c.evidence().articleId()).containsExactly("a", "c");
    assertThat(f.get(1).explanation()).isEqualTo("2 articles say 75 COUNT");
  }

  @Test
  void closesOfOneDayContradictAndClosesOfAnUnknownDayDoNot() {
    java.util.function.Function<String, Quantity> score =
        v -> new Quantity(new BigDecimal(v), QuantityUnit.SCORE, Bound.EXACT, null);
    assertThat(checker.check(List.of(
        claim("a", 1, "가람지수", "종가", score.apply("1830.25"), "period=2031-03-06"),
        claim("b", 1, "가람지수", "종가", score.apply("1830.52"), "period=2031-03-06"))))
        .singleElement().satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.CONTRADICTION));
    assertThat(checker.check(List.of(
        claim("a", 1, "가람지수", "종가", score.apply("1830.25")),
        claim("b", 1, "가람지수", "종가", score.apply("1830.52")))))
        .noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void whenAnEventHappenedAndHowLongAfterAnotherItCameAreJudgedApart() {
    java.util.function.Function<String, Quantity> minutes =
        v -> new Quantity(new BigDecimal(v), QuantityUnit.DURATION, Bound.EXACT, null);
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "가람선 열차", "탈선", TimeValue.ofDay(2031, 3, 8)),
        claim("a", 2, "가람선 열차", "탈선", minutes.apply("10")),
        claim("b", 1, "가람선 열차", "탈선", TimeValue.ofDay(2031, 3, 8)),
        claim("b", 2, "가람선 열차", "탈선", minutes.apply("5"))));
    assertThat(f).filteredOn(x -> x.verdict() == Verdict.CONTRADICTION).singleElement()
        .satisfies(x -> assertThat(x.claims()).allMatch(c -> c.value() instanceof Quantity));
    assertThat(f).filteredOn(x -> x.verdict() == Verdict.AGREEMENT).singleElement()
        .satisfies(x -> assertThat(x.claims()).allMatch(c -> c.value() instanceof TimeValue));
  }

  @Test
  void unveilingAndSaleOfOneLaunchDoNotContradictUnlessFarApart() {
    ExtractedClaim unveiled = new ExtractedClaim(
        claim("a", 1, "폰 X", "released", TimeValue.ofMonth(2024, 7)), true, "unveiled");
    ExtractedClaim onSale = new ExtractedClaim(
        claim("b", 1, "폰 X", "released", TimeValue.ofMonth(2024, 8)), true, "on-sale");
    ExtractedClaim yearLater = new ExtractedClaim(
        claim("c", 1, "폰 X", "released", TimeValue.ofMonth(2025, 8)), true, "on-sale");
    assertThat(checker.check(new Extraction(List.of(unveiled, onSale), List.of())))
        .noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
    assertThat(checker.check(new Extraction(List.of(unveiled, yearLater), List.of())))
        .anyMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void aRateAgainstABaseOrTheLevelBeforeAChangeContradictsWithoutAPeriod() {
    assertThat(checker.check(List.of(
        claim("a", 1, "나래지수", "growth.rate", pct("4.5"), "scope=yoy"),
        claim("b", 1, "나래지수", "growth.rate", pct("7.9"), "scope=yoy"))))
        .singleElement().extracting(Finding::verdict).isEqualTo(Verdict.CONTRADICTION);
    assertThat(checker.check(List.of(
        claim("a", 1, "가람은행", "기준금리", pct("1.25"), "previous"),
        claim("b", 1, "가람은행", "기준금리", pct("1.75"), "previous"))))
        .singleElement().extracting(Finding::verdict).isEqualTo(Verdict.CONTRADICTION);
    assertThat(checker.check(List.of(
        claim("a", 1, "나래지수", "growth.rate", pct("6.66"), "scope=qoq"),
        claim("b", 1, "나래지수", "growth.rate", pct("6.7"), "scope=qoq"))))
        .as("one rate rounded").singleElement().extracting(Finding::verdict).isEqualTo(Verdict.AGREEMENT);
    assertThat(checker.check(List.of(
        claim("a", 1, "나래지수", "growth.rate", pct("4.5")),
        claim("b", 1, "나래지수", "growth.rate", pct("7.9")))))
        .as("a rate of no stated period or base may be of another month").noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void aRegionsRateOfOneStoryStatedToFourDigitsContradictsWithoutAPeriod() {
    assertThat(checker.check(List.of(
        claim("a", 1, "충북", "growth.rate", pct("-12.77")),
        claim("b", 1, "충북", "growth.rate", pct("-12.74")))))
        .singleElement().extracting(Finding::verdict).isEqualTo(Verdict.CONTRADICTION);
    assertThat(checker.check(List.of(
        claim("a", 1, "충북", "growth.rate", pct("-12.8")),
        claim("b", 1, "충북", "growth.rate", pct("-12.7")))))
        .as("rounded rates may be of two periods").noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
    assertThat(checker.check(List.of(
        claim("a", 1, "공시가격", "growth.rate", pct("-18.83")),
        claim("b", 1, "공시가격", "growth.rate", pct("-17.32")))))
        .as("a generic noun may stand for another's figure").noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void compatibleValuesAgree() {
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "챗GPT", "released", TimeValue.ofMonth(2022, 11)),
        claim("b", 2, "챗GPT", "released", TimeValue.ofYear(2022).withModifier(dev.sasil.factcheck.time.TimeModifier.END))));
    assertThat(f).singleElement().extracting(Finding::verdict).isEqualTo(Verdict.AGREEMENT);
  }

  @Test
  void differentEntitiesAttributesOrQualifiersAreNeverCompared() {
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "라마 3.2", "released", TimeValue.ofDay(2024, 9, 25)),
        claim("b", 1, "라마 2", "released", TimeValue.ofDay(2023, 7, 18)),
        claim("c", 1, "라마 3", "released", TimeValue.ofMonth(2024, 4)),
        claim("d", 1, "라마", "released", TimeValue.ofMonth(2023, 2)),
        claim("a", 2, "xAI", "raise.amount", new Quantity(new BigDecimal("1000000000"), QuantityUnit.USD, Bound.AT_MOST, null), "asof=2023-12"),
        claim("b", 2, "생성형 AI 시장", "market.size", Quantity.exact(new BigDecimal("1300000000000"), QuantityUnit.USD), "asof=2032"),
        claim("c", 2, "일론 머스크", "left", TimeValue.ofYear(2018), "from=오픈AI"),
        claim("d", 2, "일론 머스크", "left", TimeValue.ofYear(2008), "from=페이팔")));
    assertThat(f).extracting(Finding::verdict).containsOnly(Verdict.SINGLE_SOURCE);
    assertThat(f).hasSize(8);
  }

  @Test
  void aClaimWithoutTheOrganizationJoinsTheOnlyGroupThatHasOne() {
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "샘 올트먼", "left", TimeValue.ofDay(2023, 11, 17), "from=오픈AI"),
        claim("b", 1, "샘 올트먼", "left", TimeValue.ofMonth(2023, 11))));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(x.qualifiers()).containsExactly("from=오픈AI");
    });
    List<Finding> g = checker.check(List.of(
        claim("a", 1, "샘 올트먼", "left", TimeValue.ofYear(2023), "from=오픈AI"),
        claim("b", 1, "샘 올트먼", "left", TimeValue.ofYear(2019))));
    assertThat(g).extracting(Finding::verdict).as("joined claims never contradict").containsOnly(Verdict.SINGLE_SOURCE);
  }

  @Test
  void eachClaimWithoutAScopeJoinsTheOneGroupWhoseValueItFits() {
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "매출", "growth.rate", pct("6.66"), "scope=qoq"),
        claim("a", 2, "매출", "growth.rate", pct("17.21"), "scope=yoy"),
        claim("b", 1, "매출", "growth.rate", pct("6.7")),
        claim("b", 2, "매출", "growth.rate", pct("17.2"))));
    assertThat(f).hasSize(2).allSatisfy(x -> assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT));
    assertThat(f).extracting(Finding::qualifiers)
        .containsExactlyInAnyOrder(List.of("scope=qoq"), List.of("scope=yoy"));
  }

  @Test
  void aClaimWithoutAnOwnerDoesNotPickOneOfSeveralOwnersByAnEqualValue() {
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "가람당", "의석", count(14)),
        claim("a", 2, "나래당", "의석", count(90)),
        claim("b", 1, "", "의석", count(14))));
    assertThat(f).extracting(Finding::verdict).as("14석 of a region is not 14석 of a party")
        .containsOnly(Verdict.SINGLE_SOURCE);
    List<Finding> g = checker.check(List.of(
        claim("a", 1, "가람당", "의석", count(14)),
        claim("b", 1, "", "의석", count(14))));
    assertThat(g).as("with one owner, the claim joins it").singleElement()
        .satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT));
  }

  @Test
  void claimsWithoutAnOwnerDoNotContradictWhenSeveralOwnersHoldTheirMeasure() {
    Quantity big = count(32);
    Quantity small = count(11);
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "", "의석", big),
        claim("a", 2, "가람당", "의석", big),
        claim("a", 3, "나래당", "의석", small),
        claim("b", 1, "", "의석", small)));
    assertThat(f).as("either may be another party's").noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
    List<Finding> g = checker.check(List.of(
        claim("a", 1, "", "의석", big),
        claim("b", 1, "", "의석", small)));
    assertThat(g).as("with no owner in sight, the story's one count").singleElement()
        .satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.CONTRADICTION));
  }

  @Test
  void aFigureDoesNotJoinTheGroupOfAnotherFigureItsOwnSentenceDatesApart() {
    // 환자는 360명으로 전날(365명)보다 줄었다: the sentence itself says the 365 is the day before's
    Quantity today = Quantity.exact(BigDecimal.valueOf(360), QuantityUnit.PERSONS);
    Quantity before = Quantity.exact(BigDecimal.valueOf(365), QuantityUnit.PERSONS);
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "", "환자", today),
        claim("a", 1, "", "환자", before, "period=2031-03-07"),
        claim("b", 1, "", "환자", before, "period=2031-03-07")));
    assertThat(f).filteredOn(x -> x.qualifiers().isEmpty()).singleElement()
        .satisfies(x -> assertThat(x.claims()).extracting(c -> c.value()).containsExactly(today));
    assertThat(f).filteredOn(x -> !x.qualifiers().isEmpty()).singleElement()
        .satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT));
  }

  @Test
  void aCountWithoutADayJoinsADatedGroupOnlyWithItsOwnValue() {
    Quantity today = Quantity.exact(BigDecimal.valueOf(360), QuantityUnit.PERSONS);
    Quantity before = Quantity.exact(BigDecimal.valueOf(365), QuantityUnit.PERSONS);
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "", "환자", before, "period=2031-03-07"),
        claim("b", 1, "", "환자", today)));
    assertThat(f).as("360 is no rounding of 365: two counts").extracting(Finding::verdict)
        .containsOnly(Verdict.SINGLE_SOURCE);
    Quantity rounded = Quantity.exact(BigDecimal.valueOf(-19000), QuantityUnit.PERSONS);
    Quantity precise = Quantity.exact(BigDecimal.valueOf(-19200), QuantityUnit.PERSONS);
    List<Finding> g = checker.check(List.of(
        claim("a", 1, "출생아", "증감", precise, "scope=yoy"),
        claim("b", 1, "출생아", "증감", rounded)));
    assertThat(g).as("1만9000명 may be 1만9200명 rounded").singleElement()
        .satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT));
  }

  private static Quantity count(long n) {
    return Quantity.exact(BigDecimal.valueOf(n), QuantityUnit.COUNT);
  }

  private static Quantity pct(String v) {
    return Quantity.exact(new BigDecimal(v), QuantityUnit.PERCENT);
  }

  @Test
  void aFirstReleaseAndALaterReleaseDoNotContradict() {
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "아이폰", "released", TimeValue.ofYear(2007), "first"),
        claim("b", 1, "아이폰", "released", TimeValue.ofMonth(2023, 9))));
    assertThat(f).extracting(Finding::verdict).containsOnly(Verdict.SINGLE_SOURCE);
    List<Finding> g = checker.check(List.of(
        claim("a", 1, "하이퍼클로바", "released", TimeValue.ofMonth(2021, 5), "first"),
        claim("b", 1, "하이퍼클로바", "released", TimeValue.ofYear(2021))));
    assertThat(g).singleElement().extracting(Finding::verdict).isEqualTo(Verdict.AGREEMENT);
  }

  @Test
  void oneArticleGivesOnlySingleSourceFindings() {
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "오픈AI", "founded", TimeValue.ofYear(2016)),
        claim("a", 5, "오픈AI", "founded", TimeValue.ofYear(2015)),
        claim("a", 7, "그록", "released", TimeValue.ofMonth(2023, 11))));
    assertThat(f).extracting(Finding::verdict).containsOnly(Verdict.SINGLE_SOURCE);
  }

  @Test
  void aConflictNeedsFirmClaimsOnBothSides() {
    Extraction e = new Extraction(List.of(
        new ExtractedClaim(claim("a", 1, "오픈AI", "founded", TimeValue.ofYear(2016)), true),
        new ExtractedClaim(claim("b", 1, "오픈AI", "founded", TimeValue.ofYear(2015)), false)), List.of());
    assertThat(checker.check(e)).extracting(Finding::verdict).containsOnly(Verdict.SINGLE_SOURCE);
  }

  @Test
  void attributesWithManyValuesNeverContradict() {
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "라마 2", "parameters", Quantity.exact(new BigDecimal("7000000000"), QuantityUnit.PARAMETERS), "asof=2023-07"),
        claim("b", 1, "라마 2", "parameters", Quantity.exact(new BigDecimal("70000000000"), QuantityUnit.PARAMETERS), "asof=2023-07")));
    assertThat(f).extracting(Finding::verdict).containsOnly(Verdict.SINGLE_SOURCE);
  }

  @Test
  void boundsAgreeWithAmountsInside() {
    List<Finding> f = checker.check(List.of(
        claim("a", 1, "X", "valuation", new Quantity(new BigDecimal("10000000000"), QuantityUnit.USD, Bound.AT_LEAST, null), "asof=2024-10"),
        claim("b", 1, "X", "valuation", Quantity.exact(new BigDecimal("13000000000"), QuantityUnit.USD), "asof=2024-10")));
    assertThat(f).singleElement().extracting(Finding::verdict).isEqualTo(Verdict.AGREEMENT);
  }

  @Test
  void aPendingDerivationUsesAnotherArticlesPreciseDate() {
    Claim founded = claim("a", 1, "xAI", "founded", TimeValue.ofMonth(2023, 4));
    Claim foundedCoarse = claim("b", 2, "xAI", "founded", TimeValue.ofYear(2023));
    Claim grok = claim("a", 3, "그록", "released", TimeValue.ofMonth(2023, 11));
    PendingDerivation p = new PendingDerivation("그록", "released", List.of(), foundedCoarse.evidence(),
        "xAI", "founded", TimeValue.ofYear(2023), new TimeDuration(1, ChronoUnit.MONTHS, TimeDuration.Direction.AFTER), true);
    List<Finding> f = checker.check(new Extraction(List.of(
        new ExtractedClaim(founded, true), new ExtractedClaim(foundedCoarse, true), new ExtractedClaim(grok, true)),
        List.of(p)));
    Finding grokFinding = f.stream().filter(x -> x.subject().equals("그록")).findFirst().orElseThrow();
    assertThat(grokFinding.verdict()).isEqualTo(Verdict.CONTRADICTION);
    assertThat(grokFinding.claims()).anySatisfy(c -> {
      assertThat(c.value().normalized()).isEqualTo("2023-05");
      assertThat(c.derivation()).contains("xAI founded 2023-04");
    });
    assertThat(f.get(0).verdict()).as("contradictions first").isEqualTo(Verdict.CONTRADICTION);
  }

  private static Extraction firm(Claim... claims) {
    return new Extraction(java.util.Arrays.stream(claims).map(c -> new ExtractedClaim(c, true)).toList(), List.of());
  }

  @Test
  void twoCopiesOfOneArticleAreOneSourceAndAThirdArticleMakesAnAgreement() {
    SourceGroups a3CopiesA1 = SourceGroups.of(List.of(new SourceGroup("a1", List.of("a3"))));
    Quantity visitors = Quantity.exact(new BigDecimal("1200"), QuantityUnit.PERSONS);
    Claim a1 = claim("a1", 2, "축제", "visitors", visitors);
    Claim a3 = claim("a3", 1, "축제", "visitors", visitors);
    assertThat(checker.check(firm(a1, a3), a3CopiesA1)).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
      assertThat(x.claims()).hasSize(2);
      assertThat(x.explanation()).endsWith(" (a3 is a copy of a1)");
    });
    assertThat(checker.check(firm(a1, a3))).as("every article its own source").singleElement()
        .extracting(Finding::verdict).isEqualTo(Verdict.AGREEMENT);
    Claim a2 = claim("a2", 4, "축제", "visitors", visitors);
    assertThat(checker.check(firm(a1, a2, a3), a3CopiesA1)).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(x.explanation()).isEqualTo("3 articles say 1200 PERSONS (a3 is a copy of a1)");
    });
  }

  @Test
  void copiesThatDifferOnAFigureAreNoContradiction() {
    SourceGroups copies = SourceGroups.of(List.of(new SourceGroup("a1", List.of("a3"))));
    Extraction e = firm(claim("a1", 1, "오픈AI", "founded", TimeValue.ofYear(2016)),
        claim("a3", 1, "오픈AI", "founded", TimeValue.ofYear(2015)));
    assertThat(checker.check(e, copies)).extracting(Finding::verdict).containsOnly(Verdict.SINGLE_SOURCE);
    assertThat(checker.check(e)).extracting(Finding::verdict).containsExactly(Verdict.CONTRADICTION);
    Extraction third = firm(claim("a1", 1, "오픈AI", "founded", TimeValue.ofYear(2016)),
        claim("a3", 1, "오픈AI", "founded", TimeValue.ofYear(2015)),
        claim("b", 1, "오픈AI", "founded", TimeValue.ofYear(2015)));
    assertThat(checker.check(third, copies)).singleElement().extracting(Finding::verdict)
        .as("an independent source that conflicts with a1 still contradicts it").isEqualTo(Verdict.CONTRADICTION);
  }

  @Test
  void orderIsDeterministicWhateverTheInputOrder() {
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      claims.add(claim("a" + (i % 3), i, "e" + (i % 7), i % 2 == 0 ? "released" : "founded", TimeValue.ofYear(2000 + i % 4)));
    }
    List<Finding> one = checker.check(claims);
    List<Claim> reversed = new ArrayList<>(claims);
    java.util.Collections.reverse(reversed);
    assertThat(checker.check(reversed)).isEqualTo(one);
    assertThat(one).isSortedAccordingTo(java.util.Comparator.comparing(Finding::verdict));
  }
}
