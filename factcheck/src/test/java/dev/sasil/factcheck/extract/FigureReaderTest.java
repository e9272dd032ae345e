package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureReaderTest {

  private static List<FigureMention> figures(String text) {
    return ClaimExtractor.standard().extract(Articles.of("t", "2031-05-20", text)).figures();
  }

  private static FigureMention only(String text, String figure) {
    return figures(text).stream().filter(f -> f.evidence().text().equals(figure)).findFirst().orElseThrow();
  }

  @Test
  void oneWithDoBeforeANegationIsNoneNotAFigureOfOne() {
    assertThat(figures("가람시 학교에는 단 한 명도 배정되지 않았다.")).extracting(f -> f.evidence().text())
        .doesNotContain("한 명");
    assertThat(figures("가람시 학교에는 한 명이 배정됐다.")).extracting(f -> f.evidence().text()).contains("한 명");
  }

  private static Bound bound(String text, String figure) {
    return ((Quantity) only(text, figure).value()).bound();
  }

  @Test
  void aFigureTheClauseSaysWasPassedOrNotReachedIsABoundNotTheAmount() {
    assertThat(bound("가람시 실업률이 석 달 연속 5%를 넘긴 것은 처음이다.", "5%")).isEqualTo(Bound.MORE_THAN);
    assertThat(bound("출산율이 1명이 안 되는 나라는 나래국뿐이다.", "1명")).isEqualTo(Bound.LESS_THAN);
    assertThat(bound("정원이 100명을 넘지 않는 학교는 세 곳이다.", "100명")).isEqualTo(Bound.AT_MOST);
    assertThat(bound("그는 종전 기록(3년·90억원)을 넘어섰다.", "90억원"))
        .as("what he passed is the record the bracket stands beside").isEqualTo(Bound.EXACT);
    assertThat(bound("하루 강수량이 종전 기록인 154.2mm를 넘어섰다.", "154.2mm")).as("the record was passed").isEqualTo(Bound.EXACT);
    assertThat(bound("실업률은 5%였다.", "5%")).isEqualTo(Bound.EXACT);
  }

  @Test
  void aDayAFigureIsComparedWithIsNoFigureOfItsOwn() {
    assertThat(figures("입원 환자는 80명으로 전날(85명)보다 5명 줄었고, 전날 숨진 환자는 3명이다."))
        .extracting(f -> f.evidence().text()).containsOnlyOnce("전날");
    assertThat(figures("검사 건수가 늘며 확진자는 전날의 2.5배로 급증했다."))
        .extracting(f -> f.evidence().text()).doesNotContain("전날");
  }

  @Test
  void aFigureInBracketsAfterADayIsThatDaysFigure() {
    assertThat(only("입원 환자는 80명으로 전날(85명)보다 5명 줄었다.", "85명").reading().period()).isEqualTo("2031-05-19");
    assertThat(only("입원 환자는 80명으로 전날(85명)보다 5명 줄었다.", "80명").reading().period()).isEmpty();
  }

  @Test
  void aFigureInBracketsAfterTheNounATimeDatesIsOfThatTimeAndTheComparedFigureIsNot() {
    String text = "두 회사의 지난해 판매량(723만대)보다 2.2% 늘려 팔겠다는 목표를 세웠다.";
    assertThat(only(text, "723만대").reading().period()).isEqualTo("2030");
    assertThat(only(text, "2.2%").reading().period()).isEmpty();
  }

  @Test
  void aTimeOfDayTakesTheDayItsSentenceWritesBeforeItWithItsNumberOrRightBeforeIt() {
    assertThat(only("12일 오후 7시 44분 규모 5.1의 지진이 난 데 이어 48분 뒤인 오후 8시 32분쯤 규모 5.8의 지진이 났다.",
        "오후 8시 32분").value().normalized()).isEqualTo("2031-05-12T20:32");
    assertThat(only("거래소는 이날 낮 오후 2시 14분 30초부터 거래를 멈췄다.", "오후 2시 14분 30초").value().normalized())
        .isEqualTo("2031-05-20T14:14");
    // 이날 further back may be the event's day in an article written the day after: no day then
    assertThat(only("이날 사고가 난 여객기는 새벽 1시 30분쯤 출발해 오전 9시 3분쯤 착륙하려다 충돌했다.", "오전 9시 3분")
        .value().normalized()).startsWith("XXXX-XX-XX");
  }

  @Test
  void theValueAChangeMovedAwayFromIsReadAsPreviousAndTheValueItMovedToIsNot() {
    String text = "가람은행은 기준금리를 연 3.5%에서 3.25%로 낮췄다.";
    assertThat(only(text, "3.5%").reading().previous()).isTrue();
    assertThat(only(text, "3.25%").reading().previous()).isFalse();
    assertThat(only("나래은행은 연 3.50%인 기준금리를 0.25%포인트 낮춘 3.25%로 결정했다.", "3.50%").reading().previous())
        .isTrue();
    // two owners' values, the second changed to: the first is no value before a change
    assertThat(only("가람시는 5%, 나래시는 7%로 늘었다.", "5%").reading().previous()).isFalse();
    assertThat(only("수출액은 1조원에서 2조원을 기록했다.", "1조원").reading().previous()).isFalse();
  }

  @Test
  void everyAmountAndDayIsAFigureWithTheWordsOfItsClause() {
    List<FigureMention> found = figures("녹색당은 이번 선거에서 143석을 얻었고 지난 18일 결과가 확정됐다.");
    assertThat(found).extracting(f -> f.evidence().text()).contains("143석", "지난 18일");
    FigureMention seats = only("녹색당은 이번 선거에서 143석을 얻었고 지난 18일 결과가 확정됐다.", "143석");
    assertThat(seats.value().normalized()).isEqualTo("143");
    assertThat(seats.near()).contains("선거");
    assertThat(seats.anchors()).contains("녹색당");
  }

  @Test
  void theNounAfterAFigureCountedWithGaeIsWhatItCountsAndNoOtherFiguresWord() {
    String text = "호우로 8개 시·도 40개 시·군·구에서 3200세대 5100명이 대피했다.";
    assertThat(only(text, "8개").anchors()).first().isEqualTo("시도");
    assertThat(only(text, "40개").anchors()).first().isEqualTo("시군구");
    assertThat(only(text, "3200세대").anchors()).as("the districts are the 40's").doesNotContain("시군구");
  }

  @Test
  void aNameInACompoundParticlesPhraseIsTheMeansNotWhatTheFigureIsAbout() {
    FigureMention third = only("배우 남궁민수는 '푸른 들'을 통해 통산 세 번째 흥행작을 냈다.", "세 번째");
    assertThat(third.anchors()).as("the film he did it with").doesNotContain("푸른들");
    assertThat(third.names()).doesNotContain("푸른들");
  }

  @Test
  void aFigureInABracketGluedToANounIsThatNounsNotTheWordsBeforeIt() {
    String text = "이날 남도 가람읍(38.2도), 북도 나래면(36.1도) 등의 기온이 크게 올랐다.";
    assertThat(only(text, "36.1도").reading().owner()).isEqualTo("나래면");
    assertThat(only(text, "38.2도").reading().owner()).isEqualTo("가람읍");
  }

  @Test
  void aMeasureWordThatModifiesAnotherNounInItsWordNamesNoMeasure() {
    assertThat(only("가람선 부상역에서는 이날 120명이 내렸다.", "120명").measure())
        .as("부상 of 부상역 is a station's name, no injury").isNotEqualTo("부상자");
    assertThat(only("가람선 사고로 부상자가 12명 나왔다.", "12명").measure()).isEqualTo("부상자");
  }

  @Test
  void theAdnominalOfTheNextTimeIsNoEventOfTheDayBefore() {
    FigureMention day = only("가람병이 번지는 가운데 8일 신규 환자 수는 지난 9월 중순 이후 가장 많은 3만명대를 기록했다.", "8일");
    assertThat(day.measure()).as("지난 belongs to 지난 9월 중순").isNotEqualTo("지나");
  }

  @Test
  void aLengthAwayFromAPlaceIsNoFall() {
    FigureMention away = only("시신은 가람터널에서 200m가량 떨어진 하천에서 발견됐다.", "200m가량");
    assertThat(away.reading().change()).isFalse();
    assertThat(away.value().normalized()).isEqualTo("200");
    assertThat(only("가람댐 수위가 하루 만에 2m 떨어졌다.", "2m").reading().change()).as("a level that fell").isTrue();
  }

  @Test
  void theEndsOfARangeOfDaysAreNoDays() {
    assertThat(figures("축제 기간(3~7일) 방문객은 직전 주말인 1일~2일보다 많았다."))
        .noneMatch(f -> f.when() != null);
  }

  @Test
  void whatDidNotHappenIsNotWhatADayDates() {
    assertThat(only("화물기는 19일 문이 열리지 않은 채 활주로에 내렸다.", "19일").measure()).isNotEqualTo("열리");
  }

  @Test
  void anUnlistedOneSyllableStemNamesNoEvent() {
    assertThat(only("시청 앞 광장에는 25일 비가 왔다.", "25일").measure()).isEmpty();
  }

  @Test
  void theDayASourceSpokeIsNoDayOfTheEvent() {
    assertThat(figures("19일 산림당국에 따르면 이날 불은 오후 2시께 꺼졌다."))
        .extracting(f -> f.evidence().text()).doesNotContain("19일");
    assertThat(figures("산림청은 19일 진화가 끝났다고 밝혔다."))
        .extracting(f -> f.evidence().text()).contains("19일");
  }

  @Test
  void aFigureInAPlacesParenthesesIsNotPartOfItsName() {
    FigureMention rate = only("광역시 가운데 부산(61.4%), 울산(63.9%)이 평균을 밑돌았다.", "61.4%");
    assertThat(rate.near()).contains("부산");
  }

  @Test
  void theTopicOfACopulaNamesTheFigureAcrossClauses() {
    FigureMention dead = only("지금까지 확인된 부상자는 현장에서 옮겨진 3명을 포함해 모두 17명이다.", "17명");
    assertThat(dead.near()).contains("부상");
  }

  @Test
  void theClausePredicateAfterAFigureIsAnAnchor() {
    FigureMention found = only("9명은 구조대의 수색 끝에 지하 창고에서 발견됐다.", "9명");
    assertThat(found.anchors()).contains("발견");
  }

  @Test
  void anAmountsMeasureIsTheMeasureItsClauseNamesElseWhatItsCounterCounts() {
    assertThat(only("폭우로 마을 주민 12명이 숨졌다.", "12명").measure()).isEqualTo("사망자");
    assertThat(only("3개 은행에 예치금이 몰렸다.", "3개").measure())
        .as("a one-syllable cue inside a compound (금 of 예치금) names nothing").isNotEqualTo("금메달");
    assertThat(only("초록당은 이번 선거에서 41석을 얻었다.", "41석").measure()).isEqualTo("의석");
    assertThat(only("하늘색 우산 300개를 나눠줬다.", "300개").measure()).isEmpty();
    assertThat(only("한빛전자는 매출이 8조원, 영업이익이 3000억원으로 집계됐다.", "8조원").measure())
        .as("a measure past the comma is the next item's").isEqualTo("revenue");
    assertThat(only("불이 나 주민 10명이 중경상을 입었다.", "10명").measure()).isEqualTo("부상자");
  }

  @Test
  void aDaysMeasureIsTheEventItsPredicateOrItsLightVerbsObjectNames() {
    assertThat(only("시의회는 지난 3일 본회의장에서 임시회를 열고 조례를 의결했다.", "지난 3일").measure())
        .isEqualTo("임시회");
    assertThat(only("박람회 폐막일인 9일 관람객이 몰렸다.", "9일").measure()).isEqualTo("closed");
    assertThat(only("공장에서 지난 4일 불이 발생했다.", "지난 4일").measure()).isEqualTo("발생");
  }

  @Test
  void aRankMeasuresARankAndAWeightClassIsNoFigure() {
    assertThat(only("종합 순위에서 한빛팀은 4위에 올랐다.", "4위").measure()).isEqualTo("순위");
    assertThat(only("가람 영화는 역대 열두 번째로 관객 500만명을 넘긴 영화가 됐다.", "열두 번째").measure())
        .as("a place in a series, not in a ranking").isEqualTo("순번");
    assertThat(figures("그는 남자 73㎏급 결승에 올랐다.")).extracting(f -> f.evidence().text()).doesNotContain("73㎏");
  }

  @Test
  void aFallAndAMinusAreNegativeButTheLevelAFallEndsAtIsNot() {
    assertThat(only("올해 수출은 3.1% 감소했다.", "3.1%").value().normalized()).isEqualTo("-3.1");
    assertThat(only("작년 성장률은 -0.4%였다.", "0.4%").value().normalized()).isEqualTo("-0.4");
    assertThat(only("물가 상승률은 2%대로 떨어졌다.", "2%대").value().normalized()).doesNotStartWith("-");
    assertThat(only("가람지수는 전장보다 41.25포인트(3.20%) 내린 1248.36에 마감했다.", "41.25포인트").value().normalized())
        .as("the verb after the figure's aside").isEqualTo("-41.25");
  }

  @Test
  void eachItemOfAListGluedWithADotOwnsItsFigure() {
    String text = "남부권은 가람시 31석·나래읍 12석·다솜시 9석이다.";
    assertThat(only(text, "12석").reading().owner()).isEqualTo("나래읍");
    assertThat(only(text, "9석").reading().owner()).isEqualTo("다솜시");
  }

  @Test
  void thePartsInBracketsAfterAFigureAreOwnedByItsOwner() {
    String text = "녹색당은 ▲녹색당 143석(지역구 120석, 비례 23석) ▲청색당 97석을 얻었다.";
    assertThat(only(text, "120석").reading().owner()).isEqualTo("녹색당");
    assertThat(only(text, "23석").reading().owner()).isEqualTo("녹색당");
    assertThat(only(text, "97석").reading().owner()).isEqualTo("청색당");
  }

  @Test
  void ordinalsAndBareNumbersAreNoFigures() {
    assertThat(figures("제5대 위원장은 3 대 1로 뽑혔다.")).extracting(f -> f.evidence().text())
        .doesNotContain("5대", "3", "1");
  }

  @Test
  void wordsThatSayNothingAboutTheFactAreNoAnchors() {
    FigureMention f = only("이날 기준 집계 결과 누적 관객은 250만명을 기록했다.", "250만명");
    assertThat(f.anchors()).contains("관객").doesNotContain("이날", "기준", "집계", "결과", "기록");
  }

  @Test
  void anAmountWrittenWithLatinUnitLettersIsAFigureNotAName() {
    assertThat(figures("탐사선은 행성 상공 250km 궤도를 돈다.")).extracting(f -> f.evidence().text()).contains("250km");
  }

  @Test
  void theFirstAndLastDaysOfAStretchDateItsStartAndEnd() {
    List<FigureMention> found = ClaimExtractor.standard()
        .extract(Articles.of("t", "2031-03-28", "가람시는 지난 19일부터 25일까지 축제를 진행했다.")).figures();
    assertThat(found).extracting(f -> f.evidence().text() + " " + f.measure())
        .contains("지난 19일 축제 시작", "25일 축제 종료");
  }

  @Test
  void theOwnerOfAFigureAfterAGlossedNounIsTheAbbreviationOrTheNounNotHalfTheBracket() {
    assertThat(only("기억장치(SSD) 12.5%, 표시장치(OLED) 3.1% 등의 수출이 늘었다.", "12.5%").reading().owner())
        .isEqualTo("SSD");
    assertThat(only("검사키트(자가검사용) 30만개가 팔렸다.", "30만개").reading().owner()).isEqualTo("검사키트");
  }

  @Test
  void aFigureAfterATitleIsThePersonsItNamesOrNoOnes() {
    String text = "이어 김민수 후보 18.85%, 박철수 후보 3.73%를 기록했다. 정다운 후보는 17.5%를 얻었다. 박 후보(16.41%)는 4위였다.";
    assertThat(only(text, "3.73%").reading().owner()).isEqualTo("박철수");
    assertThat(only(text, "17.5%").reading().owner()).as("a name Nori does not read as one").isEmpty();
    assertThat(only(text, "16.41%").reading().owner()).as("a title glued to its bracket").isEmpty();
  }

  @Test
  void aThresholdInAConditionIsReadAsNoObservedFigure() {
    assertThat(only("거래 정지는 가람지수가 하루 10% 이상 떨어진 상태가 5분간 이어지면 시작된다.", "10% 이상")
        .reading()).satisfies(r -> assertThat(r.forecast()).isTrue(), r -> assertThat(r.condition()).isTrue());
    assertThat(only("가람지수는 내년 10% 이상 떨어질 것으로 예상된다.", "10% 이상").reading().condition())
        .as("a forecast is no condition").isFalse();
    assertThat(only("가람지수는 이날 10% 이상 떨어졌다.", "10% 이상").reading().forecast()).isFalse();
    assertThat(only("가람군 4개 읍·면, 나래군 2개 읍·면이 피해지역으로 집계됐다.", "4개").reading().forecast())
        .as("the 면 of 읍·면 is no ending").isFalse();
  }

  @Test
  void theLastDayOfAStretchBeforeAnAmountIsWhenTheAmountStoodNotAnEnd() {
    List<FigureMention> found = ClaimExtractor.standard().extract(Articles.of("t", "2031-03-28",
        "가람시에는 27일 밤 9시까지 210㎜의 비가 쏟아졌다. 나래시는 25일까지 진행한 축제에서 관객 3만명을 모았다.")).figures();
    assertThat(found).filteredOn(f -> f.when() != null).extracting(f -> f.evidence().text() + " " + f.measure())
        .contains("27일 밤 9시 ", "25일 축제 종료");
  }

  @Test
  void aTimeOfDayInAnUndatedArticleIsOnTheDayItsSentenceWritesBeforeIt() {
    List<FigureMention> found = ClaimExtractor.standard().extract(Articles.of("t", null,
        "12일 소방본부에 따르면 이날 불은 오전 10시 5분쯤 창고에서 났다. 14일 본부는 불이 전날 오후 3시쯤 꺼졌다고 밝혔다.")).figures();
    assertThat(found).extracting(f -> f.when() == null ? "" : f.when().normalized())
        .contains("XXXX-XX-12T10:05", "XXXX-XX-XXT15:00");
  }

  @Test
  void theLetterOfAUnitStartsNoName() {
    // %p 차이 reads like the name 피차이 when the letter is taken for a syllable
    assertThat(figures("가람 후보는 나래 후보를 17.15%p 차이로 이겼다.")).extracting(f -> f.evidence().text())
        .contains("17.15%p");
  }

  @Test
  void aDayOfAnUndatedArticleKeepsWhatItSays() {
    List<FigureMention> found = ClaimExtractor.standard()
        .extract(Articles.of("t", null, "위원회는 14일 14시 5분 회의를 열었다. 이어 9시 3분쯤 발표가 나왔다.")).figures();
    assertThat(found).extracting(f -> f.when().normalized()).contains("XXXX-XX-14T14:05", "XXXX-XX-XXT09:03");
  }

  @Test
  void aWordOfSeveralNounsIsAlsoOneAnchor() {
    FigureMention f = only("한빛 금감위는 과징금 30억원을 부과했다.", "30억원");
    assertThat(f.anchors()).contains("과징금");
  }

  @Test
  void aDayALightVerbsRelativeClauseDatesIsOfTheHeadOfTheNounPhraseItModifies() {
    assertThat(only("가람은 13일 나래구장에서 열린 한빛리그 결승 3차전에서 하늘을 꺾었다.", "13일").measure())
        .as("the phrase's last plain noun, as 결승이 13일 열렸다 names it").isEqualTo("결승");
    assertThat(only("10일 열린 가람시 시의원 선거에서 나래당이 이겼다.", "10일").measure()).isEqualTo("선거");
  }

  @Test
  void aVerbNoriFindsAfterAParticleInsideAWordDatesNothing() {
    // 도하 read as 도/JX 하/VV: a word never starts with a particle, so no one did 카타르 on the 14th
    assertThat(only("김가람은 14일 카타르 도하 어스파이어돔에서 열린 결승에서 1위를 차지했다.", "14일").measure())
        .isNotEqualTo("카타르");
  }
}

