package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

  private final ClaimExtractor extractor = ClaimExtractor.standard();

  private List<Claim> claims(String published, String text) {
    Article a = Articles.of("t", published, text);
    return extractor.extract(a).claims().stream().map(ExtractedClaim::claim).toList();
  }

  private static List<String> facts(List<Claim> claims) {
    return claims.stream()
        .map(c -> c.subject() + " " + c.attribute() + " " + c.value().normalized()
            + (c.qualifiers().isEmpty() ? "" : " " + c.qualifiers()))
        .toList();
  }

  @Test
  void aTournamentsGroupOwnsNoPlaceSoPlacesOfTwoTournamentsNeverMeet() {
    assertThat(facts(claims("2031-03-09", "조 2위까지 다음 라운드에 진출한다.")))
        .noneMatch(f -> f.startsWith("조 "));
  }

  @Test
  void aChangeOfAMeasureNamesItByOneWordWhicheverSynonymItsSentenceWrites() {
    assertThat(facts(claims("2031-02-06", "지난해 매출액은 12% 늘었다.")))
        .singleElement().satisfies(f -> assertThat(f).startsWith("매출 growth.rate 12"));
    assertThat(facts(claims("2031-02-06", "지난달 수출은 4.5% 감소했다.")))
        .singleElement().satisfies(f -> assertThat(f).startsWith("수출액 growth.rate -4.5"));
  }

  @Test
  void anAirlineOwnsTheItemsOfTheListItHoldsAndAFieldOfAviationIsADivisionNotAnAirline() {
    assertThat(facts(claims("2031-05-20", "가람항공은 여객기 80대, 화물기 12대를 보유하고 있다.")))
        .containsExactlyInAnyOrder("가람항공 여객기 80", "가람항공 화물기 12");
    assertThat(facts(claims("2031-05-20", "우주항공 분야 예산은 1조원이다.")))
        .as("the field's budget, as 부문 would name it").containsExactly("우주항공 예산 1000000000000");
  }

  @Test
  void aRegionARelativeClauseOfAFigureModifiesOwnsTheFigure() {
    assertThat(facts(claims("2031-08-01", "낮 기온이 38도를 넘은 홍천은 가장 더웠다.")))
        .singleElement().satisfies(f -> assertThat(f).startsWith("홍천 기온 38"));
  }

  @Test
  void theObjectOfAReleaseIsWhatWasReleased() {
    assertThat(facts(claims("2023-12-06", "메타는 지난 2월 LLM(거대 언어 모델) 라마를 기업과 기관에 무료로 공개하며 선두 주자가 됐다.")))
        .containsExactly("라마 released 2023-02");
  }

  @Test
  void foundingBelongsToTheObjectAndDepartureToTheActorAcrossClauses() {
    List<Claim> c = claims("2023-12-06",
        "머스크는 안전한 AI 발전을 모토로 지난 2016년 샘 올트먼 등과 함께 비영리 재단 오픈AI를 세웠지만 "
            + "오픈AI의 폐쇄적인 운영을 비판하며 2년 만에 회사를 떠났다.");
    assertThat(facts(c)).containsExactly("오픈AI founded 2016", "일론 머스크 left 2018 [from=오픈AI]");
    assertThat(c.get(1).derivation()).contains("2016").contains("2년 만에");
  }

  @Test
  void aRelativeClauseHeadIsTheTheme() {
    assertThat(facts(claims("2024-03-13", "지난 2022년 11월에 출시된 챗GPT는 생성형 AI 분야를 선도하고 있다.")))
        .containsExactly("챗GPT released 2022-11");
    assertThat(facts(claims("2023-07", "메타는 라마2의 성능이 지난 2월 연구자들을 대상으로 공개한 모델(라마1)보다 낫다고 밝혔다.")))
        .contains("라마 released 2023-02");
  }

  @Test
  void coordinatedReleasesGetTheirOwnDates() {
    assertThat(facts(claims("2024-10-02",
        "올해 4월 라마의 세 번째 모델 ‘라마 3’를 공개한 후 7월에 ‘라마 3.1’, 그리고 9월 ‘라마 3.2’ 버전을 공개하는 등 속도를 내고 있다.")))
        .containsExactly("라마 3 released 2024-04", "라마 3.1 released 2024-07", "라마 3.2 released 2024-09");
  }

  @Test
  void aSettingClauseLendsItsTimeToTheEventThatFollows() {
    assertThat(facts(claims("2025-03-06",
        "한빛전자는 5일(현지시간) 독일 베를린에서 신제품 발표회를 열고 태블릿 ‘한빛패드 T7’을 공개했다.")))
        .containsExactly("한빛패드 T7 released 2025-03-05 [local]");
  }

  @Test
  void aClockTimeAfterALocalDayIsLocalAndTheDayNoSecondClaim() {
    assertThat(facts(claims("2025-03-06",
        "한빛전자는 5일(현지시간) 오후 2시 태블릿 ‘한빛패드 T7’을 공개했다.")))
        .containsExactly("한빛패드 T7 released 2025-03-05T14:00 [local]");
  }

  @Test
  void aClauseWithItsOwnActKeepsItsTime() {
    assertThat(claims("2025-03-06",
        "한빛전자는 2019년 베트남 공장을 짓고 태블릿 ‘한빛패드 T7’을 공개했다.")).isEmpty();
    assertThat(claims("2025-03-06",
        "한빛전자는 2019년 부품 회사를 인수한 뒤 태블릿 ‘한빛패드 T7’을 공개했다.")).isEmpty();
    // postposition-like verbs (통해, 위해, 따라) close no clause of their own
    assertThat(facts(claims("2025-03-06",
        "한빛전자는 지난해 자회사를 통해 태블릿 ‘한빛패드 T7’을 공개했다.")))
        .containsExactly("한빛패드 T7 released 2024");
    // a time before the actor is the sentence's, not an embedded clause's
    assertThat(facts(claims("2025-03-06",
        "한빛전자는 지난해 자금을 확보하기 위해 ‘한빛랩스’를 설립했다.")))
        .containsExactly("한빛랩스 founded 2024");
  }

  @Test
  void launchesOfDifferentModelCodesAreDifferentSubjects() {
    assertThat(facts(claims("2025-03-06",
        "한빛전자는 지난해 2월 ‘한빛폰 X12’ 시리즈를 출시했다. 한빛전자는 지난달 한빛폰 X13 시리즈를 출시했다.")))
        .containsExactly("한빛폰 X12 released 2024-02", "한빛폰 X13 released 2025-02");
  }

  @Test
  void salesFiguresAreMeasuresWithTheirScope() {
    assertThat(facts(claims("2025-02-25", "‘한빛폰 X13’의 국내 사전 판매량은 약 80만대였다.")))
        .containsExactly("한빛폰 X13 units.preorder 800000 [scope=domestic]");
    assertThat(facts(claims("2025-02-25", "‘한빛폰 X13’의 글로벌 판매량은 지난달 300만대를 넘었다.")))
        .containsExactly("한빛폰 X13 units.sold 3000000 [period=2025-01, scope=global]");
  }

  @Test
  void aSpanWrittenAsTheValueOfATimeNounMeasuresWhatLasted() {
    // 시간 of 장애 시간 says "how long": the outage's length, named as the two nouns written together
    assertThat(facts(claims("2025-03-01", "보상 기준은 최장 장애 시간 47분의 10배다.")))
        .contains(" 장애시간 PT47M");
    assertThat(facts(claims("2025-03-01", "가람통신의 장애시간은 47분이었다.")))
        .containsExactly("가람통신 장애시간 PT47M");
  }

  @Test
  void overseasSalesAreNotGlobalSales() {
    // the world total holds the overseas figure and the domestic one: two scopes, never one
    assertThat(facts(claims("2025-02-25", "‘한빛폰 X13’의 해외 판매량은 지난달 220만대를 넘었다.")))
        .containsExactly("한빛폰 X13 units.sold 2200000 [period=2025-01, scope=overseas]");
  }

  @Test
  void aFigureNotReachedIsAnUpperBound() {
    List<Claim> c = claims("2025-02-25", "‘한빛폰 X13’의 국내 사전 판매량은 100만대에 못 미쳤다.");
    assertThat(c).singleElement().satisfies(x -> assertThat(((dev.sasil.factcheck.quantity.Quantity) x.value()).bound())
        .isEqualTo(dev.sasil.factcheck.quantity.Bound.LESS_THAN));
    for (String notEven : List.of("2019년 가람시 시급은 7000원에도 못 미쳤다.", "2019년 가람시 투표율은 40%도 안 됐다.")) {
      assertThat(claims("2025-02-25", notEven)).as(notEven).singleElement()
          .satisfies(x -> assertThat(((dev.sasil.factcheck.quantity.Quantity) x.value()).bound())
              .isEqualTo(dev.sasil.factcheck.quantity.Bound.LESS_THAN));
    }
  }

  @Test
  void theBaseOfAComparisonIsNotTheFigure() {
    assertThat(facts(claims("2024-07-26",
        "SK하이닉스의 2분기 영업이익은 전년 동기(1조원) 대비 5배 늘어난 5조원이었다.")))
        .as("the base in brackets is last year's figure").noneMatch(f -> f.contains(" 1000000000000 [period=2024"));
    assertThat(facts(claims("2024-07-26",
        "SK하이닉스의 2분기 영업이익은 전년 동기 1조원보다 많은 5조원이었다.")))
        .noneMatch(f -> f.contains(" 1000000000000 "));
    assertThat(facts(claims("2024-07-26",
        "SK하이닉스의 2분기 영업이익은 1조원에서 5조원으로 늘었다.")))
        .as("the value it moved from is the measure before, of no period the sentence says")
        .containsExactly("SK하이닉스 operating.profit 5000000000000 [period=2024-Q2]",
            "SK하이닉스 operating.profit 1000000000000 [previous]");
    assertThat(facts(claims("2024-11-20",
        "가람시 주택 거래량은 1분기 4만2000건에서 2분기 6만1000건으로 늘었다.")))
        .as("a value written after a period of its own is that period's, no value left behind")
        .containsExactly("주택 거래량 61000 [period=2024-Q2]", "주택 거래량 42000 [period=2024-Q1]");
    assertThat(facts(claims("2024-11-20", "올해 나래은행 예금금리는 4.5%에서 3.9%로 내렸다.")))
        .as("one period for both: the first is what was")
        .containsExactly("나래은행 예금금리 3.9 [period=2024]", "나래은행 예금금리 4.5 [previous]");
  }

  @Test
  void partialFiguresAndForecastsAreNotClaims() {
    // the first day's figure is a claim of its own, never the whole pre-sale
    assertThat(facts(claims("2025-02-25", "‘한빛폰 X13’은 사전 판매 첫날 30만대가 팔렸다.")))
        .noneMatch(f -> f.contains("units.preorder"));
    assertThat(claims("2025-02-25", "‘한빛폰 X13’의 출하량은 올해 1000만대를 넘을 것으로 전망된다.")).isEmpty();
    assertThat(claims("2025-02-25", "SK하이닉스의 하반기 매출은 20조원을 넘어설 것으로 예상된다.")).isEmpty();
  }

  @Test
  void aSentenceWithoutItsOwnTimeContinuesTheReportingPeriod() {
    // a sentence naming nothing continues the previous measure's owner, and its period, but a
    // sentence about the present does not continue the period
    assertThat(facts(claims("2024-07-26",
        "SK하이닉스가 2분기 영업이익 5조4685억원을 거뒀다. 매출은 16조4천억원으로 집계됐다. 현재 직원은 3만명이다.")))
        .containsExactly("SK하이닉스 operating.profit 5468500000000 [period=2024-Q2]",
            "SK하이닉스 revenue 16400000000000 [period=2024-Q2]",
            "SK하이닉스 employees 30000");
    // after a growth rate (owned by its company and measure written together), and past a time
    // the sentence only compares with
    assertThat(facts(claims("2024-01-25",
        "SK하이닉스의 4분기 매출은 10조원으로, 전년 대비 8.3% 증가했다. 영업이익은 3조원으로, 전년 대비 0.2% 늘었다.")))
        .contains("SK하이닉스 operating.profit 3000000000000 [period=2023-Q4]");
  }

  @Test
  void negatedEventsAreNotClaimsAndPlannedOnesAreMarkedPlanned() {
    assertThat(claims("2024-01-10", "오픈AI는 지난해 GPT-4의 기술적 내용을 공개하지 않았다.")).isEmpty();
    assertThat(claims("2024-01-10", "가람전자는 지난달 나래폰을 출시하지 못했다."))
        .as("Nori reads 못했다's auxiliary as one morpheme, 못하").isEmpty();
    assertThat(facts(claims("2024-01-10", "메타는 내년 3월 라마 4를 출시할 예정이다.")))
        .containsExactly("라마 4 released 2025-03 [planned]");
    assertThat(facts(claims("2024-01-10", "메타는 내년 3월 라마 4를 출시한다.")))
        .as("a future date is a plan").containsExactly("라마 4 released 2025-03 [planned]");
  }

  @Test
  void aPersonWithOrganizationAndTitleIsTheActorNotTheOrganization() {
    assertThat(facts(claims("2024-05-16", "일리야 수츠케버 오픈AI 공동창업자가 15일 회사를 떠났다.")))
        .containsExactly("일리야 수츠케버 left 2024-05-15 [from=오픈AI]", "일리야 수츠케버 office 오픈AI 공동창업자");
  }

  @Test
  void anObjectOfAnotherVerbIsNotWhatWasReleased() {
    assertThat(facts(claims("2024-02-01", "삼성전자는 지난달 갤럭시 S24에 가우스를 탑재해 출시했다.")))
        .noneMatch(f -> f.startsWith("가우스 released"));
    assertThat(facts(claims("2023-09-01", "메타는 LLM ‘라마2’를 오픈소스 형태로 지난 7월 공개했다.")))
        .containsExactly("라마 2 released 2023-07");
  }

  @Test
  void aGenericNounInThePredicateNamesTheTopic() {
    assertThat(facts(claims("2024-03-05", "앤트로픽은 2021년 오픈AI 출신 연구원들이 설립한 회사다.")))
        .containsExactly("앤트로픽 founded 2021");
  }

  @Test
  void aTitleAloneIsNoSubject() {
    assertThat(ClaimFacts.facts("2024-07-23", "나래당 최고위원 후보는 23일 전당대회에서 새 대표로 선출됐다."))
        .isNotEmpty().noneMatch(f -> f.startsWith("후보 "));
  }

  @Test
  void aMeetingIsTheOccasionOfWhatWasSaidNoSubject() {
    assertThat(ClaimFacts.facts("2031-07-13", "김 총재는 기자간담회에서 \"소비자물가 상승률이 5%를 넘었다\"고 말했다."))
        .isNotEmpty().noneMatch(f -> f.startsWith("기자간담회 "));
    assertThat(ClaimFacts.facts("2031-07-13", "가람시는 정례회의에서 예산 3조원을 의결했다."))
        .noneMatch(f -> f.startsWith("정례회의 "));
  }

  @Test
  void aDayAPlanNounFollowsIsPlannedWhetherToComeOrPast() {
    assertThat(ClaimFacts.facts("2031-12-02", "나래위성 2호기는 당초 지난달 28일 발사될 예정이었지만 강풍으로 미뤄졌다."))
        .isNotEmpty().allMatch(f -> f.contains("planned"));
    assertThat(ClaimFacts.facts("2031-12-02", "나래위성 2호기는 지난달 28일 발사됐다.")).isNotEmpty().noneMatch(f -> f.contains("planned"));
  }

  @Test
  void aCountOfPeopleIsNoSubjectOfAnotherCount() {
    assertThat(ClaimFacts.facts("2031-05-02", "가람시 공장 폭발로 3명이 중상, 경상이 9명 등 14명의 사상자가 났다."))
        .anyMatch(f -> f.contains("경상자") && f.contains(" 9")).noneMatch(f -> f.startsWith("중상 ") || f.startsWith("경상 "));
  }

  @Test
  void hearsayIsNotAClaim() {
    assertThat(facts(claims("2024-08-08", "네이버는 2000년 설립됐다는 일부 보도와 달리 1999년 설립됐다.")))
        .containsExactly("네이버 founded 1999");
  }

  @Test
  void aSubjectInsideARelativeClauseIsNotTheActor() {
    assertThat(facts(claims("2024-03-13",
        "지난달 말 머스크는 샌프란시스코 고등법원에 오픈AI와 올트먼이 영리사업을 중단하라고 요구하는 소송을 제기한 바 있다.")))
        .containsExactly("일론 머스크 sued 2024-02");
  }

  @Test
  void anUnknownPublicationDateKeepsTheMonth() {
    assertThat(facts(claims(null, "메타는 LLM ‘라마2’를 오픈소스 형태로 지난 7월 공개했다.")))
        .containsExactly("라마 2 released XXXX-07");
  }

  @Test
  void measuresHaveTheirOwnAttributeAndTime() {
    List<String> f = facts(claims("2024-10-02", "현재 오픈AI 주간 사용자는 2억명, 기업용 AI 모델 유료 사용자는 100만명을 넘었다."));
    assertThat(f).contains("오픈AI users.weekly 200000000");
    assertThat(f).noneMatch(x -> x.contains("users.monthly"));
  }

  @Test
  void aFigureThatWasPassedIsALowerBound() {
    List<Claim> c = claims("2024-02-08", "업스테이지의 누적 투자금은 1000억원을 넘었다.");
    assertThat(c).singleElement().satisfies(x -> {
      assertThat(x.attribute()).isEqualTo("funding.total");
      assertThat(((dev.sasil.factcheck.quantity.Quantity) x.value()).bound())
          .isEqualTo(dev.sasil.factcheck.quantity.Bound.MORE_THAN);
    });
  }

  @Test
  void aParenthesizedConversionIsNotASecondFact() {
    List<Claim> c = claims("2023-12-06",
        "일론 머스크의 AI 스타트업 ‘xAI’는 최대 10억달러(약 1조3000억원) 규모의 공모에 나선다고 신고했다.");
    assertThat(c).hasSize(1);
    assertThat(c.get(0).attribute()).isEqualTo("raise.amount");
    assertThat(c.get(0).value().normalized()).isEqualTo("1000000000");
  }

  @Test
  void evidencePointsAtTheValueInTheCleanedText() {
    Article a = Articles.of("t", "2023-12-06", "머스크는 지난 4월 오픈AI에 맞설 스타트업 xAI를 설립했다.");
    Claim c = extractor.extract(a).claims().get(0).claim();
    assertThat(a.text().substring(c.evidence().start(), c.evidence().end())).isEqualTo(c.evidence().text());
    assertThat(c.evidence().text()).contains("4월");
    assertThat(c.evidence().sentence()).isEqualTo(a.sentences().get(0).text());
  }

  @Test
  void messyTextGivesNoInternalError() {
    // an exception inside extraction is reported as a problem, so this test fails on one
    Random r = new Random(11);
    String pieces = "라마 3.2‘’()오픈AI를는 공개했다 세웠지만 떠났다 2년 만에 지난 2월 10억달러(약 1조원) 이상 ,.\"“”";
    for (int i = 0; i < 60; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < 80; k++) {
        b.append(r.nextInt(5) == 0 ? (char) (0xAC00 + r.nextInt(11172)) : pieces.charAt(r.nextInt(pieces.length())));
      }
      Extraction e = extractor.extract(Articles.of("r" + i, r.nextBoolean() ? "2024-01-02" : null, b.toString()));
      assertThat(e.problems()).as(b.toString()).isEmpty();
    }
  }

  @Test
  void randomNewsLikeSentencesGiveNoInternalError() {
    Random r = new Random(29);
    String[] subjects = {"한빛전자는", "시의회는", "조직위원회는", "정부는", "한빛폰의 판매량은", "수출은", "관광객 수는", "‘한빛 X2’는"};
    String[] times = {"", "지난 3일", "오는 12일", "14일(현지시간)", "오후 3시 19분께", "지난해 4분기", "2029년(2.1%)", "전날 오전 10시"};
    String[] figures = {"", "1만 3568명", "3만 6천여명", "1,171억 원", "700명대", "-0.7%", "10%대", "121만 대", "6500만명(약 3억원)", "2.6%"};
    String[] predicates = {"발생했다", "늘었다", "감소했다", "출시된다", "기록했다", "밝혔다", "이다", "넘었다", "차지했다", "예정이다"};
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < 1 + r.nextInt(4); k++) {
        b.append(subjects[r.nextInt(subjects.length)]).append(' ').append(times[r.nextInt(times.length)]).append(' ')
            .append(figures[r.nextInt(figures.length)]).append(r.nextBoolean() ? "를 " : ", ")
            .append(predicates[r.nextInt(predicates.length)]).append(r.nextInt(3) == 0 ? " " : ". ");
      }
      Extraction e = extractor.extract(Articles.of("n" + i, r.nextBoolean() ? "2030-02-10" : null, b.toString()));
      assertThat(e.problems()).as(b.toString()).isEmpty();
      e.claims().forEach(c -> assertThat(c.claim().evidence().sentence()).contains(c.claim().evidence().text()));
    }
  }
}
