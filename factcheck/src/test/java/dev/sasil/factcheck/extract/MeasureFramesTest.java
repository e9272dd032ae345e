package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Measure frames read with an open vocabulary; every sentence here is written for the test. */
class MeasureFramesTest {



  @Test
  void aCauseInRoBeforeAChangeIsNoNameOfTheFigureTheTopicIs() {
    assertThat(ClaimFacts.facts("2031-01-30", "법인세는 경기 부진과 거래 감소 등으로 3조1000억원 줄었다."))
        .contains("법인세 증감 -3100000000000");
    assertThat(ClaimFacts.facts("2031-01-30", "재산세도 공시가격 하락, 세율 인하 등으로 1조2000억원 감소했다."))
        .contains("재산세 증감 -1200000000000");
    assertThat(ClaimFacts.facts("2031-01-30", "법인세는 수입 부진으로 3조1000억원 줄었다."))
        .contains("법인세 증감 -3100000000000");
  }

  @Test
  void theHalfOfAnInningIsAnOrdinalNoCount() {
    assertThat(ClaimFacts.facts("2031-03-09", "가람은 7회초 3점 홈런을 맞았다. 나래는 8회말에 다시 공격했다."))
        .noneMatch(f -> f.endsWith(" 7") || f.endsWith(" 8"));
  }

  @Test
  void aRateInBracketsAfterAnAmountWrittenWithASpaceBeforeItsUnitIsTheAmountsGrowth() {
    assertThat(ClaimFacts.facts("2031-01-30", "법인세는 3조1000억 원(-12.5%) 줄었다."))
        .contains("법인세 증감 -3100000000000", "법인세 growth.rate -12.5");
    assertThat(ClaimFacts.facts("2031-01-30", "연간 혼인 건수는 2029년 18만 2507건(-9.8%)으로 처음 20만 건을 밑돌았다."))
        .as("a rate that changes nothing leaves the amount its own").contains(" 혼인 182507 [period=2029]");
  }

  @Test
  void anAbbreviationInBracketsAfterTheOwnersNameNamesTheOwner() {
    assertThat(ClaimFacts.facts("2031-04-25", "1분기 실질 국내총생산(GDP)은 전분기 대비 1.3% 증가한 것으로 집계됐다."))
        .anyMatch(f -> f.startsWith("GDP growth.rate 1.3"));
  }

  @Test
  void aRunningCountAtATimeOfDayIsOfThatMomentUntilASentenceSaysTheCountIsFinal() {
    assertThat(ClaimFacts.facts("2031-03-11", "박서준 후보는 11일 오전 2시 10분께 90% 개표율을 보인 가운데 45.2%(12만3400표)를 얻었다. "
        + "최유리 후보는 11만1200표를 얻었다. 최종 개표 결과 박서준 후보는 13만5000표를 얻었다."))
        .contains("박서준 득표수 123400 [asof=2031-03-11T02:10]", "최유리 득표수 111200 [asof=2031-03-11T02:10]", "박서준 득표수 135000");
    assertThat(ClaimFacts.facts("2031-03-11", "오후 3시 현재 서울 투표율은 45.1%다."))
        .contains("서울 투표율 45.1 [asof=2031-03-11T15:00]");
  }

  @Test
  void aBracketedBaseOfComparisonAfterTheMeasureIsAnAsideToIt() {
    assertThat(ClaimFacts.facts("2031-04-26", "통계청은 1분기 가람지수 상승률(전분기 대비)이 2.4%를 기록했다고 밝혔다."))
        .contains("가람지수 growth.rate 2.4 [period=2031-Q1, scope=qoq]");
    assertThat(ClaimFacts.facts("2031-04-26", "1분기 가람지수 상승률(잠정치·전분기 대비)이 2.4%로 집계됐다."))
        .contains("가람지수 growth.rate 2.4 [period=2031-Q1, scope=qoq]");
  }

  @Test
  void aPartCountedWithItsWholesCounterIsTheOwnersCountAndTheWholeIsNoOnes() {
    assertThat(ClaimFacts.facts("2031-03-02", "김하늘은 심사위원 투표 51표 중 40표를 얻었다."))
        .containsExactly("김하늘 득표수 40");
  }

  @Test
  void aRateNamedInTheBracketAfterAFigureIsTheRateOfTheFiguresOwner() {
    assertThat(ClaimFacts.facts("2031-03-02", "박서준 후보가 당선됐다. 박 후보는 12만3400표(득표율 45.2%)를 얻었다."))
        .contains("박서준 득표수 123400", "박서준 득표율 45.2");
  }

  @Test
  void aNameInTheGenitiveBeforeANounOfResultsOwnsTheFiguresOfItsSentence() {
    assertThat(ClaimFacts.facts("2031-01-16", "업계가 공시된 가람전자의 잠정실적을 분석한 결과, 지난해 매출 9조원과 영업이익 1조원을 기록했다."))
        .contains("가람전자 revenue 9000000000000 [period=2030]", "가람전자 operating.profit 1000000000000 [period=2030]");
  }

  @Test
  void respectiveFiguresGoToNounsJoinedBeforeAWordThatClosesTheList() {
    assertThat(ClaimFacts.facts("2031-03-02", "나래식품의 매출과 영업이익 모두 각각 4.1%, 6.3% 늘었다."))
        .contains("매출 growth.rate 4.1", "영업이익 growth.rate 6.3");
  }

  @Test
  void aPercentageWithItsCountInBracketsIsTheRateOfTheCountsMeasure() {
    assertThat(ClaimFacts.facts("2031-03-02", "박서준 후보는 45.2%(12만3400표), 최유리 후보는 41.8%(11만1200표)를 각각 얻었다."))
        .contains("박서준 득표율 45.2", "최유리 득표율 41.8");
  }

  @Test
  void aDivisionWordWrittenInTwoOrOnItsNameMakesTheTopicADivision() {
    assertThat(ClaimFacts.facts("2031-03-02", "가람전자는 지난해 매출 20조원을 기록했다. 반도체 사업 본부는 지난해 매출 8조원을 기록했다."))
        .contains("가람전자 revenue 20000000000000 [period=2030]", "반도체 revenue 8000000000000 [period=2030]");
  }

  @Test
  void anItemOfAListOfCandidatesIsThePersonItsOwnTitleFollows() {
    assertThat(ClaimFacts.facts("2031-06-04", "이어 김가람 후보가 10만368표, 박나래 후보 8만5963표, 이도윤 후보가 7만1091표 순이었다."))
        .contains("박나래 득표수 85963").noneMatch(f -> f.startsWith("김가람 득표수 85963"));
  }

  @Test
  void theWorldARankIsCountedOverIsItsScopeNotItsOwner() {
    assertThat(ClaimFacts.facts("2031-06-04", "가람 모델은 성능 평가에서 세계 7위, 국내 1위에 올랐다."))
        .noneMatch(f -> f.startsWith("세계 ")).anyMatch(f -> f.contains("순위 7") && f.contains("scope=global"));
  }

  @Test
  void aSpeedIsAMeasureOfItsOwnAndARangeOfFlightIsNoDistanceFromAPlace() {
    assertThat(ClaimFacts.facts("2031-03-02", "나래호의 신형기는 최대 속도가 시속 900㎞, 항속 거리는 1만2000㎞에 이른다."))
        .containsExactly("신형기 속도 900", "신형기 항속거리 12000000");
  }

  @Test
  void aSurnameWithACallingOrARankStandsForTheFullNameWrittenBefore() {
    assertThat(ClaimFacts.facts("2031-03-02", "최민호 소령이 왔다. 최 소령은 이번 대회에서 12골을 넣었다."))
        .anyMatch(f -> f.startsWith("최민호 득점 12"));
    assertThat(ClaimFacts.facts("2031-03-02", "이도윤 선수가 결승에 올랐다. 이 선수는 이번 대회에서 12골을 넣었다."))
        .anyMatch(f -> f.startsWith("이도윤 득점 12"));
  }

  @Test
  void aRaiseAskedForWithAnEndingGluedToTheVerbIsProposed() {
    assertThat(ClaimFacts.facts("2031-03-02", "가람노조는 기본급을 9.3% 인상해달라고 요구했다."))
        .anyMatch(f -> f.contains("9.3") && f.contains("proposed"));
  }

  @Test
  void aFigureThatIsTheTopicOfADemandIsProposed() {
    assertThat(ClaimFacts.facts("2031-03-02", "기본급 300만원은 2029년부터 나온 가람노조 요구다."))
        .anyMatch(f -> f.contains("3000000") && f.contains("proposed"));
  }

  @Test
  void aScopeWordBeforeAFigureIsItsScopeNotItsOwner() {
    assertThat(ClaimFacts.facts("2031-03-02", "나래자동차의 지난달 판매량은 3만2000대였다. 내수(1만2400대) 판매가 5.1% 줄었다."))
        .contains(" units.sold 12400 [scope=domestic]").noneMatch(f -> f.startsWith("내수 "));
  }

