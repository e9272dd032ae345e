package dev.sasil.factcheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantityNormalizerTest {

  private final QuantityNormalizer normalizer = QuantityNormalizer.standard();

  @Test
  void aBarePlainNumberAfterAVerbOfChangeIsALevelButNotAnAmountWithAMultiplier() {
    List<QuantityMention> ms = normalizer.find("가람 지수는 12.40포인트(1.1%) 내린 1108.25, 나래 지수는 3.1포인트 오른 501.10에 마감했다");
    assertThat(ms).filteredOn(m -> m.text().equals("1108.25")).singleElement()
        .satisfies(m -> assertThat(m.quantity().unit()).isEqualTo(QuantityUnit.SCORE));
    assertThat(normalizer.find("매출은 전년보다 오른 3억")).noneMatch(m -> m.quantity().unit() == QuantityUnit.SCORE);
  }

  @Test
  void aCountThatIsAnAdverbIsNoFigure() {
    assertThat(normalizer.find("가람은행은 금리를 한 번에 0.5%포인트 올렸다")).extracting(QuantityMention::text).containsExactly("0.5%포인트");
    assertThat(normalizer.find("공이 또 한 번 골대 안으로 들어갔다")).isEmpty();
    assertThat(normalizer.find("다시 한번 정상에 올랐다")).isEmpty();
    assertThat(normalizer.find("한 번 더 도전한다")).isEmpty();
    assertThat(normalizer.find("올해 한 번 인상했다")).as("a count of hikes").extracting(QuantityMention::text).containsExactly("한 번");
  }

  @Test
  void aBoundAfterTheQuotesAFigureIsWrittenInIsTheFiguresAndItsTextStaysQuoted() {
    QuantityMention m = normalizer.find("가람시 시급 ‘1만2000원’ 시대가 열렸다").get(0);
    assertThat(m.quantity().bound()).isEqualTo(Bound.AT_LEAST);
    assertThat(m.text()).isEqualTo("1만2000원");
    assertThat(normalizer.find("가람시 시급 1만2000원’ 시대가 열렸다").get(0).quantity().bound())
        .as("a quote that closes none opened before the figure").isEqualTo(Bound.EXACT);
  }

  @Test
  void spanCoversBoundsAndConversionWithExactOffsets() {
    String text = "xAI는 최대 10억달러(약 1조3000억원) 규모의 공모에 나선다";
    List<QuantityMention> ms = normalizer.find(text);
    assertThat(ms).hasSize(1);
    QuantityMention m = ms.get(0);
    assertThat(m.text()).isEqualTo("최대 10억달러(약 1조3000억원)");
    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    assertThat(m.quantity()).isEqualTo(new Quantity(new BigDecimal("1000000000"), QuantityUnit.USD, Bound.AT_MOST, null));
    assertThat(m.conversion().unit()).isEqualTo(QuantityUnit.KRW);
    assertThat(m.conversion().value()).isEqualByComparingTo("1300000000000");
  }

  @Test
  void aLargeOrFractionalCountOfJuIsSharesAndASmallWholeOneIsNoCount() {
    assertThat(normalizer.find("가람홀딩스는 공개매수로 나래전자 주식 52만 3,118주를 사들였다"))
        .singleElement().satisfies(m -> {
          assertThat(m.text()).isEqualTo("52만 3,118주");
          assertThat(m.quantity().value()).isEqualByComparingTo("523118");
          assertThat(m.quantity().unit()).isEqualTo(QuantityUnit.COUNT);
        });
    assertThat(normalizer.find("청약자는 평균 1.35주를 받는다")).singleElement()
        .satisfies(m -> assertThat(m.quantity().value()).isEqualByComparingTo("1.35"));
    assertThat(normalizer.find("이 공연은 12주 연속 매진됐고 주가는 52주 신고가를 넘었다"))
        .as("weeks are the time lexicon's").isEmpty();
  }

  @Test
  void theEndsOfAGuessAreBounds() {
    List<QuantityMention> ms = normalizer.find("입장객은 적어도 30명, 많게는 90명으로 추산된다");
    assertThat(ms).extracting(m -> m.quantity().bound()).containsExactly(Bound.AT_LEAST, Bound.AT_MOST);
    assertThat(ms.get(0).text()).isEqualTo("적어도 30명");
  }

  @Test
  void aLimitWordAfterEverIsARecordNotABound() {
    QuantityMention record = normalizer.find("가람전자 매출은 역대 최대 3조원을 기록했다").get(0);
    assertThat(record.text()).isEqualTo("3조원");
    assertThat(record.quantity().bound()).isEqualTo(Bound.EXACT);
    assertThat(normalizer.find("보상은 최대 95만원이다").get(0).quantity().bound()).isEqualTo(Bound.AT_MOST);
  }

  @Test
  void theEraOfALevelIsThatLevelReached() {
    QuantityMention era = normalizer.find("국민소득 4만달러 시대가 열렸다").get(0);
    assertThat(era.text()).isEqualTo("4만달러 시대");
    assertThat(era.quantity().bound()).isEqualTo(Bound.AT_LEAST);
  }

  @Test
  void aTensAndAUnitsNativeNumberWrittenTogetherAddUp() {
    List<QuantityMention> ms = normalizer.find("버스에 탄 열두 명 가운데 스물세 살 청년이 두 골을 넣었다");
    assertThat(ms).extracting(QuantityMention::text).containsExactly("열두 명", "스물세 살", "두 골");
    assertThat(ms).extracting(m -> m.quantity().value().intValue()).containsExactly(12, 23, 2);
    assertThat(normalizer.find("아흔아홉 번 넘어졌다").get(0).quantity().value()).isEqualByComparingTo("99");
    assertThat(normalizer.find("열두 명").get(0).text()).as("두 of 열두 is no number of its own").isEqualTo("열두 명");
    assertThat(normalizer.find("모두 명단에 올랐다")).as("두 inside a word is no number").isEmpty();
  }

  @Test
  void aSpanWrittenAsTheValueOfATimeNounIsALength() {
    // what the noun 시간 or 기간 of another noun is: how long that lasted
    assertThat(normalizer.find("이번 정전 시간은 47분이었다").get(0).quantity())
        .isEqualTo(new Quantity(new BigDecimal("47"), QuantityUnit.DURATION, Bound.EXACT, null));
    assertThat(normalizer.find("최장 정전시간(47분)을 기준으로 삼았다")).extracting(QuantityMention::text).containsExactly("47분");
    assertThat(normalizer.find("점검 기간은 3주로 잡았다").get(0).quantity().unit()).isEqualTo(QuantityUnit.DURATION);
    assertThat(normalizer.find("발사 12시간 30분 뒤 교신했다")).as("a part of the span before it, then a time after").isEmpty();
    assertThat(normalizer.find("퇴근 시간대 1시간을 늘린다")).as("시간대 is the hours of a day").isEmpty();
  }

  @Test
  void aSpansWorthIsALength() {
    // what a span of time's worth comes to: 치 glued or spaced, 분 only glued
    assertThat(normalizer.find("가맹점에는 사용료 7일치를 돌려준다").get(0).quantity())
        .isEqualTo(new Quantity(new BigDecimal("10080"), QuantityUnit.DURATION, Bound.EXACT, null));
    assertThat(normalizer.find("요금 3개월 치를 감면한다")).extracting(QuantityMention::text).containsExactly("3개월");
    assertThat(normalizer.find("20시간분의 요금을 깎아 준다")).extracting(QuantityMention::text).containsExactly("20시간");
    assertThat(normalizer.find("5일 분석 결과를 냈다")).as("a day, then a noun").isEmpty();
    assertThat(normalizer.find("7일 치러진 선거에서")).as("치 starts a verb here").isEmpty();
    assertThat(normalizer.find("16일 치를 예정이던 시험을 미뤘다")).as("치르다 before 예정: the day it was to be held").isEmpty();
  }

  @Test
  void secondsAreALengthAsWrittenButNotTheSecondsOfAClockNorExceeding() {
    assertThat(normalizer.find("장치는 가동 37초 만에 멈췄다")).as("a span the time normalizer reads").isEmpty();
    assertThat(normalizer.find("시제기는 엔진을 37초 가동했다").get(0).quantity())
        .isEqualTo(new Quantity(new BigDecimal("0.616667"), QuantityUnit.DURATION, Bound.EXACT, null));
    assertThat(normalizer.find("불꽃을 2분 15초 동안 유지했다").get(0).quantity().value()).isEqualByComparingTo("2.25");
    assertThat(normalizer.find("기록을 85초로 늘렸다")).extracting(QuantityMention::text).containsExactly("85초");
    assertThat(normalizer.find("오후 4시 10분 37초에 발사됐다")).as("the seconds of a clock time").isEmpty();
    assertThat(normalizer.find("10초과 구간")).as("초과 is exceeding").isEmpty();
    assertThat(normalizer.find("결승에서 1분44초75의 기록으로 들어왔다")).as("a race time to the hundredth")
        .extracting(QuantityMention::text).containsExactly("1분44초75");
    assertThat(normalizer.find("결승에서 1분44초75의 기록으로 들어왔다").get(0).quantity().normalized()).isEqualTo("PT1M44.75S");
  }

  @Test
  void theMinutesOfAClockTimeAreNoLength() {
    assertThat(normalizer.find("위성은 오후 9시40분쯤 궤도에 들어섰다")).isEmpty();
    assertThat(normalizer.find("위성은 오후 9시 40분쯤 궤도에 들어섰다")).isEmpty();
    assertThat(normalizer.find("위성은 1시간 40분가량 비행했다")).as("the minutes of a length")
        .extracting(QuantityMention::text).containsExactly("1시간 40분가량");
  }

  @Test
  void aLengthWithALowEndBeforeATildeIsARange() {
    Quantity q = normalizer.find("시험 운용은 3∼8주 동안 이어진다").get(0).quantity();
    assertThat(q.bound()).isEqualTo(Bound.RANGE);
    assertThat(q.value()).isEqualByComparingTo("30240");
    assertThat(q.upper()).isEqualByComparingTo("80640");
    assertThat(normalizer.find("훈련은 2시간 동안 진행됐다").get(0).quantity().bound()).isEqualTo(Bound.EXACT);
  }

  @Test
  void aSpanThatIsTheSubjectOfTimeTakenIsALength() {
    assertThat(normalizer.find("복구에는 사흘이 걸렸다")).isEmpty(); // a native span is the time normalizer's
    assertThat(normalizer.find("복구에 52시간이 걸렸다").get(0).quantity())
        .isEqualTo(new Quantity(new BigDecimal("3120"), QuantityUnit.DURATION, Bound.EXACT, null));
    assertThat(normalizer.find("착공 뒤 7년이 지나서야 문을 열었다").get(0).text()).isEqualTo("7년");
    assertThat(normalizer.find("7년이 된 건물이다")).as("no verb of time taken: 7년 is a year").isEmpty();
  }

  @Test
  void aDecadeSuffixBeforeTheCopulaIsARange() {
    // 대다 is 대 + 이다: the price is somewhere in the 60만원s, not 60만원 exactly
    assertThat(normalizer.find("새 모델의 예상 가격은 60만원대다").get(0).text()).isEqualTo("60만원대");
    assertThat(normalizer.find("참가자는 300명대라는 추산이 나왔다").get(0).quantity().bound()).isEqualTo(Bound.RANGE);
  }

  @Test
  void aHeadlineAmountOfMoneyWrittenWithoutWonIsWon() {
    List<QuantityMention> ms = normalizer.find("가람전자 매출 12.5조·영업익 8000억 넘어");
    assertThat(ms).extracting(m -> m.quantity().unit()).containsExactly(QuantityUnit.KRW, QuantityUnit.KRW);
    assertThat(ms.get(0).quantity().value()).isEqualByComparingTo("12500000000000");
    assertThat(normalizer.find("가람전자는 매출 순위 3으로 올라섰다")).as("no 억 or 조: not money").isEmpty();
  }

  @Test
  void aBareNumberAfterAMedalWordOfItsOwnCountsMedals() {
    List<QuantityMention> ms = normalizer.find("가나국은 금12·은 7, 동3으로 4위였다");
    assertThat(ms).extracting(QuantityMention::text).containsExactly("12", "7", "3", "4위");
    assertThat(ms.subList(0, 3)).allSatisfy(m -> assertThat(m.quantity().unit()).isEqualTo(QuantityUnit.COUNT));
    assertThat(normalizer.find("불은 아파트 101동 1203호에서 났다")).as("동 after digits is a building").isEmpty();
    assertThat(normalizer.find("우리 팀은 75 정도였다")).as("은 of a topic is no medal").isEmpty();
  }

  @Test
  void degreesAfterDigitsAreTemperaturesAndYeongaPutsThemBelowZero() {
    assertThat(normalizer.find("낮 최고기온이 37.2도를 기록했다").get(0).quantity())
        .isEqualTo(new Quantity(new BigDecimal("37.2"), QuantityUnit.DEGREES, Bound.EXACT, null));
    QuantityMention cold = normalizer.find("아침 기온이 영하 12.5도까지 떨어졌다").get(0);
    assertThat(cold.text()).isEqualTo("영하 12.5도");
    assertThat(cold.quantity().value()).isEqualByComparingTo("-12.5");
    Quantity range = normalizer.find("영하 5~10도 안팎").get(0).quantity();
    assertThat(range.value()).as("the low end first").isEqualByComparingTo("-10");
    assertThat(range.upper()).isEqualByComparingTo("-5");
    assertThat(normalizer.find("북위 38도선 부근")).as("a unit glued to a word is part of it").isEmpty();
  }

  @Test
  void theCelsiusScaleWordIsPartOfTheFigureBeforeOrAfterYeonga() {
    assertThat(normalizer.find("시료는 섭씨 105도에서 변했다").get(0).text()).isEqualTo("섭씨 105도");
    QuantityMention cold = normalizer.find("밤 기온은 섭씨 영하 7도였다").get(0);
    assertThat(cold.text()).isEqualTo("섭씨 영하 7도");
    assertThat(cold.quantity().value()).isEqualByComparingTo("-7");
    assertThat(normalizer.find("섭씨 30%의 확률").get(0).text()).as("a scale of degrees only").isEqualTo("30%");
  }

  @Test
  void aLengthPerHourOrSecondIsASpeedInKilometresPerHourAndMachIsASpeedOfItsOwn() {
    QuantityMention plane = normalizer.find("시험기는 시속 약 350㎞로 날았다").get(0);
    assertThat(plane.text()).isEqualTo("시속 약 350㎞");
    assertThat(plane.quantity()).isEqualTo(new Quantity(new BigDecimal("350"), QuantityUnit.SPEED, Bound.ABOUT, null));
    assertThat(normalizer.find("약 시속 90㎞").get(0).quantity().bound()).isEqualTo(Bound.ABOUT);
    Quantity wind = normalizer.find("순간풍속 초속 25m의 강풍").get(0).quantity();
    assertThat(wind.unit()).isEqualTo(QuantityUnit.SPEED);
    assertThat(wind.value()).isEqualByComparingTo("90");
    assertThat(normalizer.find("최대풍속 20㎧").get(0).quantity().value()).isEqualByComparingTo("72");
    assertThat(normalizer.find("제한속도 110km/h").get(0).quantity().value()).isEqualByComparingTo("110");
    Quantity gusts = normalizer.find("초속 20~30m").get(0).quantity();
    assertThat(gusts.value()).isEqualByComparingTo("72");
    assertThat(gusts.upper()).isEqualByComparingTo("108");
    assertThat(normalizer.find("최고 속도 마하 2.5").get(0).quantity().unit()).isEqualTo(QuantityUnit.MACH);
    assertThat(normalizer.find("서울에서 350㎞ 떨어진 곳").get(0).quantity().unit())
        .as("a length with no word of time before it is a distance").isEqualTo(QuantityUnit.METERS);
  }

  @Test
  void aBareLengthAfterAWindSpeedNounIsMetresASecondAndTheNounNoPartOfTheFigure() {
    QuantityMention gust = normalizer.find("순간풍속 25m의 강풍").get(0);
    assertThat(gust.text()).isEqualTo("25m");
    assertThat(gust.quantity()).isEqualTo(new Quantity(new BigDecimal("90"), QuantityUnit.SPEED, Bound.EXACT, null));
    QuantityMention top = normalizer.find("가람섬의 최대풍속은 약 30m였다").get(0);
    assertThat(top.text()).as("after its particle and before a bound").isEqualTo("약 30m");
    assertThat(top.quantity().value()).isEqualByComparingTo("108");
    assertThat(normalizer.find("풍속계에서 30m 떨어진 곳").get(0).quantity().unit())
        .as("only a noun ending in the speed word").isEqualTo(QuantityUnit.METERS);
  }

  @Test
  void areasInHectaresSquareKilometresAndPyeongAreSquareMetres() {
    assertThat(normalizer.find("산림 2만923ha").get(0).quantity().value()).isEqualByComparingTo("209230000");
    assertThat(normalizer.find("1만8천463㏊가 탔다").get(0).quantity().value()).isEqualByComparingTo("184630000");
    assertThat(normalizer.find("여의도 면적 2.9㎢").get(0).quantity().value()).isEqualByComparingTo("2900000");
    assertThat(normalizer.find("전용 25평").get(0).quantity().unit()).isEqualTo(QuantityUnit.SQUARE_METERS);
    assertThat(normalizer.find("시간당 52.5㎜의 비").get(0).quantity().value()).isEqualByComparingTo("0.0525");
  }

  @Test
  void peopleCountedByTheirNounInsteadOfMyeongArePersons() {
    assertThat(normalizer.find("개봉 20일 만에 500만 관객을 넘었다").get(0).quantity().unit()).isEqualTo(QuantityUnit.PERSONS);
    assertThat(normalizer.find("가입자 300만을 모았다").get(0).quantity().unit()).isEqualTo(QuantityUnit.PERSONS);
  }

  @Test
  void withinAFigureIsAtMostTheFigure() {
    assertThat(normalizer.find("순위 12위 이내").get(0).quantity().bound()).isEqualTo(Bound.AT_MOST);
    assertThat(normalizer.find("순위 12위 안에 들었다").get(0).quantity().bound()).isEqualTo(Bound.AT_MOST);
  }

  @Test
  void sameDigitsInDifferentUnitsStayApart() {
    QuantityMention usd = normalizer.find("1조 3000억 달러(1738조 원)").get(0);
    QuantityMention krw = normalizer.find("약 1조3000억원").get(0);
    assertThat(usd.quantity().value()).isEqualByComparingTo(krw.quantity().value());
    assertThat(usd.quantity().unit()).isNotEqualTo(krw.quantity().unit());
  }

  @Test
  void aSpanAfterAPenaltyIsAnAmountOfTimeAndElsewhereNoAmount() {
    assertThat(normalizer.find("징역 7년을 선고했다").get(0).quantity().toString()).isEqualTo("P7Y DURATION");
    assertThat(normalizer.find("징역 2년 6개월에 집행유예 3년").stream().map(m -> m.quantity().toString()))
        .containsExactly("P30M DURATION", "P3Y DURATION");
    assertThat(normalizer.find("2031년 7년 만에")).noneMatch(m -> m.quantity().unit() == QuantityUnit.DURATION);
    assertThat(normalizer.find("벌금 30억을 냈다").get(0).quantity().toString()).isEqualTo("3000000000 KRW");
  }

  @Test
  void aSpaceBetweenDigitsAndTheirGroupWordBeforeAUnitIsNoBreak() {
    assertThat(normalizer.find("약 40 억 달러를 들였다").get(0).quantity().toString()).isEqualTo("4000000000 USD ABOUT");
    assertThat(normalizer.find("관객 3 만 명이 왔다").get(0).quantity().toString()).isEqualTo("30000 PERSONS");
    assertThat(normalizer.find("1 억 2000만원").get(0).quantity().toString()).isEqualTo("120000000 KRW");
    assertThat(normalizer.find("A팀은 4 조 추첨에서 빠졌다")).noneMatch(m -> m.quantity().value().signum() > 0
        && m.quantity().value().compareTo(java.math.BigDecimal.valueOf(1000)) > 0);
  }

  @Test
  void manAfterANumberIsTheMultiplierAndTheCounterFollows() {
    assertThat(normalizer.find("3억5000만회").get(0).quantity().toString()).isEqualTo("350000000 TIMES");
    assertThat(normalizer.find("2년 만에 복귀")).isEmpty();
  }

  @Test
  void rangesDistributeTheUnitAndTheGroup() {
    Quantity q = normalizer.find("300억~400억달러로 설정").get(0).quantity();
    assertThat(q.bound()).isEqualTo(Bound.RANGE);
    assertThat(q.normalized()).isEqualTo("30000000000~40000000000");
    assertThat(normalizer.find("3~5억원").get(0).quantity().normalized()).isEqualTo("300000000~500000000");
    assertThat(normalizer.find("월 9000~1만원을 받는다").get(0).quantity().normalized())
        .as("a low end the group would raise above the high end is as written").isEqualTo("9000~10000");
  }

  @Test
  void twoAmountsJoinedByAParticleAreARangeOnlyWhenAWordClosesIt() {
    assertThat(normalizer.find("가입자에게 3만원에서 12만원의 요금을 돌려준다").get(0).quantity().normalized())
        .isEqualTo("30000~120000");
    assertThat(normalizer.find("입장료는 1만원부터 4만원까지 받는다").get(0).quantity().normalized())
        .isEqualTo("10000~40000");
    assertThat(normalizer.find("금리를 연 4%에서 3.5%로 내렸다").get(0).quantity().normalized())
        .as("a change from one figure to another").isEqualTo("4");
    assertThat(normalizer.find("값이 2만원에서 3만원까지 올랐다").get(0).quantity().normalized())
        .as("까지 after 에서 ends a change").isEqualTo("20000");
    assertThat(normalizer.find("5만원에서 10%의 수수료를 뗀다").get(0).quantity().normalized())
        .as("amounts of two units").isEqualTo("50000");
    assertThat(normalizer.find("보조금은 4만원에서 21만원이다").get(0).quantity().normalized()).isEqualTo("40000~210000");
    assertThat(normalizer.find("예금금리는 2%에서 3%, 대출금리는 4%에서 5%로 올랐다").get(0).quantity().normalized())
        .as("changes listed with one verb").isEqualTo("2");
  }

  @Test
  void unitsAreNormalizedToTheirBase() {
    assertThat(normalizer.find("7.2km").get(0).quantity().toString()).isEqualTo("7200 METERS");
    assertThat(normalizer.find("3kg").get(0).quantity().toString()).isEqualTo("3000 GRAMS");
  }

  @Test
  void namesCodesAndDatesAreNoQuantities() {
    assertThat(normalizer.find("GPT-4, H100, 1T 클럽, 라마 3.2, 2024.10.02, 2023년 11월, 010-1234-5678, 0x1F")).isEmpty();
  }

  @Test
  void nullAndEmptyTextHaveNoQuantities() {
    assertThat(normalizer.find(null)).isEmpty();
    assertThat(normalizer.find("")).isEmpty();
  }

  @Test
  void randomTextNeverThrowsAndSpansStayInside() {
    Random random = new Random(8600L);
    String[] pieces = {"1", "0", "5", ",", ".", "억", "만", "조", "천", "원", "달러", "명", "회", " ", "~", "(", ")", "약", "여",
        "이상", "%", "p", "개", "파라미터", "두", "세", "배", "-", "km", "🙂", "\n", "GPT", "년", "만에", "한"};
    for (int round = 0; round < 5000; round++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        b.append(random.nextInt(12) == 0 ? String.valueOf((char) random.nextInt(0xFFFF)) : pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      int last = -1;
      for (QuantityMention m : normalizer.find(text)) {
        assertThat(m.start()).isGreaterThanOrEqualTo(last);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        last = m.end();
      }
    }
  }

  @Test
  void pathologicalRepetitionsFinish() {
    String[] units = {"1", "1,", "1.", "1조", "만", "두 ", "3억5000만회 ", "1~", "약 ", "1-"};
    for (String u : units) {
      assertThat(normalizer.find(u.repeat(200_000 / u.length()))).isNotNull();
    }
  }

  @Test
  void aSpanOfTimeWithARoughBoundIsALengthEvenWithoutDongan() {
    assertThat(normalizer.find("태풍은 16시간가량 한반도에 머물렀다").get(0).quantity().toString())
        .isEqualTo("PT960M DURATION ABOUT");
    assertThat(normalizer.find("행사는 3일 정도 이어진다").get(0).quantity().toString()).isEqualTo("P3D DURATION ABOUT");
    assertThat(normalizer.find("불은 3시간가량 뒤 꺼졌다")).as("a time after something, no length")
        .noneMatch(m -> m.quantity().unit() == QuantityUnit.DURATION);
  }

  @Test
  void aDecadeTalkedAboutWithAParticleIsAnAgeBracketNotACount() {
    QuantityMention joined = normalizer.find("반면 20대와 40대는 각각 줄었다").get(1);
    assertThat(joined.quantity().unit()).isEqualTo(QuantityUnit.AGE);
    assertThat(joined.quantity().upper()).isEqualByComparingTo(BigDecimal.valueOf(49));
    assertThat(normalizer.find("소방 헬기 60대가 투입됐다").get(0).quantity().unit())
        .as("a decade after a noun counts that noun").isEqualTo(QuantityUnit.COUNT);
    Quantity older = normalizer.find("60대 이상이 가장 많이 늘었다").get(0).quantity();
    assertThat(older.bound()).as("60대 이상: sixty and older").isEqualTo(Bound.AT_LEAST);
    assertThat(older.upper()).isNull();
  }
}
