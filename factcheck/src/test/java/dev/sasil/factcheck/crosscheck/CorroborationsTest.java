package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.extract.ExtractedClaim;
import dev.sasil.factcheck.extract.Extraction;
import dev.sasil.factcheck.extract.FigureMention;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.testing.Articles;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorroborationsTest {

  private static List<Finding> compare(String a, String b) {
    return CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-05-20", a), Articles.of("b", "2031-05-20", b))));
  }

  private static List<Finding> compare(String a, String b, String c) {
    return CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-05-20", a), Articles.of("b", "2031-05-20", b), Articles.of("c", "2031-05-20", c))));
  }

  private static List<Finding> agreementsCiting(List<Finding> findings, String figure) {
    return findings.stream().filter(f -> f.verdict() == Verdict.AGREEMENT)
        .filter(f -> f.claims().stream().anyMatch(c -> c.evidence().text().contains(figure))).toList();
  }

  @Test
  void aShareInBracketsAfterAnAmountIsTheShareOfWhatMostSourcesSayTheAmountIsOf() {
    List<Finding> f = compare("올해 응시생 가운데 남학생이 1만2천명(51.4%), 여학생은 1만1천명(48.6%)이다.",
        "남학생 응시생은 1만2천명(51.4%)이다.",
        "응시생은 남학생이 1만2천명(51.4%), 여학생이 1만1천명(48.6%)이다.");
    assertThat(agreementsCiting(f, "51.4%")).singleElement().satisfies(a -> {
      assertThat(a.attribute()).isEqualTo("share");
      assertThat(a.subject()).isEqualTo("남학생");
    });
  }

  @Test
  void figuresOfNowAreNotLabelledWithThePastMonthOneSentenceGivesTheSameFigure() {
    List<Finding> f = compare("가람은행의 기준금리는 2030년 1월 3.25%에서 3.50%로 오른 뒤 동결됐다.",
        "가람은행 금통위는 현재 연 3.5% 수준인 기준금리를 3.25%로 낮췄다.",
        "가람은행 금통위는 연 3.50%인 기준금리를 0.25%포인트 내렸다.");
    assertThat(agreementsCiting(f, "3.5")).isNotEmpty().allSatisfy(x -> assertThat(x.qualifiers())
        .as("the rate the three articles agree on is of May 2031, not January 2030").doesNotContain("period=2030-01"));
  }

  @Test
  void anAgreementOfNoOwnerTakesNoFigureASentenceGivesToOneOfTwoOwners() {
    List<Finding> f = compare("의대 정원은 ▲가람대 40명→120명 ▲나래대 60명→120명 ▲다솜대 30명→80명으로 바뀐다.",
        "지방 의대 가운데 두 곳은 정원이 120명으로 늘어난다.",
        "정원이 120명으로 늘어나는 의대는 모두 국립대다.");
    assertThat(agreementsCiting(f, "120명")).filteredOn(x -> x.subject().isEmpty()).isNotEmpty()
        .allSatisfy(x -> assertThat(x.claims()).extracting(c -> c.evidence().articleId())
            .as("가람대's 120 and 나래대's 120 are two facts, neither the unnamed one").doesNotContain("a"));
  }

  @Test
  void aFigureInBracketsAfterOneNameIsNotAnotherNamesOfTheSameSentence() {
    List<Finding> f = compare("현재 인텔과 SK하이닉스는 세계 시장에서 각각 11%대의 점유율을 기록하고 있다.",
        "세계 시장 점유율은 삼성전자(33%), 키옥시아(19%), 마이크론(11.1%), SK하이닉스(9.9%), 인텔(9.5%) 순이다.");
    assertThat(agreementsCiting(f, "11.1%")).as("11.1%% is 마이크론's, written apart from SK하이닉스's 9.9%%").isEmpty();
  }

  @Test
  void anAgreementOnTheValueAChangeMovedAwayFromSaysItIsThePreviousValue() {
    List<Finding> f = compare("가람국은 나래산 자동차에 매기던 관세를 현행 25%에서 15%로 인하하기로 했다.",
        "이번 합의로 나래산 자동차 관세는 25%에서 15%로 내려간다.");
    assertThat(agreementsCiting(f, "25%")).isNotEmpty().allSatisfy(x -> assertThat(x.qualifiers()).contains("previous"));
  }

  @Test
  void aRateWrittenByItsLeadingDigitStandsForNoExactRateOfAnotherSource() {
    List<Finding> f = compare("가람시 물가 상승률은 지난해 2%대에 머물다 올해 3, 4월 4%대로 올랐다.",
        "가람시 체감물가지수는 1년 전보다 4.6% 올랐다.");
    assertThat(agreementsCiting(f, "4.6%")).as("4%%대 is a band the city's rates passed through, not the index's 4.6%%").isEmpty();
  }

  @Test
  void twoSourcesWritingOneSpanCountedToTheSentenceBeforeAgree() {
    List<Finding> f = compare("가람지법은 6일 나래 전 시장에게 징역 3년을 선고했다. 구속 수감된 지 214일 만이다.",
        "나래 전 시장이 6일 1심에서 징역 3년을 선고받았다. 구속 수감된지 214일 만이다.");
    assertThat(agreementsCiting(f, "214일")).as("both count 214 days from the jailing").hasSize(1)
        .allSatisfy(x -> assertThat(x.claims()).extracting(c -> c.evidence().articleId()).contains("a", "b"));
  }

  @Test
  void aPersonsTitleWrittenBesideAFigureNamesNoMeasureOfIt() {
    List<Finding> f = compare("이어 김가람 후보 14.58%, 이나래 후보 3.73%를 기록했다.",
        "김가람 후보는 14.58%(7만4419표)로 3위를 기록했다.");
    assertThat(f).extracting(Finding::attribute).doesNotContain("후보");
  }

  @Test
  void anAgreementOnAPlanSaysItIsPlanned() {
    List<Finding> f = compare("가람전자는 다음달 7일 새 휴대폰을 출시할 예정이다.", "가람전자의 새 휴대폰은 다음달 7일 출시될 계획이다.");
    assertThat(f).filteredOn(x -> x.verdict() == Verdict.AGREEMENT).isNotEmpty()
        .allSatisfy(x -> assertThat(x.qualifiers()).contains("planned"));
  }

  @Test
  void twoSourcesStatingOneRulesThresholdAgreeOnAConditionNotAForecast() {
    List<Finding> f = compare("거래 정지는 가람지수가 전날보다 10% 이상 떨어진 상태가 5분간 이어지면 시작된다.",
        "거래 정지 1단계는 가람지수가 전날 대비 10% 이상 하락이 5분간 이어지면 발동된다.");
    assertThat(agreementsCiting(f, "10% 이상")).isNotEmpty().allSatisfy(x -> assertThat(x.qualifiers())
        .contains("condition").doesNotContain("forecast"));
  }

  @Test
  void aPlaceAndTheGroundInItWrittenBesideOneFigureAreOneCount() {
    List<Finding> f = compare("어제 열린 네 경기 가운데 대전 한빛구장(2만3417명)에 가장 많은 관중이 몰렸다.",
        "어제 대전(2만3417명), 광주(1만8200명) 경기에 관중이 몰렸다.");
    assertThat(agreementsCiting(f, "2만3417명")).as("대전 is written beside both figures").singleElement()
        .satisfies(x -> assertThat(x.subject()).isEqualTo("대전"));
  }

  @Test
  void aFigureOfThePlaceItsSentenceIsAboutNeverJoinsAnotherPlacesEqualFigure() {
    List<Finding> f = compare("이날 충주 38.4도, 제천 37.9도, 단양 36.2도를 기록했다.",
        "이날 청주는 오후 3시께 38.4도를 기록했다.");
    assertThat(f).filteredOn(x -> x.claims().stream().anyMatch(c -> c.evidence().articleId().equals("b")))
        .singleElement().satisfies(x -> {
          assertThat(x.subject()).isEqualTo("청주");
          assertThat(x.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
        });
  }

  @Test
  void aContradictionCitesEverySourceThatSidesWithOneOfItsValues() {
    List<Finding> f = compare("어제 열린 네 경기 가운데 대전 한빛구장(2만3417명)에 가장 많은 관중이 몰렸다.",
        "어제 대전(2만3417명), 광주(1만8200명) 경기에 관중이 몰렸다.",
        "어제 대전(3만1000명), 광주(1만8200명) 경기에 관중이 몰렸다.");
    assertThat(f).filteredOn(x -> x.verdict() == Verdict.CONTRADICTION).singleElement()
        .satisfies(x -> assertThat(x.claims()).extracting(c -> c.evidence().articleId()).containsExactly("a", "b", "c"));
  }

  @Test
  void aConflictOfAnOwnersFiguresCitesTheSourcesOfThatOwnersAgreements() {
    List<Finding> f = CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-05-20", "자격별로 보면 신입생이 24만 5120명으로 지난해보다 1만 4131명 늘었다."),
        Articles.of("b", "2031-05-20", "신입생이 34만5120명(65.2%), 편입생이 16만1784명(31%)으로 각각 집계됐다."),
        Articles.of("c", "2031-05-20", "응시자 가운데 신입생은 34만 5120명, 편입생은 16만 1784명 등이다."),
        Articles.of("d", "2031-05-20", "올해 신입생 응시자는 34만5120명이다."))));
    assertThat(f).filteredOn(x -> x.verdict() == Verdict.CONTRADICTION).singleElement()
        .satisfies(x -> assertThat(x.claims()).extracting(c -> c.evidence().articleId()).containsExactly("a", "b", "c", "d"));
  }

  @Test
  void figuresThatOnlyAPlaceOrNothingNamesMakeNoAgreement() {
    List<Finding> f = compare("이번 인하로 두 나라 금리 차(한국 2.75%·미국 3.50~3.75%)는 0.75%포인트가 됐다.",
        "한국(2.75%)과 미국(3.50~3.75%)의 금리 차는 0.75%p다.");
    assertThat(f).noneMatch(x -> x.attribute().isEmpty());
    assertThat(f).noneMatch(x -> x.attribute().equals("미국"));
  }

  @Test
  void theTimeACountStoodAtIsNoEventsTime() {
    List<Finding> counted = compare("소방본부에 따르면 오후 8시 10분 기준 사망자는 12명으로 이 중 5명은 지하에서 발견됐다.",
        "소방본부는 오후 8시 10분 현재 확인된 사망자 12명 중 5명을 지하에서 발견했다고 밝혔다.");
    assertThat(agreementsCiting(counted, "8시")).isEmpty();
    List<Finding> lifted = compare("이날 오전 6시 기준으로 모든 호우 특보는 해제됐다.",
        "이날 오전 6시 기준 모든 호우특보가 해제됐다.");
    assertThat(agreementsCiting(lifted, "6시")).as("with no count, the time is when the state began").isNotEmpty();
  }

  @Test
  void aCountOfWhatTheCounterNamesMeetsTheSameCountWrittenWithThatNoun() {
    List<Finding> f = compare("손흥민은 이번 시즌 득점을 17골로 늘리며 득점왕에 올랐다.",
        "순수하게 필드 플레이로만 17골을 몰아쳤다.");
    assertThat(agreementsCiting(f, "17골")).as("골 counts 득점, a word both clauses say").singleElement()
        .satisfies(x -> assertThat(x.claims()).hasSize(2));
  }

  @Test
  void figuresThatAreTheSizeOfAChangeAgreeOnTheChangeNotOnTheLevel() {
    List<Finding> f = compare("신입생의 평균 연령은 19.8세로, 전년 대비 0.3세 상승했다.",
        "올해 신입생 평균 연령은 전년보다 0.3세 올라 19.8세가 됐다.");
    assertThat(agreementsCiting(f, "0.3세")).singleElement()
        .satisfies(x -> assertThat(x.attribute()).isEqualTo("연령 증감"));
  }

  @Test
  void theTimeOneEventCameAfterAnotherHasOneValueWhateverTheEvent() {
    List<Finding> f = compare("가람역을 떠난 열차는 출발 7분 만에 탈선했다.", "가람역을 떠난 열차는 출발한 지 20여분 만에 탈선했다.");
    assertThat(f).anyMatch(x -> x.verdict() == Verdict.CONTRADICTION && x.claims().size() == 2);
    List<Finding> milestones = compare("영화는 개봉 9일 만에 300만, 21일 만에 600만 관객을 넘었다.",
        "영화는 개봉 21일 만에 600만 관객을 넘었다.");
    assertThat(milestones).as("an article giving two milestones' times contradicts none")
        .noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void anEqualFigureOfAnotherOwnerTheArticleNamesApartIsNotPooled() {
    List<Finding> f = compare("지난해 가계소비 성장률은 1.8%로 둔화됐다. 공공소비 성장률도 4.0%에서 1.8%로 낮아졌다.",
        "지난해 가계소비 성장률은 1.8%에 그쳤다.", "가계소비는 지난해 1.8% 늘어나는 데 그쳤다.");
    assertThat(f).filteredOn(x -> x.verdict() == Verdict.AGREEMENT)
        .filteredOn(x -> x.subject().equals("가계소비"))
        .allSatisfy(x -> assertThat(x.claims()).noneMatch(c -> c.evidence().sentence().contains("공공소비")));
  }

  @Test
  void anAbbreviationOfANameIsThatName() {
    assertThat(Corroborations.same("푸른힘", "푸른나라의힘")).isTrue();
    assertThat(Corroborations.same("새가람", "새로운가람")).isTrue();
    assertThat(Corroborations.same("가람", "나래가람")).as("a part within").isTrue();
    assertThat(Corroborations.same("푸힘", "푸른나라")).as("another last syllable").isFalse();
    assertThat(Corroborations.same("가나", "가람나래다솜")).as("a longer name is no abbreviation's").isFalse();
  }

  @Test
  void aDayWhoseSentenceSpeaksOfAnotherEventIsNotFiledUnderTheAgreementsEvent() {
    List<Finding> f = CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-05-20", "누리전자가 20일 3분기 잠정실적을 공시했다. 누리전자 김가람 사장은 이날 입장문을 내고 주주들에게 사과했다."),
        Articles.of("b", "2031-05-20", "누리전자는 20일 잠정실적을 공시했다. 김가람 누리전자 사장은 이날 입장문을 통해 사과했다."))));
    assertThat(f).filteredOn(x -> x.verdict() == Verdict.AGREEMENT)
        .filteredOn(x -> x.claims().stream().anyMatch(c -> c.evidence().sentence().contains("공시")))
        .allSatisfy(x -> assertThat(x.claims()).noneMatch(c -> c.evidence().sentence().contains("입장문")));
  }

  @Test
  void anAgreementOnADayIsNamedByArticlesNotByTwoDaysOfOneSentence() {
    List<Finding> f = CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-05-12", "스웨덴 한림원은 10일 올해 문학상 수상자로 소설가 김나래를 선정했다고 밝혔다."),
        Articles.of("b", "2031-05-12", "지난 10일 김나래 작가가 문학상 수상자로 지목된 이후 책이 팔리고 있다."),
        Articles.of("c", "2031-05-12", "서점가에서는 10일 밤부터 10일 자정까지 김나래 작가 책 판매량이 평소보다 10배 늘어났다."))));
    assertThat(agreementsCiting(f, "10일")).singleElement()
        .satisfies(a -> assertThat(a.attribute()).isEqualTo("선정"));
  }

  @Test
  void pointsAgreedOnAreTheChangeOfTheRateTheirClausesMeasure() {
    List<Finding> f = compare("한빛시장 선거 투표율은 61.2%로 지난 선거보다 1.3%p 높았다.",
        "이번 선거 최종 투표율 61.2%…지난 선거보다 1.3%포인트 올라");
    assertThat(agreementsCiting(f, "1.3")).singleElement()
        .satisfies(a -> assertThat(a.attribute()).isEqualTo("투표율 증감"));
  }

  @Test
  void aFigureOfYearsBeforeIsHistoryAndNeverJoinsTheEventsOwn() {
    List<Finding> f = compare("한빛국 선수단은 이번 대회에서 메달 27개를 땄다.",
        "한빛국은 이번 대회를 메달 27개로 마쳤다. 2019년 대회 때도 메달은 27개였다.");
    assertThat(agreementsCiting(f, "27")).allSatisfy(a ->
        assertThat(a.claims()).noneMatch(c -> c.evidence().sentence().contains("2019년")));
  }

  @Test
  void aBoundedAmountCoveringTwoExactOnesNeverMakesThemOneFact() {
    List<Finding> f = compare(
        "누리전자의 2분기 영업이익은 3조4100억원으로 집계됐다. 증권가 전망치는 영업이익 3조1200억원이었다.",
        "누리전자가 2분기 영업이익 3조원대를 기록했다. 2019년 2분기(3조6800억원) 이후 가장 많다.");
    assertThat(f).filteredOn(x -> x.verdict() == Verdict.AGREEMENT).allSatisfy(a -> assertThat(
        a.claims().stream().map(c -> c.value()).filter(v -> v instanceof Quantity q
            && q.bound() == dev.sasil.factcheck.quantity.Bound.EXACT).distinct()).hasSizeLessThanOrEqualTo(1));
  }

  @Test
  void aRangeWrittenWithBothEndsStandsForAnEndNotForAnAmountInsideIt() {
    List<Finding> inside = compare("나래통신의 단말기 지원금은 요금제에 따라 7만4000원~38만원으로 정해졌다.",
        "나래통신은 단말기 지원금으로 21만원을 책정했다.");
    assertThat(agreementsCiting(inside, "7만4000원~38만원")).as("21만원 may be one plan's")
        .noneMatch(a -> a.claims().stream().anyMatch(c -> c.evidence().text().equals("21만원")));
    List<Finding> end = compare("나래통신의 단말기 지원금은 요금제에 따라 7만4000원~38만원으로 정해졌다.",
        "나래통신은 최고가 요금제의 단말기 지원금으로 38만원을 책정했다.");
    assertThat(agreementsCiting(end, "7만4000원~38만원")).as("the top of the range")
        .anyMatch(a -> a.claims().stream().anyMatch(c -> c.evidence().text().contains("38만원")
            && !c.evidence().text().contains("~")));
  }

  @Test
  void aBoundedAmountStandsForTheExactOneWrittenBesideTheSameNoun() {
    List<Finding> f = compare("가람랩 전체 직원 740명 중 690명이 서한에 서명했다.",
        "700명대인 가람랩 임직원 대부분이 서한에 이름을 올렸다.");
    assertThat(agreementsCiting(f, "700명대")).singleElement()
        .satisfies(a -> assertThat(a.claims()).anyMatch(c -> c.evidence().text().equals("740명"))
            .noneMatch(c -> c.evidence().text().equals("690명")));
  }

  @Test
  void aClockTimeToTheMinuteAgreesWhateverWordsSurroundIt() {
    List<Finding> f = compare("가람교 붕괴 현장에서는 이날 오후 3시 17분 마지막 실종자가 발견됐다.",
        "소방당국은 이날 오후 3시 17분 실종자 1명의 시신을 수습했다고 밝혔다.");
    assertThat(agreementsCiting(f, "3시 17분")).singleElement()
        .satisfies(a -> assertThat(a.claims()).hasSize(2));
  }

  @Test
  void oneMinuteOfTwoDifferentDaysIsTwoMoments() {
    List<Finding> f = compare("불은 18일 오전 6시 37분 시작됐다.", "불길은 19일 오전 6시 37분 모두 잡혔다.");
    assertThat(agreementsCiting(f, "6시 37분")).isEmpty();
  }

  @Test
  void aCasualtyCountThatGrowsNeverContradicts() {
    List<Finding> f = compare("이 사고로 18일 오전 현재 사망자 12명, 중상자 17명이 발생했다.",
        "대책본부는 19일 오전 기준 사망자 15명, 중상자 29명이라고 밝혔다.");
    assertThat(f).noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void figuresEveryArticleStatesAsAGoalAgreeOnATarget() {
    List<Finding> f = compare("선수단은 당초 종합 순위 12위를 목표로 삼았다.", "선수단은 종합순위 12위 이내 목표를 내세웠다.");
    assertThat(agreementsCiting(f, "12위")).singleElement()
        .satisfies(a -> assertThat(a.qualifiers()).contains("target"));
  }

  @Test
  void sharesInBracketsAfterAnItemsCountAgreeAsThatItemsShare() {
    List<Finding> f = compare("지원자는 재학생이 30만1200명(61.3%), 졸업생이 19만200명(38.7%)으로 집계됐다.",
        "재학생은 전년보다 2000명 늘어난 30만1200명(61.3%)이었다.");
    assertThat(agreementsCiting(f, "61.3%")).singleElement().satisfies(a -> {
      assertThat(a.subject()).isEqualTo("재학생");
      assertThat(a.attribute()).isEqualTo("share");
    });
  }

  @Test
  void oneFigureWithTheSamePlaceBesideItAgreesThoughNoFrameNamedIt() {
    List<Finding> f = compare("광역시 가운데 부산 61.4%(48만명), 울산 63.9%였다.",
        "광역시 중 부산(61.4%)과 울산(63.9%)은 평균을 밑돌았다.");
    assertThat(agreementsCiting(f, "61.4%")).hasSize(1);
    assertThat(agreementsCiting(f, "61.4%").get(0).articleIds()).containsExactly("a", "b");
    assertThat(agreementsCiting(f, "63.9%")).singleElement().as("the name each figure is written after")
        .satisfies(x -> assertThat(x.subject()).isEqualTo("울산"));
  }

  @Test
  void aWordOneSourceAloneWritesBesideAFigureNamesNoAgreement() {
    List<Finding> f = compare("광역시 가운데 부산 61.4%(48만명), 울산 63.9%였다.",
        "부산(61.4%)과 울산(63.9%)은 평균을 밑돌았다.");
    assertThat(agreementsCiting(f, "61.4%")).as("광역시 is one source's word: not what both say").isEmpty();
  }

  @Test
  void anAgreementIsNamedAfterWhatMostOfItsFiguresMeasure() {
    List<Finding> f = CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-05-20", "이날 결정으로 두 나라 금리 격차(한국 3.25%·미국 5.00%)는 1.75%포인트로 벌어졌다."),
        Articles.of("b", "2031-05-20", "가람국 중앙은행은 20일 기준금리를 연 3.25%로 내렸다."),
        Articles.of("c", "2031-05-20", "가람국 기준금리는 이번 결정으로 연 3.25%가 됐다."))));
    assertThat(agreementsCiting(f, "3.25%")).singleElement()
        .satisfies(a -> assertThat(a.attribute()).isEqualTo("기준금리"));
  }

  @Test
  void aForecastNeverCorroboratesTheOutcome() {
    // a figure of two significant digits, which many facts may share (known weakness: one of three
    // or more links every source's, forecast or not)
    List<Finding> f = compare("증권가는 한빛전자의 3분기 영업이익이 4조2000억원에 이를 것으로 예상했다.",
        "한빛전자는 3분기 영업이익 4조2000억원을 거뒀다고 밝혔다.");
    assertThat(agreementsCiting(f, "4조2000억원")).isEmpty();
  }

  @Test
  void anOutcomeHeldAgainstAForecastIsAFact() {
    List<Finding> f = compare("올해 수출 증가율은 2.3%로 정부 전망치에 부합했다.", "올해 수출 증가율은 2.3%를 기록했다.");
    assertThat(agreementsCiting(f, "2.3%")).hasSize(1);
  }

  @Test
  void anAgreementNoClaimReadIsOwnedByTheNameMostOfItsSourcesWriteBesideIt() {
    List<FigureMention> figures = List.of(
        attendance("a", List.of("가람은행")), attendance("b", List.of("가람은행")), attendance("c", List.of()));
    List<Finding> f = CrossChecker.standard().check(new Extraction(List.of(), List.of(), List.of(), figures));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(x.subject()).as("named beside the figure in two of three sources").isEqualTo("가람은행");
      assertThat(x.attribute()).isEqualTo("참석자");
    });
  }

  @Test
  void aShorterWordInsideANameIsNoMentionOfTheName() {
    List<String> inside = List.of("참석자", "회의", "은행");
    List<FigureMention> figures = List.of(attendance("a", List.of("가람은행")),
        people("b", "회의 참석자는 은행 측 12명이었다.", "12명", List.of(), inside, "참석자"),
        people("c", "은행 회의 참석자는 12명이었다.", "12명", List.of(), inside, "참석자"));
    List<Finding> f = CrossChecker.standard().check(new Extraction(List.of(), List.of(), List.of(), figures));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.attribute()).isEqualTo("참석자");
      assertThat(x.subject()).as("은행 beside the others' figures does not write 가람은행").isEmpty();
    });
  }

  @Test
  void twoEqualFiguresOfOneSentenceReadAsTwoMeasuresStayInTheirOwnAgreements() {
    List<Finding> f = compare("사격에서도 깜짝 금메달이 연이어 터지면서 4개의 금메달을 수확했다.",
        "한국은 사격에서 금메달 4개와 은메달 4개를 획득했다.", "한국은 사격에서는 금메달 4개, 은메달 4개를 땄다.");
    assertThat(agreementsCiting(f, "4개")).filteredOn(x -> x.attribute().equals("금메달")).singleElement()
        .satisfies(x -> assertThat(x.claims()).as("the golds' agreement cites no figure written after 은메달")
            .noneMatch(c -> c.evidence().sentence().startsWith("은메달", c.evidence().start() - 4)));
  }

  @Test
  void oneItemOfAListKeepsItsOwnNameWhateverAnotherSourceReadForTheSameFigure() {
    List<Finding> f = compare("강원대는 의대 정원이 125명으로 늘었다.",
        "대학별 정원 변화는 ▲제주대 125명→200명 ▲충북대 49명→200명 등이다.");
    assertThat(agreementsCiting(f, "125명")).as("제주대's 125 is not 강원대's").isEmpty();
  }

  @Test
  void aFigureWhoseClauseNamesAnotherMeasureStaysOutOfTheAgreementAnotherSourceNamed() {
    // two sources read 3 badly hurt; the third's 3 (no claim read it) is written of the dead
    List<FigureMention> figures = List.of(hurt("a", "중상자"), hurt("b", "중상자"), hurt("c", "사망자"));
    List<ExtractedClaim> claims = List.of(claimOf(figures.get(0)), claimOf(figures.get(1)));
    List<Finding> f = CrossChecker.standard().check(new Extraction(claims, List.of(), List.of(), figures));
    assertThat(f).filteredOn(x -> x.verdict() == Verdict.AGREEMENT).singleElement()
        .satisfies(x -> assertThat(x.articleIds()).containsExactly("a", "b"));
  }

  @Test
  void spansNoClaimReadAgreeOnHowLongAfterSomethingNotOnTheWordTheyShare() {
    List<FigureMention> figures = List.of(span("a", "1950년 생산을 시작한 이후 70년 만의 최대 실적이다."),
        span("b", "이는 생산을 시작한 이래 70년 만의 최대 실적이다."));
    List<Finding> f = CrossChecker.standard().check(new Extraction(List.of(), List.of(), List.of(), figures));
    assertThat(f).filteredOn(x -> x.verdict() == Verdict.AGREEMENT).singleElement().satisfies(x -> {
      assertThat(x.attribute()).as("시작 is what the span counts from, no measure").isEqualTo("경과");
      assertThat(x.qualifiers()).containsExactly("about=시작");
    });
  }

  /** 70 years counted to what follows ({@code 70년 만의}) in {@code sentence}, with no measure read. */
  private static FigureMention span(String id, String sentence) {
    int at = sentence.indexOf("70년 만의");
    List<String> anchors = List.of("시작", "실적", "최대");
    return new FigureMention(new Evidence(id, 0, sentence, at, at + "70년 만의".length(), "70년 만의"),
        new Quantity(dev.sasil.factcheck.quantity.Spans.of(70, java.time.temporal.ChronoUnit.YEARS), QuantityUnit.DURATION,
            dev.sasil.factcheck.quantity.Bound.EXACT, null), null, anchors, anchors, List.of(), null, "");
  }

  /** 3 people in article {@code id}, in a clause that measures {@code measure}. */
  private static FigureMention hurt(String id, String measure) {
    return people(id, "화재 현장의 " + measure + " 3명이 확인됐다.", "3명", List.of(), List.of(measure, "화재", "현장"), measure);
  }

  private static ExtractedClaim claimOf(FigureMention m) {
    return new ExtractedClaim(new dev.sasil.factcheck.Claim("", m.measure(), m.value(), List.of(), m.evidence(), ""), true, "");
  }

  /** 12 people attending, in article {@code id}, with {@code names} written in the figure's clause. */
  private static FigureMention attendance(String id, List<String> names) {
    List<String> anchors = new java.util.ArrayList<>(names);
    anchors.addAll(List.of("참석자", "회의"));
    return people(id, "회의 참석자는 12명이었다.", "12명", names, anchors, "참석자");
  }

  /** A count of people, {@code figure} (digits and 명) as {@code sentence} writes it, with no claim frame's reading. */
  private static FigureMention people(String id, String sentence, String figure, List<String> names, List<String> anchors,
      String measure) {
    int at = sentence.indexOf(figure);
    return new FigureMention(new Evidence(id, 0, sentence, at, at + figure.length(), figure),
        Quantity.exact(new BigDecimal(figure.replace("명", "")), QuantityUnit.PERSONS), null, anchors, anchors, names, null,
        measure);
  }

  @Test
  void aDayNothingNamesIsNoAgreement() {
    List<Finding> f = compare("시청 앞 광장에는 25일 비가 왔다.", "시청 앞 광장은 25일 사람들로 가득 찼다.");
    assertThat(agreementsCiting(f, "25일")).isEmpty();
  }

  @Test
  void equalFiguresAboutDifferentThingsStayApart() {
    List<Finding> f = compare("푸른당 후보의 득표율은 42%였다.", "올해 쌀 수확량이 42% 줄었다.");
    assertThat(agreementsCiting(f, "42%")).isEmpty();
  }

  @Test
  void aNameWithinALongerNameIsTheSameAnchor() {
    List<Finding> f = compare("국민연합당은 143석을 확보했다.", "개표 결과 국민연합 143석, 녹색당 96석으로 집계됐다.");
    assertThat(agreementsCiting(f, "143석")).hasSize(1);
    assertThat(agreementsCiting(f, "96석")).isEmpty();
  }

  @Test
  void figuresOfOneArticleNeverAgreeAlone() {
    List<Finding> f = compare("부산 61.4%, 부산은 61.4%로 낮았다.", "오늘은 비가 왔다.");
    assertThat(agreementsCiting(f, "61.4%")).isEmpty();
  }

  @Test
  void aDayOfAnUndatedArticleMeetsTheSameDayOfADatedOne() {
    List<Finding> f = CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-05-20", "관측선은 지난 17일 궤도에 진입했다."),
        Articles.of("b", null, "관측선이 5월 17일 궤도 진입에 성공했다."))));
    assertThat(agreementsCiting(f, "17일")).hasSize(1);
  }

  @Test
  void aCorroboratedSingleSourceClaimIsNotAlsoListedAlone() {
    List<Finding> f = compare("부산 61.4%(48만명), 울산 63.9%였다.", "부산(61.4%)과 울산(63.9%)은 낮았다.");
    List<Finding> singles = f.stream().filter(x -> x.verdict() == Verdict.SINGLE_SOURCE)
        .filter(x -> x.claims().stream().anyMatch(c -> c.evidence().text().equals("61.4%"))).toList();
    assertThat(singles).isEmpty();
  }

  @Test
  void aFigureFewFactsShareNeedsLessInCommon() {
    List<Finding> f = compare("사전 예약 기간 국내에서 87만 4천대가 팔렸다.", "역대 최다인 87만4000대는 전작보다 많다.");
    assertThat(agreementsCiting(f, "87만")).hasSize(1);
  }

  @Test
  void aRoundFigureNeedsAWordBesideIt() {
    List<Finding> f = compare("올해 행사에는 30개 나라가 참가했다.", "새로 지은 경기장 30개가 문을 열었다.");
    assertThat(agreementsCiting(f, "30개")).isEmpty();
  }

  @Test
  void percentagesWithASpaceBeforePointAreOneUnit() {
    List<Finding> f = compare("수출은 성장률을 0.6%p 끌어올렸다.", "수출이 성장률을 0.6% 포인트 끌어올린 것으로 나타났다.");
    assertThat(agreementsCiting(f, "0.6%")).hasSize(1);
  }

  @Test
  void aBoundedAmountAgreesWithTheExactAmountItCovers() {
    List<Finding> f = compare("올해 지원자는 작년보다 2만 3000여명 늘었다.", "지원자는 2만3417명 늘어난 것으로 집계됐다.");
    assertThat(agreementsCiting(f, "2만3417명")).hasSize(1);
    assertThat(agreementsCiting(f, "2만3417명").get(0).articleIds()).containsExactly("a", "b");
  }

  @Test
  void anAmountSaidToBePassedStandsOnlyForTheOneAmountItsSourcesWriteAboveIt() {
    List<Finding> one = compare("가람시에 하루 동안 250mm가 넘는 비가 내렸다.", "가람시의 하루 강수량은 253.5mm였다.");
    assertThat(agreementsCiting(one, "253.5mm")).singleElement()
        .satisfies(a -> assertThat(a.articleIds()).containsExactly("a", "b"));
    List<Finding> two = compare("축제장을 찾은 인파는 2년 연속 50만명을 넘겼다.",
        "첫해 축제장을 찾은 인파는 53만명, 이듬해 축제장을 찾은 인파는 56만명이었다.");
    assertThat(agreementsCiting(two, "50만명")).as("which of the two it passed the text does not say").isEmpty();
  }

  @Test
  void aBoundedAmountDoesNotCoverAFarOne() {
    List<Finding> f = compare("올해 지원자는 2만 3000여명 늘었다.", "지원자는 2만9417명 늘어난 것으로 집계됐다.");
    assertThat(agreementsCiting(f, "2만9417명")).isEmpty();
  }

  @Test
  void aSmallFigureWrittenAfterDifferentNounsStaysApart() {
    List<Finding> f = compare("유도에서는 은메달 1개를 땄다.", "탁구에서는 동메달 1개를 땄다.");
    assertThat(agreementsCiting(f, "1개")).isEmpty();
  }

  @Test
  void aGoalNeverCorroboratesAFact() {
    List<Finding> f = compare("협회는 금메달 목표를 4개로 잡았다.", "사격에서 금메달 4개가 나왔다.");
    assertThat(agreementsCiting(f, "4개")).isEmpty();
  }

  @Test
  void digitsGluedToAWordArePartOfAName() {
    List<Finding> f = compare("근대5종 경기가 열렸다.", "근대5종에서 메달이 나왔다.");
    assertThat(agreementsCiting(f, "5종")).isEmpty();
  }

  @Test
  void aMinuteWhoseClauseNamesAnotherEventStaysOutOfTheAgreementOnTheDay() {
    // two sources date the accident to the 29th; the third's minute of that day is when a
    // response level was issued, and its sentence names neither the accident nor its happening
    List<FigureMention> figures = List.of(
        moment("a", "사고는 29일 발생했다.", "29일", null, "발생"),
        moment("b", "사고는 29일 발생했다.", "29일", null, "발생"),
        moment("c", "소방당국은 29일 오후 10시 43분 대응 1단계를 발령했다.", "29일 오후 10시 43분", 22 * 60 + 43, "발령"));
    List<ExtractedClaim> claims = List.of(dated(figures.get(0)), dated(figures.get(1)));
    List<Finding> f = CrossChecker.standard().check(new Extraction(claims, List.of(), List.of(), figures));
    assertThat(f).filteredOn(x -> x.attribute().equals("발생")).singleElement()
        .satisfies(x -> assertThat(x.articleIds()).containsExactly("a", "b"));
  }

  @Test
  void theValuesAnArrowLeadsAwayFromAgreeOnNothing() {
    // both outlets list the week's daily counts; each earlier count is of a day neither names
    List<Finding> f = compare("가람시의 일일 확진자는 5만1200명→4만3300명→3만8100명으로 줄었다.",
        "가람시 일일 확진자 수는 5만1200명→4만3300명→3만8100명으로 집계됐다.");
    assertThat(agreementsCiting(f, "5만1200명")).isEmpty();
    assertThat(agreementsCiting(f, "4만3300명")).isEmpty();
  }

  @Test
  void aDayWrittenAloneLinksNoTwoMomentsOfThatDay() {
    // the day links with every minute of it, but the satellite's separation and its first contact
    // six hours later are two moments, which no agreement may hold together
    List<FigureMention> figures = List.of(
        moment("a", "위성은 29일 궤도에 올랐다.", "29일", null, "궤도"),
        moment("b", "위성은 29일 오전 3시 33분 궤도에 올랐다.", "29일 오전 3시 33분", 3 * 60 + 33, "궤도"),
        moment("c", "위성은 29일 오전 9시 47분 궤도에서 교신했다.", "29일 오전 9시 47분", 9 * 60 + 47, "궤도"),
        moment("d", "위성은 29일 오전 3시 30분쯤 궤도에 올랐다.", "29일 오전 3시 30분", 3 * 60 + 30, "궤도"));
    List<Finding> f = CrossChecker.standard().check(new Extraction(List.of(), List.of(), List.of(), figures));
    List<List<String>> agreeing = f.stream().filter(x -> x.verdict() == Verdict.AGREEMENT).map(Finding::articleIds).toList();
    assertThat(agreeing).as("3시 33분 and 3시 30분쯤 are one moment, told roughly")
        .anySatisfy(ids -> assertThat(ids).contains("b", "d"));
    assertThat(agreeing).noneSatisfy(ids -> assertThat(ids).contains("b", "c"));
  }

  /** A day of May 2031 (and a minute of it, or null), as {@code sentence} writes it, in a clause of {@code event}. */
  private static FigureMention moment(String id, String sentence, String figure, Integer minutes, String event) {
    int at = sentence.indexOf(figure);
    dev.sasil.factcheck.time.PartialTime when = new dev.sasil.factcheck.time.PartialTime(2031, 5, 29, minutes);
    return new FigureMention(new Evidence(id, 0, sentence, at, at + figure.length(), figure), when, when,
        List.of("사고", event), List.of("사고", event), List.of(), null, event);
  }

  private static ExtractedClaim dated(FigureMention m) {
    return new ExtractedClaim(new dev.sasil.factcheck.Claim("사고", m.measure(), m.value(), List.of(), m.evidence(), ""), true, "");
  }

  @Test
  void figuresOfTwoMeasuresAreNotOneAgreementThoughTheyAreEqual() {
    List<Finding> f = compare("가람시 하천 범람으로 처음에 주민 7명이 실종됐다. 결국 7명이 숨진 채 발견됐다.",
        "가람시 하천 범람으로 실종된 주민 7명을 찾는 수색이 이어졌다. 범람으로 7명이 숨졌다.",
        "가람시 하천 범람으로 7명이 숨졌다. 당초 7명이 실종됐다는 신고가 있었다.");
    assertThat(f).filteredOn(x -> x.attribute().equals("실종자") || x.attribute().equals("사망자"))
        .isNotEmpty().allSatisfy(x -> assertThat(x.claims()).extracting(c -> c.evidence().sentence())
            .as("a death is no missing person's account, and the other way round")
            .allMatch(s -> x.attribute().equals("사망자") ? s.contains("숨") : s.contains("실종")));
  }
}