  @Test
  void aCompoundParticlesPhraseStandsBetweenATopicAndItsFigureAsAnAdverbWould() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람관 입장료는 관람 시간에 따라 1만2000원으로 정해졌다."))
        .as("에 따라 does not end a clause").containsExactly("가람관 입장료 12000");
    assertThat(ClaimFacts.facts("2031-05-02", "나래통신의 위약금은 약정 기간에 따라 3만~9만원, 가람통신은 2만~8만원으로 책정됐다."))
        .as("each owner's span, the second by the first's measure")
        .containsExactly("나래통신 위약금 30000~90000", "가람통신 위약금 20000~80000");
    assertThat(ClaimFacts.facts("2031-05-02", "태풍 피해는 지역 경찰과 소방 당국에 의해 40명이 구조되고 1만2000명이 대피했다."))
        .as("neither the agent of 에 의해 nor the topic beyond it names what its verb's subject counts")
        .noneMatch(f -> f.contains("당국") || f.contains("경찰") || f.endsWith(" 40") && !f.startsWith(" "));
  }

  @Test
  void aNounThatOnlySaysTheNumberOfLeavesTheMeasureToTheNounBeforeIt() {
    assertThat(ClaimFacts.facts("2031-05-02", "이는 지난 대회에서 따낸 메달 수(24개)와 같다."))
        .allMatch(f -> f.startsWith(" 메달 ")).isNotEmpty();
    assertThat(ClaimFacts.facts("2031-05-02", "가람군의 귀농 가구 수는 120가구다.")).noneMatch(f -> f.contains(" 수 "));
  }

  @Test
  void theDeadFoundOnOneFloorArePartOfTheToll() {
    List<Claim> claims = ClaimExtractor.standard().extract(Articles.of("t", "2031-05-02",
        "공장 화재로 12명이 숨졌다. 지상 3층에서 7명이, 지하 1층에서 5명이 숨진 채 발견됐다.")).claims().stream()
        .map(ExtractedClaim::claim).toList();
    assertThat(claims).extracting(c -> c.evidence().text() + " " + c.qualifiers())
        .containsExactly("12명 []", "7명 [part=지상3층]", "5명 [part=지하1층]");
  }

  @Test
  void aNamesAmountInASentenceNamingNoMeasureIsOfTheMeasureTheSentenceBeforeRead() {
    List<ExtractedClaim> claims = ClaimExtractor.standard().extract(Articles.of("t", "2031-05-02",
        "올해 단말 보조금은 5만~20만원이다. 삼성전자는 8만~15만원을 책정했다.")).claims();
    assertThat(claims).filteredOn(c -> c.claim().evidence().text().equals("8만~15만원")).singleElement()
        .satisfies(c -> {
          assertThat(c.claim().subject() + " " + c.claim().attribute()).isEqualTo("삼성전자 보조금");
          assertThat(c.firm()).as("carried from the sentence before").isFalse();
        });
    assertThat(ClaimFacts.facts("2031-05-02", "올해 단말 보조금은 5만~20만원이다. 삼성전자는 기존대로 3명도 뽑지 않았다."))
        .noneMatch(f -> f.startsWith("삼성전자 보조금"));
  }

  @Test
  void bulletedItemsNamingNoMeasureOwnTheMeasureTheArticleLastRead() {
    assertThat(ClaimFacts.facts("2031-05-02",
        "의대 정원은 가람대가 가장 많은 200명이다. 이어 ▲나래대 40명→130명 ▲누리대 40명→120명이다."))
        .contains("나래대 정원 130", "누리대 정원 120").noneMatch(f -> f.startsWith(" 나래대") || f.startsWith(" 누리대"));
  }

  @Test
  void whatIsLeftBeforeAGoalIsNoValueOfItsMeasure() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람리그는 500만 관중까지 3만2000명만 남겨두고 있다."))
        .as("neither what is left nor the goal").noneMatch(f -> f.endsWith(" 32000") || f.endsWith(" 5000000"));
    assertThat(ClaimExtractor.standard().extract(Articles.of("t", "2031-05-02", "가람FC는 우승까지 2승을 남겼다."))
        .figures()).extracting(f -> f.evidence().text()).doesNotContain("2승");
    assertThat(ClaimFacts.facts("2031-05-02", "가람리그 관중은 3만2000명으로 집계됐다.")).contains("가람리그 관객 32000");
  }

  @Test
  void aFigureOfNamesCoordinatedBeforeItIsTheirsTogether() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람전자와 나래전자가 올해 매출 30조원을 넘겼다."))
        .singleElement().asString().startsWith("가람전자·나래전자 ");
    assertThat(ClaimFacts.facts("2031-05-02", "가람전자·나래전자의 매출은 30조원을 넘겼다."))
        .singleElement().asString().startsWith("가람전자·나래전자 ");
    assertThat(ClaimFacts.facts("2031-05-02", "가람자동차와 나래모터스가 지난해 500만대를 팔았다."))
        .as("a verb's object figure, no measure noun").singleElement().asString().startsWith("가람자동차·나래모터스 ");
    assertThat(ClaimFacts.facts("2031-05-02", "가람전자와 나래전자는 각각 매출 20조원과 10조원을 올렸다."))
        .as("각각 gives each its own").noneMatch(f -> f.contains("·"));
  }

  @Test
  void aCountWrittenBeforePerIsTheUnitOfARateNotAValue() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람군의 여자 사망률(1천명 당 사망자 수)은 5.3명이다."))
        .noneMatch(f -> f.endsWith(" 1000"));
    assertThat(ClaimFacts.facts("2031-05-02", "가람군 인구는 1만2000명 당시 집계와 같다."))
        .as("a word that begins with 당 is no per").anyMatch(f -> f.endsWith(" 12000"));
  }

  @Test
  void moreOfWhatWasThereIsAChangeInTheDirectionOfTheVerbAfterIt() {
    assertThat(ClaimFacts.facts("2031-05-02", "나래대 정원은 80명을 추가 배정해 200명이 됐다."))
        .contains("나래대 정원 200").anyMatch(f -> f.contains(" 증감 80"));
    assertThat(ClaimFacts.facts("2031-05-02", "가람시의 공시가격도 0.05%포인트 추가 하락했다."))
        .singleElement().asString().endsWith(" -0.05");
  }

  @Test
  void aNounCountedByTheFigureBeforeItIsNoMeasureOfTheNext() {
    assertThat(ClaimFacts.facts("2031-05-02", "사고 당시 공장에서는 4개 업체 35명이 일하고 있었다."))
        .noneMatch(f -> f.contains("업체"));
    assertThat(ClaimFacts.facts("2031-05-02", "가람 투수는 204탈삼진 평균자책점 2.10을 기록했다."))
        .as("a counter that names what it counts counts no noun after it").anyMatch(f -> f.contains("평균자책점 2.1"));
  }

  @Test
  void theYearOfAFigureComparedWithIsNoPeriodOfTheChange() {
    assertThat(ClaimFacts.facts("2031-01-05", "지난해 가람전자의 판매량은 120만대로 2029년 130만대 대비 7.7% 줄었다."))
        .anyMatch(f -> f.contains("growth.rate -7.7") && f.contains("period=2030"))
        .noneMatch(f -> f.contains("growth.rate") && f.contains("period=2029"));
  }

  @Test
  void theDeadAndTheInjuredTogetherAreCasualtiesNotAnEvent() {
    assertThat(ClaimFacts.facts("2031-05-02", "이번 사고로 3명이 숨지고 5명이 다치는 등 8명의 사상자가 발생했다."))
        .contains(" 사상자 8").noneMatch(f -> f.contains("발생"));
    assertThat(ClaimFacts.facts("2031-05-02", "가람교 붕괴로 인한 인명 피해는 11명으로 늘었다."))
        .contains(" 사상자 11");
  }

  @Test
  void aPlaceWrittenWithEOwnsWhatWasMeasuredThereAndARegionOwnsItsStationInBrackets() {
    assertThat(ClaimFacts.facts("2031-07-20", "전남 순천에도 120mm 이상의 비가 기록됐다."))
        .singleElement().asString().startsWith("순천 강수량");
    assertThat(ClaimFacts.facts("2031-07-20", "지역별 강수량은 경북 안동(길안) 98.5㎜, 청송(현서) 77.0㎜ 등이다."))
        .anyMatch(f -> f.startsWith("안동 강수량")).noneMatch(f -> f.startsWith("길안"));
    assertThat(ClaimFacts.facts("2031-07-20", "가람FC는 경기에 앞서 2만석을 모두 팔았다."))
        .as("a compound particle's 에 is no place").noneMatch(f -> f.startsWith("경기"));
  }

  @Test
  void whatWillOrMayBeIsNoFact() {
    assertThat(ClaimFacts.facts("2031-07-20", "밤사이 가람도에 비가 시간당 30~60mm 쏟아지겠다.")).isEmpty();
    assertThat(ClaimFacts.facts("2031-07-20", "가람전자는 합병으로 낸드 시장 3위를 차지할 것이다.")).isEmpty();
    assertThat(ClaimFacts.facts("2031-07-20", "가람전자는 낸드 시장 3위를 차지했다.")).isNotEmpty();
  }

  @Test
  void aSectorNounLeavesTheFieldToTheNounBeforeIt() {
    assertThat(ClaimFacts.facts("2031-07-20", "나래전자는 디램 부문에서 매출 5조원을 올렸다."))
        .noneMatch(f -> f.contains("부문")).isNotEmpty();
  }

  @Test
  void rainThatFellIsTheAmountNotADecrease() {
    assertThat(ClaimFacts.facts("2031-07-20", "이날 나래군에서 오후 6시까지 비가 210mm 내렸다."))
        .containsExactly("나래군 강수량 0.21");
    assertThat(ClaimFacts.facts("2031-07-20", "가람은행은 기준금리를 0.25%포인트 내렸다."))
        .singleElement().asString().endsWith(" -0.25");
  }

  @Test
  void thePartsInBracketsAfterAFigureAreNotTheVerbThatNamesItsMeasure() {
    assertThat(ClaimFacts.facts("2031-08-20", "가람국은 수영에서 9개(금 2, 은 3, 동 4)가 나왔다."))
        .noneMatch(f -> f.endsWith(" 9") && (f.contains("은메달") || f.contains("동메달")));
  }

  @Test
  void aPartWrittenWithPohamBeforeItsWholeKeepsItsMeasureAndTheWholeNamesNone() {
    assertThat(ClaimFacts.facts("2031-08-20", "가람국은 레슬링에서 금메달 3개 포함 11개를 땄다."))
        .contains("레슬링 금메달 3").noneMatch(f -> f.contains("포함"));
  }

  @Test
  void aSharpFallIntradayIsAFallOfTheIndex() {
    assertThat(ClaimFacts.facts("2031-08-20", "가람지수는 이날 장중 6% 넘게 폭락했다."))
        .singleElement().asString().startsWith("가람지수 growth.rate -6").doesNotContain("장중");
    assertThat(ClaimFacts.facts("2031-08-20", "나래전자 주가는 12% 급등했다."))
        .singleElement().asString().contains("growth.rate 12");
  }

  @Test
  void aRankInBracketsAfterAFigureIsItsPlaceInThatMeasuresRanking() {
    assertThat(ClaimFacts.facts("2031-08-20", "역대 수출액은 2029년 6200억 달러(2위), 2027년 6100억 달러(3위)다."))
        .contains(" 순위 2 [part=수출액, period=2029]", " 순위 3 [part=수출액, period=2027]")
        .noneMatch(f -> f.contains("달러 "));
  }

  @Test
  void thePartsInBracketsAfterAFieldsFigureAreTheFieldsToo() {
    assertThat(ClaimFacts.facts("2031-08-20", "가람국은 조정에서 금메달 4개(은 2, 동 1)를 땄다."))
        .contains("조정 금메달 4", "조정 은메달 2", "조정 동메달 1");
  }

  @Test
  void theSpanAFigureIsSpentOverNamesNoMeasure() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람군은 청년 지원에 10년 간 800억원을 투입했다."))
        .noneMatch(f -> f.contains(" 간 "));
  }

  @Test
  void theSeasonARecordCountsOverIsNeitherItsOwnerNorItsMeasure() {
    assertThat(ClaimFacts.facts("2031-05-02", "김도윤은 이날 정규리그 19골로 득점 단독 선두가 됐다."))
        .containsExactly("김도윤 득점 19");
  }

  @Test
  void theRoundAMatchIsPlayedInIsTheLeaguesRound() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람FC는 2일 열린 한빛리그 최종 30라운드에 나서 2골을 넣었다."))
        .contains("한빛리그 라운드 30").noneMatch(f -> f.endsWith("라운드 2"));
    assertThat(ClaimFacts.facts("2031-05-02", "가람FC의 김도윤은 한빛리그 최종 30라운드에서 2골을 넣으며 시즌 19골로 득점왕이 됐다."))
        .as("에서 after a round says where, no base; the goals after it are no items of the round's list")
        .containsExactly("한빛리그 라운드 30", "김도윤 득점 2", "김도윤 득점 19");
  }

  @Test
  void theUnitARateIsCountedPerIsNoFigure() {
    assertThat(ClaimFacts.facts("2031-05-02", "가입자 1명당 받는 포인트는 300점에 그쳤다."))
        .noneMatch(f -> f.endsWith(" 1"));
    assertThat(ClaimFacts.facts("2031-05-02", "인구 1000명당 혼인 건수는 3.8건이다."))
        .noneMatch(f -> f.endsWith(" 1000"));
  }

  @Test
  void peopleNamedByARoleAreWhatTheClauseSaysBefellThem() {
    assertThat(ClaimFacts.facts("2031-05-02", "사고로 다친 승객은 14명으로 집계됐다."))
        .containsExactly(" 부상자 14");
    assertThat(ClaimFacts.facts("2031-05-02", "전날 감염병으로 사망한 환자는 30명이다."))
        .contains(" 사망자 30");
  }

  @Test
  void aFigureNoMeasureNamesIsMeasuredByThePredicateItIsAnArgumentOf() {
    assertThat(ClaimFacts.facts("2031-02-20", "가람전자는 나래연구소에 현금으로 70억원을 지급한다."))
        .contains("가람전자 지급 7000000000");
    assertThat(ClaimFacts.facts("2031-02-20", "사고 당시 현장에서는 30명이 근무하고 있었다."))
        .anyMatch(f -> f.endsWith(" 근무 30"));
    assertThat(ClaimFacts.facts("2031-02-20", "나래는 두 골을 연달아 넣었다."))
        .as("of two verbs in a row, the first only says how").noneMatch(f -> f.contains("연달"));
    assertThat(ClaimFacts.facts("2031-02-20", "가람전자는 지난해 730만대를 달성했다."))
        .as("a verb that states a figure names no measure").noneMatch(f -> f.contains("달성"));
  }

  @Test
  void aShareOfAWholeIsOwnedByTheWholeAndNamedByItsVerb() {
    assertThat(ClaimFacts.facts("2031-11-08", "응답자 중 35%가 찬성했다."))
        .contains("응답자 찬성 35");
    assertThat(ClaimFacts.facts("2031-11-08", "직원 770명 중 700명이 서명했다."))
        .as("a count of a part stays unclaimed without a measure").noneMatch(f -> f.endsWith(" 700"));
  }

  @Test
  void aFigureMoreOrFewerThanAnotherIsTheDifference() {
    assertThat(ClaimFacts.facts("2031-11-08", "신규 확진자는 6만2273명으로, 전주(5만8363명)보다 3910명 많은 숫자이다."))
        .contains("확진자 증감 3910").noneMatch(f -> f.equals(" 확진자 3910"));
    assertThat(ClaimFacts.facts("2031-11-08", "수출액은 지난해보다 3억달러 적은 50억달러였다."))
        .anyMatch(f -> f.startsWith("수출액 증감 -300000000"));
  }

  @Test
  void aSpanIsNoLengthOfTheNounOfAClauseModifyingAnother() {
    assertThat(ClaimFacts.facts("2031-02-20", "불은 10시간 동안 방향을 가늠할 수 없는 강풍을 타고 번졌다."))
        .noneMatch(f -> f.contains("방향"));
    assertThat(ClaimFacts.facts("2031-02-20", "두 정상은 87분 동안 회담을 했다."))
        .anyMatch(f -> f.contains("회담 PT87M"));
  }

  @Test
  void aGapInPointsIsOneMeasureWhetherWrittenAsGapOrDifference() {
    assertThat(ClaimFacts.facts("2031-02-20", "가람당 후보와의 격차는 12.4%포인트로 벌어졌다."))
        .anyMatch(f -> f.contains("격차 12.4"));
    assertThat(ClaimFacts.facts("2031-02-20", "나래 후보는 가람 후보를 12.4%포인트 차이로 눌렀다."))
        .anyMatch(f -> f.contains("격차 12.4"));
  }

  @Test
  void aSpanOfYearsBeforeTheTotalOfADealIsItsTerm() {
    assertThat(ClaimFacts.facts("2031-02-20", "가람전자는 나래연구소와 3년 총액 50억원의 계약에 합의했다."))
        .contains("가람전자 계약기간 P3Y");
    assertThat(ClaimFacts.facts("2031-02-20", "가람전자는 계약기간 5년에 나래연구소와 계약했다."))
        .contains("가람전자 계약기간 P5Y");
    assertThat(ClaimFacts.facts("2031-02-20", "나래는 3년 동안 50억원을 벌었다."))
        .as("a span the next figure is counted over is no term").noneMatch(f -> f.contains("계약기간"));
  }

  @Test
  void theTopicAfterASourceNamedApartOwnsItsFigures() {
    assertThat(ClaimFacts.facts("2031-02-20", "업계에 따르면 가람전자는 지난해 매출 3조원을 기록했다."))
        .anyMatch(f -> f.startsWith("가람전자 revenue 3000000000000"));
    assertThat(ClaimFacts.facts("2031-02-20", "가람청에 따르면 관측소가 측정한 기온이 39.1도에 달했다."))
        .as("the subject of a clause before the measure is no owner").noneMatch(f -> f.startsWith("관측소"));
  }

  @Test
  void aNearerDayOfAnotherYearTakesThePeriodFromAnEarlierYear() {
    assertThat(ClaimFacts.facts("2031-08-02", "가람시 1910년 등 관측이 시작된 이래 이 기록은 1960년 7월 3일 나래시(39.8도)가 유일했다."))
        .as("1910년 is when observing began; the reading is of 1960").noneMatch(f -> f.contains("period=1910"));
    assertThat(ClaimFacts.facts("2031-08-02", "가람전자의 2030년 매출은 3조원으로, 지난 1일 공시됐다."))
        .as("a day of the same year leaves the year").anyMatch(f -> f.contains("period=2030"));
  }

  @Test
  void aPeriodWrittenAsOneWordBeforeAFigureIsNoMeasure() {
    assertThat(ClaimFacts.facts("2031-05-02", "가공식품 물가는 같은기간 4.1% 올랐다."))
        .containsExactly("가공식품물가 growth.rate 4.1");
  }

  @Test
  void aFigureInQuotedSpeechIsReadWithinTheQuotationNeverOwnedByTheSpeaker() {
    assertThat(ClaimFacts.facts("2031-05-02", "나래시 소방서장은 \"현재까지 파악된 부상자는 모두 14명이며 중상자는 없다\"고 밝혔다."))
        .as("the next clause's negation is not the figure's").containsExactly(" 부상자 14");
    assertThat(ClaimFacts.facts("2031-05-02", "가람구단은 \"선수와 계약 기간 4년, 총액 60억원에 계약했다\"고 발표했다."))
        .as("the speaker is no owner of the quotation's figures").containsExactly(" 계약기간 P4Y", " 총액 6000000000");
    assertThat(ClaimFacts.facts("2031-05-02", "정가람 총재는 이날 간담회에서 \"물가상승률이 5%를 넘었다\"며 이같이 말했다."))
        .as("nor the occasion or the topic before a quotation whose first word is the measure")
        .contains(" 물가상승률 5").noneMatch(f -> f.startsWith("정가람 물가"));
  }

  @Test
  void aChangeFromTheFigureOfATimeBeforeIsAChangeOverTime() {
    assertThat(ClaimFacts.facts("2031-01-02", "가람차의 지난해 국내 판매는 12만대로 1년 전 13만2000대보다 6.1% 감소했다."))
        .as("the figure of the year before, written after it, is the base").anyMatch(f -> f.contains("growth.rate -6.1"));
    assertThat(ClaimFacts.facts("2031-01-02", "가람차의 판매는 12만대로 나래차 13만2000대보다 6.1% 적었다."))
        .as("another thing's figure is no base of a change").noneMatch(f -> f.contains("growth.rate"));
  }

  @Test
  void aMeasureOfTheWholeVoteIsNoCandidates() {
    assertThat(ClaimFacts.facts("2031-03-10", "정가람 후보는 개표율 50%가 넘어가던 이날 0시쯤 역전에 성공했다."))
        .noneMatch(f -> f.startsWith("정가람 개표율"));
  }

  @Test
  void anObjectAFigureInRoSetsIsItsMeasureAndTheLevelReachedIsNoGrowth() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람시는 연간 지원 한도를 300억원으로 정했다."))
        .as("the noun before the measure names what it is of").containsExactly("지원 한도 30000000000 [scope=annual]");
    assertThat(ClaimFacts.facts("2031-05-02", "나래은행은 기준금리를 2.75%로 낮췄다."))
        .containsExactly("나래은행 기준금리 2.75");
    assertThat(ClaimFacts.facts("2031-05-02", "가람시는 공사 목표를 5곳으로 잡았다."))
        .as("a target's object is no measure").noneMatch(f -> f.contains(" 목표 "));
  }

  @Test
  void aLevelBeforeAChangeLeavesTheMeasureToTheLevelAfterIt() {
    assertThat(ClaimFacts.facts("2031-05-02", "나래국의 수입차 관세는 20%에서 12%로 내려간다."))
        .containsExactly("수입차 관세 12", "수입차 관세 20 [previous]");
    assertThat(ClaimFacts.facts("2031-05-02", "가람대 정원은 현원 50명에서 120명으로 늘어난다."))
        .as("the bare noun before the earlier level is its label; the school before the measure owns it")
        .containsExactly("가람대 정원 120", "가람대 정원 50 [previous]");
  }

  @Test
  void aBulletedListGivesEachItemItsOwnerAndTheListsMeasure() {
    assertThat(ClaimFacts.facts("2031-05-02", "입학 정원 변화는 ▲가람대 40명→90명(+50명) ▲나래대 60명→100명(+40명) 등이다."))
        .as("each bullet's noun owns its figures; the bracketed signed figure is the change")
        .containsExactly("가람대 정원 90", "가람대 증감 50", "나래대 정원 100", "나래대 증감 40");
    assertThat(ClaimFacts.facts("2031-05-02", "정원 변화는 ▲가람대 40명 ▲나래대 60명 등이다."))
        .containsExactly("가람대 정원 40", "나래대 정원 60");
  }

  @Test
  void aWholeBeforeABulletedListIsNoItemOfIt() {
    assertThat(ClaimFacts.facts("2031-05-02", "두 시는 300억원의 기금을 ▲200억원 현금 ▲100억원 현물로 채운다."))
        .as("the bullets start the parts, not the whole before them")
        .noneMatch(f -> f.contains("30000000000") && !f.contains(" 기금 "));
  }

  @Test
  void aPlaceInARankingIsOfTheNameHoldingIt() {
    assertThat(ClaimFacts.facts("2031-05-02", "금메달 9개를 딴 태국은 2회 연속 3위를 기록했다."))
        .as("a streak before the place is no figure").contains("태국 순위 3").noneMatch(f -> f.endsWith(" 2"));
    assertThat(ClaimFacts.facts("2031-05-02", "나래전자는 올해 글로벌 반도체 매출에서 5위를 차지했다."))
        .as("a scope is no owner").anyMatch(f -> f.startsWith("나래전자 순위 5"));
    assertThat(ClaimFacts.facts("2031-05-02", "가람당은 세 번째 도전에 나섰다."))
        .as("an ordinal of occasions is no place in a ranking").noneMatch(f -> f.contains(" 순위 "));
    assertThat(ClaimFacts.facts("2031-05-02", "나래국은 4위로 올라섰다."))
        .as("the place reached is no change").containsExactly("나래국 순위 4");
  }

  @Test
  void aRoleThatIsAlsoAMeasureIsTheGroupTheVerbCounts() {
    assertThat(ClaimFacts.facts("2031-05-02", "이 사고로 공장 직원 2명이 숨졌다."))
        .as("직원 counts employees, but here names who died").anyMatch(f -> f.endsWith("사망자 2"))
        .noneMatch(f -> f.contains("employees"));
    assertThat(ClaimFacts.facts("2031-05-02", "가람공장 직원은 500명이다."))
        .as("with no verb of its own it is still the staff").anyMatch(f -> f.contains("employees 500"));
  }

  @Test
  void aLossOrADeclineIsTheNegativeOfItsMeasure() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람전자는 1분기 영업손실 300억원을 냈다."))
        .anyMatch(f -> f.startsWith("가람전자 operating.profit -30000000000"));
    assertThat(ClaimFacts.facts("2031-05-02", "나래전자는 1분기 영업이익 300억원을 냈다."))
        .anyMatch(f -> f.startsWith("나래전자 operating.profit 30000000000"));
    assertThat(ClaimFacts.facts("2031-05-02", "지역별로는 △충북 12.5% △전남 9.25% 등 순으로 하락률이 컸다."))
        .as("a list's measure named after it, as a decline").containsExactly("충북 growth.rate -12.5", "전남 growth.rate -9.25");
    assertThat(ClaimFacts.facts("2031-05-02", "가람시의 하락률은 -3.5%였다."))
        .as("a decline written with its sign is not negated twice").singleElement().asString().endsWith("growth.rate -3.5");
  }

  @Test
  void pointsScoredAreCountedAsGoalsAreAndTheLeagueOwnsNone() {
    assertThat(ClaimFacts.facts("2031-05-02", "손흥민은 리그 17득점을 기록했다."))
        .as("득점 counts like 골; 리그 is when the record counts, not whose").containsExactly("손흥민 득점 17");
  }

  @Test
  void theMeasureBeforeAPlaceNamesTheRankingNotItsHolder() {
    assertThat(ClaimFacts.facts("2031-05-02", "득점 1위는 12골을 넣은 손흥민이 차지했다."))
        .noneMatch(f -> f.startsWith("득점 순위"));
    assertThat(ClaimFacts.facts("2031-05-02", "손흥민은 득점 1위에 올랐다."))
        .singleElement().asString().startsWith("손흥민 순위 1");
  }

  @Test
  void aFigureSaidToBePossibleIsNoReportedFact() {
    assertThat(ClaimFacts.facts("2031-05-02", "당국은 하루 최대 5만명의 환자가 나올 수 있다고 봤다."))
        .as("a possibility, as a forecast, states nothing that happened").isEmpty();
  }

  @Test
  void aChangeIsReadPastTheBracketedAsideAfterIt() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람 지수는 전날보다 12.5포인트(1.2%) 내린 1020.3에 마감했다."))
        .as("the verb after the aside says the points are a fall").anyMatch(f -> f.contains("증감 -12.5"));
  }

  @Test
  void theOwnerOfAChangingMeasureIsItsGenitiveOrTheTopicOfItsClauseButNotTheSpeaker() {
    assertThat(ClaimFacts.facts("2031-05-02", "한빛소재는 1분기보다 매출이 40% 늘었다."))
        .containsExactly("한빛소재매출 growth.rate 40");
    assertThat(ClaimFacts.facts("2031-05-02", "나래전자의 매출이 12% 줄었다."))
        .containsExactly("나래전자매출 growth.rate -12");
    assertThat(ClaimFacts.facts("2031-05-02", "통계청은 수출액이 5% 늘었다고 밝혔다."))
        .noneMatch(f -> f.startsWith("통계청"));
    assertThat(ClaimFacts.facts("2031-05-02", "나래전자의 1분기 매출은 전년보다 12% 줄었다."))
        .as("a time between the genitive and the measure").contains("나래전자매출 growth.rate -12 [period=2031-Q1, scope=yoy]");
    assertThat(ClaimFacts.facts("2031-05-02", "나래전자의 지난해 기록은 전년 대비 7% 줄어든 수치다."))
        .as("a noun that names nothing leaves the owner alone").anyMatch(f -> f.startsWith("나래전자 growth.rate -7"));
  }

  @Test
  void whatWasObservedIsAFactAndAnObservationAboutTheFutureIsNone() {
    assertThat(ClaimFacts.facts("2031-08-01", "가람시의 최고기온은 이날 관측된 40.2도다."))
        .anyMatch(f -> f.contains("40.2")).noneMatch(f -> f.contains("forecast"));
    assertThat(ClaimFacts.facts("2031-08-01", "매출은 3조원을 넘을 것이라는 관측이 나온다."))
        .noneMatch(f -> f.contains("3000000000000") && !f.contains("forecast"));
  }

  @Test
  void pointsWrittenWithoutPercentAreAnIndexsChangeNotPercentagePoints() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람지수가 12.5포인트 내렸다.")).containsExactly("가람지수 증감 -12.5");
    Quantity q = dev.sasil.factcheck.quantity.QuantityNormalizer.standard().find("12.5포인트 내렸다").get(0).quantity();
    assertThat(q.unit()).isEqualTo(dev.sasil.factcheck.quantity.QuantityUnit.POINTS);
    assertThat(dev.sasil.factcheck.quantity.QuantityNormalizer.standard().find("0.25%포인트 내렸다").get(0).quantity().unit())
        .isEqualTo(dev.sasil.factcheck.quantity.QuantityUnit.PERCENT_POINT);
  }

  @Test
  void aLengthIsOfWhatLastedItAndTheSpanOfAnotherFigureIsNone() {
    assertThat(ClaimFacts.facts("2031-05-02", "두 나라 정상은 2일 95분간 정상회담을 가졌다."))
        .contains(" 정상회담 PT95M");
    assertThat(ClaimFacts.facts("2031-05-02", "지난 1일 40분간의 전산 장애가 일어났다."))
        .as("the length between a day and its event leaves the day to the event").contains(" 장애 PT40M", "장애 발생 2031-05-01");
    assertThat(ClaimFacts.facts("2031-05-02", "나래시에는 1시간 동안 비가 80㎜ 내렸다."))
        .as("the hour is the span the rain is counted over").noneMatch(f -> f.contains("PT60M"));
  }

  @Test
  void aTitlesHolderOwnsTheCountersMeasureAcrossAFieldAndAnOccasionIsNoPart() {
    assertThat(ClaimFacts.facts("2031-07-23", "남궁민수 후보가 대표에 뽑혔다. 남 대표는 시청에서 열린 대회에서 1만2천표를 얻었다."))
        .containsExactly("남궁민수 office 대표", "남궁민수 득표수 12000");
    assertThat(ClaimFacts.facts("2031-07-23", "남궁민수 후보가 대표에 뽑혔다. 남 후보는 당원 투표에서 9천표를 얻었다."))
        .as("a bare field after the holder's family name and title is a part")
        .containsExactly("남궁민수 office 대표", "남궁민수 득표수 9000 [part=투표]");
  }

  @Test
  void aRegionWrittenBeforeWhatChangedOwnsTheChangeAndNeverContradictsTheNation() {
    assertThat(ClaimFacts.facts("2031-03-22", "충북 아파트 공시가격은 5.5% 낮아진다."))
        .containsExactly("충북 growth.rate -5.5");
    List<Finding> findings = ClaimFacts.compare(
        Articles.of("a", "2031-03-22", "전국 아파트 공시가격은 10.2% 낮아진다."),
        Articles.of("b", "2031-03-22", "충북 아파트 공시가격은 5.5% 낮아진다."));
    assertThat(findings).noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void aPhraseOfFiguresAfterAFigureNamesNothingAndLeavesTheNounBeforeIt() {
    assertThat(ClaimFacts.facts("2031-04-29", "불이 난 곳은 연면적 2000㎡의 지하 1층~지상 3층 건물이다."))
        .as("the floors are the building's (FloorFrames), the area no floor's")
        .containsExactly(" 연면적 2000", " 지하층수 1", " 지상층수 3");
  }

  @Test
  void aCumulativeAudienceIsOneValueAtATimeSoTwoOfOneDayContradict() {
    assertThat(ClaimFacts.facts("2031-12-24", "영화 '한별'은 24일 0시 기준 누적 관객 수 812만3456명을 기록했다."))
        .containsExactly("한별 누적관객 8123456 [asof=2031-12-24T00:00]");
    List<Finding> findings = ClaimFacts.compare(
        Articles.of("a", "2031-12-24", "영화 '한별'은 24일 0시 기준 누적 관객 수 812만3456명을 기록했다."),
        Articles.of("b", "2031-12-24", "영화 '한별'은 24일 0시 기준 누적 관객 수 872만3456명을 기록했다."));
    assertThat(findings).anyMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void aCountThatCameOutOfASearchNamesNoMeasureByItsVerb() {
    assertThat(ClaimFacts.facts("2031-05-08", "관련 기록을 살펴보니 모두 42건이 나왔다."))
        .noneMatch(f -> f.contains("나오"));
  }

  @Test
  void theVotesAMotionNeedsAreAMeasureOfTheirOwn() {
    assertThat(ClaimFacts.facts("2031-05-08", "가결 정족수는 151명이다.")).containsExactly(" 정족수 151");
  }

  @Test
  void theEarlierMomentACountIsComparedWithIsNotTheMomentOfTheFiguresAfterIt() {
    List<String> facts = ClaimFacts.facts("2031-05-16",
        "본부는 16일 오전 6시 기준 부상자는 41명이라고 밝혔다. 이재민은 900명으로, 전날 오후 10시 기준 때보다 100명 늘었다. "
            + "접수된 시설 피해는 300건이다.");
    assertThat(facts).anyMatch(f -> f.contains("부상자 41 [asof=2031-05-16T06:00]"))
        .noneMatch(f -> f.contains("asof=2031-05-15T22:00"));
  }

  @Test
  void aDecadeAfterThePeopleItDescribesIsTheirAgeNotACount() {
    assertThat(ClaimFacts.facts("2031-05-08", "피의자는 30대였다.")).noneMatch(f -> f.endsWith(" 30"));
    assertThat(ClaimFacts.facts("2031-05-08", "희생자는 대부분 20~30대이며 외국인도 있었다."))
        .noneMatch(f -> f.contains("희생자 20~30"));
    assertThat(ClaimFacts.facts("2031-05-08", "현장에 헬기 30대가 출동했다.")).anyMatch(f -> f.endsWith(" 30"));
  }

  @Test
  void aNameThatIsTheSubjectOfTheFiguresClauseOwnsItAsATopicWould() {
    assertThat(ClaimFacts.facts("2031-07-13", "가람은행이 기준금리를 현 수준인 1.50%에서 1.75%로 인상했다."))
        .contains("가람은행 기준금리 1.75");
    assertThat(ClaimFacts.facts("2031-07-13", "가람국이 발사한 위성 나래호가 3m 크기의 물체를 찍었다."))
        .as("the subject of a relative clause owns nothing of the clause it modifies").noneMatch(f -> f.startsWith("가람국 "));
  }

  @Test
  void aListingsOfferPriceIsAMeasureAndRupeesAreMoney() {
    assertThat(ClaimFacts.facts("2031-10-22", "공모가는 2만6000원으로 확정됐다.")).containsExactly(" 공모가 26000");
    assertThat(ClaimFacts.facts("2031-10-22", "가람전자는 공모가를 희망 범위 상단인 1960루피로 확정했다."))
        .containsExactly("가람전자 공모가 1960");
    assertThat(ClaimFacts.facts("2031-10-22", "가람전자 공모가는 희망 밴드 최상단인 주당 1960루피로 책정됐다."))
        .as("주당 says what a price is of, never what it measures").containsExactly("가람전자 공모가 1960");
  }

  @Test
  void degreesOfLatitudeAndLongitudeAreNoTemperature() {
    assertThat(ClaimFacts.facts("2031-05-08", "가람위성이 분리되는 지점은 남위 61.5도이다."))
        .anyMatch(f -> f.contains("남위 61.5")).noneMatch(f -> f.contains("기온"));
    assertThat(ClaimFacts.facts("2031-05-08", "태풍은 이날 북위 33.1도 부근을 지났다."))
        .noneMatch(f -> f.contains("기온"));
  }

  @Test
  void aBurnsDegreeIsNoTemperatureAndABurnIsAnInjury() {
    assertThat(ClaimFacts.facts("2031-05-08", "이번 불로 작업자 1명이 얼굴에 2도 화상을 입었다."))
        .anyMatch(f -> f.endsWith("화상 2"))
        .anyMatch(f -> f.endsWith("부상자 1"))
        .noneMatch(f -> f.contains("기온"));
  }

  @Test
  void aCompanysOwnBooksAreAScopeOfTheClauseTheyHead() {
    assertThat(ClaimFacts.facts("2031-02-10", "별도 기준으로 가람전자의 지난해 매출은 전년 대비 5% 늘어난 3조원으로 집계됐다."))
        .as("the books, written before the measure and a comparison").contains("가람전자 revenue 3000000000000 [period=2030, scope=separate]");
    assertThat(ClaimFacts.facts("2031-02-10", "가람전자의 지난해 매출은 별도기준으로 3조원이다."))
        .as("never the measure").contains("가람전자 revenue 3000000000000 [period=2030, scope=separate]");
    List<Finding> findings = ClaimFacts.compare(
        Articles.of("a", "2031-02-10", "가람전자는 지난해 연결 기준 매출이 9조원으로 집계됐다."),
        Articles.of("b", "2031-02-10", "별도기준으로 가람전자의 지난해 매출은 3조원이다."));
    assertThat(findings).noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void aChangeThatNamesNothingChangesTheMeasureOfTheSentenceBefore() {
    assertThat(ClaimFacts.facts("2031-07-12", "내년도 최저임금이 1만1000원으로 결정됐다. 올해(1만800원)보다 200원 오른 것이다."))
        .as("the base year's figure aside, the change is the wage's")
        .contains(" 최저임금 11000 [period=2032]", "최저임금 증감 200");
    assertThat(ClaimFacts.facts("2031-07-12", "가람시는 내년 버스 요금을 1650원으로 정했다. 올해보다 150원 올랐다."))
        .as("the owner goes with the measure").contains("버스요금 증감 150");
    assertThat(ClaimFacts.facts("2031-07-12", "가람전자의 2분기 매출은 12조원이다. 전년 동기보다 8% 늘었다."))
        .as("of the quarter the sentence before wrote").contains("가람전자 growth.rate 8 [period=2031-Q2, scope=yoy]");
    assertThat(ClaimFacts.facts("2031-07-12", "가람전자의 매출은 12조원이다. 2030년 3.5% 증가한 수입은 올해 2.0% 증가했다."))
        .as("a clause that modifies what changed is about that noun")
        .noneMatch(f -> f.startsWith("가람전자 growth.rate"));
    assertThat(ClaimFacts.facts("2031-07-12", "가람전자의 매출은 12조원이다. 국내는 4.2% 감소했다."))
        .as("a topic of its own").noneMatch(f -> f.startsWith("가람전자 growth.rate"));
  }

  @Test
  void anAgreementMeetsAChangeWhoseClauseNamesNothingByTheMeasureItCarried() {
    List<Finding> findings = ClaimFacts.compare(
        Articles.of("a", "2031-07-12", "내년도 최저임금이 1만1000원으로 결정됐다. 올해(1만800원)보다 200원 오른 것이다."),
        Articles.of("b", "2031-07-12", "내년도 최저임금은 올해보다 200원 오른 1만1000원으로 결정됐다."));
    assertThat(findings).anyMatch(f -> f.verdict() == Verdict.AGREEMENT
        && f.claims().stream().anyMatch(c -> c.evidence().text().equals("200원") && c.evidence().articleId().equals("a"))
        && f.claims().stream().anyMatch(c -> c.evidence().text().equals("200원") && c.evidence().articleId().equals("b")));
  }

  @Test
  void thePlaceARelativeClauseDescribesIsTheOneBeforeItsBracketNotTheLastListedInIt() {
    assertThat(ClaimFacts.facts("2031-04-11", "지역구에서는 120석이 걸린 수도권(서울·경기·인천)에서 가람당이 90곳에서 이겼다."))
        .contains("수도권 의석 120").noneMatch(f -> f.startsWith("인천"));
  }

  @Test
  void aLengthWrittenWithADirectionFromAPlaceIsItsDistance() {
    assertThat(ClaimFacts.facts("2031-09-12", "지진은 가람시 남서쪽 7.5km 지점에서 발생했다."))
        .contains("지진 거리 7500 [from=가람시]").noneMatch(f -> f.contains("남서"));
  }

  @Test
  void aComparisonBaseWrittenAsOneWordIsTheScopeNeverTheOwner() {
    assertThat(ClaimFacts.facts("2031-08-02", "가람지수는 전월대비 0.3%, 전년동월대비 5.1% 각각 상승했다."))
        .containsExactly("가람지수 growth.rate 0.3 [scope=mom]", "가람지수 growth.rate 5.1 [scope=yoy]");
  }

  @Test
  void aFigureInBracketsAfterAQuotedTitleIsTheTitlesAndNoWordInsideItNamesItsMeasure() {
    assertThat(ClaimFacts.facts("2031-03-07", "배우 고영일은 ‘바다의 노래’(120만 명), ‘나래’(90만 명)에 이어 세 번째 흥행작을 냈다."))
        .as("바다 of ‘바다의 노래’ is part of the title, not what 120만 명 counts; the place in the series is 고영일's")
        .containsExactly("고영일 순번 3");
    assertThat(ClaimFacts.facts("2031-03-24", "배우 김가람은 ‘바다의 노래’(1120만명) 이후 두 번째 1000만 영화 주인공이 됐다."))
        .noneMatch(f -> f.contains(" 바다 "));
  }

  @Test
  void theLevelAnIndexClosedAtIsItsCloseOfTheDayTheSentenceOrTheArticleGives() {
    assertThat(ClaimFacts.facts("2031-03-07", "6일 가람지수는 전 거래일보다 12.5포인트 내린 1830.25로 거래를 마감했다."))
        .contains("가람지수 종가 1830.25 [period=2031-03-06]");
    assertThat(ClaimFacts.facts("2031-03-07", "가람 지수는 1830.25에 장을 마쳤다."))
        .as("no time written: the day the article was published; the topic's noun phrase owns it")
        .containsExactly("가람 종가 1830.25 [period=2031-03-07]");
    assertThat(ClaimFacts.facts(null, "가람지수는 1830.25에 마감했다."))
        .as("an undated article's close is of no known day").containsExactly("가람지수 종가 1830.25");
    assertThat(ClaimFacts.facts("2031-03-07", "누리 지수도 3.1포인트 오른 812.4에 장을 마쳤다."))
        .as("a topic with 도 owns the close as one with 는 does").contains("누리 종가 812.4 [period=2031-03-07]");
  }

  @Test
  void theDayACloseIsComparedWithIsNotTheDayOfTheClose() {
    assertThat(ClaimFacts.facts("2031-03-07", "가람지수는 전날보다 12.5포인트 내린 1830.25로 거래를 마감했다."))
        .as("전날 is the base of the change: the close is of the article's day").contains("가람지수 종가 1830.25 [period=2031-03-07]");
    assertThat(ClaimFacts.facts("2031-03-07", "6일 가람지수는 지난 5일보다 12.5포인트 내린 1830.25로 거래를 마감했다."))
        .contains("가람지수 종가 1830.25 [period=2031-03-06]");
  }

  @Test
  void aRunningTotalIsAnotherFigureThanTheCountOfTheDayButAMeasureNamedAsOneNeedsNoScope() {
    assertThat(ClaimFacts.facts("2031-03-07", "신규 확진자는 5만1200명이고 누적 확진자는 1830만4512명이다."))
        .contains(" 확진자 51200", " 확진자 18304512 [scope=cumulative]");
    assertThat(ClaimFacts.facts("2031-03-07", "영화 바다의 누적 관객은 820만명이다."))
        .as("누적 관객 is a measure of its own, glued or not").noneMatch(f -> f.contains("scope=cumulative"));
  }

  @Test
  void aReachOrARunningTotalWrittenInTheFiguresOwnItemScopesIt() {
    assertThat(ClaimFacts.facts("2031-01-03", "가입자가 1200명 늘어 누적 3만4500명이 됐다."))
        .as("누적 heads the figure's own item, away from the measure's noun").contains(" users 34500 [scope=cumulative]");
    assertThat(ClaimFacts.facts("2031-01-03", "가람전자는 낸드 부문에서 글로벌 2위 업체로 올라서게 됐다."))
        .contains("가람전자 순위 2 [scope=global]");
  }

  @Test
  void thePriceIndexOfAPriceReportIsConsumerPricesWhateverTheArticleCallsIt() {
    assertThat(ClaimFacts.facts("2031-08-02", "7월 물가 지수는 1년 전보다 4.1% 올랐다."))
        .containsExactly("소비자물가 growth.rate 4.1 [period=2031-07, scope=yoy]");
    assertThat(ClaimFacts.facts("2031-08-02", "7월 소비자물가지수는 1년 전보다 4.1% 올랐다."))
        .containsExactly("소비자물가 growth.rate 4.1 [period=2031-07, scope=yoy]");
  }

  @Test
  void thePlaceBeforeADirectionIsWhereADistanceIsMeasuredFromNotWhatLiesThatFar() {
    assertThat(ClaimFacts.facts("2031-08-10", "태풍 가람은 오후 3시 현재 제주 서귀포 남서쪽 120㎞ 해상을 지나고 있다."))
        .containsExactly("태풍 거리 120000 [asof=2031-08-10T15:00, from=서귀포]");
    assertThat(ClaimFacts.facts("2031-05-20", "서울의 평균 공시가격 하락률은 열람안보다 0.02% 포인트 떨어진 17.32%로 확정됐다."))
        .as("no distance: 떨어진 is a fall here").noneMatch(f -> f.contains("from="));
  }

  @Test
  void aPersonsTitleGivesTheFigureToThePersonItNamesPastTheirPartyAndASurnameToTheFullNameBefore() {
    assertThat(ClaimFacts.facts("2031-04-11", "하늘당 남궁민수 후보는 3만2천표를 얻었다."))
        .containsExactly("남궁민수 득표수 32000");
    assertThat(ClaimFacts.facts("2031-04-11", "고영일 미래정의당 후보는 1만표를 얻었다."))
        .as("a party's name between the person and the title is no owner").containsExactly("고영일 득표수 10000");
    assertThat(ClaimFacts.facts("2031-04-11", "고영일 녹색당 후보는 1만표를 얻었다."))
        .as("a name no table knows and no family name starts is the party, not the person")
        .containsExactly("고영일 득표수 10000");
    assertThat(ClaimFacts.facts("2031-04-11", "고영일 하늘당 시장 후보는 1만표를 얻었다."))
        .as("a party and an office between the person and the title").containsExactly("고영일 득표수 10000");
    assertThat(ClaimFacts.facts("2031-04-11", "하늘당 남궁민수 후보는 3만2천표(41.2%)를 얻었다."))
        .as("a percentage in brackets after the votes is their share, of the same person")
        .containsExactly("남궁민수 득표수 32000", "남궁민수 득표율 41.2");
    assertThat(ClaimFacts.facts("2031-04-11", "고영일 후보가 당선됐다. 고 후보는 1만2천표를 얻었다."))
        .as("a family name with a title stands for the full name written before")
        .containsExactly("고영일 득표수 12000");
  }

  @Test
  void aBareNumberAfterGyumoIsAMagnitudeAndGyumoBeforeACountIsNoMeasure() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람시에서 규모 4.7의 지진이 발생했다."))
        .as("the quake's, not the place's").containsExactly("지진 규모 4.7");
    assertThat(ClaimFacts.facts("2031-05-02", "역대 최대 규모인 120개 팀이 참가했다."))
        .noneMatch(f -> f.contains("규모"));
  }

  @Test
  void aBodyThatActsIsNoMeasureOfTheFigureAfterIt() {
    assertThat(ClaimFacts.facts("2031-08-22", "소방당국은 12명을 구조했다."))
        .noneMatch(f -> f.contains("소방당국 12")).anyMatch(f -> f.contains("구조") && f.contains(" 12"));
    assertThat(ClaimFacts.facts("2031-08-22", "사망자는 23명이다.")).as("a measure as the topic stays")
        .anyMatch(f -> f.contains("사망자") && f.contains(" 23"));
  }

  @Test
  void ratesOfOneOwnerThatEachNameTheirBaseAreFirmInAList() {
    List<ExtractedClaim> claims = ClaimExtractor.standard().extract(Articles.of("t", "2031-08-02",
        "나래지수는 전월 대비 0.3%, 전년 동월 대비 5.2% 각각 상승했다.")).claims();
    assertThat(claims).filteredOn(c -> c.claim().evidence().text().equals("5.2%")).singleElement().satisfies(c -> {
      assertThat(c.claim().qualifiers()).contains("scope=yoy");
      assertThat(c.firm()).as("the base says which rate it is").isTrue();
    });
    List<ExtractedClaim> owners = ClaimExtractor.standard().extract(Articles.of("t", "2031-08-02",
        "가람차 0.3%, 나래차 5.2% 등이 상승했다.")).claims();
    assertThat(owners).filteredOn(c -> c.claim().evidence().text().equals("5.2%"))
        .allSatisfy(c -> assertThat(c.firm()).as("a list of owners is read by the verb after it").isFalse());
  }

  @Test
  void aFigureOfAPreviousYearCountedFromThePublicationIsNoFirmClaim() {
    // in January, 전년 of a figure whose year the sentence leaves out may be two years back
    List<ExtractedClaim> claims = ClaimExtractor.standard().extract(Articles.of("t", "2032-01-20",
        "가람국의 수출 증가율은 3.2%로 전년(5.6%) 대비 둔화됐다. 가람국의 지난해 수입 증가율은 2.1%로 전년(4.4%)보다 낮았다.")).claims();
    assertThat(claims).filteredOn(c -> c.claim().evidence().text().equals("5.6%")).singleElement()
        .satisfies(c -> assertThat(c.firm()).isFalse());
    assertThat(claims).filteredOn(c -> c.claim().evidence().text().equals("4.4%")).singleElement()
        .as("counted from the year its sentence writes").satisfies(c -> {
          assertThat(c.firm()).isTrue();
          assertThat(c.claim().qualifiers()).contains("period=2030");
        });
  }

  @Test
  void anExactCountOfASingleMeasureNeedsNoOwnerToBeFirm() {
    // the guests of the one hotel the story is about: compared whatever owner the sentence leaves out
    List<ExtractedClaim> claims = ClaimExtractor.standard().extract(Articles.of("t", "2031-08-23",
        "불이 난 여관에는 당시 투숙객 41명이 있었다. 투숙객은 50명이 넘었다는 증언도 나왔다. "
            + "2011년 5월 가람시의회 표결 때는 재석의원 25명 중 여당을 제외하고 야당에서만 찬성 20표, 반대 2표가 나와 가결됐다.")).claims();
    assertThat(claims).filteredOn(c -> c.claim().evidence().text().equals("41명")).singleElement()
        .satisfies(c -> {
          assertThat(c.claim().attribute()).isEqualTo("투숙객");
          assertThat(c.firm()).isTrue();
        });
    assertThat(claims).filteredOn(c -> c.claim().evidence().text().equals("50명")).singleElement()
        .as("a bound is no count to contradict with").satisfies(c -> assertThat(c.firm()).isFalse());
    assertThat(claims).filteredOn(c -> c.claim().evidence().text().equals("2표")).singleElement()
        .as("a count in a sentence of another year's event, of the period its sentence wrote")
        .satisfies(c -> assertThat(c.claim().qualifiers()).contains("period=2011-05"));
  }

  @Test
  void aSpanAfterASpacedLengthNounIsThatLength() {
    assertThat(ClaimFacts.facts("2031-02-22", "나래 구단은 이날 김한결과 계약 기간 5년, 총액 90억원에 계약했다고 밝혔다."))
        .as("계약 기간 5년 as 계약기간 5년").anyMatch(f -> f.startsWith(" 계약기간 P5Y"));
  }

  @Test
  void theOwnerBeforeACategoryWordIsTheItemItNames() {
    assertThat(ClaimFacts.facts("2031-09-10", "가람탐구 영역 선택자는 50만명(99.0%), 나래탐구 영역 선택자는 4800명(1.0%)이었다."))
        .anyMatch(f -> f.startsWith("나래탐구") && f.contains(" 4800")).noneMatch(f -> f.startsWith("영역"));
  }

  @Test
  void anOrdinalBeforeTheDayAnElectionIsNamedByIsNoCount() {
    assertThat(ClaimFacts.facts("2031-04-11", "나래당 120석…개표 완료 [9대 4·10 총선]"))
        .noneMatch(f -> f.contains(" 9"));
  }

  @Test
  void theWindowOfAMeasureOfAnotherUnitIsNotItsValue() {
    assertThat(ClaimFacts.facts("2031-08-09", "기상청은 가람동 1시간 동안의 강수량이 역대 최고라고 밝혔다."))
        .noneMatch(f -> f.contains("PT60M"));
  }

  @Test
  void aWordThatSaysNothingAfterAFigureNamesNoMeasureUnlessTheFigureCountsIt() {
    assertThat(ClaimFacts.facts("2031-10-08", "다만 요금을 할인받은 가람요금제 20%의 경우에는 할인 전 금액으로 산정한다."))
        .noneMatch(f -> f.contains(" 경우 "));
    assertThat(ClaimFacts.facts("2031-10-08", "기준금리는 연속된 9번의 회의에서 동결됐다."))
        .anyMatch(f -> f.contains("회의 9"));
  }

  @Test
  void theBaseOfAComparisonIsNoHeadAndMoreBeforeAChangeKeepsItsSign() {
    assertThat(ClaimFacts.facts("2023-04-27", "가람시 공시가격은 초안 대비 0.5%포인트 더 하락했다."))
        .anyMatch(f -> f.startsWith("가람시공시가격 증감 -0.5")).noneMatch(f -> f.contains("초안"));
  }

  @Test
  void aNounBeforeDaebiIsTheBaseEvenWhenNoriReadsASubjectParticleInIt() {
    // 공시가 is 공시가격, not 공시 with 가: no subject stands right before 대비
    assertThat(ClaimFacts.facts("2031-04-28", "가람시가 지난해 공시가 대비 12.5% 하락했다."))
        .anyMatch(f -> f.startsWith("가람시 growth.rate -12.5")).noneMatch(f -> f.startsWith("공시"));
  }

  @Test
  void aTimeDatingTheNounComparedWithIsNoPeriodOfTheFigure() {
    assertThat(ClaimFacts.facts("2031-04-28", "가람시 집값은 작년 가격 대비 5.1% 올랐다."))
        .anyMatch(f -> f.startsWith("가람시집값 growth.rate 5.1") || f.startsWith("가람시 growth.rate 5.1"))
        .noneMatch(f -> f.contains("period=2030"));
    assertThat(ClaimFacts.facts("2031-04-28", "가람시 집값은 작년 실적에 비해 5.1% 올랐다."))
        .noneMatch(f -> f.contains("5.1") && f.contains("period=2030"));
  }

  @Test
  void aCategoryNounWithEseoIsWhereAFigureWasNotItsField() {
    assertThat(ClaimFacts.facts("2031-10-08", "가람시 북쪽 5km 지역에서 규모 4.2의 지진이 발생했다."))
        .anyMatch(f -> f.startsWith("지진 규모 4.2")).noneMatch(f -> f.startsWith("지역 "));
  }

  @Test
  void aRegionNamedBeforeACategoryNounWithEseoIsWhereTheFigureWasCounted() {
    assertThat(ClaimFacts.facts("2031-12-08", "눈이 많이 내린 충남 지역에서는 사흘 동안 4명이 숨졌다."))
        .anyMatch(f -> f.startsWith("충남 사망자 4"));
  }

  @Test
  void aCountOfCompaniesIsTheCompaniesNotWhatTheyRun() {
    assertThat(ClaimFacts.facts("2031-10-08", "파업에 참여하는 부산시내버스는 총 12개사 900여대로 전체의 90%에 달한다."))
        .anyMatch(f -> f.contains("업체수 12")).noneMatch(f -> f.contains("버스 12"));
  }

  @Test
  void aRegionInsideAQuotedTitleOwnsNoFigureTheTitleDoes() {
    assertThat(ClaimFacts.facts("2031-10-08", "영화 '부산의 밤'이 누적관객수 300만 명을 넘었다."))
        .anyMatch(f -> f.startsWith("부산의 밤 ")).noneMatch(f -> f.startsWith("부산 "));
    assertThat(ClaimFacts.facts("2031-10-08", "영화 '부산의 밤(김한결 감독)'이 300만 명을 넘었다."))
        .noneMatch(f -> f.startsWith("부산 "));
  }

  @Test
  void aFigureInAConditionIsNoFactUnlessTheConditionOnlyReckonsIt() {
    assertThat(ClaimFacts.facts("2031-10-08", "거래 정지는 가람지수가 하루 10% 이상 떨어진 상태가 5분간 이어지면 시작된다."))
        .as("a rule's threshold and its length").isEmpty();
    assertThat(ClaimFacts.facts("2031-10-08", "나래 구단은 관중이 3만명을 넘었으면 좋겠다고 말했다."))
        .as("a wish in a condition after the tense").noneMatch(f -> f.contains("30000"));
    assertThat(ClaimFacts.facts("2031-10-08", "가람시 피해면적 300㏊를 포함하면 역대 최대다."))
        .as("포함하면 only says how a stated figure is counted").anyMatch(f -> f.contains("3000000"));
  }

  @Test
  void aFigureTheForecastNounBeforeItNamesIsTheForecastNotABound() {
    assertThat(ClaimFacts.facts("2031-10-08", "가람전자의 3분기 매출은 시장 전망치였던 5조2000억원을 크게 밑돌았다."))
        .singleElement().satisfies(f -> assertThat(f).startsWith("가람전자 revenue 5200000000000").contains("forecast")
            .doesNotContain("less"));
    assertThat(ClaimFacts.facts("2031-10-08", "다만 영업이익의 경우 시장 전망치인 3000억원에 못 미쳤다."))
        .as("a measure in 의 before 경우 is the topic").singleElement()
        .satisfies(f -> assertThat(f).startsWith(" operating.profit 300000000000").contains("forecast"));
  }

  @Test
  void aChangeWrittenAsTheFigureItIsChangesTheMeasureBeforeAndNeverOwnsItsKey() {
    assertThat(ClaimFacts.facts("2031-01-03", "지난해 연간 판매량은 412만대로 집계됐다. 전년 대비 0.8% 줄어든 수치다."))
        .as("수치다, which Nori may read without a copula").anyMatch(f -> f.startsWith("판매량 growth.rate -0.8"))
        .noneMatch(f -> f.contains("units.sold growth"));
    assertThat(ClaimFacts.facts("2031-01-03", "지난해 연간 판매량은 412만대로 집계됐다. 전년 대비 0.8% 줄었다."))
        .as("the change of a measure carried is of the noun it was written with, not its key")
        .anyMatch(f -> f.startsWith("판매량 growth.rate -0.8"));
    assertThat(ClaimFacts.facts("2031-01-03", "4분기 매출은 3조1200억원을 기록했다. 이는 전년 동기 대비 17% 증가한 수치다."))
        .as("이는 points back at the sentence before: no topic of its own")
        .anyMatch(f -> f.startsWith("매출 growth.rate 17") && f.contains("period=2030-Q4"));
    assertThat(ClaimFacts.facts("2031-01-03", "지난해 수출액은 720억 달러였다. 이는 전년 대비 3.1% 증가한 것으로 가람국은 수출 10위에 올랐다."))
        .as("a topic after the figure's clause is another clause's").anyMatch(f -> f.startsWith("수출액 growth.rate 3.1"));
  }

  @Test
  void aDeficitIsABalanceBelowZeroWhereverItsWordIsWritten() {
    assertThat(ClaimFacts.facts("2031-01-02", "지난해 경상수지는 120억 달러 적자를 기록했다."))
        .contains(" 경상수지 -12000000000 [period=2030]");
    assertThat(ClaimFacts.facts("2031-01-02", "지난해 경상수지 적자가 120억 달러에 달했다."))
        .as("the word of deficit read as the measure of the balance before it").contains(" 경상수지 -12000000000 [period=2030]");
    assertThat(ClaimFacts.facts("2031-01-02", "지난해 경상수지는 120억 달러 흑자를 냈다."))
        .contains(" 경상수지 12000000000 [period=2030]");
    assertThat(ClaimFacts.facts("2031-01-02", "나래전자의 지난해 영업이익은 800억원 적자였다."))
        .as("a measure with a word for its negative").contains("나래전자 operating.profit -80000000000 [period=2030]");
    assertThat(ClaimFacts.facts("2031-01-02", "나래전자의 영업손실은 800억원 적자로 집계됐다."))
        .as("negative once").contains("나래전자 operating.profit -80000000000");
    assertThat(ClaimFacts.facts("2031-01-02", "나래전자는 투자에서 800억원 손실을 봤다."))
        .as("no balance").noneMatch(f -> f.contains("-80000000000"));
    assertThat(ClaimFacts.facts("2031-01-02", "지난해 무역 적자는 120억 달러로 집계됐다."))
        .as("the deficit of the noun a known balance is named after").contains(" 무역수지 -12000000000 [period=2030]");
    assertThat(ClaimFacts.facts("2031-01-02", "수입은 전년보다 80억달러 늘어난 900억달러에 달하며 무역적자를 키웠다."))
        .as("a deficit written after the clause is no cue of its figures").anyMatch(f -> f.contains("수입액 90000000000"));
  }

  @Test
  void pointsAreTheChangeOfARateNeverARateOfGrowth() {
    assertThat(ClaimFacts.facts("2031-04-28", "성장률은 1.8%로 전년보다 0.4%포인트 낮아졌다."))
        .contains("성장률 증감 -0.4 [scope=yoy]").noneMatch(f -> f.contains("growth.rate -0.4"));
    assertThat(ClaimFacts.facts("2031-04-28", "나래전자의 영업이익률은 2%포인트 떨어졌다."))
        .contains("나래전자영업이익률 증감 -2");
  }

  @Test
  void aHeadlinesArrowIsItsVerbOfChange() {
    assertThat(ClaimFacts.facts("2031-01-02", "가람전자 영업이익 12%↑")).contains("가람전자영업이익 growth.rate 12");
    assertThat(ClaimFacts.facts("2031-01-02", "지난달 수출 3.5%↓")).anyMatch(f -> f.startsWith("수출액 growth.rate -3.5"));
    assertThat(ClaimFacts.facts("2031-01-02", "4분기 소비 회복에 전기比 0.6%↑"))
        .as("比 as 대비, a scope and no owner").anyMatch(f -> f.startsWith(" growth.rate 0.6") && f.contains("scope=qoq"));
    assertThat(ClaimFacts.facts("2031-01-02", "4분기 GDP 전기비 0.6% 증가"))
        .as("the noun before the scope changed").anyMatch(f -> f.startsWith("GDP growth.rate 0.6") && f.contains("scope=qoq"));
  }

  @Test
  void aMeasureThatNamesNoOneGoesOnWithThePeriodOfTheSentenceBefore() {
    assertThat(ClaimFacts.facts("2031-01-28", "지난해 4분기 매출은 9조원으로 집계됐다. 영업이익은 6000억원으로 전년 대비 2% 늘었다. "
        + "영업이익률은 6.7%로 나타났다."))
        .anyMatch(f -> f.startsWith(" 영업이익률 6.7") && f.contains("period=2030-Q4"));
    assertThat(ClaimFacts.facts("2031-01-28", "지난해 4분기 매출은 9조원으로 집계됐다. 나래전자의 영업이익률은 6.7%로 나타났다."))
        .as("a sentence that names someone starts afresh").anyMatch(f -> f.startsWith("나래전자 영업이익률 6.7") && !f.contains("Q4"));
    assertThat(ClaimFacts.facts("2031-04-25", "분기별 수출 증가율은 2029년 3분기(-1.2%) 마이너스로 떨어졌다가 2030년 2분기(2.1%) "
        + "반등했다. 전년 동기 대비로는 4.5% 성장했다."))
        .as("a series of quarters is no one period").anyMatch(f -> f.contains("growth.rate 4.5") && !f.contains("period="));
    assertThat(ClaimFacts.facts("2031-04-25", "수출 증가율은 2030년 2분기(2.1%) 반등했다. 전년 동기 대비로는 4.5% 성장했다."))
        .as("one quarter is").anyMatch(f -> f.contains("growth.rate 4.5") && f.contains("period=2030-Q2"));
    assertThat(ClaimFacts.facts("2031-04-25", "2030년 메달 수는 금 12개였다. 은메달은 9개였다."))
        .as("nor is a year").noneMatch(f -> f.contains("9") && f.contains("period=2030"));
  }

  @Test
  void aWordOfNearnessOwnsNoFigure() {
    assertThat(ClaimFacts.facts("2031-08-23", "부상자들은 인근 병원 4곳으로 나뉘어 옮겨졌다."))
        .noneMatch(f -> f.startsWith("인근"));
  }

  @Test
  void aLevelEndingItsTopicsClauseIsMeasuredByTheVerbOfTheNextTopicsLevel() {
    assertThat(ClaimFacts.facts("2031-08-05", "이날 코스피 지수는 전 거래일 대비 12.40포인트(1.1%) 내린 1108.25, "
        + "코스닥 지수는 3.1포인트(0.6%) 오른 501.10에 장을 마감했다."))
        .anyMatch(f -> f.startsWith("코스피 종가 1108.25")).anyMatch(f -> f.startsWith("코스닥 종가 501.1"));
    assertThat(ClaimFacts.facts("2031-08-05", "코스피는 발동 당시 전장보다 30.5포인트 내린 1100.25를 나타냈다."))
        .as("나타내다 states a level, naming no measure").noneMatch(f -> f.contains("나타내"));
  }

  @Test
  void rainFallingOverAnHourIsRainfallNotAFall() {
    assertThat(ClaimFacts.facts("2031-08-09", "가람시에는 1시간 동안 비가 98.5㎜ 내리는 등 폭우가 쏟아졌다."))
        .singleElement().satisfies(f -> assertThat(f).contains("강수량 0.0985").contains("hourly"));
  }

  @Test
  void aRoleNounAfterAClauseOfHarmCountsTheHarmed() {
    assertThat(ClaimFacts.facts("2031-08-23", "숨진 투숙객은 모두 6명으로 파악됐다."))
        .singleElement().satisfies(f -> assertThat(f).startsWith(" 사망자 6"));
    assertThat(ClaimFacts.facts("2031-08-23", "숨진 투숙객은 남자 2명과 여자 3명 등 총 5명으로 파악됐다."))
        .as("the total after the list, read by the topic's clause").anyMatch(f -> f.startsWith(" 사망자 5"))
        .noneMatch(f -> f.contains("투숙객"));
    assertThat(ClaimFacts.facts("2031-08-23", "불이 날 당시 여관에는 12명이 묵고 있었다."))
        .as("묵다, to stay the night, counts the guests").singleElement().satisfies(f -> assertThat(f).startsWith(" 투숙객 12"));
  }

  @Test
  void aWholeBeforeItsPartsIsCountedByItsOwnNounNotByTheVerbOfTheParts() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람당 개헌안은 재석의원 280명 중 찬성 200표, 반대 70표로 가결됐다."))
        .as("the whole is no item of the list of its parts").contains(" 재석의원 280")
        .noneMatch(f -> f.contains("개헌안"));
    assertThat(ClaimFacts.facts("2031-05-02", "조례안은 출석 의원 30명 가운데 찬성 20표로 가결됐다."))
        .noneMatch(f -> f.contains("votes.for 30"));
    assertThat(ClaimFacts.facts("2031-05-02", "개헌안은 재석의원 280명(재적의원 290명)의 찬성으로 가결됐다."))
        .as("a figure with its noun in an aside is not what the verb after the aside counts")
        .contains(" 재적의원 290").noneMatch(f -> f.contains("votes.for 290"));
  }

  @Test
  void earlyVotingTurnoutIsAnotherMeasureThanTheFinalTurnout() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람시장 선거의 사전 투표율은 21.3%였고, 최종 투표율은 52.8%로 집계됐다."))
        .containsExactly(" 사전투표율 21.3", " 투표율 52.8");
  }

  @Test
  void aNaturalDecreaseIsTheNegativeOfTheNaturalIncrease() {
    assertThat(ClaimFacts.facts("2031-02-26", "가람시의 지난해 인구 자연 감소는 3200명으로 집계됐다."))
        .singleElement().satisfies(f -> assertThat(f).contains("자연증가 -3200"));
    assertThat(ClaimFacts.facts("2031-02-26", "가람시 인구는 지난해 3200명 자연감소했다. 자연증가율은 -1.5명이었다."))
        .as("the rate is a measure of its own").hasSize(2)
        .anyMatch(f -> f.contains("자연증가 -3200")).anyMatch(f -> f.startsWith(" 자연증가율 -1.5"));
  }

  @Test
  void aForecastHeadingTheSentenceOwnsNoFigure() {
    assertThat(ClaimFacts.facts("2031-05-02", "나래리서치의 2분기 실적 컨센서스는 매출 3조 2000억원이다."))
        .singleElement().satisfies(f -> assertThat(f).startsWith(" revenue 3200000000000").contains("forecast"));
  }

  @Test
  void aFigureOfAMilestoneTheSentenceCountsFromIsNoFirmClaim() {
    List<ExtractedClaim> claims = ClaimExtractor.standard().extract(Articles.of("t", "2031-09-02",
        "일본은 2010 대회에서 금메달 80개를 딴 이래 가장 적은 금메달을 땄다. 일본은 이번 대회에서 금메달 40개를 땄다.")).claims();
    assertThat(claims).filteredOn(c -> c.claim().evidence().text().equals("80개")).singleElement()
        .satisfies(c -> assertThat(c.firm()).isFalse());
    assertThat(claims).filteredOn(c -> c.claim().evidence().text().equals("40개")).singleElement()
        .satisfies(c -> assertThat(c.firm()).isTrue());
  }

  @Test
  void aRecordPhraseBeforeTheFigureIsNoMeasureTheSubjectIs() {
    assertThat(ClaimFacts.facts("2031-01-02", "가람국의 연간 수출액이 사상 최대인 7천12억달러로 집계됐다."))
        .containsExactly(" 수출액 701200000000 [scope=annual]", " record 최대 [of=수출액]");
  }

  @Test
  void aNounBeforeAConjunctiveAdverbNamesTheFigureAfterIt() {
    assertThat(ClaimFacts.facts("2031-01-02", "교역액 역시 1조2천억달러로 역대 최대였다."))
        .containsExactly(" 무역액 1200000000000", " record 최대 [of=무역액]");
  }

  @Test
  void eachPlaceOfAListOwnsItsAreaAndTheMeasureAfterTheExamplesNamesThemAll() {
    assertThat(ClaimFacts.facts("2031-04-20", "이번 산불로 강릉 1만2040ha, 동해 3150ha 등 산림 1만5190ha가 탔다."))
        .containsExactly("강릉 면적 120400000", "동해 면적 31500000", " 면적 151900000");
    assertThat(ClaimFacts.facts("2031-04-20", "피해 면적은 강릉 1만2천40㏊, 동해 3천150㏊다."))
        .as("a noun after a comma is the next item, not what the figure counts")
        .containsExactly("강릉 면적 120400000", "동해 면적 31500000");
  }

  @Test
  void respectivelyDealsTheFiguresOutToTheNamesInOrder() {
    assertThat(ClaimFacts.facts("2031-01-02", "가람전자와 누리전자의 매출은 각각 5조원, 3조원이었다."))
        .containsExactly("가람전자 revenue 5000000000000", "누리전자 revenue 3000000000000");
  }

  @Test
  void aCompoundAfterTheFigureNamesItWholeWhenItsFirstNounIsNoMeasure() {
    assertThat(ClaimFacts.facts("2031-01-02", "이번 축제는 3000억원 이상의 경제적 효과를 냈다."))
        .anyMatch(f -> f.startsWith(" 경제적효과 300000000000"));
  }

  @Test
  void peopleARelativeClauseDescribesAreWhatItsVerbSays() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람시 공장 화재로 다친 사람은 9명이다."))
        .anyMatch(f -> f.startsWith(" 부상자 9"));
  }

  @Test
  void aFertilityRateWrittenWithOrWithoutMyeongIsOneMeasureAndAByPrefixOwnsNothing() {
    assertThat(ClaimFacts.facts("2031-02-28", "지난해 합계출산율은 0.81명으로 집계됐다."))
        .containsExactly(" 합계출산율 0.81 [period=2030]");
    assertThat(ClaimFacts.facts("2031-02-28", "연간 합계출생률이 0.81로 떨어졌다."))
        .anyMatch(f -> f.startsWith(" 합계출산율 0.81"));
    assertThat(ClaimFacts.facts("2031-02-28", "연도별 합계출산율은 ▲2028년 0.95명 ▲2029년 0.9명이었다."))
        .noneMatch(f -> f.startsWith("연도별"));
  }

  @Test
  void aMarkPassedWithTheCountedNounBetweenIsALowerBound() {
    Article a = Articles.of("t", "2031-09-15", "가람리그는 15일 800만 관중을 돌파했다.");
    assertThat(ClaimExtractor.standard().extract(a).claims()).map(ExtractedClaim::claim)
        .filteredOn(c -> c.attribute().equals("관객"))
        .singleElement().extracting(c -> ((Quantity) c.value()).bound()).isEqualTo(Bound.MORE_THAN);
  }

  @Test
  void aRateAfterAnAmountInANamesBracketsIsTheGrowthOfThatName() {
    assertThat(ClaimFacts.facts("2031-01-02", "수출은 가람(1200억 달러, 8.2%), 누리(900억 달러, 3.1%)에서 모두 늘었다."))
        .contains("가람 growth.rate 8.2", "누리 growth.rate 3.1");
  }

  @Test
  void aValueInBracketsAfterItsNounIsNotBoundedByWhatTheSubjectFellShortOf() {
    Article a = Articles.of("t", "2031-01-25", "지난해 성장률은 1.1%로 잠재성장률(1.9%)에 못 미쳤다.");
    assertThat(ClaimExtractor.standard().extract(a).claims()).map(ExtractedClaim::claim)
        .filteredOn(c -> c.attribute().equals("잠재성장률"))
        .singleElement().extracting(c -> ((Quantity) c.value()).bound()).isEqualTo(Bound.EXACT);
    Article b = Articles.of("t", "2031-01-25", "김가람은 박나래(은 3개, 동 2개)를 넘어 최다 메달리스트가 됐다.");
    assertThat(ClaimExtractor.standard().extract(b).claims()).map(ExtractedClaim::claim)
        .as("the last figure of the brackets").filteredOn(c -> c.attribute().equals("동메달"))
        .singleElement().extracting(c -> ((Quantity) c.value()).bound()).isEqualTo(Bound.EXACT);
  }

  @Test
  void respectivelyDealsOutToNounsJoinedByWaAndTheVerbAfterTheListMeasuresItsFirstItems() {
    assertThat(ClaimFacts.facts("2031-01-03", "가람차와 누리차는 지난해 각각 120만대, 80만대를 판매했다."))
        .containsExactly("가람차 units.sold 1200000 [period=2030]", "누리차 units.sold 800000 [period=2030]");
    assertThat(ClaimFacts.facts("2031-04-11", "고영일 후보와 남궁민수 후보는 각각 5만표(12.1%), 2만표(4.8%)를 얻었다."))
        .as("titled names, and shares in brackets between the figures").contains("고영일 득표수 50000",
            "고영일 득표율 12.1", "남궁민수 득표수 20000");
    assertThat(ClaimFacts.facts("2031-04-11", "고영일 후보는 5만표를 얻어 3만표를 얻은 남궁민수 후보를 앞섰다."))
        .as("the person a relative clause modifies got its votes, though the person is the object")
        .containsExactly("고영일 득표수 50000", "남궁민수 득표수 30000");
  }

  @Test
  void aForecastWordBeforeAMeasureLeavesTheOwnerToTheGenitive() {
    assertThat(ClaimFacts.facts("2031-04-20", "누리전자의 예상 매출은 5조3000억원이다."))
        .containsExactly("누리전자 revenue 5300000000000 [forecast]");
  }

  @Test
  void theNextMeasureOfAListKeepsTheOwnerAndTheForecastOfTheFirst() {
    assertThat(ClaimFacts.facts("2031-04-20", "누리전자의 매출은 5조3000억원, 영업이익은 4000억원이었다."))
        .containsExactly("누리전자 revenue 5300000000000", "누리전자 operating.profit 400000000000");
    assertThat(ClaimFacts.facts("2031-04-20", "누리전자의 예상 매출은 5조3000억원, 영업이익은 4000억원이다."))
        .containsExactly("누리전자 revenue 5300000000000 [forecast]",
            "누리전자 operating.profit 400000000000 [forecast]");
  }

  @Test
  void aForecastNamedTwoWordsBeforeTheMeasureMakesTheListForecasts() {
    assertThat(ClaimFacts.facts("2031-07-25", "증권가 전망치는 2분기 매출 3조1200억원, 영업이익 4100억원이었다."))
        .containsExactly(" revenue 3120000000000 [forecast, period=2031-Q2]",
            " operating.profit 410000000000 [forecast, period=2031-Q2]");
  }

  @Test
  void aBareNounBeforeYeoksiIsTheTopicABracketedFigureMeasures() {
    assertThat(ClaimFacts.facts("2031-07-25", "영업이익 역시 크게 늘어 2019년 1분기(3조2100억원) 이후 가장 많았다."))
        .contains(" operating.profit 3210000000000 [period=2019-Q1]");
  }

  @Test
  void aBracketOpeningOnALabelNamesTheFigureInIt() {
    assertThat(ClaimFacts.facts("2031-10-25", "가람전자는 3분기 영업이익 3000억원(영업이익률 15%), 순이익 2000억원(순이익률 10%)을 기록했다."))
        .contains("가람전자 영업이익률 15 [period=2031-Q3]", "가람전자 순이익률 10 [period=2031-Q3]");
    assertThat(ClaimFacts.facts("2031-07-25", "판매점이 주는 추가지원금(공시지원금의 15%)을 더한다."))
        .as("a share of something is no label").noneMatch(f -> f.contains("공시지원금"));
  }

  @Test
  void aListItemNamingAMeasureOfTheListsKindIsItsOwnMeasure() {
    assertThat(ClaimFacts.facts("2031-07-25", "영업이익률은 15%, 순이익률 10% 수준이다."))
        .containsExactly(" 영업이익률 15", " 순이익률 10");
  }

  @Test
  void anItemBesideItemsThatNameMeasuresNamesItsOwnNotTheVerbAfterTheList() {
    assertThat(ClaimFacts.facts("2031-07-25", "가람법안 표결에선 재석 280명, 찬성 140명, 반대 130명으로 부결됐다."))
        .contains(" 재석 280", " votes.for 140", " votes.against 130").noneMatch(f -> f.contains("부결"));
  }

  @Test
  void aNameWithDoHeadingItsClauseOwnsItsFiguresAsATopicWould() {
    assertThat(ClaimFacts.facts("2031-07-25", "가람전자도 2분기 영업이익 5조원을 거뒀다."))
        .containsExactly("가람전자 operating.profit 5000000000000 [period=2031-Q2]");
    assertThat(ClaimFacts.facts("2031-07-25", "가람전자는 나래전자도 영업이익 5조원을 거뒀다고 밝혔다."))
        .as("after a topic, 도 marks no owner").noneMatch(f -> f.startsWith("나래전자"));
  }

  @Test
  void theTargetOfAMeasureIsThatMeasuresNotOneNamedByTheWordOfAim() {
    assertThat(ClaimFacts.facts("2031-01-25", "가람전자는 올해 영업이익률 목표는 8~9%로 잡았다."))
        .anyMatch(f -> f.startsWith("가람전자 영업이익률 8~9") && f.contains("target")).noneMatch(f -> f.contains(" 목표 "));
    assertThat(ClaimFacts.facts("2031-01-25", "가람전자의 목표는 10%다.")).as("a name's aim stays the name's")
        .noneMatch(f -> f.contains(" 가람전자 "));
  }

  @Test
  void aDeterminerNoriSplitsOffAWordOwnsNothing() {
    assertThat(ClaimFacts.facts("2031-08-01", "한낮 최고 기온이 38도를 넘었다."))
        .contains(" 최고기온 38").noneMatch(f -> f.startsWith("한 "));
  }

  @Test
  void theChangeOfALevelIsOfTheNounTheLevelIsWrittenWith() {
    assertThat(ClaimFacts.facts("2031-11-20", "카드론 잔액은 40조원으로 한 분기 새 1조원 늘었다."))
        .contains("카드론 잔액 40000000000000", "카드론잔액 증감 1000000000000");
  }

  @Test
  void oneFigureAfterTwoMeasuresJoinedByWaIsTheirSumAndNeithersOwn() {
    assertThat(ClaimFacts.facts("2031-07-25", "기권과 무효 12표를 더하면 반대는 더 많았다.")).noneMatch(f -> f.contains("votes."));
    assertThat(ClaimFacts.facts("2031-07-25", "사망자와 부상자 40명이 나왔다.")).isEmpty();
  }

  @Test
  void aHeadlinesListWithoutCommasKeepsItsOwnerAndNoFigureOwnsTheNextItem() {
    assertThat(ClaimFacts.facts("2031-07-25", "가람법 개정안 찬성 170표 반대 110표 기권 5표로 통과"))
        .contains("가람법개정안 votes.for 170", "가람법개정안 votes.against 110", "가람법개정안 votes.abstain 5");
  }

  @Test
  void theTopicOfAListOfPlacesAndFiguresIsTheMeasureOfEachItem() {
    assertThat(ClaimFacts.facts("2031-04-20", "지역별 환자 수는 경기 1만2천명, 서울 9천명, 인천 2천명이다."))
        .containsExactly("경기 환자 12000", "서울 환자 9000", "인천 환자 2000");
  }

  @Test
  void aCountInBracketsAfterAnItemsFigureIsAnAsideAndTheListGoesOn() {
    assertThat(ClaimFacts.facts("2031-04-20", "투표율은 서울 61.2%(412만명)를 기록했다. "
        + "이외에 충북 58.4%(70만명), 충남 57.9%(90만명), 제주 55.1%(30만명) 등으로 집계됐다."))
        .contains("충북 투표율 58.4", "충남 투표율 57.9", "제주 투표율 55.1");
  }

  @Test
  void theSubjectOfARelativeClauseOnAnotherNounOwnsNoFigure() {
    // 김가람이 분전한 펜싱: she fought for the fencing team, whose medals these are
    assertThat(ClaimFacts.facts("2031-09-02", "김가람이 분전한 펜싱 역시 금메달 3개로 선전했다."))
        .noneMatch(f -> f.startsWith("김가람"));
    assertThat(ClaimFacts.facts("2031-09-02", "가람전자가 발표한 매출은 3조원이다."))
        .as("the measure the clause describes is the name's").containsExactly("가람전자 revenue 3000000000000");
  }

  @Test
  void aPlaceWrittenRightBeforeANameIsThatNamesPlace() {
    assertThat(ClaimFacts.facts("2031-09-15", "선두 가람FC는 원정 경기에서 7위 나래FC에 0-2로 졌다."))
        .contains("나래FC 순위 7").noneMatch(f -> f.startsWith("가람FC 순위"));
  }

  @Test
  void aVerbOfEvacuationOrOutageNamesWhatItsSubjectFigureCounts() {
    // those who left for a while are not those who lost their homes; homes without power are households
    assertThat(ClaimFacts.facts("2031-08-11", "폭우로 1200명이 대피했고 85명의 이재민이 발생했다."))
        .containsExactly(" 대피자 1200", " 이재민 85");
    assertThat(ClaimFacts.facts("2031-08-11", "강풍으로 2만3천가구가 정전됐다."))
        .containsExactly(" 정전가구 23000");
  }

  @Test
  void theNumberOfANounWithASuffixIsThatNounsCount() {
    // Nori reads 수 after 관람자 (관람 + the suffix 자) as a bound noun: still "the number of"
    assertThat(ClaimFacts.facts("2031-04-20", "올해 관람자 수는 12만 3,400명으로 집계됐다."))
        .containsExactly(" 관람자 123400 [period=2031]");
    assertThat(ClaimFacts.facts("2031-04-20", "신규 가입자는 3만명이다."))
        .as("신규 (new) is no owner").containsExactly(" users 30000");
  }

  @Test
  void aBracketBetweenTheTopicsNounAndItsParticleQualifiesTheNoun() {
    assertThat(ClaimFacts.facts("2031-04-20", "지역별 환자 수(재입원 포함)는 경기 1만2천명, 서울 9천명이다."))
        .containsExactly("경기 환자 12000", "서울 환자 9000");
  }

  @Test
  void aPenaltyIsTheOneTheClauseGivesItToAndOneSoughtIsQualified() {
    assertThat(ClaimFacts.facts("2031-04-06", "재판부는 가람전자에게 벌금 3억원을 선고했다."))
        .containsExactly("가람전자 벌금 300000000");
    assertThat(ClaimFacts.facts("2031-04-06", "검찰은 결심 공판에서 징역 7년과 벌금 5억원을 구형했다."))
        .containsExactly(" 징역 P7Y [proposed]", " 벌금 500000000 [proposed]");
  }

  @Test
  void aTopicScopesOverTheClausesAfterItUntilAnotherActor() {
    assertThat(ClaimFacts.facts("2031-07-17", "가람전자는 신제품을 내놓으며 점유율 30%를 기록했다."))
        .contains("가람전자 share 30");
    assertThat(ClaimFacts.facts("2031-07-17", "가람전자는 신제품을 내놓았고 누리전자가 점유율 30%를 기록했다."))
        .noneMatch(f -> f.startsWith("가람전자 share"));
  }

  @Test
  void aTopicDoesNotReachAClauseWithASubjectOfItsOwn() {
    assertThat(ClaimFacts.facts("2031-01-02", "내수는 12만대로 3.1% 줄었으나 수출이 40만대로 2.5% 늘었다."))
        .contains("수출액 growth.rate 2.5").noneMatch(f -> f.startsWith("내수 growth.rate 2.5"));
    assertThat(ClaimFacts.facts("2031-01-02", "소비는 외식이 줄었으나 여행 지출이 늘면서 0.4% 증가했다."))
        .as("the subject of a clause before the figure's changes nothing").contains("소비 growth.rate 0.4");
  }

  @Test
  void aSubjectBeforeAClauseWithASubjectOfItsOwnOwnsTheFigureAsATopicWould() {
    assertThat(ClaimFacts.facts("2031-05-11", "설비투자가 반도체 수요가 늘면서 3.1% 증가했다."))
        .contains("설비투자 growth.rate 3.1");
    assertThat(ClaimFacts.facts("2031-05-11", "생산은 전자부품이 4.2%, 자동차가 1.5% 늘면서 2.0% 증가했다."))
        .as("subjects listed with their own figures are no frame").contains("생산 growth.rate 2")
        .noneMatch(f -> f.contains("growth.rate 2") && !f.startsWith("생산 "));
  }

  @Test
  void aFigureInBracketsAfterTheSamePartOfLastYearIsOfThatPartOfLastYear() {
    assertThat(ClaimFacts.facts("2031-10-24", "가람전자는 올해 3분기 영업이익이 5000억원으로 지난해 동기(영업손실 900억원)와 비교해 흑자로 돌아섰다."))
        .contains("가람전자 operating.profit 500000000000 [period=2031-Q3]",
            "가람전자 operating.profit -90000000000 [period=2030-Q3]");
    assertThat(ClaimFacts.facts("2031-10-24", "가람전자의 3분기 매출은 3000억원으로 전년 같은 기간(2500억원)보다 20% 늘었다."))
        .contains("가람전자 revenue 250000000000 [period=2030-Q3]").noneMatch(f -> f.contains("250000000000 [period=2031"));
  }

  @Test
  void aMajorityOrHalfIsNoOwner() {
    assertThat(ClaimFacts.facts("2031-05-11", "과반 의석(151석)을 가진 국민의힘은 법안을 단독으로 처리했다."))
        .anyMatch(f -> f.contains("의석 151")).noneMatch(f -> f.startsWith("과반"));
  }

  @Test
  void whoFindsOrCountsAFigureDoesNotOwnIt() {
    assertThat(ClaimFacts.facts("2031-07-17", "해양경찰은 이날 실종자 3명을 발견했다."))
        .noneMatch(f -> f.startsWith("해양경찰"));
    assertThat(ClaimFacts.facts("2031-01-09", "가람전자는 4분기 매출 8조원을 기록해 흑자 기조를 유지한 것으로 집계됐다."))
        .as("a passive count is the owner's").contains("가람전자 revenue 8000000000000 [period=2030-Q4]");
  }

  @Test
  void itemsOfAListWithNoMeasureOwnWhatTheVerbAfterItNames() {
    assertThat(ClaimFacts.facts("2031-03-20", "동부권에서는 △가람대 40명(총 90명) △나래대 35명(총 80명)이 증원됐다."))
        .as("the item, not the field the list is in").contains("가람대 증원 40", "나래대 증원 35");
    assertThat(ClaimFacts.facts("2031-03-20", "현장에는 소방관 120명, 경찰 80명이 투입됐다."))
        .contains("소방관 투입 120", "경찰 투입 80");
    assertThat(ClaimFacts.facts("2031-08-11", "이번 태풍으로 주민 300명이 대피했고, 도로 50곳과 둔치주차장 20곳, 하천변 30곳 등이 통제됐다."))
        .as("a noun of another clause measures no item").contains("둔치주차장 통제 20").noneMatch(f -> f.contains("태풍"));
    assertThat(ClaimFacts.facts("2031-08-11", "가람산 및 나래산 입장료는 15%로 인하한다."))
        .as("a level a change led to is no rate of change").noneMatch(f -> f.contains("growth.rate"));
    assertThat(ClaimFacts.facts("2031-03-20", "시급은 1만원, 월급 209만원으로 결정됐다."))
        .as("결정 states the figure: the item names the measure").contains(" 월급 2090000");
    assertThat(ClaimFacts.facts("2031-03-20", "가람2는 규모에 따라 3가지 모델(70억개, 130억개, 700억개)로 제공된다."))
        .as("the noun a bracket of figures follows labels none of them").noneMatch(f -> f.contains("제공"));
  }

  @Test
  void aFigureAfterARelativeClauseOnTheLastIsNoNextItemOfItsList() {
    assertThat(ClaimFacts.facts("2031-07-12", "재학생은 전년 대비 1만4000명 증가한 34만명이다."))
        .as("34만 is what the change led to, no item named 재학생").noneMatch(f -> f.contains("재학생 340000"))
        .contains("재학생 증감 14000 [scope=yoy]");
  }

  @Test
  void moneyIsNoMeasure() {
    assertThat(ClaimFacts.facts("2031-10-05", "나래전자의 공모에는 10조원이 넘는 돈이 몰렸다."))
        .noneMatch(f -> f.contains(" 돈 "));
  }

  @Test
  void aTimeRightBeforeTheLevelAChangeStartedFromDatesThatLevelOnly() {
    assertThat(ClaimFacts.facts("2031-11-07", "가람시의 관광 순위는 2029년 9위에서 4위로 올랐다."))
        .noneMatch(f -> f.contains(" 4 ") && f.contains("period=2029"));
    assertThat(ClaimFacts.facts("2031-11-07", "2030년 매출은 10조원에서 12조원으로 늘었다."))
        .as("a time before the measure is its period").anyMatch(f -> f.contains("12000000000000") && f.contains("period=2030"));
  }

  @Test
  void theLevelAChangeLedToIsTheMeasureNamedBeforeTheChangesClause() {
    assertThat(ClaimFacts.facts("2031-07-12", "가람시 버스요금이 지난해 1400원보다 150원 오른 1550원으로 결정됐다."))
        .as("the base compared with and the change stand between the measure and its level")
        .anyMatch(f -> f.contains("버스요금 1550")).anyMatch(f -> f.contains("증감 150"));
    assertThat(ClaimFacts.facts("2031-07-12", "가입자 수는 1년 전보다 3만명 늘어난 52만명으로 집계됐다."))
        .anyMatch(f -> f.contains(" users 520000")).anyMatch(f -> f.contains("증감 30000"));
    assertThat(ClaimFacts.facts("2031-07-12", "유형별로는 정규직이 2천명 늘어난 3만명, 계약직은 500명 줄어든 9천명으로 나타났다."))
        .as("items of a list the sentence goes on with name no measure").noneMatch(f -> f.startsWith(" 정규직 30000"));
  }

  @Test
  void aQuarterWithoutItsYearIsThePastOneButAWrittenYearStays() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람전자는 3분기 매출 8조원을 기록한 것으로 집계됐다."))
        .contains("가람전자 revenue 8000000000000 [period=2030-Q3]");
    assertThat(ClaimFacts.facts("2031-05-02", "가람전자는 올해 3분기 매출 8조원을 기록한 것으로 집계됐다."))
        .as("올해 spells the year").contains("가람전자 revenue 8000000000000 [period=2031-Q3]");
    assertThat(ClaimFacts.facts("2031-05-02", "가람전자는 2031년 3분기 매출 8조원을 기록한 것으로 집계됐다."))
        .contains("가람전자 revenue 8000000000000 [period=2031-Q3]");
  }

  @Test
  void thePriceOfADealIsWhatTheVerbAfterItBuysOrSells() {
    assertThat(ClaimFacts.facts("2031-10-20", "한빛전자는 가람소프트를 50억달러(6조원)에 인수한다고 밝혔다."))
        .contains("한빛전자 인수금액 5000000000");
    assertThat(ClaimFacts.facts("2031-10-20", "누리화학은 필름 사업부를 3000억원에 매각했다."))
        .contains("누리화학 매각금액 300000000000");
  }

  @Test
  void aVerbAfterAFigureBracketedOnItsNounIsTheNounsNotAChange() {
    assertThat(ClaimFacts.facts("2031-10-20", "이는 2026년 한빛전자의 가람 인수금액(80억달러)을 뛰어넘는 규모다."))
        .containsExactly("가람 인수금액 8000000000 [period=2026]");
  }

  @Test
  void aGenericNounAfterANameLeavesTheFigureToTheName() {
    assertThat(ClaimFacts.facts("2031-09-13", "지난해 출시된 갤럭시 S30 시리즈 지원금은 42만~45만원이었다."))
        .filteredOn(f -> f.contains("지원금")).allMatch(f -> f.startsWith("갤럭시 S30 지원금 "));
  }

  @Test
  void aDivisionTopicOwnsTheFiguresOfItsClauseWhateverItsDivisionWord() {
    assertThat(ClaimFacts.facts("2032-01-25", "지난해 주방 가전 사업은 매출 3조1395억 원, 영업이익 2078억 원을 냈다."))
        .containsExactlyInAnyOrder("주방가전 revenue 3139500000000 [period=2031]",
            "주방가전 operating.profit 207800000000 [period=2031]");
    assertThat(ClaimFacts.facts("2032-01-25", "주방가전 부문 매출은 3조1395억원이다."))
        .containsExactly("주방가전 revenue 3139500000000");
    assertThat(ClaimFacts.facts("2032-01-25", "이번 사업은 총사업비 1조원이 들었다."))
        .as("a modifier names no division").allMatch(f -> f.startsWith(" "));
  }

  @Test
  void aGenericNounBeforeANameIsTheAppositionsHeadNoPartOfTheOwner() {
    assertThat(ClaimFacts.facts("2032-01-25", "지난 2029년 가람전자의 미국 부품 업체 나래텍 인수금액(80억달러)을 넘어섰다."))
        .contains("나래텍 인수금액 8000000000 [period=2029]");
    assertThat(ClaimFacts.facts("2032-01-25", "반도체 기업 가람전자 매출은 3조원이다.")).containsExactly("가람전자 revenue 3000000000000");
    assertThat(ClaimFacts.facts("2032-01-25", "모델 가격은 100만원이다."))
        .as("a generic noun alone stays what it is").containsExactly("모델 가격 1000000");
    assertThat(ClaimFacts.facts("2031-04-20", "역대 시장 선거 투표율은 47.5%다."))
        .as("a title is as often a plain noun").containsExactly("시장선거 투표율 47.5");
    assertThat(ClaimFacts.facts("2031-04-20", "가람의 플랫폼 부문 매출은 1조원이다."))
        .as("nor is a product's generic noun a head: it names the division").allMatch(f -> f.startsWith("플랫폼 "));
  }

  @Test
  void aShareIsAShareHoweverNoriCutsItsWord() {
    assertThat(ClaimFacts.facts("2031-04-20", "가람택시의 시장 점유는 2030년 51%였다."))
        .as("점유 alone, or 점유율 that Nori cuts into 점유 and a suffix").containsExactly(" share 51 [period=2030]");
    assertThat(ClaimFacts.facts("2031-04-20", "가람택시는 중형택시 호출 시장의 96%를 점유하고 있다."))
        .anyMatch(f -> f.contains(" share 96"));
  }

  @Test
  void aFigureInRoWhoseChangeSizeIsSaidIsTheChangeNotTheLevel() {
    assertThat(ClaimFacts.facts("2031-04-20", "지역별로는 대전이 12.51%로 전국에서 가장 큰 폭으로 떨어졌다."))
        .containsExactly("대전 growth.rate -12.51");
    assertThat(ClaimFacts.facts("2031-04-20", "대전이 12.51% 가장 큰 폭으로 떨어졌다."))
        .containsExactly("대전 growth.rate -12.51");
    assertThat(ClaimFacts.facts("2031-04-20", "가람시 실업률이 3.1%로 떨어졌다."))
        .as("the level it fell to").noneMatch(f -> f.contains("growth.rate"));
  }

  @Test
  void aChangeStressedWithNaOrWrittenAsACutIsStillAChange() {
    assertThat(ClaimFacts.facts("2031-12-30", "가람모델은 기존 모델보다 연산량은 70%나 줄였다."))
        .containsExactly("연산량 growth.rate -70");
    assertThat(ClaimFacts.facts("2031-12-30", "가람시는 올해 쓰레기 배출량을 12% 감축했다."))
        .anyMatch(f -> f.contains("growth.rate -12"));
  }

  @Test
  void listItemsOfPeopleAreTheListsMeasureEvenWhenTheyEndInItsLastSyllable() {
    assertThat(ClaimFacts.facts("2031-12-30", "사망자는 남자 4명, 여자 3명으로 집계됐다."))
        .containsExactlyInAnyOrder("남자 사망자 4", "여자 사망자 3");
  }

  @Test
  void aNameEndingInItsNumberOwnsTheMeasureAfterIt() {
    // Nori reads the 30 of 한빛폰30 as a number, not as part of the name
    assertThat(ClaimFacts.facts("2031-09-13", "한빛폰30 지원금은 25만원이었다."))
        .containsExactly("한빛폰30 지원금 250000");
  }

  @Test
  void anOrdinalPrefixedNameIsNoNumber() {
    assertThat(ClaimFacts.facts("2031-11-20", "제3외국어 영역 응시자는 4만2000명이다."))
        .anyMatch(f -> f.startsWith("제3외국어영역 응시자 42000"));
  }

  @Test
  void theCountOfANounThatNoriMisreadsEndsInTheNoun() {
    // Nori reads the 아 of 출생아 as an interjection
    assertThat(ClaimFacts.facts("2031-02-26", "지난해 출생아 수는 21만명으로 집계됐다."))
        .containsExactly(" 출생아 210000 [period=2030]");
  }

  @Test
  void aMeasureWrittenAsTheTopicIsOwnedByThePlaceWrittenAsEachFiguresSubject() {
    assertThat(ClaimFacts.facts("2031-04-20", "지역별 참가율은 강원이 71.5%로 가장 높고, 경남이 60.2%로 가장 낮았다."))
        .containsExactly("강원 참가율 71.5", "경남 참가율 60.2");
  }

  @Test
  void theFieldOwnsTheFiguresWonInItAfterACountryNoClaimKeeps() {
    assertThat(ClaimFacts.facts("2031-08-12", "한국은 양궁에서 금메달 5개, 은메달 1개를 땄다."))
        .containsExactly("양궁 금메달 5", "양궁 은메달 1");
  }

  @Test
  void anOccasionBeforeTheTopicIsWhereItWonNotAField() {
    assertThat(ClaimFacts.facts("2031-08-12", "어제 끝난 세계선수권대회에서 한국은 금메달 5개, 은메달 3개로 총 8개의 메달을 땄다."))
        .noneMatch(f -> f.startsWith("세계선수권대회"));
  }

  @Test
  void aFieldWithAFusedTopicParticleIsAFieldToo() {
    assertThat(ClaimFacts.facts("2031-08-12", "펜싱에서도 금메달 2개, 태권도에선 금메달 1개를 땄다."))
        .containsExactly("펜싱 금메달 2", "태권도 금메달 1");
  }

  @Test
  void aFieldDoesNotOwnTheNounWrittenAsTheFiguresSubject() {
    assertThat(ClaimFacts.facts("2031-04-11", "부산에선 미래당이 14곳, 희망당이 4곳에서 이겼다."))
        .noneMatch(f -> f.startsWith("부산 "));
  }

  @Test
  void aComparisonHeadingTheClauseScopesEveryRateOfItsList() {
    assertThat(ClaimFacts.facts("2031-04-20", "전년 동기 대비 매출은 8.5%, 영업이익은 31.2% 증가했다."))
        .containsExactly("매출 growth.rate 8.5 [scope=yoy]", "영업이익 growth.rate 31.2 [scope=yoy]");
  }

  @Test
  void theExamplesBeforeDeungAreNotTheNameOfWhatIsCounted() {
    assertThat(ClaimFacts.facts("2031-04-20", "참가자들은 강릉 등 5곳으로 흩어졌다."))
        .noneMatch(f -> f.contains("강릉"));
    assertThat(ClaimFacts.facts("2031-04-20", "재수생은 2.1%, 검정고시 등은 9.5% 각각 증가했다."))
        .contains("검정고시 growth.rate 9.5");
  }

  @Test
  void anAmountOfRevenueThatIsRaisedIsEarnedNotAChange() {
    assertThat(ClaimFacts.facts("2031-04-20", "삼성전자는 지난해 매출 2조원을 올렸다."))
        .containsExactly("삼성전자 revenue 2000000000000 [period=2030]");
  }

  @Test
  void aBoundingVerbThatDropsItsRieulStillBounds() {
    Article a = Articles.of("t", "2031-08-02", "가람시의 연평균 예산이 40억원을 웃돈다. 나래군 예산은 10억원을 밑도는 수준이다.");
    assertThat(ClaimExtractor.standard().extract(a).claims()).map(ExtractedClaim::claim)
        .extracting(c -> ((Quantity) c.value()).bound()).containsExactlyInAnyOrder(Bound.MORE_THAN, Bound.LESS_THAN);
  }

  @Test
  void anAdverbOfDegreeBeforeTheBoundingVerbKeepsTheBound() {
    Article a = Articles.of("t", "2031-08-02", "가람시 물가 상승률이 6%를 훌쩍 넘어섰다. 나래지수 시가총액은 900조 밑으로 떨어졌다.");
    assertThat(ClaimExtractor.standard().extract(a).claims()).map(ExtractedClaim::claim)
        .extracting(c -> ((Quantity) c.value()).bound()).containsExactlyInAnyOrder(Bound.MORE_THAN, Bound.LESS_THAN);
  }

  @Test
  void anAdverbOfDegreeBeforeAChangeVerbKeepsTheChangeAndAMarkPassedIsNone() {
    assertThat(ClaimFacts.facts("2031-01-02", "가람시 수출이 1.0% 소폭 상승했다."))
        .contains("가람시수출 growth.rate 1");
    assertThat(ClaimFacts.facts("2031-01-02", "가람전자의 매출은 기존 기록인 2029년 2분기 매출 13조원을 크게 뛰어넘었다."))
        .as("뛰어넘 passes a mark, it is no change").noneMatch(f -> f.contains("증감"));
  }

  @Test
  void theTimeOfOneOfTwoThingsComparedIsNoPeriodOfTheFigure() {
    assertThat(ClaimFacts.facts("2031-09-12", "3월 조사와 이번 조사의 차이로 계산한 귀농 인구는 1만2000명이다."))
        .singleElement().asString().doesNotContain("period");
  }

  @Test
  void aFigureTheClauseSaysIsNearlyReachedIsAnUpperBound() {
    List<Claim> claims = ClaimExtractor.standard().extract(Articles.of("t", "2031-09-12", "올해 귀농 인구는 2만명에 육박했다."))
        .claims().stream().map(ExtractedClaim::claim).toList();
    assertThat(claims).singleElement().satisfies(c -> {
      assertThat(c.attribute()).isEqualTo("인구");
      assertThat(((Quantity) c.value()).bound())
          .isEqualTo(Bound.LESS_THAN);
    });
  }

  @Test
  void aNounEndingInDoIsNotReadAsItsStemWithTheParticleAlso() {
    assertThat(ClaimFacts.facts("2031-04-20", "정부소비 성장 기여도는 0.4%p다."))
        .containsExactly("정부소비 기여도 0.4");
  }

  @Test
  void pointsAPartAddsToOrTakesFromARateAreItsContribution() {
    assertThat(ClaimFacts.facts("2031-04-20", "관광 수출이 성장률을 0.4%p 끌어올렸지만, 주택 투자가 0.2%p 깎아내렸다."))
        .contains("관광수출 기여도 0.4", "주택투자 기여도 -0.2");
  }

  @Test
  void whatWasAimedAtAndReachedIsNoTarget() {
    assertThat(ClaimFacts.facts("2031-12-29", "‘누리별’은 목표한 궤도인 달 상공 100km에 진입했다."))
        .singleElement().asString().contains("100000").doesNotContain("target").doesNotContain("forecast");
  }

  @Test
  void aLevelAnAmountGotBackToIsNoChange() {
    assertThat(ClaimFacts.facts("2031-10-08", "삼성전자의 영업이익은 지난 2분기 1조원대를 회복했다."))
        .singleElement().asString().startsWith("삼성전자 operating.profit").contains("period=2031-Q2");
  }

  @Test
  void anOrdinalBeforeANounWithAFigureInBracketsIsNoCountAndTheFigureIsTheTopicsMeasure() {
    assertThat(ClaimFacts.facts("2031-04-20", "이번 투표율은 2027년 23대 선거(61.5%)와 비교해 1.2%p 높았다."))
        .contains("선거 투표율 61.5 [period=2027]").noneMatch(f -> f.contains(" 23 ") || f.endsWith(" 23"));
  }

  @Test
  void aRateThatFellToALevelHasThatLevelNotAFall() {
    assertThat(ClaimFacts.facts("2031-10-08", "나래국의 물가 상승률이 지난달 2%대로 떨어졌다."))
        .singleElement().asString().contains("2~2.99").doesNotContain("-2");
  }

  @Test
  void aShareOfAQuotedNameWithAGenericNounIsTheNamesShare() {
    assertThat(ClaimFacts.facts("2031-04-20", "최상위 기종인 '누리 맥스' 모델이 전체의 45%를 차지했다."))
        .singleElement().asString().startsWith("누리맥스 share 45");
  }

  @Test
  void aMeasureOfTwoWordsAfterAFigureInTheGenitiveIsThatMeasure() {
    assertThat(ClaimFacts.facts("2031-04-20", "누리폰은 약 27%의 판매 비중을 나타냈다."))
        .singleElement().asString().contains("share 27");
  }

  @Test
  void aFigureInBracketsAfterATimeIsOfItsClausesTopicNotOfThePreviousSentencesMeasure() {
    assertThat(ClaimFacts.facts("2031-04-20", "누리전자의 영업이익은 5조원으로 집계됐다. 매출은 분기 최대였던 2029년 1분기(61조원)의 기록을 넘어섰다."))
        .anyMatch(f -> f.contains("revenue 61000000000000")).noneMatch(f -> f.contains("operating.profit 61000000000000"));
  }

  @Test
  void theConversionOfAnAmountInACurrencyNotReadIsNamedByTheNounBeforeTheAmount() {
    assertThat(ClaimFacts.facts("2031-04-20", "우승 팀은 상금 250만 레알(약 6억원)을 받는다."))
        .singleElement().asString().startsWith(" 상금 600000000").doesNotContain("레알");
  }

  @Test
  void aSpanBetweenAnEarlierTimeAndTheFigureLeavesTheFigureWithoutThatTimesPeriod() {
    assertThat(ClaimFacts.facts("2031-10-08", "가람은행 기준금리는 작년 1월 3.5%로 오른 뒤 2월부터 올해 8월까지 연속된 11번의 회의에서 동결됐다."))
        .contains("가람은행 기준금리 3.5 [period=2030-01]", " 회의 11");
  }

  @Test
  void anItemOfAListThatSaysWhatItIsIsNotOwnedByItUnderTheFirstItemsNoun() {
    assertThat(ClaimFacts.facts("2031-04-20", "승객 150명은 한국인이 140명, 나머지 10명은 태국인인 것으로 집계됐다."))
        .contains(" 태국인 10").noneMatch(f -> f.startsWith("태국인 한국인"));
  }

  @Test
  void thePartsOfAWholeInBracketsAreTheWholesOwnersParts() {
    assertThat(ClaimFacts.facts("2031-04-20", "선거 결과는 ▲민주당 143석(지역구 120석, 비례 23석) ▲국민의힘 97석(지역구 80석, 비례 17석)이다."))
        .contains("민주당 의석 143", "민주당 의석 23 [part=비례]", "국민의힘 의석 97", "국민의힘 의석 17 [part=비례]")
        .noneMatch(f -> f.startsWith("비례 "));
  }

  @Test
  void otherMeasuresInABracketAfterAnOwnedFigureAreItsOwners() {
    assertThat(ClaimFacts.facts("2031-08-20", "미국은 금메달 40개(은메달 44개, 동메달 42개)를 따냈다."))
        .contains("미국 금메달 40", "미국 은메달 44", "미국 동메달 42");
  }

  @Test
  void aRegionOwnsItsFiguresAndRegionsListedUnderARegionTakeTheLastMeasure() {
    assertThat(ClaimFacts.facts("2031-08-01", "강원 홍천군의 낮 최고기온이 39.1도를 기록했다."))
        .containsExactly("홍천 최고기온 39.1");
    assertThat(ClaimFacts.facts("2031-08-01", "춘천의 낮 최고기온은 38.4도였다. 반면 동해안은 속초 30.2도, 강릉 32.8도에 그쳤다."))
        .contains("춘천 최고기온 38.4", "속초 최고기온 30.2", "강릉 최고기온 32.8")
        .noneMatch(f -> f.contains("동해안 30.2"));
    assertThat(ClaimFacts.facts("2031-08-01", "양평 36.5도, 수원 35.9도 등으로 측정됐다."))
        .as("a region is where a temperature was read, never what it measures").noneMatch(f -> f.contains(" 양평 "))
        .contains("양평 기온 36.5");
  }

  @Test
  void eachTitleInAListGivesItsFiguresToItsOwnHolder() {
    assertThat(ClaimFacts.facts("2031-04-11", "박수진 하늘당 후보는 5120표(2.11%), 권민서 나래당 후보는 3020표(1.25%)를 얻었다."))
        .as("Nori reads 권 after '%),' as a suffix").contains("박수진 득표수 5120", "권민서 득표수 3020");
    assertThat(ClaimFacts.facts("2031-04-11", "하늘당 박수진 후보는 득표율 2.11%(5,120표), 나래당 권민서 후보는 득표율 1.25%(3,020표)를 기록했다."))
        .as("the nearer title, not the person of the clause before").contains("권민서 득표율 1.25", "권민서 득표수 3020")
        .noneMatch(f -> f.equals("박수진 득표율 1.25"));
    assertThat(ClaimFacts.facts("2031-04-11", "박수진 후보가 당선됐다. 선관위에 따르면 박 후보의 득표율은 52.4%(4만1020표)였다."))
        .as("a title of the topic's noun, a source named apart").contains("박수진 득표율 52.4", "박수진 득표수 41020");
  }

  @Test
  void aTitleOrAMeasureWordInsideANameIsNoMeasure() {
    assertThat(ClaimFacts.facts("2031-04-11", "고영일 후보가 41.2%인 3만2천표를 얻었다."))
        .noneMatch(f -> f.contains(" 후보 "));
    assertThat(ClaimFacts.facts("2031-04-20", "경상국립대가 30명, 가람대가 20명 늘어 정원이 늘었다."))
        .noneMatch(f -> f.contains("경상자"));
  }

  @Test
  void aFieldBetweenANamedOwnerAndItsFiguresIsThePartOfTheWholeTheyAre() {
    assertThat(ClaimFacts.facts("2031-04-20", "개표 결과 민주당은 지역구에서 120석, 국민의힘은 80석을 차지했다."))
        .contains("국민의힘 의석 80 [part=지역구]");
  }

  @Test
  void aFieldOwnsTheFigureOfAMeasureWrittenAsItsSubject() {
    assertThat(ClaimFacts.facts("2031-04-20", "가람국은 레슬링에서는 9개의 메달이 나왔다."))
        .contains("레슬링 메달 9");
    assertThat(ClaimFacts.facts("2031-04-20", "이날 나래군에서 오후 6시까지 비가 210mm 쏟아졌다."))
        .singleElement().asString().startsWith("나래군 ");
    assertThat(ClaimFacts.facts("2031-04-20", "가람구에선 나래당이 12곳을 차지했다."))
        .as("a name written as the subject is who won them").noneMatch(f -> f.startsWith("가람구 "));
  }

  @Test
  void aFieldWrittenBeforeAnOwnerWhoActsLaterIsWhereItHappenedNotAPart() {
    assertThat(ClaimFacts.facts("2031-04-20", "중앙선관위에 따르면 가람구청장 재선거에서 고영일 후보가 4만2천표를 얻었다."))
        .containsExactly("고영일 득표수 42000");
    assertThat(ClaimFacts.facts("2031-04-20", "가람국은 이번 대회에서 금메달 30개를 땄고, 나래국(금 20개·은 10개)이 뒤를 이었다."))
        .as("a name listed after the field with its figures in a gloss does not parallel the topic")
        .contains("나래국 금메달 20").noneMatch(f -> f.contains("part="));
  }

  @Test
  void aMeasureNamedBeforeItsOwnFigureIsNoListsMeasureAndAGlossNamesNone() {
    assertThat(ClaimFacts.facts("2031-04-20", "개표율 100%를 기록한 가운데 하늘당 후보의 득표율은 48.1%로 집계됐다."))
        .contains(" 개표율 100").noneMatch(f -> f.contains("득표율 100"));
    assertThat(ClaimFacts.facts("2031-04-20", "미국(120개·금40,은50,동30)은 2위를 기록했다."))
        .as("금 and 은 in a gloss, and the particle 은, name no measure of the figure before")
        .noneMatch(f -> f.contains("120"));
  }

  @Test
  void aCounterNamesABracketedFigureThatTheMeasureBeforeCannotBe() {
    assertThat(ClaimFacts.facts("2031-04-11", "남궁민수 후보의 득표율은 51.2%(4만1020표)로 집계됐다."))
        .contains("남궁민수 득표율 51.2", "남궁민수 득표수 41020");
  }

  @Test
  void aTitleTopicGivesItsHolderTheFiguresOfItsClauseWithAMeasureBetween() {
    assertThat(ClaimFacts.facts("2031-04-11", "고영일 미래정의당 후보는 득표율 12.4%(9천812표)에 그쳤다."))
        .contains("고영일 득표율 12.4", "고영일 득표수 9812");
    assertThat(ClaimFacts.facts("2031-04-11", "하늘시 관계자는 투표율이 60.2%라고 밝혔다."))
        .as("a title that reports what another says owns nothing").noneMatch(f -> f.startsWith("관계자"));
  }

  @Test
  void aTensEditionInASeriesOfEditionsIsAnEditionAndNoEditionIsACount() {
    assertThat(ClaimFacts.facts("2031-04-20", "역대 시장 선거 투표율은 △18대 47.5% △19대 51.2% △20대 55.0%다."))
        .containsExactly("시장선거 투표율 47.5 [edition=18대]", "시장선거 투표율 51.2 [edition=19대]",
            "시장선거 투표율 55 [edition=20대]");
  }

  @Test
  void everyCountOfAListWhoseVerbIsAChangeIsAChange() {
    assertThat(ClaimFacts.facts("2031-09-12", "지원자는 재수생 2042명과 검정고시 출신 1909명이 각각 늘었다."))
        .containsExactly("재수생 증감 2042", "검정고시 증감 1909");
  }

  @Test
  void pointsANameCutsFromARateItHoldsAsTheObjectAreThatRatesChange() {
    assertThat(ClaimFacts.facts("2031-10-11", "한국은행은 기준금리를 0.25%포인트 낮췄다."))
        .containsExactly("기준금리 증감 -0.25");
  }

  @Test
  void anAdverbBetweenAHeadAndItsFigureLeavesTheHeadToIt() {
    assertThat(ClaimFacts.facts("2031-10-16", "그의 시집 판매량은 마침내 10만 부를 넘었다."))
        .singleElement().asString().contains("units.sold 100000");
  }

  @Test
  void aPartOfAWholeIsWhatItsCopulaSaysItIs() {
    assertThat(ClaimFacts.facts("2031-09-11", "전체 지원자 50만명 중 18만명이 재수생이었다."))
        .contains(" 재수생 180000");
    assertThat(ClaimFacts.facts("2031-09-11", "관람객 중 170명은 내국인, 5명은 외국인이었다."))
        .containsExactly("내국인 관객 170", "외국인 관객 5");
  }

  @Test
  void aPercentageWithAVerbOfChangeIsTheGrowthOfItsTopic() {
    assertThat(ClaimFacts.facts("2031-04-20", "지난해 4분기 우주산업 매출은 전기 대비 3.1% 증가했다."))
        .containsExactly("우주산업매출 growth.rate 3.1 [period=2030-Q4, scope=qoq]");
  }

  @Test
  void aFallIsANegativeChangeUnlessWrittenNegative() {
    assertThat(ClaimFacts.facts("2031-04-20", "지난해 관광 수입은 2.5% 감소했다."))
        .containsExactly("관광수입 growth.rate -2.5 [period=2030]");
    assertThat(ClaimFacts.facts("2031-04-20", "지난해 관광 수입은 -2.5% 역성장했다."))
        .containsExactly("관광수입 growth.rate -2.5 [period=2030]");
  }

  @Test
  void aNamedEconomyThatFellByAFigureHasANegativeGrowth() {
    assertThat(ClaimFacts.facts("2031-10-20", "지난 2분기 국내총생산(GDP)은 전기 대비 0.3% 떨어졌다."))
        .anySatisfy(f -> assertThat(f).contains("growth.rate -0.3"));
    assertThat(ClaimFacts.facts("2031-10-20", "지난 2분기 성장률은 1.3%로 떨어졌다."))
        .anySatisfy(f -> assertThat(f).contains("growth.rate 1.3"));
  }

  @Test
  void aFigureInParenthesesAfterATimeIsThatTimesValueOfTheSameMeasure() {
    assertThat(ClaimFacts.facts("2031-04-20", "올해 어업 생산 증가율은 1.2%로 2029년(3.4%)보다 낮다."))
        .containsExactly("어업생산 growth.rate 1.2 [period=2031]", "어업생산 growth.rate 3.4 [period=2029]");
  }

  @Test
  void aNounWrittenAgainstItsFigureIsItsHead() {
    assertThat(ClaimFacts.facts("2031-04-20", "올해 성장률은 잠재성장률(2.1%)에 못 미쳤다."))
        .contains(" 잠재성장률 2.1 [period=2031]");
  }

  @Test
  void aQuarterWithoutItsYearIsLastYearsWhenItWouldBeInTheFuture() {
    assertThat(ClaimFacts.facts("2031-01-28", "4분기 항만 물동량 증가율은 0.8%로 집계됐다."))
        .containsExactly("항만물동량 growth.rate 0.8 [period=2030-Q4]");
  }

  @Test
  void theBaseOfAnArrowIsTheValueBeforeTheChange() {
    assertThat(ClaimFacts.facts("2031-04-20", "지난해 전력 수요 증가율은 둔화(3.0%→1.1%)됐다."))
        .allMatch(f -> !f.contains(" 3 ") || f.endsWith("[previous]"));
    assertThat(ClaimFacts.facts("2031-04-20", "가람시 인구 10만→12만명"))
        .as("a bare number before the arrow takes the unit after it").contains("가람시 인구 100000 [previous]");
    assertThat(ClaimFacts.facts("2031-04-20", "가람은행, 기준금리 0.5%p 인상…2.25%로"))
        .as("a figure before the next item names no item").noneMatch(f -> f.startsWith("0.5"));
    assertThat(ClaimFacts.facts("2031-04-20", "확진자 추이는 303명→290명→304명이다."))
        .as("the values a series left behind are of days it does not name").noneMatch(f -> f.contains(" 303") || f.contains(" 290"));
    assertThat(ClaimFacts.facts("2031-04-20", "가람택시의 시장점유율 2028년 41%→2030년 69%로 증가했다."))
        .as("each side of the arrow with its own year").containsExactly(" share 41 [period=2028]", " share 69 [period=2030]");
  }

  @Test
  void aVerbThatCountsNamesTheMeasureAndTheNounBeforeTheFigureItsOwner() {
    assertThat(ClaimFacts.facts("2031-04-20", "그 만화책은 20만 부가 넘게 팔렸다."))
        .singleElement().satisfies(f -> assertThat(f).startsWith("만화책 units.sold 200000"));
    assertThat(ClaimFacts.facts("2031-04-20", "화보집은 그동안 3만 부가 팔렸다."))
        .singleElement().satisfies(f -> assertThat(f).contains("units.sold 30000"));
    assertThat(ClaimFacts.facts("2031-01-07", "가람자동차는 지난해 120만대를 팔았다."))
        .as("the active verb, 팔 of 팔았다, as the passive 팔리").contains("가람자동차 units.sold 1200000 [period=2030]");
  }

  @Test
  void aMeasureWordInBracketsBeforeEachFigureNamesItAndTheNounBeforeTheBracketOwnsIt() {
    assertThat(ClaimFacts.facts("2031-04-20", "종합 2위는 하늘국(금 31개, 은 22개, 동 19개)이 차지했다."))
        .contains("하늘국 금메달 31", "하늘국 은메달 22", "하늘국 동메달 19");
    assertThat(ClaimFacts.facts("2031-09-02", "가람은 사이클에서 금메달 2개를 땄다. 유도에서는 13개의 메달(금 4, 은 6, 동 3)이 나왔다."))
        .as("메달 before the bracket sums the figures; the field owns them, not the last sentence's owner")
        .contains("유도 금메달 4", "유도 은메달 6", "유도 동메달 3").noneMatch(f -> f.startsWith("메달 "));
  }

  @Test
  void theNameARelativeClauseHoldingTheFigureModifiesOwnsIt() {
    assertThat(ClaimFacts.facts("2031-08-12", "금메달 11개와 은메달 7개를 따낸 독일은 종합 5위에 올랐다."))
        .contains("독일 금메달 11", "독일 은메달 7");
    assertThat(ClaimFacts.facts("2031-08-12", "금메달 11개를 따낸 선수단은 귀국했다."))
        .noneMatch(f -> f.startsWith("독일"));
  }

  @Test
  void aFigureAfterADayOfAnEarlierYearIsOfThatYear() {
    assertThat(ClaimFacts.facts("2031-05-02", "이전 최대 지진은 1998년 3월 4일 나래군에서 일어난 규모 5.6의 지진이었다."))
        .as("the strongest quake before this one").anySatisfy(f -> assertThat(f).contains("5.6").endsWith("[period=1998]"));
    assertThat(ClaimFacts.facts("2031-05-02", "가람시는 1일 오후 규모 5.9의 지진이 발생했다."))
        .as("a day of this year is when, not the period of what was measured")
        .anySatisfy(f -> assertThat(f).contains("5.9").doesNotContain("period="));
  }

  @Test
  void aFigureInARelativeClauseModifyingAYearIsOfThatYear() {
    assertThat(ClaimFacts.facts("2031-04-20", "가장 큰 참사는 120명이 숨진 1999년 한솔호 침몰 사고다."))
        .anySatisfy(f -> assertThat(f).contains("120").endsWith("[period=1999]"));
  }

  @Test
  void thePlaceARelativeClauseModifiesRightAfterItsVerbOwnsTheFigureTheCounterNames() {
    assertThat(ClaimFacts.facts("2031-04-20", "20석이 걸린 부산에서는 한빛당이 15곳에서 이겼다."))
        .contains("부산 의석 20");
    assertThat(ClaimFacts.facts("2031-04-20", "20석이 걸린 부산에서는 한빛당이 15곳에서 이겼다."))
        .noneMatch(f -> f.startsWith("한빛당 의석 20"));
  }

  @Test
  void theNameInThePhraseARelativeClauseModifiesOwnsTheFigureRatherThanWhereItHappened() {
    assertThat(ClaimFacts.facts("2031-08-12", "서울에서 직원 300명을 고용한 오픈AI 한국 법인이 문을 열었다."))
        .containsExactly("오픈AI employees 300");
  }

  @Test
  void aNounBeforeACommaEndsTheItemBeforeAndNeverOwnsTheNextFigure() {
    assertThat(ClaimFacts.facts("2031-08-12", "승객 90명 중 3명 구조, 87명 사망 확인"))
        .noneMatch(f -> f.startsWith("구조"));
  }

  @Test
  void anItemOfAListIsNeverTheMeasureOfAnotherItem() {
    assertThat(ClaimFacts.facts("2031-08-12", "행사에는 국비 200억원, 지방비 300억원, 자체 수입 150억원 등이 투입된다."))
        .contains(" 국비 20000000000", " 지방비 30000000000").noneMatch(f -> f.contains("국비 15000000000"));
  }

  @Test
  void theNounOfTheNextItemOfAListIsNoVerbThatMeasuresTheItemBefore() {
    assertThat(ClaimFacts.facts("2031-08-12", "중환자 410명, 사망 27명을 기록했다."))
        .containsExactlyInAnyOrder(" 중환자 410", " 사망자 27");
    assertThat(ClaimFacts.facts("2031-08-12", "신규 입원 52명, 사망자 9명으로 집계됐다."))
        .noneMatch(f -> f.contains("사망자 52"));
  }

  @Test
  void aTimeAFigureIsComparedWithIsNotItsPeriod() {
    assertThat(ClaimFacts.facts("2031-08-12", "1분기와 비교할 때 매출은 3.1% 늘었다."))
        .singleElement().satisfies(f -> assertThat(f).doesNotContain("period=2031-Q1"));
  }

  @Test
  void aCutInPercentagePointsIsAChangeOfTheRateNotAGrowthRate() {
    assertThat(ClaimFacts.facts("2031-08-12", "올해 실업률은 0.5%포인트 낮아졌다."))
        .anySatisfy(f -> assertThat(f).contains("증감 -0.5"));
  }

  @Test
  void aLevelAChangeEndsAtIsNoChange() {
    assertThat(ClaimFacts.facts("2031-08-12", "중앙은행은 12일 기준금리를 연 2.75%로 내렸다."))
        .noneMatch(f -> f.contains("growth.rate"));
  }

  @Test
  void figuresInBracketsAfterTheirNamesAreNotWhatTheNounBeforeTheBracketsMeasures() {
    assertThat(ClaimFacts.facts("2031-08-12", "두 나라의 금리 격차(한국 2.75%·미국 4.5%)는 더 벌어졌다."))
        .noneMatch(f -> f.contains("격차 2.75"));
  }

  @Test
  void aCountryAsTheTopicOwnsTheFiguresOfItsClause() {
    assertThat(ClaimFacts.facts("2031-08-12", "프랑스는 이날 금메달 4개를 딴 데 이어 은메달 2개를 땄다."))
        .contains("프랑스 금메달 4");
    assertThat(ClaimFacts.facts("2031-08-12", "프랑스는 이날 금메달 4개를 추가했다."))
        .as("4 more, not its tally").singleElement().asString().contains("증감 4");
  }

  @Test
  void aFigureAfterATimeCountedBackIsOfThePeriodBeforeTheTopicsNotBeforeTheArticlesDate() {
    String text = "지난해 가람자동차의 세계 판매는 412만3000대였다. 국내 판매는 81만2000대로 1년 전(86만4000대)보다 줄었다.";
    assertThat(ClaimFacts.facts("2031-01-06", text))
        .anyMatch(f -> f.contains(" 864000 ") && f.contains("period=2029"))
        .noneMatch(f -> f.contains(" 864000 ") && f.contains("period=2030"));
    assertThat(ClaimFacts.facts("2031-01-06", "지난해 나래시의 인구는 50만3000명이었다. 출생아는 2100명으로 전년(2400명)보다 줄었다."))
        .anyMatch(f -> f.contains(" 2400 ") && f.contains("period=2029"));
    assertThat(ClaimFacts.facts("2031-06-10", "가람자동차의 국내 판매는 81만2000대로 전년(86만4000대)보다 줄었다."))
        .as("with no period stated, the year before the article's").anyMatch(f -> f.contains(" 864000 ") && f.contains("period=2030"));
  }

  @Test
  void aFigureAfterTheMonthBeforeIsOfTheMonthBeforeTheOneTheTextWrites() {
    // published in September: 지난달 is August, and 전월 the month before it, whenever the text was written
    assertThat(ClaimFacts.facts("2031-09-02", "가람시의 지난달 외식 물가는 4.2% 올라 전월(3.8%)보다 오름폭을 키웠다."))
        .anyMatch(f -> f.contains(" 3.8 ") && f.contains("period=2031-07"))
        .noneMatch(f -> f.contains(" 3.8 ") && f.contains("period=2031-08"));
    assertThat(ClaimFacts.facts("2031-02-05", "나래시의 수출은 작년 12월에 47억 달러로 전월(24억 달러)보다 늘었다."))
        .anyMatch(f -> f.contains(" 2400000000 ") && f.contains("period=2030-11"));
  }

  @Test
  void theYearBeforeCountsFromTheYearTheTextIsAboutNotFromARecordComparedWith() {
    assertThat(ClaimFacts.facts("2031-02-06",
        "나래국의 지난해 경상수지는 880억 달러 흑자다. 2024년(930억 달러)에 이어 역대 두 번째다. 전년(300억 달러) 대비 흑자 폭이 늘었다."))
        .as("2024 is a record compared with: 전년 is the year before 2030")
        .anyMatch(f -> f.contains(" 30000000000 ") && f.contains("period=2029"))
        .noneMatch(f -> f.contains(" 30000000000 ") && f.contains("period=2023"));
    assertThat(ClaimFacts.facts("2031-02-06",
        "나래국의 지난해 경상수지는 880억 달러 흑자로 2024년(930억 달러)에 이어 두 번째이며, 전년(300억 달러)의 세 배다."))
        .as("in one sentence too").anyMatch(f -> f.contains(" 30000000000 ") && f.contains("period=2029"))
        .anyMatch(f -> f.contains(" 93000000000 ") && f.contains("period=2024"));
  }

  @Test
  void aFigureAfterTheSameMonthOfAYearIsOfThatMonth() {
    assertThat(ClaimFacts.facts("2031-02-06", "나래국의 여행수지는 지난해 12월 12억 달러 적자로 2029년 같은 달(9억 달러)보다 커졌다."))
        .as("the period of the bracket; its sign is another matter").anyMatch(f -> f.contains("900000000 ") && f.contains("period=2029-12"));
  }

  @Test
  void aRateOfTwoDifferentlyOwnedGroupsIsNoContradiction() {
    // 큰 상장의 평균 상승률 and every listing's: the genitive before the measure word owns each rate
    Article a = Articles.of("a", "2031-10-23", "가람증시의 올해 상장 첫날 평균 주가 상승률은 39%였다.");
    Article b = Articles.of("b", "2031-10-23",
        "올해 가람증시에 상장한 기업들은 첫날 평균 39% 올랐으며, 5억 달러 이상 규모의 상장의 평균 상승률은 66%였다.");
    assertThat(ClaimFacts.compare(a, b)).noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void howOfficialAFigureIsNamesNoOwner() {
    assertThat(ClaimFacts.facts("2031-08-01", "기상청이 잰 나래군 화촌면의 공식 수은주는 40.6도로 역대 최고를 경신했다."))
        .anyMatch(f -> f.contains(" 40.6"))
        .noneMatch(f -> f.startsWith("공식 "));
  }

  @Test
  void anAmountOfDataIsACapacityAndNoValueOfThePriceItModifies() {
    assertThat(ClaimFacts.facts("2031-02-01", "나래폰 프로 512GB의 국내 출고가는 149만9000원이다."))
        .noneMatch(f -> f.contains("512000000000") && f.contains("출고가"));
    assertThat(ClaimFacts.facts("2031-02-01", "나래폰 프로는 1TB 모델이 189만원이다."))
        .anyMatch(f -> f.contains(" 용량 1000000000000"));
  }

  @Test
  void theBallotsCastAndTheInvalidOnesAreTheWholeVotesNotACandidates() {
    assertThat(ClaimFacts.facts("2031-04-20", "나가람 후보는 전체 투표수 8만1,234표 가운데 절반 넘게 얻었다. 무효 투표수는 702표였다."))
        .contains(" votes.cast 81234", " votes.invalid 702").noneMatch(f -> f.startsWith("나가람 ") || f.contains("득표수"));
    assertThat(ClaimFacts.facts("2031-04-20", "무효투표수는 702표, 기권수는 1만2,345표로 집계됐다."))
        .contains(" votes.invalid 702", " votes.abstain 12345").noneMatch(f -> f.contains("득표수"));
  }

  @Test
  void thoseOfAnElectorateWhoVotedOrTookPartAreTheBallotsCast() {
    assertThat(ClaimFacts.facts("2031-04-20", "가람시 보궐선거에서는 총 선거인 수 31만2,004명 중 15만6,170명이 투표했다."))
        .containsExactly(" electorate 312004", " votes.cast 156170");
    assertThat(ClaimFacts.facts("2031-04-20", "이번 선거에는 유권자 31만2,004명 가운데 15만6,170명이 참여했다."))
        .contains(" votes.cast 156170");
    assertThat(ClaimFacts.facts("2031-04-20", "가람당 후보에게 투표한 유권자는 15만6,170명이었다."))
        .as("유권자 alone is no roll").noneMatch(f -> f.contains("electorate") || f.contains("votes.cast"));
    assertThat(ClaimFacts.facts("2031-04-20", "재적의원 250명 중 241명이 참여했고 안건은 가결됐다."))
        .contains(" votes.cast 241");
    assertThat(ClaimFacts.facts("2031-04-20", "직원 700명 중 600명이 참여했다."))
        .as("a part of no electorate that took part is counted by no measure").noneMatch(f -> f.endsWith(" 600"));
  }

  @Test
  void eachSideOfABallotIsItsOwnCountWhetherWrittenInVotesOrMembers() {
    assertThat(ClaimFacts.facts("2031-04-20", "표결에서 찬성 171표, 반대 99표, 기권 5표로 안건이 통과됐다."))
        .contains(" votes.for 171", " votes.against 99", " votes.abstain 5");
    assertThat(ClaimFacts.facts("2031-04-20", "안건은 찬성 171명, 반대 99명으로 통과됐다."))
        .contains(" votes.for 171", " votes.against 99");
  }

  @Test
  void aPlayersRecordIsCountedByItsCountersAndItsRateByTheNounBeforeIt() {
    assertThat(ClaimFacts.facts("2031-04-20", "가람FC는 지난 시즌 마지막 경기에서 이겼다. 김나래는 통산 212경기에 등판해 91승 47패 2세이브 평균자책점 3.14를 올렸다."))
        .contains("김나래 승수 91", "김나래 패수 47", "김나래 세이브 2", " 평균자책점 3.14");
  }

  @Test
  void aNounBetweenTwoFiguresNamesTheOneAfterIt() {
    assertThat(ClaimFacts.facts("2031-04-20", "김나래는 데뷔 첫해 17승 5패 평균자책점 2.41, 188탈삼진을 기록했다."))
        .contains(" 평균자책점 2.41").noneMatch(f -> f.contains("평균자책점 188"));
  }

  @Test
  void aChangeFromATimeIsAGrowthRateButADifferenceFromAnotherThingIsNoClaim() {
    assertThat(ClaimFacts.facts("2031-10-20", "가람전자의 3분기 매출은 1년 전보다 12% 늘었다."))
        .containsExactly("가람전자매출 growth.rate 12 [period=2031-Q3, scope=yoy]");
    assertThat(ClaimFacts.facts("2031-10-20", "나래3는 나래2보다 40% 많은 데이터로 학습했다.")).isEmpty();
  }

  @Test
  void aChangeFromAWrittenYearIsTheNextYearsChangeWhenThatYearIsRecent() {
    assertThat(ClaimFacts.facts("2031-01-03", "가람전자는 2029년 대비 3.1% 늘었다."))
        .containsExactly("가람전자 growth.rate 3.1 [period=2030, scope=yoy]");
    assertThat(ClaimFacts.facts("2031-01-03", "가람전자는 2019년 대비 3.1% 늘었다."))
        .as("an older base says nothing of the period").containsExactly("가람전자 growth.rate 3.1");
    assertThat(ClaimFacts.facts("2031-01-03", "가람전자는 전년 대비 3.1% 늘었다."))
        .as("전년 is the year before the figure's, not before the article's").noneMatch(f -> f.contains("period="));
  }

  @Test
  void pointsBeforeACutAreNegativeWhateverTheyFollow() {
    assertThat(ClaimFacts.facts("2031-10-20", "가람국 중앙은행이 빅컷(0.50%포인트 인하)에 나섰다."))
        .singleElement().satisfies(f -> assertThat(f).endsWith("-0.5"));
  }

  @Test
  void aNumberThatNamesIsNoCount() {
    assertThat(ClaimFacts.facts("2031-04-20", "기호 3번 후보가 당선됐다. 김나래는 등번호 17번을 단다.")).isEmpty();
  }

  @Test
  void aPartOfAWholeIsNotCountedAsTheWhole() {
    assertThat(ClaimFacts.facts("2031-04-20", "조합원 900명 중 650명이 찬성했다."))
        .noneMatch(f -> f.contains("조합원 650")).contains(" votes.for 650");
    assertThat(ClaimFacts.facts("2031-04-20", "탑승객 40명 가운데 3명이 숨졌다."))
        .anySatisfy(f -> assertThat(f).contains("사망자 3"));
  }

  @Test
  void aFigureAfterTheEditionOfASeriesIsThatEditionsButAnAgeGroupIsNoEdition() {
    assertThat(ClaimFacts.facts("2031-04-20", "역대 시장 선거 투표율은 △5회 51.2% △6회 56.8%였다."))
        .anySatisfy(f -> assertThat(f).contains("51.2").contains("edition=5회"))
        .anySatisfy(f -> assertThat(f).contains("56.8").contains("edition=6회"));
    assertThat(ClaimFacts.facts("2031-04-20", "관객은 연령별로 60대 120명, 40대 95명이었다."))
        .noneMatch(f -> f.contains("edition="));
  }

  @Test
  void anUnknownHeadNounIsItsOwnAttribute() {
    assertThat(ClaimFacts.facts("2031-04-20", "이번 축제의 자원봉사자는 1200명이다."))
        .containsExactly("축제 자원봉사자 1200");
  }

  @Test
  void aFigureWithoutOwnerJoinsTheOneGroupThatStatesItAndAgrees() {
    Article a = Articles.of("a", "2031-01-28", "지난해 항만 물동량 증가율은 0.8%로 집계됐다.");
    Article b = Articles.of("b", "2031-01-28", "지난해 증가율은 0.8%로 집계됐다.");
    List<Finding> f = ClaimFacts.compare(a, b);
    assertThat(f).filteredOn(x -> x.verdict() == Verdict.AGREEMENT).singleElement()
        .satisfies(x -> assertThat(x.claims()).extracting(c -> c.evidence().articleId()).containsExactly("a", "b"));
  }

  @Test
  void aJoinedFigureNeverMakesAContradiction() {
    Article a = Articles.of("a", "2031-01-28", "지난해 항만 물동량 증가율은 0.8%로 집계됐다.");
    Article b = Articles.of("b", "2031-01-28", "지난해 항만 물동량 증가율은 0.8%였다. 지난해 증가율은 5.5%다.");
    List<Finding> f = ClaimFacts.compare(a, b);
    assertThat(f).noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
    assertThat(f.stream().flatMap(x -> x.claims().stream()).map(Claim::subject)).contains("항만물동량");
  }

  @Test
  void aCountRisingToAValueIsTheValueAndByAValueIsAChange() {
    assertThat(ClaimFacts.facts("2031-04-20", "이번 산불의 이재민은 430명으로 늘었다."))
        .noneMatch(f -> f.contains(" 증감 "));
    assertThat(ClaimFacts.facts("2031-04-20", "이번 산불의 이재민은 하루 새 120명 늘었다."))
        .anyMatch(f -> f.contains(" 증감 120"));
  }

  @Test
  void theFieldAFigureWasCountedInOwnsIt() {
    assertThat(ClaimFacts.facts("2031-08-12", "선수단은 사이클에서 금메달 3개를 땄고, 조정에서는 은메달 2개, 동메달 4개를 보탰다."))
        .contains("사이클 금메달 3", "조정 은메달 2", "조정 동메달 4");
  }

  @Test
  void aCounterThatNamesWhatItCountsIsTheMeasureWhenTheWordsBeforeNameNone() {
    assertThat(ClaimFacts.facts("2031-04-11", "이번 지방선거에서 하늘당은 17석에 그쳤다. 지방선거는 녹색당 41석, 하늘당 17석으로 마무리됐다."))
        .contains("하늘당 의석 17");
  }

  @Test
  void theStemPunctuationCharactersAreExactlyThoseItsPatternRemoves() {
    for (int c = 0; c < 0x10000; c++) {
      String one = String.valueOf((char) c);
      assertThat(MeasureFrames.STEM_PUNCTUATION.matcher(one).matches()).as("U+%04X", c)
          .isEqualTo(MeasureFrames.STEM_PUNCTUATION_CHARS.indexOf(c) >= 0);
    }
  }

  @Test
  void theListedWordBeforeAFigureIsWhatItsRegexWouldFind() {
    java.util.regex.Pattern listed = java.util.regex.Pattern.compile("(?:^|[\\s(,·])([가-힣]{1,6})\\s*$");
    String alphabet = "금은동가나 \t\n\r\u2028\u0085(),·、a1";
    java.util.Random random = new java.util.Random(11);
    List<String> texts = new java.util.ArrayList<>(List.of("", "금", "중국(금", "중국(금 40개, 은 ", "가나다라마바", "가나다라마바사",
        " 가나다라마바 ", "x가", "금\u2028", "금 \u2028", "금\r\n", "(은\t"));
    for (int i = 0; i < 20000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    for (String t : texts) {
      java.util.regex.Matcher m = listed.matcher(t);
      assertThat(MeasureFrames.listedWord(t)).as("[%s]", t).isEqualTo(m.find() ? m.group(1) : null);
    }
  }

  @Test
  void aCountInANounsParenthesesIsThatNounsNotTheClauseActors() {
    // the counter (골) names the measure; the noun the bracket follows owns it, not the topic 한결
    assertThat(ClaimFacts.facts("2031-05-20", "한결은 팀 동료 마루(14골)와 함께 리그 득점 선두를 다퉜다."))
        .contains("마루 득점 14").noneMatch(f -> f.startsWith("한결 득점"));
    // a title's holder owns it: the person the title names
    assertThat(ClaimFacts.facts("2031-05-20", "3위는 이수민 후보(12만3456표·12.3%)가 차지했다."))
        .anyMatch(f -> f.startsWith("이수민") && f.contains("123456"));
  }

  @Test
  void aListItemsTopicOwnsItsFigureOverADegreeWordAndMayEndInANumber() {
    // 약 stands between 서울랜드24는 and its figure; a name ending in digits is no number fragment
    assertThat(ClaimFacts.facts("2031-10-15", "지난 주말 방문객은 롯데월드는 약 3만 명, 에버랜드는 약 2만 명, 서울랜드24는 약 5천 명이었다."))
        .anyMatch(f -> f.startsWith("서울랜드24 ") && f.contains("5000"))
        .anyMatch(f -> f.startsWith("에버랜드 ") && f.contains("20000"));
  }

  @Test
  void eachPlaceOfABracketedListOwnsItsFigureOfTheMeasureNamedAfterTheList() {
    assertThat(ClaimFacts.facts("2031-03-20", "청주(-12.75%)와 춘천(-9.5%) 아파트 가격 변동률도 크게 낮아졌다."))
        .contains("청주 growth.rate -12.75", "춘천 growth.rate -9.5");
    assertThat(ClaimFacts.facts("2031-03-20", "청주(12.75%), 춘천(9.5%) 등의 상승률이 높았다."))
        .as("a list of places written without a sign").contains("청주 growth.rate 12.75", "춘천 growth.rate 9.5");
  }

  @Test
  void aBracketedListOfNounsWhoseMeasureIsUnsaidGivesNoClaimOfTheNouns() {
    // 부진했다 names no measure: the items are no attributes of their own
    assertThat(ClaimFacts.facts("2031-03-20", "냉장고(-12.6%), 세탁기(-8.1%), 선풍기(-2.4%) 등의 판로도 부진했다."))
        .noneMatch(f -> f.contains("냉장고") || f.contains("세탁기") || f.contains("선풍기"));
    assertThat(ClaimFacts.facts("2031-03-20", "냉장고(12.6%), 세탁기(8.1%) 등의 판로도 넓어졌다."))
        .noneMatch(f -> f.contains("냉장고") || f.contains("세탁기"));
  }

  @Test
  void aRateInBracketsAfterAnAmountIsTheTopicsNotTheAmounts() {
    assertThat(ClaimFacts.facts("2031-08-05", "한빛지수는 전 거래일 대비 123.45p(-6.78%) 하락한 2345.67로 마감했다."))
        .contains("한빛지수 growth.rate -6.78").noneMatch(f -> f.startsWith("123"));
    assertThat(ClaimFacts.facts("2031-08-05", "한빛지수는 전 거래일 대비 123.45p(6.78%) 하락한 2345.67로 마감했다."))
        .contains("한빛지수 growth.rate -6.78").noneMatch(f -> f.startsWith("123"));
  }

  @Test
  void theVerbAfterAListOfChangesSignsEveryItemButNotAcrossAClause() {
    assertThat(ClaimFacts.facts("2031-03-20", "마포구와 노원구는 각각 14.25%, 9.5% 하락했다."))
        .containsExactly("마포구 growth.rate -14.25", "노원구 growth.rate -9.5");
    assertThat(ClaimFacts.facts("2031-03-20", "수출이 성장률을 0.6%포인트 끌어올렸지만, 소비가 0.3%포인트 깎아내렸다."))
        .as("the first clause's verb raised it").noneMatch(f -> f.endsWith(" -0.6"));
  }

  @Test
  void aListItemNamingItsOwnBaseIsComparedWithThatBaseAlone() {
    assertThat(ClaimFacts.facts("2031-07-25", "나래전자의 서버 매출은 전분기 대비 40%, 지난해 3분기 대비 120% 증가했다."))
        .contains("서버매출 growth.rate 40 [scope=qoq]", "서버매출 growth.rate 120 [scope=yoy]");
    assertThat(ClaimFacts.facts("2031-07-25", "나래전자의 서버 매출은 전분기 대비 40%, 2029년 대비 120% 증가했다."))
        .as("a base no scope names gives none, not the item before's")
        .noneMatch(f -> f.contains(" 120 ") && f.contains("qoq"));
  }

  @Test
  void aListsRemainderIsNoItemOfTheMeasureBeforeIt() {
    assertThat(ClaimFacts.facts("2031-08-11", "피해는 하천 범람 4건, 옹벽 붕괴 2건, 간판 낙하를 포함한 기타 17건 등이다."))
        .noneMatch(f -> f.endsWith(" 17"));
    assertThat(ClaimFacts.facts("2031-08-11", "주택 침수는 12건이며 옹벽 붕괴는 3건, 간판 낙하 등 기타는 40건이다."))
        .as("the remainder as its clause's topic").noneMatch(f -> f.endsWith(" 40"));
  }

  @Test
  void aCapOrLimitIsOneMeasureWhateverItsWord() {
    assertThat(ClaimFacts.facts("2031-05-20", "나래시는 연간 지원 상한을 300억원으로 설정했다."))
        .contains("지원 한도 30000000000 [scope=annual]");
    assertThat(ClaimFacts.facts("2031-05-20", "가람은행은 1인당 대출 한도를 5억원으로 정했다."))
        .anyMatch(f -> f.endsWith("한도 500000000"));
  }

  @Test
  void anEstimateOfWhatWasSoIsAFigureAndAForecastOrAPlanIsNot() {
    assertThat(ClaimFacts.facts("2031-08-23", "화재 당시 가람호텔에는 31명이 투숙한 것으로 추정됐다."))
        .contains(" 투숙객 31");
    assertThat(ClaimFacts.facts("2031-08-23", "사고 당시 열차에는 52명이 탑승했던 걸로 추정된다."))
        .contains(" 탑승자 52");
    assertThat(ClaimFacts.facts("2031-08-23", "가람전자의 내년 매출은 3조원으로 늘어날 것으로 추정된다."))
        .noneMatch(f -> f.contains("3000000000000"));
    assertThat(ClaimFacts.facts("2031-08-23", "연구원은 궤도 진입을 총 5회 수행하는 것으로 계획했다."))
        .noneMatch(f -> f.endsWith(" 5"));
  }

  @Test
  void aRateOfChangeNamedAfterARegionIsTheRegions() {
    assertThat(ClaimFacts.facts("2031-04-27", "부산의 평균 아파트값 상승률은 4.12%로 집계됐다."))
        .contains("부산 growth.rate 4.12 [scope=average]");
    assertThat(ClaimFacts.facts("2031-04-27", "대구 아파트값 하락률은 3.5%였다."))
        .contains("대구 growth.rate -3.5");
    assertThat(ClaimFacts.facts("2031-04-27", "나래전자의 서버 매출 증가율은 40%였다."))
        .as("a company's segment is no region").noneMatch(f -> f.startsWith("나래전자 growth.rate"));
  }

  @Test
  void aRelativeClauseBeforeACountOfPeopleSaysWhatTheyAre() {
    assertThat(ClaimFacts.facts("2031-06-25", "공장 화재로 숨진 3명은 모두 야간 작업자였다.")).contains(" 사망자 3");
    assertThat(ClaimFacts.facts("2031-06-25", "중경상을 입은 5명은 인근 병원에서 치료를 받고 있다.")).contains(" 부상자 5");
    assertThat(ClaimFacts.facts("2031-06-25", "공모가는 3만1000원, 일반 청약 물량은 200만주다."))
        .as("공모가는 is a noun and its topic, not a verb of 공모").noneMatch(f -> f.contains("raise.amount"));
  }

  @Test
  void adjectivesBetweenACountAndItsVerbDescribeTheNounAfterThem() {
    assertThat(ClaimFacts.facts("2031-06-25", "이번 사고로 5명이 크고 작은 부상을 입었다.")).contains(" 부상자 5");
  }

  @Test
  void anAmountPerHourIsAnHourlyRateNotATotal() {
    assertThat(ClaimFacts.facts("2031-08-08", "가람시에는 시간당 72.5mm의 비가 쏟아졌다."))
        .anyMatch(f -> f.contains("강수량") && f.contains("scope=hourly"));
  }

  @Test
  void aScopeWrittenBeforeAFigureWhoseMeasureFollowsItIsTheFiguresScope() {
    assertThat(ClaimFacts.facts("2031-08-08", "나래동은 밤 10시까지 1시간 동안 82.5mm의 비가 내렸다."))
        .anyMatch(f -> f.contains("강수량 0.0825") && f.contains("scope=hourly"));
  }

  @Test
  void anAverageIsScopeAverageNotTheFigureOfOneOccasion() {
    assertThat(ClaimFacts.facts("2031-08-15", "가람시의 평균 기온은 28.4도였다."))
        .anyMatch(f -> f.contains("기온 28.4") && f.contains("scope=average"));
  }

  @Test
  void theHomeCountryOwnsItsFiguresWonAtAnOccasion() {
    assertThat(ClaimFacts.facts("2031-08-20", "한국은 지난 10일 막을 내린 2031 가람올림픽에서 금메달 11개, 은메달 8개를 땄다."))
        .as("the games it was won at say when; 한국, written in the sentence, owns the medals")
        .contains("한국 금메달 11", "한국 은메달 8");
    assertThat(ClaimFacts.facts("2031-08-20", "한국은 금메달 11개를 땄다. 은메달은 8개, 동메달은 6개다."))
        .as("a home country carried from the sentence before is not written: no owner")
        .contains("한국 금메달 11", " 은메달 8", " 동메달 6");
    List<Finding> f = ClaimFacts.compare(Articles.of("a", "2031-08-20", "한국은 이번 대회에서 금메달 11개를 땄다."),
        Articles.of("b", "2031-08-20", "이번 대회에서 거둔 금메달은 모두 11개다."));
    assertThat(f).as("the home country is the owner of a figure that names none: they meet")
        .anySatisfy(x -> {
          assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT);
          assertThat(x.subject()).isEqualTo("한국");
        });
  }

  @Test
  void aFigureQuotedForEmphasisIsNoNameThatHidesItLater() {
    assertThat(ClaimFacts.facts("2031-08-20", "일본 선수단이 '금메달 31개'로 대회를 마쳤다. 이로써 일본은 금메달 31개, 은메달 20개를 땄다."))
        .as("‘금메달 31개’ quoted in the headline is not learnt as a name").contains("일본 금메달 31", "일본 은메달 20");
  }
  @Test
  void aYearsFigureWrittenAsAnnualIsTheYearsFigure() {
    assertThat(ClaimFacts.facts("2032-01-25", "가람자동차는 2031년 연간 매출 90조원을 기록했다."))
        .anyMatch(f -> f.endsWith("revenue 90000000000000 [period=2031]"));
  }

  @Test
  void aMarkPassedBindsEveryFigureOfTheListJoinedBeforeIt() {
    Article a = Articles.of("t", "2032-01-25", "가람자동차는 지난해 매출 90조원과 영업이익 7조원을 넘겼다.");
    assertThat(ClaimExtractor.standard().extract(a).claims()).map(ExtractedClaim::claim)
        .extracting(c -> ((Quantity) c.value()).bound()).containsExactly(Bound.MORE_THAN, Bound.MORE_THAN);
  }

  @Test
  void profitBeforeTaxIsAMeasureOfItsOwnNotTheOwnerOfTheNextOne() {
    assertThat(ClaimFacts.facts("2032-01-25", "4분기 경상이익은 2조1천억원, 당기순이익은 1조5천억원을 기록했다."))
        .anyMatch(f -> f.contains("pretax.profit 2100000000000"))
        .noneMatch(f -> f.startsWith("경상이익 "));
  }

  @Test
  void theFiguresOfOneSentenceAreOfThePeriodItWrote() {
    assertThat(ClaimFacts.facts("2032-01-25", "가람자동차의 지난해 4분기 매출은 20조원으로, 전년 대비 8.1% 증가했다."))
        .anyMatch(f -> f.contains("growth.rate 8.1 [period=2031-Q4"));
  }

  @Test
  void aFramingClauseSetsThePeriodOfTheWholeSentence() {
    assertThat(ClaimFacts.facts("2032-01-25", "지난해 4분기만 놓고 보면 매출은 20조원, 영업이익은 1조원이다."))
        .anyMatch(f -> f.contains("operating.profit 1000000000000 [period=2031-Q4]"));
  }

  @Test
  void aChangeComparedWithAQuarterOfLastYearIsOfThatQuarterThisYear() {
    assertThat(ClaimFacts.facts("2032-01-25", "2030년 4분기보다 매출은 5.2%, 영업이익은 3.3% 증가했다."))
        .anyMatch(f -> f.contains("growth.rate 5.2 [period=2031-Q4"))
        .anyMatch(f -> f.contains("growth.rate 3.3 [period=2031-Q4"));
    assertThat(ClaimFacts.facts("2032-01-25", "2030년과 비교해 매출은 5.2% 늘었다."))
        .anyMatch(f -> f.contains("growth.rate 5.2 [period=2031"));
  }

  @Test
  void aBaseYearWrittenAgainInBracketsIsNoPeriod() {
    assertThat(ClaimFacts.facts("2032-02-15", "가람은 지난해 매출이 9조원으로 전년(2030년) 대비 14.1% 늘었다고 밝혔다."))
        .anyMatch(f -> f.contains("growth.rate 14.1 [period=2031"))
        .noneMatch(f -> f.contains("period=2030"));
  }

  @Test
  void aNarrativeMovedOnByAConnectiveDoesNotCarryThePeriodBefore() {
    assertThat(ClaimFacts.facts("2032-10-08", "가람전자의 영업이익은 지난 2분기 10조원대를 회복했는데, 다시 9조원대로 내려앉았다."))
        .noneMatch(f -> f.contains("9000000000000~9999999999999") && f.contains("period=2032-Q2"));
  }
  @Test
  void aRateAfterTheLevelAnAmountReachedIsTheChangeOfThatAmountsMeasure() {
    assertThat(ClaimFacts.facts("2032-01-25", "가람자동차는 지난해 영업이익 9조원으로 전년보다 31.5% 증가했다고 밝혔다."))
        .anyMatch(f -> f.startsWith("영업이익 growth.rate 31.5"));
  }

  @Test
  void aYearBetweenTheFigureAndItsHeadAfterItDatesTheFigureAndIsNoPartOfTheMeasure() {
    assertThat(ClaimFacts.facts("2031-12-10", "12조원 규모의 내년도 예산안이 시의회를 통과했다."))
        .anyMatch(f -> f.startsWith(" 예산 ") && f.contains("period=2032"))
        .noneMatch(f -> f.contains("내년도"));
  }

  @Test
  void anAmountJoinedToTheNextItemTakesTheListsChangeVerb() {
    assertThat(ClaimFacts.facts("2031-12-10", "시 예산에서 도로 정비비 120억원과 행사비 30억원이 삭감됐다."))
        .anyMatch(f -> f.contains("-12000000000")).anyMatch(f -> f.contains("-3000000000"));
  }

  @Test
  void aCueOfSeveralWordsAsWrittenNamesTheFigureHoweverItsWordsAreRead() {
    assertThat(ClaimFacts.facts("2031-06-04", "이번 선거의 선거인 수는 1200만3000명이다."))
        .containsExactly(" electorate 12003000");
    assertThat(ClaimFacts.facts("2031-06-04", "두 후보의 표 차이는 8만2310표였다.")).containsExactly(" 표차 82310");
  }

  @Test
  void aForecastWordOfAClauseBeforeNamesNoForecastOfTheNextClausesFigure() {
    assertThat(ClaimFacts.facts("2031-06-04", "이 가운데 30명만 입장할 수 있으며, 경쟁률은 310대 1이었다."))
        .noneMatch(f -> f.contains("forecast"));
  }

  @Test
  void aLengthInSecondsBeforeANounIsHowLongThatLasted() {
    assertThat(ClaimFacts.facts("2031-06-04", "가람연구소는 2030년 플라즈마 25초 유지에 성공했다."))
        .anyMatch(f -> f.contains("유지 PT25S"));
  }

  @Test
  void losingOnesLifeCountsTheDead() {
    assertThat(ClaimFacts.facts("2031-06-04", "이번 사고로 모두 12명이 목숨을 잃었다.")).containsExactly(" 사망자 12");
  }

  @Test
  void itemsOfAListAfterAHappeningInRoOwnWhatTheVerbAfterTheListCounts() {
    assertThat(ClaimFacts.facts("2031-06-04", "이번 화재로 중구 5명, 동구 3명이 다쳤다."))
        .contains("중구 부상자 5", "동구 부상자 3").noneMatch(f -> f.contains("화재"));
  }

  @Test
  void aCountAsTopicIsCountedByItsVerbSomeWordsOn() {
    assertThat(ClaimFacts.facts("2031-06-04", "3명이 구조됐으나 나머지 4명은 끝내 숨진 채 발견됐다."))
        .contains(" 사망자 4");
  }

  @Test
  void aDivisionWordBetweenANameAndItsMeasureLeavesTheNameTheOwnerOfTheChange() {
    assertThat(ClaimFacts.facts("2031-06-04", "게임 부문 매출은 전년 대비 12% 감소했다."))
        .containsExactly("게임매출 growth.rate -12 [scope=yoy]");
  }

  @Test
  void commasGroupingDigitsListNothing() {
    assertThat(ClaimFacts.facts("2031-06-04", "가람대출은 잔액이 1,250조원으로 전분기 말(1,240조원)보다 10조원 불었다."))
        .as("a level, its base and a change, no list of items").noneMatch(f -> f.startsWith("잔액 "))
        .contains("가람대출잔액 증감 10000000000000");
  }

  @Test
  void respectiveFiguresGoToNamesWhoseListEndsIn도() {
    assertThat(ClaimFacts.facts("2031-06-04", "같은 시각 가람식품(012345)과 나래제과(067890)도 각각 2.15%, 4.42% 하락했다."))
        .contains("가람식품 growth.rate -2.15", "나래제과 growth.rate -4.42");
  }

  @Test
  void bracketedItemsOfAListTakeTheChangeItsVerbStates() {
    assertThat(ClaimFacts.facts("2031-06-04", "품목별로는 선박(21.3%), 철강(4.2%) 등 2개 품목이 각각 늘었다."))
        .contains("선박 growth.rate 21.3", "철강 growth.rate 4.2");
    assertThat(ClaimFacts.facts("2031-06-04", "계열사 주가는 가람전자(-1.2%), 나래화학(-3.4%)은 내렸고, 다온물산(2.1%)은 올랐다."))
        .contains("가람전자 growth.rate -1.2", "나래화학 growth.rate -3.4", "다온물산 growth.rate 2.1");
    assertThat(ClaimFacts.facts("2031-06-04", "수입은 원유(12.0%)·가스(8.8%)가 줄었다."))
        .as("items apart by middle dots").contains("원유 growth.rate -12", "가스 growth.rate -8.8");
    assertThat(ClaimFacts.facts("2031-06-04", "가전(3.1%), 철강(2.2%) 등의 비중이 컸다."))
        .as("a verb of no change makes no rate of change").noneMatch(f -> f.contains("growth.rate"));
  }

  @Test
  void aFigureBeforeAWordOfDifferenceIsAGapNotALevel() {
    assertThat(ClaimFacts.facts("2031-06-04", "두 후보의 득표율은 1.2%p(5만1200표) 차였다."))
        .contains(" 격차 1.2", " 표차 51200").noneMatch(f -> f.contains("득표"));
    assertThat(ClaimFacts.facts("2031-06-04", "가람과 나래의 낮 기온이 8도 이상 차이가 났다."))
        .singleElement().asString().contains("기온차 8");
    assertThat(ClaimFacts.facts("2031-06-04", "가람전자는 점유율 30%를 차지했다."))
        .as("차지 is no gap").contains("가람전자 share 30");
  }

  @Test
  void aFineGivenToANameIn에IsThatNamesNotItsImposers() {
    assertThat(ClaimFacts.facts("2031-06-04", "가람위원회는 3일 나래모빌리티에 과징금 350억원을 부과했다고 밝혔다."))
        .contains("나래모빌리티 과징금 35000000000");
  }

  @Test
  void whoImposesAFineInTheActiveOwnsNoneOfIt() {
    assertThat(ClaimFacts.facts("2031-06-04", "가람위원회는 콜 차단 행위에 과징금 350억원을 부과했다."))
        .as("the imposer is no owner; the text names none").contains(" 과징금 35000000000")
        .noneMatch(f -> f.startsWith("가람위원회 과징금"));
    assertThat(ClaimFacts.facts("2031-06-04", "재판부는 징역 3년을 선고했다.")).noneMatch(f -> f.startsWith("재판부 "));
  }

  @Test
  void aFigureDescribingAHappeningWrittenAfterItIsThatHappenings() {
    assertThat(ClaimFacts.facts("2031-06-04", "가람시에서 이어 오후 9시 규모 3.1의 여진이 발생했다."))
        .anyMatch(f -> f.startsWith("여진 규모 3.1"));
  }

  @Test
  void anAbbreviatedProfitAndAVerbThatPullsDownAreReadAsWritten() {
    assertThat(ClaimFacts.facts("2031-06-04", "가람전자의 매출은 4.1% 늘었으나 영업익은 12.5% 감소했다."))
        .contains("영업익 growth.rate -12.5");
    assertThat(ClaimFacts.facts("2031-06-04", "반면 설비투자는 성장률을 0.3%p 끌어내렸다."))
        .contains("설비투자 기여도 -0.3");
  }

  @Test
  void aNounBefore역시IsTheTopicOverACauseIn로() {
    assertThat(ClaimFacts.facts("2031-06-04", "정부소비 역시 인건비 위주로 0.7% 상승했다."))
        .contains("정부소비 growth.rate 0.7");
  }

  @Test
  void aNounIn의Before경우IsTheTopicOfItsClause() {
    assertThat(ClaimFacts.facts("2031-06-04", "설비투자의 경우 기계류 등이 줄어 2.1% 감소했다."))
        .contains("설비투자 growth.rate -2.1");
  }

  @Test
  void aLabelBeforeAFigureInBracketsAfterATimeNamesItsMeasureAndSign() {
    assertThat(ClaimFacts.facts("2031-10-24", "가람전자는 3분기 영업이익이 7조원으로 1년 전(영업손실 5조원)과 비교해 흑자로 돌아섰다."))
        .contains("가람전자 operating.profit 7000000000000 [period=2031-Q3]")
        .anyMatch(f -> f.startsWith("가람전자 operating.profit -5000000000000"));
  }

  @Test
  void aBareNameBeforeTheTimesOfAHeadlinesFigureOwnsIt() {
    assertThat(ClaimFacts.facts("2031-10-24", "가람전자 3분기 영업익 7.3조, 매출 17.6조…'역대 최대'"))
        .contains("가람전자 operating.profit 7300000000000 [period=2031-Q3]", "가람전자 revenue 17600000000000 [period=2031-Q3]");
  }

  @Test
  void aFigureInACaseSupposedIsNoFact() {
    assertThat(ClaimFacts.facts("2031-06-04", "가입자가 2억 명을 넘을 경우 별도 계약이 필요하다.")).isEmpty();
    assertThat(ClaimFacts.facts("2031-06-04", "가입자가 2억 명을 넘었을 때 축하 행사를 열었다."))
        .as("때 also tells when").isNotEmpty();
  }

  @Test
  void respectiveFiguresJoinedBy과GoToThePlacesGivenThemIn에() {
    assertThat(ClaimFacts.facts("2031-06-04", "가람체육관과 나래중학교에 각각 312명과 45명이 대피했다."))
        .contains("가람체육관 대피자 312", "나래중학교 대피자 45");
  }

  @Test
  void whatAVerbAddsIsItsActorsChangeNeverTheVerbs() {
    assertThat(ClaimFacts.facts("2031-06-04", "가람FC는 5회와 6회 각각 2점과 1점을 추가하며 앞서갔다."))
        .noneMatch(f -> f.startsWith("추가")).anyMatch(f -> f.startsWith("가람FC 증감"));
  }

  @Test
  void aFigureIn로BeforeARecordsMeasureIsThatMeasures() {
    assertThat(ClaimFacts.facts("2031-06-04", "지역별로는 세종이 81.2%로 가장 높은 투표율을 기록했다."))
        .contains("세종 투표율 81.2");
  }

  @Test
  void everyItemOfAListWhoseLastItemIsForecastIsAForecast() {
    assertThat(ClaimFacts.facts("2031-06-04",
        "출구조사에서는 박민수 후보가 51.7%, 김철호 후보가 39.3%의 득표율을 기록할 것으로 예측됐다."))
        .as("what will be is no fact, whichever item the verb follows").isEmpty();
    assertThat(ClaimFacts.facts("2031-06-04", "박민수 후보가 51.7%, 김철호 후보가 39.3%의 득표율을 기록했다."))
        .containsExactly("박민수 득표율 51.7", "김철호 득표율 39.3");
    assertThat(ClaimFacts.facts("2031-06-04",
        "가람당 111명과 나래당 6명, 하늘당 1명 등 찬성표가 예상되는 118명을 빼고도 29명의 이탈표가 나왔다."))
        .as("a list closed by 등 is a noun phrase; the clause after it expects of the noun it modifies")
        .anyMatch(f -> f.endsWith(" 6"));
  }

  @Test
  void aCourtsPanelIsNamedByItsNumberNotCounted() {
    assertThat(ClaimFacts.facts("2031-04-07", "가람지법 형사합의12부는 6일 나래 전 대표에게 징역 5년을 선고했다."))
        .noneMatch(f -> f.endsWith(" 12"));
    assertThat(ClaimFacts.facts("2031-04-07", "가람지법 민사 3부는 6일 원고 패소로 판결했다."))
        .noneMatch(f -> f.endsWith(" 3"));
    assertThat(ClaimFacts.facts("2031-04-07", "가람시는 안내 책자 3부를 보냈다.")).anyMatch(f -> f.endsWith(" 3"));
  }

  @Test
  void theValueAChangeMovedAwayFromIsTheSameMeasureBefore() {
    assertThat(ClaimFacts.facts("2031-07-13", "가람은행은 기준금리를 1.75%에서 2.25%로 상향조정했다."))
        .containsExactly("가람은행 기준금리 2.25", "가람은행 기준금리 1.75 [previous]");
    assertThat(ClaimFacts.facts("2031-07-13", "가람은행은 기준금리를 현 수준인 1.75%에서 0.5%포인트 인상한 2.25%로 결정했다."))
        .as("past the size of the change, of another unit").contains("가람은행 기준금리 1.75 [previous]");
    assertThat(ClaimFacts.facts("2031-07-13", "가람은행은 기준금리를 현 1.75%에서 2.25%로 올렸다."))
        .as("현, the level in force, names nothing").containsExactly("가람은행 기준금리 2.25", "가람은행 기준금리 1.75 [previous]");
  }

  @Test
  void aTimeBeforeANounClosedByACommaDatesThatNounNotTheFigureAfter() {
    assertThat(ClaimFacts.facts("2031-03-13", "가람타이어 나래공장은 1979년 준공, 연간 1200만개의 타이어를 생산한다."))
        .noneMatch(f -> f.contains("period=1979"));
  }

  @Test
  void theTopicOfAClauseWhoseSubjectIsTheMeasureOwnsIt() {
    assertThat(ClaimFacts.facts("2031-11-19", "카드 대금을 뺀 주택대출은 3분기 말 잔액이 900조원으로 집계됐다."))
        .anyMatch(f -> f.startsWith("주택대출 잔액 900000000000000"));
    assertThat(ClaimFacts.facts("2031-11-19", "관계자는 사망자가 5명이라고 밝혔다."))
        .as("one who reports owns nothing he reports").noneMatch(f -> f.startsWith("관계자 "));
  }

  @Test
  void theLevelARelativeClauseChangedTheObjectToIsTheObjectsMeasure() {
    assertThat(ClaimFacts.facts("2031-07-13", "가람은행이 기준금리를 현 수준인 1.75%에서 0.5%포인트 인상한 2.25%로 결정했다."))
        .contains("가람은행 기준금리 2.25", "가람은행 기준금리 1.75 [previous]")
        .as("상한 is no word of 인상한").noneMatch(f -> f.contains("한도"));
  }

  @Test
  void clausesJoinedByAConnectiveShareTheirSubject() {
    assertThat(ClaimFacts.facts("2031-07-13", "가람은행이 13일 회의를 열고 기준금리를 2.25%로 올렸다."))
        .contains("가람은행 기준금리 2.25");
    assertThat(ClaimFacts.facts("2031-07-13", "한국은행 통화정책위원회가 회의를 열고 기준금리를 2.25%로 올렸다."))
        .as("a body of a known organisation: the organisation's").contains("한국은행 기준금리 2.25");
    assertThat(ClaimFacts.facts("2031-07-13", "채소 중에는 배추(20.1%)가 올랐고 과일 중에는 사과(12.6%)의 상승 폭이 컸다."))
        .as("a contrast in 는 frames a clause of its own").noneMatch(f -> f.startsWith("배추 ") && f.endsWith(" 12.6"));
    assertThat(ClaimFacts.facts("2031-07-13", "김가람이 금메달을 땄고 박나래, 이다온 등이 은메달만 4개를 더했다."))
        .as("the later clause's own subject").noneMatch(f -> f.startsWith("김가람 ") && f.endsWith(" 4"));
    assertThat(ClaimFacts.facts("2031-07-13", "가람전자가 신주를 발행해 나래 지분을 100% 보유한 SK㈜에 넘긴다."))
        .as("a relative clause of another name").noneMatch(f -> f.startsWith("가람전자 ") && f.endsWith(" 100"));
  }

  @Test
  void aBaseComparedWithInAPhraseOfItsOwnIsNoHeadOfTheFigure() {
    assertThat(ClaimFacts.facts("2031-02-01", "본예산 대비로는 12조원 규모의 세수결손이다."))
        .containsExactly(" 세수결손 12000000000000");
  }

  @Test
  void aFigureTheClauseRequiresIsNoCount() {
    assertThat(ClaimFacts.facts("2031-12-04", "재적 의원 3분의 2(120명) 이상이 찬성해야 개정안은 가결된다.")).isEmpty();
    assertThat(ClaimFacts.facts("2031-12-04", "개정안은 재적의원 180명 중 130명이 찬성해 가결됐다."))
        .contains(" votes.for 130");
  }

  @Test
  void aModifierBetweenATitleAndItsMeasureLeavesTheHolderTheOwner() {
    assertThat(ClaimFacts.facts("2031-03-10", "김가람 나래당 후보의 최종 득표율은 2.4%다."))
        .containsExactly("김가람 득표율 2.4");
  }

  @Test
  void theLabelOfAnEarlierItemOfAListIsNoMeasureOfALaterOne() {
    assertThat(ClaimFacts.facts("2031-06-02", "가람구 의회 선거에서 나래당은 12곳, 한빛당은 5곳 승리했다."))
        .noneMatch(f -> f.contains("한빛당 나래당"));
    assertThat(ClaimFacts.facts("2031-06-02", "가람전자의 매출은 41조원, 나래전자는 20조원이었다."))
        .as("a measure the lexicon knows is carried to the next item").contains("나래전자 revenue 20000000000000");
  }

  @Test
  void lessOfAVerbIsAChangeDownAndEachLinksAFigureToItsVerb() {
    assertThat(ClaimFacts.facts("2031-02-10", "특별회계에서는 교통세가 300억원 덜 걷혔다."))
        .containsExactly("교통세 증감 -30000000000");
    assertThat(ClaimFacts.facts("2031-02-10", "가람은행은 3월과 4월 기준금리를 각각 0.25%포인트씩 인상했다."))
        .anyMatch(f -> f.startsWith("기준금리 증감 0.25"));
  }

  @Test
  void aNameOfAClauseWhoseFiguresEachDealsOutNamesNoOneOfThem() {
    List<Finding> found = ClaimFacts.compare(
        Articles.of("a", "2031-04-11", "주민들은 스카이돔과 나래중학교로 각각 500명과 30명으로 나뉘어 대피했다."),
        Articles.of("b", "2031-04-11", "주민 530명이 스카이돔과 나래중학교로 각각 500명과 30명으로 나뉘어 대피했다."));
    assertThat(found).noneMatch(f -> f.subject().equals("스카이돔")
        && f.claims().stream().anyMatch(c -> c.value().normalized().equals("30")));
  }

  @Test
  void aPlainNounTopicOwnsTheFigureItsVerbSaysItHoldsOrWon() {
    assertThat(ClaimFacts.facts("2031-09-02", "양궁은 금메달 4개를 따냈다.")).contains("양궁 금메달 4");
    assertThat(ClaimFacts.facts("2031-09-02", "사격 역시 금메달 3개로 선전했다.")).contains("사격 금메달 3");
    assertThat(ClaimFacts.facts("2031-09-02", "다친 사람은 9명이다."))
        .as("a copula's topic is what the figure counts").noneMatch(f -> f.startsWith("사람"));
    assertThat(ClaimFacts.facts("2031-09-02", "지난달 전체 가입 건수는 12만건으로 최대치를 기록했다."))
        .as("a topic that is the measure's own phrase").noneMatch(f -> f.startsWith("건수"));
    assertThat(ClaimFacts.facts("2031-09-02", "재수생 인원 역시 2019년(3만명) 이후 최고치를 기록했다."))
        .as("a noun that only says the number of").noneMatch(f -> f.startsWith("인원"));
    assertThat(ClaimFacts.facts("2031-09-02", "우승은 대회 기록(3분10초)을 보유한 가람이 차지했다."))
        .as("a verb that modifies a noun makes that noun the holder").noneMatch(f -> f.startsWith("우승"));
    assertThat(ClaimFacts.facts("2031-09-02", "해경은 실종자 2명을 찾았다."))
        .as("an actor that found a figure does not own it").noneMatch(f -> f.startsWith("해경"));
    assertThat(ClaimFacts.facts("2031-09-02", "이번 화재는 사망자 9명을 냈다."))
        .as("a happening owns no figure of its own story").noneMatch(f -> f.startsWith("화재"));
  }

  @Test
  void aPlainNounTopicOwnsTheMarkItPassedAndADivisionWordLeavesItToTheNounBefore() {
    assertThat(ClaimFacts.facts("2031-01-26", "가전은 매출 9조원을 넘었다.")).contains("가전 revenue 9000000000000");
    assertThat(ClaimFacts.facts("2031-01-26", "주방가전 분야도 처음으로 매출 9조원을 돌파했다."))
        .contains("주방가전 revenue 9000000000000");
  }

  @Test
  void aDistanceFromAPlaceIsTheTopicsUnlessTheTopicOnlyReportsIt() {
    assertThat(ClaimFacts.facts("2031-08-10", "태풍은 나래섬 북동쪽 50㎞ 지점을 지나고 있다."))
        .contains("태풍 거리 50000 [from=나래섬]");
    assertThat(ClaimFacts.facts("2031-08-10", "가람청은 나래시 북쪽 9㎞ 지점에서 지진이 발생했다고 발표했다."))
        .noneMatch(f -> f.startsWith("가람청 거리"));
  }

  @Test
  void aRecordsCountAfterItsOwnerAndBeforeTheNounOfAFigureOfAnotherUnitIsAnItemNoOrdinal() {
    assertThat(ClaimFacts.facts("2031-02-22", "김나래는 48패 평균자책점 3.27을 기록했다.")).contains("김나래 패수 48");
    assertThat(ClaimFacts.facts("2031-02-22", "나래팀 선발 김나래는 4이닝 동안 7피안타 5실점을 기록했다."))
        .as("a noun before a figure of the same unit is what the count modifies").noneMatch(f -> f.contains("이닝 4"));
  }

  @Test
  void aQuarterWithoutItsYearThatHadNotEndedByPublicationIsLastYears() {
    assertThat(ClaimFacts.facts("2031-01-09", "가람전자의 4분기 영업이익은 3천억원으로 1분기(6천억원)에 못 미쳤다."))
        .contains("가람전자 operating.profit 300000000000 [period=2030-Q4]")
        .anyMatch(f -> f.endsWith("600000000000 [period=2030-Q1]"));
    assertThat(ClaimFacts.facts("2031-05-09", "가람전자의 1분기 매출은 3조원이다."))
        .as("a quarter over by then is this year's").containsExactly("가람전자 revenue 3000000000000 [period=2031-Q1]");
  }

  @Test
  void aMeasureWrittenRightAfterATimeInKkajiIsSummedUpToThen() {
    assertThat(ClaimFacts.facts("2031-10-25", "가람전자의 올해 3분기까지 영업이익은 9조원이다."))
        .containsExactly("가람전자 operating.profit 9000000000000 [scope=cumulative]");
    assertThat(ClaimFacts.facts("2031-10-25", "가람전자는 올해 1월부터 9월까지 매출 30조원을 올렸다."))
        .as("a stretch written with 부터 is no sum to its end alone").noneMatch(f -> f.contains("cumulative"));
  }

  @Test
  void whatAChangeCameToFromAChangeIsAChangeToo() {
    assertThat(ClaimFacts.facts("2031-11-19", "나래대출은 2분기 6조원 증가에서 3분기 8조원으로 더 크게 늘었다."))
        .containsExactlyInAnyOrder("나래대출 증감 6000000000000 [period=2031-Q2]", "나래대출 증감 8000000000000 [period=2031-Q3]");
    assertThat(ClaimFacts.facts("2031-11-19", "사망자는 10명에서 23명으로 늘었다."))
        .as("from a level, the level it rose to").anyMatch(f -> f.endsWith("사망자 23"));
  }

  @Test
  void anAmountAddedIsAChangeNotTheLevel() {
    assertThat(ClaimFacts.facts("2031-02-12", "나래의 해외 수입은 주말 새 900만 달러를 더해 1억 달러로 늘었다."))
        .anyMatch(f -> f.contains("증감 9000000")).noneMatch(f -> f.contains("수입액 9000000"));
  }

  @Test
  void aVerbNounThatHoldsOneFigureInAnotherOwnsNone() {
    assertThat(ClaimFacts.facts("2031-03-13", "경비원 2명을 포함 부상자 9명이 병원으로 옮겨졌다."))
        .contains(" 부상자 9").noneMatch(f -> f.contains("포함"));
  }

  @Test
  void aBreakdownWordOwnsNoneOfTheItemsAfterItTheItemBeforeABracketDoes() {
    assertThat(ClaimFacts.facts("2031-02-06",
        "품목 중에서는 가람기기(37.0%)·나래제품(6.0%)이 늘었고, 지역별로는 다온주(15.4%)·라온주(15.2%) 대상 수출이 호조를 보였다."))
        .contains("다온주 growth.rate 15.4").noneMatch(f -> f.startsWith("지역별"));
  }

  @Test
  void aDecadeWithARateInBracketsIsAnAgeGroupNotACount() {
    assertThat(ClaimFacts.facts("2031-02-14", "이번 상승은 30대(+1.4%), 20대(+1.2%) 등의 고용률이 늘어난 영향이다."))
        .noneMatch(f -> f.endsWith(" 20") || f.endsWith(" 30"));
  }

  @Test
  void aVerbNounBeforeACommaEndsItsClause() {
    assertThat(ClaimFacts.facts("2031-03-10", "김가람 후보는 1520만표를 득표, 두 후보의 표 차이는 31만2045표에 불과했다."))
        .noneMatch(f -> f.startsWith("김가람") && f.contains("312045"));
  }

  @Test
  void aDistrictNamedWithItsSuffixOwnsTheRainThatFellOnIt() {
    assertThat(ClaimFacts.facts("2031-08-08", "이날 서울 동작구에 300mm가 넘는 비가 내렸다."))
        .anyMatch(f -> f.startsWith("동작구 강수량"));
  }

  @Test
  void theHomeMarketInEseoIsAScopeNotAnOwner() {
    assertThat(ClaimFacts.facts("2031-01-25", "내수시장에서는 19만8천대가 팔렸다."))
        .anyMatch(f -> f.contains("198000 [scope=domestic]")).noneMatch(f -> f.startsWith("내수"));
    assertThat(ClaimFacts.facts("2031-01-25", "내수시장에선 신차 효과로 19만8천대가 팔렸다."))
        .as("a field heading the clause scopes its figures however far").anyMatch(f -> f.contains("198000 [scope=domestic]"));
  }

  @Test
  void aFieldInEseoBeforeATopicIsNoOwnerOfTheTopicsFigure() {
    assertThat(ClaimFacts.facts("2031-06-02", "이번 선거에서 가람당은 540석을 얻었다."))
        .contains("가람당 의석 540").noneMatch(f -> f.startsWith("선거"));
  }

  @Test
  void aVoteMarginWrittenWithDeukpyoChaIsTheMargin() {
    assertThat(ClaimFacts.facts("2031-03-10", "두 후보 간 득표 차는 31만2045표다."))
        .containsExactly(" 표차 312045");
    assertThat(ClaimFacts.facts("2031-03-10", "두 후보 간 득표 차는 1.12%p였다."))
        .containsExactly(" 격차 1.12");
  }

  @Test
  void crewsSentToAFireAreNoEmployees() {
    assertThat(ClaimFacts.facts("2031-04-11", "현장에는 소방 장비 40대와 인력 278명이 투입됐다."))
        .anyMatch(f -> f.endsWith("인력 278")).noneMatch(f -> f.contains("employees"));
  }

  @Test
  void aFigureWrittenAsAMarkToPassIsABoundWhenItWasPassed() {
    Article a = Articles.of("t", "2031-02-17", "가람영화의 흥행 수입은 2억 달러 고지를 넘어섰다.");
    assertThat(ClaimExtractor.standard().extract(a).claims()).map(ExtractedClaim::claim)
        .singleElement().extracting(c -> ((Quantity) c.value()).bound()).isEqualTo(Bound.MORE_THAN);
  }

  @Test
  void ratesGivenRespectivelyTakeTheirBasesInOrder() {
    assertThat(ClaimFacts.facts("2031-01-09", "가람전자의 매출액은 전년 동기와 전분기 대비 각각 5.9%, 11.8% 늘었다."))
        .anyMatch(f -> f.endsWith("growth.rate 5.9 [scope=yoy]")).anyMatch(f -> f.endsWith("growth.rate 11.8 [scope=qoq]"));
    assertThat(ClaimFacts.facts("2031-01-09", "매출과 영업이익은 전년 대비 각각 5.9%, 11.8% 늘었다."))
        .as("one base holds for every item").allMatch(f -> f.endsWith("[scope=yoy]"));
    assertThat(ClaimFacts.facts("2031-01-09", "매출은 전년 대비 5% 늘었고, 이익과 순익은 전분기 대비 각각 3%, 4% 늘었다."))
        .as("a base of an earlier clause is none of 각각's").filteredOn(f -> !f.startsWith("매출"))
        .allMatch(f -> f.endsWith("[scope=qoq]"));
  }

  @Test
  void aCountOfVotesBeforeAWordOfDifferenceIsTheMarginWithNoOwnerWritten() {
    assertThat(ClaimFacts.facts("2031-04-20", "그는 3만2천표 차로 이겼다.")).containsExactly(" 표차 32000");
  }

  @Test
  void aFigureRightAfterOneOfAnotherUnitIsTheSameQuantityNamedByTheWordsBeforeBoth() {
    assertThat(ClaimFacts.facts("2031-04-20", "두 후보 간 득표 차는 1.2%p, 3만2천표다."))
        .containsExactlyInAnyOrder(" 격차 1.2", " 표차 32000");
  }

  @Test
  void aCueInTheNextClauseNamesNoFigureOfTheClauseBefore() {
    assertThat(ClaimFacts.facts("2031-04-20", "김나래 후보는 51만2천표를 득표, 두 후보의 표 차이는 3만2천표에 그쳤다."))
        .contains(" 표차 32000").noneMatch(f -> f.contains("표차 512000"));
  }

  @Test
  void aGapOfVoteCountsIsTheMarginHoweverTheGapIsWritten() {
    assertThat(ClaimFacts.facts("2031-04-20", "두 후보의 득표수 격차는 3만2천표다.")).containsExactly(" 표차 32000");
  }

  @Test
  void aTeamWordNamesNoSideTheWordBeforeItDoes() {
    assertThat(ClaimFacts.facts("2031-09-02", "씨름 대표팀도 금메달 3개를 땄다.")).containsExactly("씨름 금메달 3");
    assertThat(ClaimFacts.facts("2031-09-02", "일본 선수단은 금메달 7개를 땄다.")).containsExactly("일본 금메달 7");
  }

  @Test
  void aFineImposedForAnActIsOwnedByTheActsSubject() {
    assertThat(ClaimFacts.facts("2031-05-02", "공정위는 가람전자가 납품 대금을 늦게 준 행위에 과징금 12억원을 부과했다."))
        .containsExactly("가람전자 과징금 1200000000");
  }

  @Test
  void aRecordValueWordBeforeTheFigureIsNoMeasureOfIt() {
    assertThat(ClaimFacts.facts("2031-01-02", "지난해 수입액이 사상 최대치인 5200억 달러를 기록했다."))
        .anyMatch(f -> f.startsWith(" 수입액 520000000000"));
  }

  @Test
  void aGroupGlossedInBracketsBeforeTheMeasureOwnsItsChange() {
    assertThat(ClaimFacts.facts("2031-02-14", "중장년층(40~59세) 취업자는 1년 전보다 12만명 늘었다."))
        .anyMatch(f -> f.startsWith("중장년층취업자 증감 120000"));
  }

  @Test
  void aStakeInBracketsAfterANumberOfSharesIsTheShareOfTheirCompany() {
    assertThat(ClaimFacts.facts("2031-03-02", "가람해운은 한빛항공의 신주 2400만주(지분율 51.2%)를 취득했다."))
        .containsExactly("한빛항공 주식수 24000000", "한빛항공 share 51.2");
  }

  @Test
  void aSizeWrittenApartFromTheNounItIsTheSizeOfIsReadAsWrittenTogether() {
    assertThat(ClaimFacts.facts("2031-03-02", "가람시 무역수지 적자 폭은 12억달러였다."))
        .containsExactly("무역수지 적자폭 1200000000");
    assertThat(ClaimFacts.facts("2031-03-02", "나래저축은행은 감소 폭이 2000억원으로 줄었다."))
        .as("the topic owns it, as it would own 감소폭").containsExactly("나래저축은행 감소폭 200000000000");
  }

  @Test
  void itemsOfAListNamingNoMeasureRightAfterASentenceThatReadOneAreItsParts() {
    assertThat(ClaimFacts.facts("2031-03-02", "가람전자의 매출은 8조원이었다. 반도체가 4조원, 가전이 2조원 등이다."))
        .contains("반도체 revenue 4000000000000", "가전 revenue 2000000000000");
    assertThat(ClaimFacts.facts("2031-03-02", "가람시의 응시자는 50만명이다. 재학생은 34만명, 졸업생은 16만명이다."))
        .contains("재학생 응시자 340000", "졸업생 응시자 160000");
    assertThat(ClaimFacts.facts("2031-03-02", "가람시의 응시자는 50만명이다. 재학생 34만명, 졸업생 16만명이 합격했다."))
        .as("a list with a verb of its own counts what the verb says").noneMatch(f -> f.contains("응시자 340000"));
  }

  @Test
  void aPercentageOfAnEconomysOutputIsItsGrowthButNotAsABase() {
    assertThat(ClaimFacts.facts("2031-04-25", "GDP는 2029년 4분기 -0.2%를 기록했지만 지난해 1분기 0.4%로 반등했다."))
        .containsExactly("GDP growth.rate -0.2 [period=2029-Q4]", "GDP growth.rate 0.4 [period=2030-Q1]");
    assertThat(ClaimFacts.facts("2031-04-25", "가람국의 국방비는 GDP의 2.8%이다."))
        .noneMatch(f -> f.contains("growth.rate"));
  }
}
