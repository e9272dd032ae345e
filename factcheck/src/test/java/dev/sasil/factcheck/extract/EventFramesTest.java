package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open event frames: any predicate with a date or a time of day; every sentence here is written for the test. */
class EventFramesTest {




  @Test
  void aMeetingALightVerbHoldsIsTheEventWhetherItsNounStandsBeforeOrAfterTheTime() {
    assertThat(ClaimFacts.facts("2031-04-07", "가람위원회 정기회의가 지난 5일 나래시에서 열렸다."))
        .as("the subject before the time, 지난 being the time's").contains(" 정기회의 2031-04-05");
    assertThat(ClaimFacts.facts("2031-04-07", "1심 선고 공판은 오는 9일 열린다."))
        .as("an ordinal is no part of the event's name").contains(" 공판 2031-04-09 [planned]");
    assertThat(ClaimFacts.facts("2031-04-07", "한가람 대표는 지난 5일 기자회견을 열었다."))
        .as("a title's holder is the party").contains("한가람 기자회견 2031-04-05");
  }

  @Test
  void aHappeningThatWentOnIsTheEventNotTheVerbOfGoingOn() {
    assertThat(ClaimFacts.facts("2031-04-07", "두 회사의 협상이 3일 이어졌다.")).contains(" 협상 2031-04-03");
  }

  @Test
  void aTimeBeforeWhatWasImposedDatesTheImposingActiveOrPassive() {
    assertThat(ClaimFacts.facts("2031-04-07", "재판부는 6일 한가람에게 징역 5년과 벌금 10억원을 선고했다."))
        .contains("재판부 선고 2031-04-06");
    assertThat(ClaimFacts.facts("2031-04-07", "한가람씨는 6일 1심에서 징역 5년과 벌금 10억원을 선고받았다."))
        .contains("한가람씨 선고 2031-04-06");
  }

  @Test
  void aFigureInRoThatSaysHowAnEventCameOutLeavesTheDateToTheEvent() {
    assertThat(ClaimFacts.facts("2031-09-22", "21일 본회의에서 가람당 대표의 해임안이 찬성 150명, 반대 130명으로 가결됐다."))
        .contains("해임안 passed 2031-09-21");
    assertThat(ClaimFacts.facts("2031-09-22", "지난달 판매량은 300만대로 늘었다."))
        .as("a figure a change led to keeps the time as its period").noneMatch(f -> f.contains(" 늘 "));
  }

  @Test
  void aDeathOfSomeoneUnnamedBelongsToThePlaceItHappenedAt() {
    assertThat(ClaimFacts.facts("2031-01-14", "14일 오전 6시쯤 강원 홍천군 내촌면의 한 창고에서 70대 남성이 숨졌다."))
        .as("an age group between the time and the verb is who died, not a figure the time is the period of")
        .containsExactly("홍천 사망 2031-01-14T06:00");
    assertThat(ClaimFacts.facts("2031-01-14", "14일 오전 6시쯤 홍천군의 한 창고에서 한가람씨가 숨졌다."))
        .as("a named person stays the subject").containsExactly("한가람씨 사망 2031-01-14T06:00");
    assertThat(ClaimFacts.facts("2031-01-14", "가람호가 14일 오전 6시쯤 강원 홍천군 야산에 추락했다."))
        .as("the place in 에 of a crash").containsExactly("홍천 추락 2031-01-14T06:00");
  }

  @Test
  void aTimeInAQuotedNameDatesNothingAndWhatARelativeClauseAnnouncedIsTheNounItModifies() {
    assertThat(ClaimFacts.facts("2031-02-18", "가람청은 18일 ‘2031년 1월 나래동향’을 발표했다."))
        .containsExactly("가람청 published 2031-02-18 [about=2031년 1월 나래동향]");
    assertThat(ClaimFacts.facts("2031-02-18", "16일 가람청이 발표한 ‘2031년 1월 나래동향’에 따르면 지수가 올랐다."))
        .contains("가람청 published 2031-02-16 [about=2031년 1월 나래동향]");
  }

  @Test
  void aReportThatNamesItsPeriodIsPublishedWhatNamesNoneIsAnnounced() {
    assertThat(ClaimFacts.facts("2031-02-18", "가람청은 18일 ‘나래 개편안’을 발표했다."))
        .as("a plan of no period may be announced again").containsExactly("가람청 announced 2031-02-18 [about=나래 개편안]");
    assertThat(ClaimFacts.facts("2031-11-20", "가람은행이 20일 발표한 ‘2031년 3분기 나래신용’에 따르면 잔액이 늘었다."))
        .as("one quarter's edition comes out once").contains("가람은행 published 2031-11-20 [about=2031년 3분기 나래신용]");
  }

