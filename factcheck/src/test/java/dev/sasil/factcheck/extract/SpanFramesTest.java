package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.crosscheck.CrossChecker;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spans counted from an event; every sentence here is written for the test. */
class SpanFramesTest {

  @Test
  void aSpanIsHowLongAfterSomethingItsSubjectsEventHappened() {
    assertThat(ClaimFacts.facts("2031-01-10", "긴축 기조는 3년 2개월 만에 마무리됐다."))
        .containsExactly("긴축기조 마무리 P38M");
    assertThat(ClaimFacts.facts("2031-01-10", "파업은 닷새 만에 끝났다."))
        .containsExactly("파업 끝나다 P5D");
  }

  @Test
  void theSubjectOfTheClauseASpanCountsFromIsNotTheSpans() {
    assertThat(ClaimFacts.facts("2031-01-10", "나래시의회는 가람시장이 계획을 발표한 지 3시간 만에 조례를 처리했다."))
        .anyMatch(f -> f.startsWith("나래시의회 처리 PT180M")).noneMatch(f -> f.startsWith("가람시장 처리"));
    assertThat(ClaimFacts.facts("2031-01-10", "매출이 급감한 지 2년 만에 회복했다."))
        .as("without a topic, the one subject is the span's too").anyMatch(f -> f.startsWith("매출 회복 P2Y"));
  }

  @Test
  void aSpanOfASecondClauseBelongsToTheSubjectWrittenAfterIt() {
    assertThat(ClaimFacts.facts("2031-01-10", "가람공항 관제탑은 경고를 했고, 2분 뒤 나래항공 기장이 조난 신호를 보냈다."))
        .contains("나래항공기장 보내다 PT2M").noneMatch(f -> f.startsWith("가람공항관제탑") && f.contains("PT2M"));
    assertThat(ClaimFacts.facts("2031-01-10", "가람시는 회의를 열었고 사흘 만에 합의했다."))
        .as("no subject of its own: the topic's").contains("가람시 합의 P3D");
  }

  @Test
  void aSpanOfAnEarlierOneOfItsKindIsNotTheStorys() {
    assertThat(ClaimFacts.facts("2031-03-13", "종전 최장 가뭄은 2029년 봄에 이어진 가뭄으로 90일 만에 해소됐다."))
        .noneMatch(f -> f.contains("P90D"));
    assertThat(ClaimFacts.facts("2031-03-13", "이번 가뭄은 120일 만에 해소됐다.")).anyMatch(f -> f.contains("P120D"));
  }

  @Test
  void aTimeToTheHundredthIsARacesTimeWhateverVerbFollows() {
    assertThat(ClaimFacts.facts("2031-02-14", "박나래는 결승에서 1분44초75로 금맥을 이었다."))
        .containsExactly("박나래 기록 PT1M44.75S");
    assertThat(ClaimFacts.facts("2031-02-14", "김가람은 자유형 100m 결승에서 47초93에 터치 패드를 찍었다."))
        .contains("김가람 기록 PT47.93S").noneMatch(f -> f.contains("찍"));
    assertThat(ClaimFacts.facts("2031-02-14", "박나래는 2029년 나래대회에서 2위(1분44초47), 2030년 가람대회에서 3위(1분44초42)에 이어 또 시상대에 올랐다."))
        .as("a time in brackets after a place is the time of that place's race")
        .contains("박나래 기록 PT1M44.47S [period=2029]", "박나래 기록 PT1M44.42S [period=2030]");
  }

  @Test
  void aSpanModifyingANounCountsToThatNounNotToTheVerbAfterIt() {
    assertThat(ClaimFacts.facts("2031-01-10", "한결은 구단의 40년 만의 리그 우승에 크게 기여했다."))
        .as("the win is the club's, and no lexicon names it").noneMatch(f -> f.contains("P40Y"));
    assertThat(ClaimFacts.facts("2031-01-10", "누리호는 1년 만의 재발사에 성공했다."))
        .as("a listed event noun").anyMatch(f -> f.startsWith("누리호 launched P1Y"));
  }