  @Test
  void aTimeBeforeAnOrderDatesTheOrderNotWhatWasOrdered() {
    assertThat(ClaimFacts.facts("2031-05-31", "법원은 30일 가람물산에 배상하도록 명령했다."))
        .containsExactly("법원 명령 2031-05-30");
    assertThat(ClaimFacts.facts("2031-05-31", "재판부는 30일 한가람에게 위로금을 지급하라고 판결했다."))
        .noneMatch(f -> f.contains("지급 2031")).contains("재판부 판결 2031-05-30");
  }

  @Test
  void aTimeBeforeARelativeClauseDatesTheDeathOfThePeopleItDescribes() {
    assertThat(ClaimFacts.facts("2031-01-14",
        "14일 오전 6시쯤 강원 홍천군의 한 농가 앞에서 눈을 치우던 70대 남성이 쓰러진 나무에 깔려 숨졌다."))
        .containsExactly("홍천 사망 2031-01-14T06:00");
    assertThat(ClaimFacts.facts("2031-01-14",
        "14일 오전 6시쯤 홍천군의 한 농가에서 제설 작업을 하던 70대가 지붕에 깔려 숨지는 사고가 났다."))
        .as("a light verb's clause, and a death told as an accident").contains("홍천 사망 2031-01-14T06:00");
  }

  @Test
  void theStorysOwnHappeningStaysOwnerlessEvenAsACompound() {
    assertThat(ClaimFacts.facts("2031-01-14", "이번 붕괴사고는 14일 오전 6시께 홍천군의 한 공장에서 일어났다."))
        .containsExactly(" 발생 2031-01-14T06:00");
    assertThat(ClaimFacts.facts("2031-01-14", "14일 오전 6시께 홍천군의 한 공장에서 화재가 발생했다."))
        .containsExactly(" 발생 2031-01-14T06:00");
  }

  @Test
  void thePlaceIsTheMostSpecificRegionAboveATownship() {
    assertThat(ClaimFacts.facts("2031-01-14", "14일 오전 6시쯤 강원 정선군 고성면의 한 농가에서 80대가 숨졌다."))
        .as("고성면 is a township of 정선, though 고성 is also a county").containsExactly("정선 사망 2031-01-14T06:00");
  }

  @Test
  void twoCollapsesOfOneDayAtTwoPlacesStayApartAndEachMeetsItsOtherReport() {
    List<Finding> found = ClaimFacts.compare(
        Articles.of("a", "2031-01-14", "14일 오전 6시쯤 충북 괴산군의 한 축사 지붕이 무너졌다. "
            + "같은 날 오후 2시쯤 전남 화순군의 한 창고 지붕이 무너졌다."),
        Articles.of("b", "2031-01-14", "14일 오후 2시쯤 화순군 한 창고에서 붕괴가 일어났다."));
    assertThat(found).filteredOn(f -> f.attribute().equals("붕괴")).extracting(f -> f.subject() + " " + f.verdict())
        .containsExactlyInAnyOrder("괴산 SINGLE_SOURCE", "화순 AGREEMENT");
  }

  @Test
  void aClauseSayingWhereSomethingIsPassesTheTimeOnToTheEventAfterIt() {
    assertThat(ClaimFacts.facts("2031-07-19", "가람-7은 이날 오후 3시40분쯤 나래시에 있는 비행단 활주로에서 이륙했다."))
        .anyMatch(f -> f.contains("이륙") && f.contains("2031-07-19T15:40"));
  }

  @Test
  void theNounAClauseStatesTheContentOfIsNoPartyToItsEvent() {
    assertThat(ClaimFacts.facts("2031-11-03", "가람부는 3일 오전 7시 20분쯤 나래망에 장애가 발생했다는 점을 파악했다."))
        .containsExactly("장애 발생 2031-11-03T07:20");
    assertThat(ClaimFacts.facts("2031-11-03", "3일 오전 7시 20분쯤 발생한 장애로 민원 업무가 멈췄다."))
        .as("a noun the clause describes is still its subject").contains("장애 발생 2031-11-03T07:20");
  }