  @Test
  void aSpanWrittenAfterAnEventNounSaysWhatItIsCountedFrom() {
    assertThat(ClaimFacts.facts("2031-01-10", "발사 40분 뒤 가람기지가 위성과 첫 교신에 성공했다."))
        .contains("가람기지 교신 PT40M [after=발사]");
    List<Finding> f = CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-01-10", "위성은 발사 30분 뒤 분리됐고, 다시 6분 뒤 가람기지가 위성과 첫 교신을 했다."),
        Articles.of("b", "2031-01-10", "발사 36분 뒤 가람기지가 위성과 첫 교신에 성공했다."))));
    assertThat(f).as("a span from another moment does not contradict").noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
  }

  @Test
  void aCopularSpanIsHowLongAfterTheClauseMadeANounBeforeIt() {
    assertThat(ClaimFacts.facts("2031-01-10", "가람시가 축제를 다시 개최한 것은 12년 만이다."))
        .containsExactly("가람시 opened P12Y");
    assertThat(ClaimFacts.facts("2031-01-10", "나래 노조가 파업에 돌입한지 9시간 만이다."))
        .as("the verb and 지 in one word; 돌입 is of the class 시작").containsExactly("나래노조 시작 PT540M");
    assertThat(ClaimFacts.facts("2031-01-10", "가람팀이 결승에 진출한 것은 2019년 이후 12년 만이다."))
        .as("the time counted from stands between").contains("가람팀 진출 P12Y");
    assertThat(ClaimFacts.facts("2031-01-10", "나래시 인구가 증가한 것은 10년 만에 처음이다."))
        .as("a record's span with the event its clause names, and the record").containsExactly("나래시인구 증가 P10Y",
            "나래시인구 record.since 2021");
  }

  @Test
  void aCopularSpanCountsFromAnOccasionNamedByItsYearAloneAndAfterAContracted것() {
    assertThat(ClaimFacts.facts("2031-01-10", "가람팀이 결승에 진출한 것은 2019 나래 대회 이후 12년 만이다."))
        .as("a year written without 년 names the occasion counted from").contains("가람팀 진출 P12Y");
    assertThat(ClaimFacts.facts("2031-01-10", "가람팀이 결승에 진출한 건 12년 만이다."))
        .as("건 is 것은 contracted").contains("가람팀 진출 P12Y");
  }

  @Test
  void aCopularSpanAfterTheNounsOfAnEventCountsFromThatEvent() {
    // 정전 발생 40여시간 만이다: the nouns say what happened, as 정전이 발생한 지 would
    assertThat(ClaimFacts.facts("2031-01-10", "전력이 모두 복구됐다. 정전 발생 40여시간 만이다."))
        .contains("정전 발생 PT2400M");
    assertThat(ClaimFacts.facts("2031-01-10", "전력이 모두 복구됐다. 지난 대회 이후 40여시간 만이다."))
        .as("이후 is no event a span counts from").noneMatch(f -> f.contains("PT2400M"));
  }

  @Test
  void aSpanTakenIsHowLongItTookItsSubject() {
    assertThat(ClaimFacts.facts("2031-01-10", "가람시는 복구에 52시간이 걸렸다."))
        .containsExactly("가람시 소요 PT3120M");
    assertThat(ClaimFacts.facts("2031-01-10", "나래시는 52시간이 소요됐다."))
        .as("걸리 and 소요: one class").containsExactly("나래시 소요 PT3120M");
  }

  @Test
  void aSpanLeadingToARecordOrWithNoSubjectIsNoSpanClaim() {
    assertThat(ClaimFacts.facts("2031-01-10", "올해 수출은 32년 만에 최고치를 기록했다."))
        .as("the record is read as what it counts from (RecordFrames)").containsExactly("수출 record.since 1999");
    assertThat(ClaimFacts.facts("2031-01-10", "3년 만에 다시 열렸다.")).isEmpty();
    assertThat(ClaimFacts.facts("2031-01-10", "가람시는 10년 만에 최고 기록을 세웠다."))
        .as("a record set, whatever verb sets it: nothing founded").containsExactly("가람시 record.since 2021");
  }

  @Test
  void aRecordWordAfterASpanFromAClauseIsNoRecord() {
    assertThat(ClaimFacts.facts("2031-01-10", "위성은 발사된 지 40분 만에 처음으로 교신했다."))
        .as("the span counts from the launch the clause names").contains("위성 교신 PT40M [after=발사]");
  }

  @Test
  void aSpanInMinutesAndSecondsIsReadFromAVerbWrittenWithItsSince() {
    assertThat(ClaimFacts.facts("2031-01-10", "위성은 발사된지 9분 42초 만에 로켓에서 분리됐다."))
        .as("발사된지, one word: the span counts from the launch to the separation").contains("위성 분리 PT9M42S [after=발사]");
    assertThat(ClaimFacts.facts("2031-01-10", "탐사선은 발사 1시간 3분 20초 뒤 교신했다."))
        .contains("탐사선 교신 PT63M20S [after=발사]");
    List<Finding> f = ClaimFacts.compare(
        Articles.of("a", "2031-01-10", "위성은 발사된 지 9분 42초 만에 로켓에서 분리됐다."),
        Articles.of("b", "2031-01-10", "위성은 발사 11분 뒤 로켓에서 분리됐다."));
    assertThat(f).singleElement().satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.CONTRADICTION));
  }

  @Test
  void aFirstTimeAfterASpanThatOnlyFollowsIsNoRecord() {
    assertThat(ClaimFacts.facts("2031-01-10", "탐사선은 발사 9분 후 분리됐으며, 이어 50분 뒤에는 지상국과의 첫 교신에도 성공했다."))
        .as("됐으며 ends the event clause the next span counts from; 첫 교신 is the first contact, no record")
        .contains("탐사선 분리 PT9M [after=발사]", "탐사선 교신 PT50M");
  }

  @Test
  void theSameSpanWrittenInOtherUnitsAgrees() {
    List<Finding> f = ClaimFacts.compare(
        Articles.of("a", "2031-01-10", "긴축 기조는 38개월 만에 마무리됐다."),
        Articles.of("b", "2031-01-10", "긴축 기조는 3년 2개월 만에 마무리됐다."));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(x.attribute()).isEqualTo("마무리");
    });
  }

  @Test
  void aLengthOfTimeBeforeAnEventIsHowLongItLasted() {
    assertThat(ClaimFacts.facts("2031-08-11", "가람은 약 16시간 동안 한반도에 머물렀다."))
        .contains("가람 머무르다 PT960M");
    assertThat(ClaimFacts.facts("2031-08-11", "나래시는 상담 센터를 열어 2주간 운영한다."))
        .contains("나래시 운영 P14D");
  }

  @Test
  void aLengthOfTimeThatIsAFiguresWindowOrANounsIsNoEventsLength() {
    assertThat(ClaimFacts.facts("2031-08-11", "가람시 집값은 5년간 41.5% 상승했다."))
        .noneMatch(f -> f.contains("P5Y"));
    assertThat(ClaimFacts.facts("2031-08-11", "가람도는 9박 10일간 이어진 산불의 진화를 마쳤다고 밝혔다."))
        .noneMatch(f -> f.contains("P10D"));
    assertThat(ClaimFacts.facts("2031-08-11", "가람 위성은 4∼6개월 동안의 시험평가를 거친다."))
        .noneMatch(f -> f.contains(" 거치 "));
  }

  @Test
  void aboutBeforeASpanMakesItAnEstimate() {
    java.util.function.Function<String, Object> bound = text -> ClaimExtractor.standard()
        .extract(Articles.of("t", "2031-01-10", text)).claims().stream()
        .map(c -> ((dev.sasil.factcheck.quantity.Quantity) c.claim().value()).bound()).findFirst().orElseThrow();
    assertThat(bound.apply("산불은 약 10시간 만에 진화됐다."))
        .as("약 stands outside the time expression").isEqualTo(dev.sasil.factcheck.quantity.Bound.ABOUT);
    assertThat(bound.apply("산불은 대략 사흘 만에 진화됐다.")).isEqualTo(dev.sasil.factcheck.quantity.Bound.ABOUT);
    assertThat(bound.apply("산불은 10시간 만에 진화됐다.")).isEqualTo(dev.sasil.factcheck.quantity.Bound.EXACT);
  }

  @Test
  void aSpanOfHoursAndMinutesWithYeoIsTheWholeSpanAbout() {
    assertThat(ClaimFacts.facts("2031-01-10", "파업은 2시간 30분여 만에 끝났다."))
        .as("여 after the minutes, not the minutes alone").containsExactly("파업 끝나다 PT150M");
    assertThat(ClaimFacts.facts("2031-01-10", "파업은 3년 2개월여 만에 끝났다.")).containsExactly("파업 끝나다 P38M");
  }

  @Test
  void aStretchAPlanStatesIsPlanned() {
    assertThat(ClaimFacts.facts("2031-01-10", "나래항공은 3년간 독립적으로 운영될 예정이다."))
        .containsExactly("나래항공 운영 P3Y [planned]");
  }

  @Test
  void aSpanWrittenAfterAnEventNounAndAWordForAfterCountsFromThatEvent() {
    assertThat(ClaimFacts.facts("2031-01-10", "가람위성은 발사 후 40분 뒤에 가람기지와 첫 교신에 성공했다."))
        .contains("가람위성 교신 PT40M [after=발사]");
    assertThat(ClaimFacts.facts("2031-01-10", "가람위성은 발사 약 40분 후에 가람기지와 교신했다."))
        .as("past a hedge").contains("가람위성 교신 PT40M [after=발사]");
  }

  @Test
  void aSpanOfMinutesAfterNoEventWrittenCountsFromAnEventOfTheTextNotFromThePublicationDay() {
    assertThat(ClaimFacts.facts("2031-01-10", "가람위성은 40분 뒤 가람기지와 처음으로 교신한다."))
        .contains("가람위성 교신 PT40M");
  }

  @Test
  void aSpanOfAnEventNounIsTheGenitiveOwnersNotTheNouns() {
    assertThat(ClaimFacts.facts("2031-01-10", "가람 대표 김나래의 사임은 회의에 참석한 지 불과 사흘 만이다."))
        .anyMatch(f -> f.startsWith("김나래 ") && f.contains(" P3D"))
        .noneMatch(f -> f.startsWith("사임 "));
  }
}