  @Test
  void aTimeWrittenAroundIsHedgedAndDatesTheEventAfterIt() {
    List<Finding> around = ClaimFacts.compare(
        Articles.of("a", "2031-11-03", "3일 오전 9시를 전후해 나래망에 장애가 발생했다."),
        Articles.of("b", "2031-11-03", "3일 오전 9시 7분 나래망에 장애가 발생했다."));
    assertThat(around).filteredOn(f -> f.attribute().equals("발생")).singleElement()
        .satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.AGREEMENT));
    List<Finding> exact = ClaimFacts.compare(
        Articles.of("a", "2031-11-03", "3일 오전 9시 나래망에 장애가 발생했다."),
        Articles.of("b", "2031-11-03", "3일 오전 9시 7분 나래망에 장애가 발생했다."));
    assertThat(exact).filteredOn(f -> f.attribute().equals("발생")).singleElement()
        .satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.CONTRADICTION));
  }

  @Test
  void aDayItsSentencePutInAWrittenMonthKeepsItWhateverTheTense() {
    assertThat(ClaimFacts.facts("2031-11-21", "가람국은 8월 22일 발사를 예고하고 이틀 뒤인 24일 위성을 발사했다."))
        .anyMatch(f -> f.endsWith(" 2031-08-24")).noneMatch(f -> f.endsWith(" 2031-10-24"));
  }

  @Test
  void aNegatedClauseDescribingTheNounAfterItPassesTheTimeOnToTheMainVerb() {
    assertThat(ClaimFacts.facts("2031-01-14", "이날 오후 3시께 가람시의 한 상가에서 원인이 밝혀지지 않은 불이 났다."))
        .as("밝혀지지 않은 describes the fire; the fire broke out at 3").contains(" 발생 2031-01-14T15:00");
  }

  @Test
  void aTimeInReulBeforeGihadaDatesTheVerbAfterIt() {
    assertThat(ClaimFacts.facts("2031-03-28", "가람버스노조는 이날 오전 4시를 기해 파업에 돌입했다."))
        .contains("가람버스노조 시작 2031-03-28T04:00");
  }

  @Test
  void aTimeBeforeAClauseOfAnUnknownEventThatTheMainVerbFollowsAtOnceDatesTheMainVerb() {
    assertThat(ClaimFacts.facts("2031-12-04", "가람국 대통령은 3일 오후 10시께 긴급 회견을 열고 비상사태를 선포했다."))
        .contains("비상사태 선포 2031-12-03T22:00");
    assertThat(ClaimFacts.facts("2031-12-04", "가람국 정부는 3일 오후 긴급 회의를 열고 대책을 논의했다."))
        .as("논의 is known to no lexicon: the time stays with the meeting's clause, which is no main verb").isEmpty();
  }

  @Test
  void theObjectALightVerbCarriesIsTheEventNotItsSubject() {
    assertThat(ClaimFacts.facts("2031-11-01", "가람통신은 이날 기자간담회를 열었다."))
        .singleElement().satisfies(f -> assertThat(f).startsWith("가람통신 기자간담회 "));
  }

  @Test
  void theSubjectOrTheNounInEOfAVerbThatOnlySaysAnEventCameOffIsTheEvent() {
    assertThat(ClaimFacts.facts("2031-11-02", "나래위성은 2일 오전 4시 20분 지상국과 첫 교신이 이뤄졌다."))
        .singleElement().satisfies(f -> assertThat(f).startsWith("나래위성 교신 2031-11-02T04:20"));
    assertThat(ClaimFacts.facts("2031-11-02", "나래위성은 2일 오전 9시 10분 국내 지상국과의 교신에 성공했다."))
        .singleElement().satisfies(f -> assertThat(f).startsWith("나래위성 교신 2031-11-02T09:10"));
    assertThat(ClaimFacts.facts("2031-11-02", "나래위성은 2일 오전 4시 20분 지상국과 처음 교신했다."))
        .as("the same event said with its own verb").singleElement()
        .satisfies(f -> assertThat(f).startsWith("나래위성 교신 2031-11-02T04:20"));
  }

  @Test
  void anEventNamedBySubjectOrBareNounOfCompletionIsThatEvent() {
    assertThat(ClaimFacts.facts("2031-05-08", "창고 불은 8일 오전 5시 10분쯤 초진이 완료됐다."))
        .as("the subject names the event and is no party to it").contains(" 초진 2031-05-08T05:10");
    assertThat(ClaimFacts.facts("2031-05-08", "창고 불은 8일 오전 5시 10분쯤 초진 완료됐다."))
        .as("its particle left out").contains(" 초진 2031-05-08T05:10");
    assertThat(ClaimFacts.facts("2031-05-08", "창고 화재는 8일 오전 5시 10분쯤 초진 됐다."))
        .as("the noun of noun+되다 written apart").contains(" 초진 2031-05-08T05:10");
  }

  @Test
  void aSourceAndATopicMisreadAsAVerbDoNotHideTheEvent() {
    // 불은 is the topic 불+은, which Nori may read as the verb 붇+은 modifying the time after it
    assertThat(ClaimFacts.facts("2031-05-08", "소방서에 따르면 불은 8일 오전 5시 10분쯤 꺼졌다."))
        .contains(" 진화 2031-05-08T05:10");
  }

  @Test
  void theNounPhraseARelativeClauseModifiesEndsAtItsMarkedWord() {
    assertThat(ClaimFacts.facts("2031-03-08", "가람테크가 지난 6일 공개한 대형 언어모델 기반 차세대 인공지능 ‘누리봇’을 두고 평가가 엇갈린다."))
        .as("the name quoted at the phrase's end, not its first modifier").anyMatch(f -> f.startsWith("누리봇 released 2031-03-06"));
    assertThat(ClaimFacts.facts("2031-03-08", "이날 가람테크가 공개한 영상에서 누리봇은 그림을 설명했다."))
        .as("a name after the phrase is another's").noneMatch(f -> f.startsWith("누리봇 "));
  }

  @Test
  void aNounInTheGenitiveAfterARelativeClauseIsNoEventItModifiesTheNounAfterIt() {
    assertThat(ClaimFacts.facts("2031-03-09", "가람은 9일 나래경기장에서 열린 하늘과의 경기에서 이겼다."))
        .noneMatch(f -> f.contains(" 하늘 2031-03-09"));
  }

  @Test
  void aTimeInAppositionToTheDayBeforeItDatesTheSameEvent() {
    assertThat(ClaimFacts.facts("2031-11-04", "가람국 총리는 전날인 3일 오후 10시 23분쯤 비상사태를 선포했다."))
        .as("the day alone is no second claim").containsExactly("비상사태 선포 2031-11-03T22:23");
    assertThat(ClaimFacts.facts("2031-11-04", "가람국 총리는 전날(3일) 오후 10시 23분쯤 비상사태를 선포했다."))
        .as("nor the day in brackets").containsExactly("비상사태 선포 2031-11-03T22:23");
  }

  @Test
  void aVerbMadeANounBy것BeforeAnEstimateIsTheEventAfterAnUnknownVerb() {
    assertThat(ClaimFacts.facts("2031-05-11", "불은 10일 오후 3시 5분쯤 창고 배선이 합선되면서 시작된 것으로 추정된다."))
        .containsExactly(" 발생 2031-05-10T15:05");
  }

  @Test
  void twoSourcesGivingADeclarationTwoMinutesOffTheTensApartContradict() {
    List<Finding> f = ClaimFacts.compare(
        Articles.of("a", "2031-11-04", "가람국 총리는 전날(3일) 오후 10시27분쯤 비상사태를 선포했다."),
        Articles.of("b", "2031-11-04", "가람국 총리는 전날인 3일 오후 10시 23분쯤 비상사태를 선포했다."));
    assertThat(f).anyMatch(x -> x.verdict() == Verdict.CONTRADICTION && x.attribute().equals("선포"));
  }

  @Test
  void aDateNounsValueIsTheDayOfTheVerbItsRelativeClauseStates() {
    // not 확인 or 특정, which only say the day was found
    assertThat(ClaimFacts.facts("2031-05-19", "나래시청 전산망이 처음 마비된 시각은 오전 9시 12분으로 확인됐다."))
        .anyMatch(f -> f.contains(" 마비 2031-05-19T09:12"));
    assertThat(ClaimFacts.facts("2031-05-19", "침입 도구가 처음 설치된 시점은 2030년 6월 15일이다."))
        .anyMatch(f -> f.contains(" 설치 2030-06-15"));
  }

  @Test
  void aSerialNumberGluedToANameIsPartOfIt() {
    assertThat(ClaimFacts.facts("2031-11-02", "가람3호는 2일 지상국과 처음 교신했다."))
        .singleElement().satisfies(f -> assertThat(f).startsWith("가람3호 교신 2031-11-02"));
    assertThat(ClaimFacts.facts("2031-11-02", "불은 2일 밤 10시 26분 꺼졌다."))
        .as("a time's minutes are no serial number").noneMatch(f -> f.startsWith("26분"));
  }

  @Test
  void anObjectOfAnAdnominalVerbBeforeThePredicateIsNotItsObject() {
    assertThat(ClaimFacts.facts("2031-02-03", "지난 1일 '나래 본점'을 비롯한 전국 매장에서 한빛폰 X13 개통이 시작됐다."))
        .as("비롯한, read by Nori as a noun and 하다, takes the object").singleElement()
        .satisfies(f -> assertThat(f).contains("시작 2031-02-01").doesNotContain("나래 본점"));
  }

  @Test
  void aSpanThatHasPassedBeforeATimeLeavesTheTimeToTheVerbAfterIt() {
    assertThat(ClaimFacts.facts("2031-05-13", "가람시 창고에서 12일 오후 2시께 발생한 불은 18시간이 지난 이날 오전 8시께 완전히 꺼졌다."))
        .as("18시간이 지난 이날: the span passed says when, the fire went out then, on the story's day")
        .contains(" 진화 2031-05-13T08:00").noneMatch(f -> f.contains("지나"));
  }

  @Test
  void whatHappenedIsNoPartyToItsOwnEvent() {
    assertThat(ClaimFacts.facts("2031-05-13", "불길은 이날 오전 8시께 모두 꺼졌다."))
        .as("불길 is the fire: no subject, so that another outlet's 화재 meets it").contains(" 진화 2031-05-13T08:00");
    assertThat(ClaimFacts.facts("2031-05-13", "가람역 인근에서 대형 추돌 사고가 12일 오후 9시께 발생했다."))
        .as("추돌 of 추돌 사고 names the accident").contains(" 발생 2031-05-12T21:00");
    assertThat(ClaimFacts.facts("2031-05-13", "소방당국은 이번 사고가 12일 오후 9시께 시작된 것으로 보고 있다."))
        .as("an accident that began then happened then").contains(" 발생 2031-05-12T21:00");
    assertThat(ClaimFacts.facts("2031-05-13", "가람버스 노조는 12일 오전 4시 파업을 시작했다."))
        .as("a strike that begins is no happening of the list").noneMatch(f -> f.contains("발생"));
  }

  @Test
  void theDayWrittenRightBeforeAReportingVerbIsTheDayItWasSaid() {
    assertThat(ClaimFacts.facts("2031-01-10", "가람전자는 지난해 매출이 3조원을 기록했다고 9일 밝혔다."))
        .contains("가람전자 announced 2031-01-09");
    assertThat(ClaimFacts.facts("2031-01-10", "가람전자는 4분기 잠정 실적을 9일 발표했다."))
        .contains("가람전자 announced 2031-01-09");
  }

  @Test
  void aPartOfTheDayBeforeANounDatesNoEvent() {
    assertThat(ClaimFacts.facts("2031-08-02", "가람의 낮 최고기온은 측정을 시작한 이래 가장 높았다."))
        .noneMatch(f -> f.contains("시작"));
    assertThat(ClaimFacts.facts("2031-08-02", "가람시에는 이날 밤 폭우가 쏟아졌다."))
        .as("a part of the day with its day dates its event").contains("폭우 쏟아지다 2031-08-02");
  }

  @Test
  void theMonthAReportCoversIsNotTheDayItCameOut() {
    assertThat(ClaimFacts.facts("2031-09-02", "2일 가람청이 발표한 ‘8월 가람물가 동향’에 따르면 가람물가지수는 3.1% 올랐다."))
        .noneMatch(f -> f.endsWith("2031-08"));
    assertThat(ClaimFacts.facts("2031-09-02", "가람청이 2일 발표한 8월 가람물가동향에 따르면 가람물가지수는 3.1% 올랐다."))
        .contains("가람청 announced 2031-09-02").noneMatch(f -> f.endsWith("2031-08"));
  }

  @Test
  void aTimeCountedFromAnEventWithJiDatesTheVerbAfterIt() {
    assertThat(ClaimFacts.facts("2031-03-02", "가람위성 2호기는 오전 5시 12분, 발사된 지 40분 만에 해외 지상국과 처음으로 교신했다."))
        .as("발사된 지 40분 만에: the launch is what the span counts from")
        .noneMatch(f -> f.contains("launched")).anyMatch(f -> f.contains("교신 2031-03-02T05:12"));
  }

  @Test
  void aTimeFurtherFromAReportingVerbDatesWhatWasSaidNotTheSaying() {
    assertThat(ClaimFacts.facts("2031-01-10", "가람전자는 지난 5일 새 공장을 완공했다고 밝혔다."))
        .noneMatch(f -> f.contains("announced"));
  }

  @Test
  void inhaAfterANounInRoIsBecauseOfNotACut() {
    assertThat(ClaimFacts.facts("2031-07-16", "16일 오전 폭우로 인한 피해가 이어졌다."))
        .noneMatch(f -> f.contains("인하"));
    assertThat(ClaimFacts.facts("2031-07-16", "가람은행은 16일 기준금리를 인하했다."))
        .anyMatch(f -> f.contains("인하"));
  }

  @Test
  void theDayASpanCountsFromIsNotTheDayTheEventHappened() {
    assertThat(ClaimFacts.facts("2031-12-20", "12월 3일 '폭설의 밤' 이후 11일 만에 가람선 운행이 재개됐다."))
        .noneMatch(f -> f.contains("2031-12-03"));
    assertThat(ClaimFacts.facts("2031-12-20", "가람선 운행은 12월 3일 재개됐다."))
        .anyMatch(f -> f.contains("2031-12-03"));
  }

  @Test
  void ofTwoVerbsInARowTheSecondSaysWhatHappened() {
    assertThat(ClaimFacts.facts("2031-03-02", "탐사선 나래위성은 2일 오전 4시 12분 발사체에 실려 발사됐다."))
        .anyMatch(f -> f.contains("launched")).noneMatch(f -> f.contains("실리"));
  }

  @Test
  void aSentenceWithoutSubjectAfterAReportIsAboutWhatWasReportedNotWhoReportedIt() {
    assertThat(ClaimFacts.facts("2031-12-29",
        "한국항공우주연구원은 지난 27일 ‘누리별’이 궤도 진입에 성공했다고 28일 밝혔다. 지난 8월 5일 발사돼 145일 만이다."))
        .contains("누리별 launched 2031-08-05");
  }

  @Test
  void theEndOfAStretchOfMonthsIsNoEventDate() {
    assertThat(ClaimFacts.facts("2031-10-20", "한빛전자는 3분기(7~9월) 잠정 실적을 20일 공시했다."))
        .noneMatch(f -> f.contains("2031-09"));
  }

  @Test
  void aQuestionOrAnAdjectiveDatesNoEvent() {
    assertThat(ClaimFacts.facts("2031-08-01", "가람시의 기온은 41도였다. 가람시 기온은 오늘 좀 내려갔습니까?"))
        .noneMatch(f -> f.contains("2031-08-01"));
    assertThat(ClaimFacts.facts("2031-08-01", "나래 특파원, 가람시는 오늘 저녁 기온이 30도까지 내려갔나요?"))
        .as("no reader takes a fact from a question").isEmpty();
    assertThat(ClaimFacts.facts("2031-08-01", "1일 오후 3시께 가람시 나래구에 위치한 공장에서 화재가 발생해 2명이 다쳤다."))
        .anyMatch(f -> f.contains(" 발생 ")).noneMatch(f -> f.contains(" 위치 "));
  }

  @Test
  void theDatesADateChangedFromAndToAreNotWhenItChanged() {
    assertThat(ClaimFacts.facts("2031-03-20", "공사는 접수 마감일을 3월 25일에서 4월 2일로 미뤘다."))
        .noneMatch(f -> f.contains("-03-25") || f.contains("-04-02"));
  }

  @Test
  void aClockTimeIsKeptToTheMinute() {
    assertThat(ClaimFacts.facts("2031-03-15", "14일 오후 3시 19분께 물류창고에서 화재가 발생했다."))
        .containsExactly(" 발생 2031-03-14T15:19");
  }

  @Test
  void anHourWithoutItsPartOfTheDayIsInTheHalfOfTheLastTimeThatSaysIt() {
    assertThat(ClaimFacts.facts("2031-03-14", "가람시 공장에서 14일 오후 9시 5분께 화재가 발생했다. 불은 11시 40분 완전히 진화됐다."))
        .contains(" 진화 2031-03-14T23:40");
    assertThat(ClaimFacts.facts("2031-03-14", "가람시 공장에서 14일 오전 9시 5분께 화재가 발생했다. 불은 11시 40분 완전히 진화됐다."))
        .contains(" 진화 2031-03-14T11:40");
    assertThat(ClaimFacts.facts("2031-03-14", "불은 14일 낮 2시 완전히 진화됐다."))
        .contains(" 진화 2031-03-14T14:00");
  }

  @Test
  void anyPredicateWithADateMakesAClaimNamedByItsLemma() {
    assertThat(ClaimFacts.facts("2031-03-15", "시의회는 지난 12일 조례안을 폐기했다."))
        .containsExactly("조례안 폐기 2031-03-12");
    assertThat(ClaimFacts.facts("2031-03-15", "시의회는 지난 12일 조례안을 가결했다."))
        .as("a motion carried is passed, as 통과 is").containsExactly("조례안 passed 2031-03-12");
  }

  @Test
  void theTopicOfACopulaNamesTheEvent() {
    assertThat(ClaimFacts.facts("2031-03-15", "한빛시계의 국내 출시일은 3월 28일이다."))
        .containsExactly("한빛시계 released 2031-03-28 [planned]");
  }

  @Test
  void aClauseModifyingTheDateIsItsEvent() {
    assertThat(ClaimFacts.facts("2031-03-15", "정식 지원금은 개통이 시작되는 20일 공개된다."))
        .contains("개통 시작 2031-03-20 [planned]");
  }

  @Test
  void aDateOnAReportingVerbDatesOnlyTheReport() {
    assertThat(ClaimFacts.facts("2031-03-15", "한빛전자는 신제품 판매가 호조를 보였다고 14일 밝혔다.")).isEmpty();
  }

  @Test
  void aTimeWithAFigureIsTheFiguresPeriodNotAnEvent() {
    assertThat(ClaimFacts.facts("2031-03-15", "한빛폰의 판매량은 지난달 300만대를 넘었다."))
        .noneMatch(f -> f.contains(" 넘 "));
  }

  @Test
  void oneDayApartIsExplainedByLocalTimeUnlessBothSayLocalTime() {
    Article a = Articles.of("a", "2031-03-16", "한빛전자는 14일(현지시간) 파리에서 ‘한빛폰 Z’를 출시했다.");
    Article b = Articles.of("b", "2031-03-16", "한빛전자는 지난 15일 ‘한빛폰 Z’를 출시했다.");
    assertThat(ClaimFacts.compare(a, b)).anyMatch(f -> f.verdict() == Verdict.AGREEMENT)
        .noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
    Article c = Articles.of("c", "2031-03-16", "한빛전자는 15일(현지시각) 파리에서 ‘한빛폰 Z’를 출시했다.");
    assertThat(ClaimFacts.compare(a, c)).anyMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void theLocalTimeLabelWrittenBeforeTheDayCountsAsLocalTime() {
    Article a = Articles.of("a", "2031-03-16", "한빛전자는 현지시간 14일 파리에서 ‘한빛폰 Z’를 출시했다.");
    Article c = Articles.of("c", "2031-03-16", "한빛전자는 15일(현지시각) 파리에서 ‘한빛폰 Z’를 출시했다.");
    assertThat(ClaimFacts.compare(a, c)).anyMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void aNamedThingsListedEventKeepsTheClockTime() {
    assertThat(ClaimFacts.facts("2031-02-19", "위성 ‘한빛 2호’가 19일 오전 7시 18분 발사됐다."))
        .anyMatch(f -> f.contains("2031-02-19T07:18"));
  }

  @Test
  void hedgedClockTimesAgreeWithinTenMinutes() {
    Article a = Articles.of("a", "2031-03-15", "14일 오후 3시 19분께 물류창고에서 화재가 발생했다.");
    Article b = Articles.of("b", "2031-03-15", "화재는 전날 오후 3시 20분쯤 발생했다.");
    assertThat(ClaimFacts.compare(a, b)).filteredOn(f -> f.attribute().equals("발생")).singleElement()
        .satisfies(f -> assertThat(f.verdict()).isEqualTo(Verdict.AGREEMENT));
  }

  @Test
  void aNearerDayDatesThePredicateNotTheDayOfABriefingBeforeIt() {
    assertThat(ClaimFacts.facts("2031-05-11", "가람소방서는 11일 오전 브리핑을 통해 10일 가람시장에서 발생한 화재로 3명이 다쳤다고 밝혔다."))
        .contains(" 발생 2031-05-10").noneMatch(f -> f.contains("2031-05-11"));
  }

  @Test
  void aDayComparedWithIsNotTheDayOfTheEvent() {
    assertThat(ClaimFacts.facts("2031-08-02", "가람물가지수는 2019년 3월 이후 가장 크게 상승했다."))
        .noneMatch(f -> f.contains("상승"));
    assertThat(ClaimFacts.facts("2031-08-02", "가람시의 기온은 지난 1일과 비슷한 수준으로 떨어졌다."))
        .noneMatch(f -> f.contains("2031-08-01"));
  }

  @Test
  void aVerbThatOnlyStatesAnAmountIsNoEvent() {
    assertThat(ClaimFacts.facts("2031-09-13", "가람청은 이날 오후 8시 13분 진앙 인근에 해당하는 지역 주민들에게 경보를 발송했다."))
        .noneMatch(f -> f.contains("해당")).anyMatch(f -> f.contains("발송 2031-09-13T20:13"));
  }

  @Test
  void aStepGoneThroughIsTheEventItsObjectNames() {
    assertThat(ClaimFacts.facts("2031-09-28", "가람전자는 지난 26일 증거금 환급 절차를 거쳤다."))
        .noneMatch(f -> f.contains("거치") || f.contains("절차")).anyMatch(f -> f.contains("환급 2031-09-26"));
  }
  @Test
  void aRelativeClauseNoLexiconListsDescribesTheListedEventAfterIt() {
    assertThat(ClaimFacts.facts("2031-03-13", "소방당국은 이날 오전 9시쯤 주된 불길을 잡는 초진을 완료했다."))
        .anyMatch(f -> f.startsWith("소방당국 초진 2031-03-13T09:00"));
  }

  @Test
  void anUnlistedRelativeClauseBeforeAHappeningNounIsTheEventItself() {
    assertThat(ClaimFacts.facts("2031-03-13", "가람선 열차가 출발한 지 7분 만에 탈선하는 사고가 발생했다."))
        .anyMatch(f -> f.contains(" 탈선 PT7M"));
  }
  @Test
  void aTimePlacedBeforeAnotherDatesTheVerbAfterIt() {
    assertThat(ClaimFacts.facts("2031-06-04", "의회는 오전 5시 해제안을 의결했다. 이에 4분 앞선 오전 4시 56분쯤 대통령이 해제 선언을 했다."))
        .noneMatch(f -> f.contains("앞서")).anyMatch(f -> f.contains("선언 2031-06-04T04:56"));
  }

  @Test
  void aHappeningThatBreaksOutIsItsOccurrence() {
    assertThat(ClaimFacts.facts("2031-11-03", "3일 오후 2시 14분쯤 나래시의 한 창고에서 불이 났다."))
        .contains(" 발생 2031-11-03T14:14");
    assertThat(ClaimFacts.facts("2031-11-03", "3일 오후 2시 14분쯤 창고에서 불이 나 소방대가 진화에 나섰다."))
        .as("나 of the connective form, which Nori reads as a pronoun").contains(" 발생 2031-11-03T14:14")
        .noneMatch(f -> f.contains("진화"));
    assertThat(ClaimFacts.facts("2031-11-03", "나는 3일 오후 2시에 집에 갔다.")).noneMatch(f -> f.contains("발생"));
  }

  @Test
  void aVerbTheLexiconTakesOnlyWithAnOrganisationFoundsNothingElse() {
    assertThat(ClaimFacts.facts("2031-11-03", "3일 오후 2시쯤 주차장에 세워진 트럭에서 시작된 불이 번졌다."))
        .noneMatch(f -> f.contains("founded"));
  }

  @Test
  void aTopicThatReportsWhatASubjectUnderwentIsNotItsSubject() {
    assertThat(ClaimFacts.facts("2031-12-02", "가람우주청은 2일 오전 10시 정찰위성 1호기가 성공적으로 발사됐다고 밝혔다."))
        .noneMatch(f -> f.startsWith("가람우주청 launched"));
  }

  @Test
  void aDateNounWrittenApartFromItsEventNounDatesThatEvent() {
    assertThat(ClaimFacts.facts("2031-02-19", "발사 시각은 오전 7시 17분이었다."))
        .anyMatch(f -> f.contains("launched 2031-02-19T07:17"));
  }

  @Test
  void theClauseAFinalReportingVerbQuotesIsTheSentencesMainOne() {
    assertThat(ClaimFacts.facts("2031-03-28", "가람시는 노조가 28일 파업을 철회했다고 밝혔다."))
        .anyMatch(f -> f.contains("철회 2031-03-28"));
  }

  @Test
  void aPastClauseClosedByACoordinateEndingStatesItsEventAsFirmlyAsAFinalVerb() {
    assertThat(ClaimFacts.facts("2031-06-10", "한가람 대표는 2029년 3월 가람물산을 상대로 중재를 신청했지만, 가람물산은 응하지 않았다."))
        .contains("중재 신청 2029-03");
    assertThat(ClaimFacts.facts("2031-06-10", "한가람 대표는 2029년 3월 중재를 신청하고 싶었지만 포기했다."))
        .as("a wish is no past clause").noneMatch(f -> f.contains("신청"));
  }

  @Test
  void aTimeInRoBeforeAVerbThatSetsADateIsTheDateOfTheTopicsEvent() {
    assertThat(ClaimFacts.facts("2031-06-10", "통합 법인 출범은 2032년 1월 5일로 예정돼 있다."))
        .anyMatch(f -> f.contains("founded 2032-01-05"));
    assertThat(ClaimFacts.facts("2031-06-10", "새 제품 출시는 다음 달 20일로 확정됐다."))
        .anyMatch(f -> f.contains("released 2031-07-20"));
    assertThat(ClaimFacts.facts("2031-06-10", "가람전자와 한빛물산은 합병 기일을 다음 달 20일로 확정했다."))
        .as("in the active, the topic is who set the date").noneMatch(f -> f.contains("물산"));
    assertThat(ClaimFacts.facts("2031-06-10", "위성 발사는 기술적인 문제로 지난 7일로 연기됐다."))
        .as("the day put off to is a plan, though it has passed").containsExactly(" launched 2031-06-07 [planned]");
  }

  @Test
  void theVerbAFinalPlanNounIsThePlanOfStatesAPlannedEvent() {
    assertThat(ClaimFacts.facts("2031-06-10", "가람시는 오는 8월 20일 요금표를 개정할 예정이다."))
        .contains("요금표 개정 2031-08-20 [planned]");
    assertThat(ClaimFacts.facts("2031-06-10", "가람시는 오는 8월 20일 요금표를 개정할 예정이라고 밝혔다."))
        .as("the plan a final reporting verb quotes").contains("요금표 개정 2031-08-20 [planned]");
    assertThat(ClaimFacts.facts("2031-06-10", "새 단말기 출시 예정일은 8월 20일이다."))
        .as("a planned day's noun after its event noun").anyMatch(f -> f.contains("released 2031-08-20"));
  }

  @Test
  void aTimeAfterASpanThatPassedDatesTheVerbAfterIt() {
    assertThat(ClaimFacts.facts("2031-05-14", "하지만 2시간여 지난 14일 오전 1시쯤 개정안이 본회의를 통과했다."))
        .anyMatch(f -> f.endsWith("2031-05-14T01:00"));
  }

  @Test
  void aTimeBeforeAQuotationDatesTheSayingNotTheEventsQuoted() {
    assertThat(ClaimFacts.facts("2031-05-14", "가람전자 관계자는 13일 “신제품 나래폰을 출시했다”고 말했다."))
        .noneMatch(f -> f.contains("2031-05-13"));
    assertThat(ClaimFacts.facts("2031-05-14", "가람전자 관계자는 “13일 신제품 나래폰을 출시했다”고 말했다."))
        .as("a time inside the quotation dates its event").anyMatch(f -> f.endsWith("2031-05-13"));
  }

  @Test
  void aQuotationWhoseFirstClauseStatesWhatHappenedIsReadAsTheSentencesOwn() {
    assertThat(ClaimFacts.facts("2031-05-14", "가람소방서 관계자는 “오전 9시 초진을 완료했지만 잔불 정리에 시간이 걸릴 것으로 보인다”고 말했다."))
        .contains(" 초진 2031-05-14T09:00");
    assertThat(ClaimFacts.facts("2031-05-14", "가람소방서 관계자는 “오전 9시까지 초진을 완료하겠다”고 말했다."))
        .as("a plan quoted stays speech").noneMatch(f -> f.contains("T09:00"));
  }
}
