package dev.sasil.factcheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeNormalizerTest {

  private final TimeNormalizer normalizer = TimeNormalizer.standard();

  private List<TimeMention> find(String text, String anchor) {
    return normalizer.find(text, TimeAnchor.parse(anchor));
  }

  private static String values(List<TimeMention> ms) {
    return String.join(" ", ms.stream().map(m -> m.value() == null ? "null" : m.value().normalized()).toList());
  }

  @Test
  void mentionsCarryExactOffsetsIntoTheText() {
    String text = "메타는 지난 2월 라마를 공개했다";
    List<TimeMention> ms = find(text, "2023-12-06");
    assertThat(ms).hasSize(1);
    TimeMention m = ms.get(0);
    assertThat(m.text()).isEqualTo("지난 2월");
    assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    assertThat(m.value().granularity()).isEqualTo(Granularity.MONTH);
    assertThat(m.duration()).isNull();
    assertThat(m.eventRelative()).isFalse();
  }

  @Test
  void aBareLaterDayTakesTheMonthItsSentenceWroteBeforeIt() {
    assertThat(values(find("가람시는 7월 12일 개장을 예고하고 이틀 뒤인 14일 문을 열었다.", "2031-11-20")))
        .isEqualTo("2031-07-12 2031-07-14 2031-07-14");
    assertThat(values(find("공사는 6월 3일 시작돼 지난 28일 끝났다.", "2031-11-20")))
        .endsWith("2031-06-28");
    assertThat(values(find("공사는 6월 3일 시작돼 지난 31일 끝났다.", "2031-11-20")))
        .as("June has no 31st").endsWith("2031-10-31");
    assertThat(values(find("가람시는 지난 3월 2일부터 쉼터를 운영했다고 20일 밝혔다.", "2031-05-20")))
        .as("the report's own day").isEqualTo("2031-03-02 2031-05-20");
    assertThat(values(find("가람호는 지난 1월 기지로 옮겨진 뒤 두 달 동안 점검을 마치고 지난 20일 발사됐다.", "2031-03-22")))
        .as("지난 after a month alone: the last 20th").endsWith("2031-03-20");
  }

  @Test
  void aMonthWrittenAfterTheYearAfterIsInThatYear() {
    assertThat(values(find("가람은 2027년 7월 조정을 신청했고 이듬해 2월 소송을 냈다.", "2031-05-30")))
        .isEqualTo("2027-07 2028-02");
    assertThat(values(find("2027년 가람이 설립됐고 이듬해 3월 5일 첫 제품이 나왔다.", "2031-05-30")))
        .isEqualTo("2027 2028-03-05");
    assertThat(values(find("2028년 가람은 이듬해 2월 30일 문을 연다고 밝혔다.", "2031-05-30")))
        .as("no such day").isEqualTo("2028 null");
  }

  @Test
  void sameMonthWrittenOnDifferentDaysResolvesToTheSameValue() {
    assertThat(values(find("지난 2월 공개", "2023-12-06"))).isEqualTo("2023-02");
    assertThat(values(find("지난 해 2월 공개", "2024-10-02"))).isEqualTo("2023-02");
  }

  @Test
  void bareDatesLeanToThePastUnlessTheSentenceSpeaksOfTheFuture() {
    assertThat(values(find("11월 5일 발표했다", "2024-03-10"))).isEqualTo("2023-11-05");
    assertThat(values(find("11월 5일 발표할 예정이다", "2024-03-10"))).isEqualTo("2024-11-05");
    assertThat(values(find("지난 28일", "2024-03-05"))).isEqualTo("2024-02-28");
    assertThat(values(find("오는 28일", "2024-03-05"))).isEqualTo("2024-03-28");
  }

  @Test
  void aBareDateOneDayAfterTheAnchorIsThatDayNotAMonthOrAYearBefore() {
    assertThat(values(find("위원회는 11일 금리를 내렸다", "2031-10-10"))).isEqualTo("2031-10-11");
    assertThat(values(find("위원회는 10월 11일 금리를 내렸다", "2031-10-10"))).isEqualTo("2031-10-11");
    assertThat(values(find("위원회는 12일 금리를 내렸다", "2031-10-10"))).as("two days after").isEqualTo("2031-09-12");
    assertThat(values(find("위원회는 1일 금리를 내렸다", "2031-10-31"))).as("across a month's end").isEqualTo("2031-10-01");
  }

  @Test
  void spansOfHoursAndMinutesCountFromTheirEventAndNeverMoveADate() {
    List<TimeMention> ms = find("탐사선은 발사 약 52분 뒤 분리됐고 1시간 7분 만에 교신했다", "2031-03-02");
    assertThat(ms).extracting(m -> m.duration().toString()).containsExactly("PT52M", "PT67M");
    assertThat(ms).allSatisfy(m -> {
      assertThat(m.eventRelative()).isTrue();
      assertThat(m.value()).isNull();
    });
    assertThat(find("불은 30여 시간 만에 꺼졌다", "2031-03-02")).singleElement()
        .satisfies(m -> assertThat(m.duration().toString()).isEqualTo("PT30H"));
    assertThat(find("계엄을 선포한 지 2시간 30여분 만의 일이다", "2031-03-02")).singleElement()
        .as("여 after the minutes keeps the hours before them").satisfies(m -> assertThat(m.duration().toString()).isEqualTo("PT150M"));
    assertThat(values(find("그는 10분 전 도착했다", "2031-03-02"))).isEqualTo("null");
  }

  @Test
  void aBareLaterItemOfAListTakesTheYearOfTheItemBefore() {
    assertThat(values(find("2019년 2분기(3조원), 3분기(4조원) 이후 가장 많았다", "2031-07-25")))
        .isEqualTo("2019-Q2 2019-Q3");
    assertThat(values(find("2019년 3월과 5월에 열렸다", "2031-07-25"))).isEqualTo("2019-03 2019-05");
    assertThat(values(find("2021년 5월 3일과 6월 7일에 열렸다", "2031-07-25"))).isEqualTo("2021-05-03 2021-06-07");
  }

  @Test
  void aListItemEarlierInTheYearOrWithoutAStatedYearIsLeftToTheAnchor() {
    assertThat(values(find("지난해 4분기 0.5% 성장에 이어 1분기 1.2% 성장했다", "2031-07-25")))
        .as("a quarter earlier in the year starts the next").isEqualTo("2030-Q4 2031-Q1");
    assertThat(values(find("2분기에 이어 3분기에도 늘었다", "2031-07-25"))).isEqualTo("2031-Q2 2031-Q3");
    assertThat(values(find("2021년 1월 3일과 2월 29일에 열렸다", "2031-07-25")))
        .as("no 29 February in 2021, nor in the anchor's year").isEqualTo("2021-01-03");
    assertThat(values(find("2021년 1월 3일과 2월 29일에 열렸다", "2032-07-25")))
        .as("no 29 February in 2021: the anchor's").isEqualTo("2021-01-03 2032-02-29");
    assertThat(values(find("2019년 2분기 실적이 좋았다. 3분기에는 줄었다", "2031-07-25")))
        .as("another sentence").isEqualTo("2019-Q2 2031-Q3");
  }

  @Test
  void endModifierKeepsThePeriodAndSaysWhichPart() {
    TimeValue v = find("2022년 말 공개 이후", "2023-07").get(0).value();
    assertThat(v.normalized()).isEqualTo("2022");
    assertThat(v.modifier()).isEqualTo(TimeModifier.END);
  }

  @Test
  void unknownAnchorKeepsWhatTheTextSays() {
    assertThat(values(find("지난 7월 공개했다", "unknown"))).isEqualTo("XXXX-07");
    assertThat(values(find("어제 공개했다", "unknown"))).isEqualTo("null");
    assertThat(values(find("2015년 설립", "unknown"))).isEqualTo("2015");
  }

  @Test
  void eventRelativeDurationTakesItsValueFromTheEarlierTime() {
    List<TimeMention> ms = find("머스크는 지난 2016년 오픈AI를 세웠지만 2년 만에 회사를 떠났다", "2023-12-06");
    assertThat(ms).hasSize(2);
    TimeMention d = ms.get(1);
    assertThat(d.text()).isEqualTo("2년 만에");
    assertThat(d.duration()).isEqualTo(new TimeDuration(2, ChronoUnit.YEARS, TimeDuration.Direction.AFTER));
    assertThat(d.eventRelative()).isTrue();
    assertThat(d.value().normalized()).isEqualTo("2018");
  }

  @Test
  void afterAnEventClauseADurationCountsFromTheEventNotFromTheAnchor() {
    TimeMention d = find("xAI를 설립하고, 한 달 뒤에 그록을 선보였다", "2024-03-13").get(0);
    assertThat(d.eventRelative()).isTrue();
    assertThat(d.value()).isNull();
    TimeMention plain = find("한 달 뒤에 그록을 선보인다", "2024-03-13").get(0);
    assertThat(plain.eventRelative()).isFalse();
    assertThat(plain.value().normalized()).isEqualTo("2024-04");
  }

  @Test
  void durationsWithSecondsAreCountedInSecondsAndDateNothing() {
    assertThat(find("발사 12분 16초 만에", "2024-05-30").get(0).duration().toString()).isEqualTo("PT736S");
    assertThat(find("1시간 2분 5초 뒤", "2024-05-30").get(0).duration().toString()).isEqualTo("PT3725S");
    TimeMention half = find("30초 전 멈췄다", "2024-05-30").get(0);
    assertThat(half.duration().toString()).isEqualTo("-PT30S");
    assertThat(half.value()).as("seconds before the anchor name no other day").isNull();
    TimeMention start = find("3월 초 발표했다", "2024-05-30").get(0);
    assertThat(start.text()).as("초 after a month is its start").isEqualTo("3월 초");
    assertThat(start.duration()).isNull();
  }

  @Test
  void durationsInKoreanNumeralsAreCounted() {
    assertThat(find("닷새 만에", "2024-05-30").get(0).duration().toString()).isEqualTo("P5D");
    assertThat(find("석 달 전", "2024-05-30").get(0).duration().toString()).isEqualTo("-P3M");
    assertThat(find("1년 반 만에", "2024-05-30").get(0).duration().toString()).isEqualTo("P18M");
    assertThat(find("열흘 전", "2024-05-30").get(0).value().normalized()).isEqualTo("2024-05-20");
  }

  @Test
  void thisDayTakesTheLastDayMentioned() {
    assertThat(values(find("5일(현지 시각) 출범했다. 이날 성명에서", "2023-12-06"))).isEqualTo("2023-12-05 2023-12-05");
    assertThat(values(find("지난 1일 불이 났다. 오후 3시께 진화됐다", "2023-12-06"))).isEqualTo("2023-12-01 2023-12-01");
  }

  @Test
  void thisDayIsNotADayItsOwnSentenceWritesAsPast() {
    assertThat(values(find("지수는 지난 6일 2% 내린 데 이어 이날 5% 넘게 떨어졌다.", "2031-03-09")))
        .as("지난 6일 is measured from the story's day, which 이날 names").isEqualTo("2031-03-06 2031-03-09");
    assertThat(values(find("8일 시장이 열렸다. 지수는 지난 6일 2% 내린 데 이어 이날 5% 넘게 떨어졌다.", "2031-03-09")))
        .isEqualTo("2031-03-08 2031-03-06 2031-03-08");
    assertThat(values(find("9일 폭염이 이어진 가운데 이날 관중이 몰렸다.", "2031-03-10")))
        .as("a day written plainly in the sentence is 이날's").isEqualTo("2031-03-09 2031-03-09");
  }

  @Test
  void jinanAfterASpanIsTheVerbOfItsPassingNotLastOfTheDayAfterIt() {
    assertThat(values(find("회의는 2시간여 지난 14일 오전 1시께 끝났다.", "2031-05-14"))).isEqualTo("2031-05-14");
    assertThat(values(find("사고가 난 지 사흘이 지난 12일 수색이 재개됐다.", "2031-05-14"))).isEqualTo("2031-05-12");
    assertThat(values(find("회의는 지난 14일 끝났다.", "2031-05-20"))).as("지난 alone is last").isEqualTo("2031-05-14");
  }

  @Test
  void thisDayAfterASpanThatHasPassedIsTheStorysDay() {
    assertThat(values(find("불은 12일 오후 2시께 났고, 18시간이 지난 이날 오전 8시께 꺼졌다.", "2031-05-13")))
        .as("18시간이 지난 이날 is not the 12th").isEqualTo("2031-05-12 2031-05-13");
    assertThat(values(find("12일 불이 났다. 이날 오후 3시께 꺼졌다.", "2031-05-13")))
        .as("without a span passed, 이날 is the day last written").isEqualTo("2031-05-12 2031-05-12");
  }

  @Test
  void theDayBeforeCountsFromTheDayWrittenNotFromAnotherDayBefore() {
    assertThat(values(find("확진자는 전날(120명)보다 줄었고, 전날 숨진 환자는 3명이다.", "2031-03-08")))
        .isEqualTo("2031-03-07 2031-03-07");
    assertThat(values(find("5일 행사가 열렸다. 전날 리허설이 있었고, 이날 관객이 몰렸다.", "2031-03-08")))
        .as("이날 after 전날 is the day written, not the day before").isEqualTo("2031-03-05 2031-03-04 2031-03-05");
  }

  @Test
  void numbersThatAreNotTimesAreLeftAlone() {
    assertThat(find("50곳 이상, 40%, 2년간, 3시간씩, 라마 3.2, 1.5배", "2024-03-13")).isEmpty();
  }

  @Test
  void impossibleDatesAreNoTimes() {
    assertThat(find("2023년 2월 30일", "2024-03-13")).extracting(TimeMention::text).doesNotContain("2023년 2월 30일");
    assertThat(find("13월 5일", "2024-03-13")).extracting(TimeMention::text).noneMatch(t -> t.contains("13월"));
  }

  @Test
  void nullTextAndNullAnchorAreHandled() {
    assertThat(normalizer.find(null, null)).isEmpty();
    assertThat(normalizer.find("지난 7월", null).get(0).value().normalized()).isEqualTo("XXXX-07");
  }

  @Test
  void randomTextNeverThrowsAndSpansStayInside() {
    Random random = new Random(20231206L);
    String[] pieces = {"지난", " ", "해", "달", "주", "일", "월", "년", "2", "0", "1", "9", "3", "말", "초", "만에", "전", "뒤",
        "오늘", "어제", "이날", "오후", "시", "분", "(", ")", ".", "-", "~", "상반기", "분기", "한", "두", "석", "닷새", "🙂", "\n",
        "A", "GPT-4", "요일", "금", "올", "올해", "내년", "연말", "%", "억", "조", "원"};
    for (int round = 0; round < 3000; round++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        if (random.nextInt(10) == 0) {
          b.append((char) random.nextInt(0xFFFF));
        } else {
          b.append(pieces[random.nextInt(pieces.length)]);
        }
      }
      String text = b.toString();
      String[] anchors = {"2024-03-13", "2023-07", "2023", "unknown", "2024-02-29", "2023-12-31"};
      for (String a : anchors) {
        for (TimeMention m : find(text, a)) {
          assertThat(m.end()).isLessThanOrEqualTo(text.length());
          assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
      }
    }
  }

  @Test
  void pathologicalRepetitionsFinish() {
    String[] units = {"1", "9일", "지난 ", "2년 만에 ", "오후 3시 ", "1조", "한 달 뒤 ", "2023.", "년월일"};
    for (String u : units) {
      String text = u.repeat(200_000 / u.length());
      assertThat(find(text, "2024-03-13")).isNotNull();
    }
  }

  @Test
  void aDateOfAYearItCannotReadIsNoDateOfTheAnchorsYear() {
    // issue 14, item 8: "5000년 3월 1일" was read as 3월 1일 of the anchor's year
    assertThat(find("5000년 3월 1일에 열린다", "2023-12-06")).isEmpty();
    assertThat(find("12000년 3월 1일", "2023-12-06")).isEmpty();
    assertThat(values(find("5000년 뒤 2024년 3월 1일에 열린다", "2023-12-06"))).isEqualTo("2024-03-01");
  }

  @Test
  void aRuleIsTriedOnlyWhereItsMatchCanStart() {
    java.util.BitSet candidates = new java.util.BitSet();
    "0123456789지오다".chars().forEach(candidates::set);
    java.util.BitSet digits = TimeNormalizer.startChars(java.util.regex.Pattern.compile("\\d{1,2}일"), candidates);
    assertThat(digits.cardinality()).isEqualTo(10);
    assertThat(digits.get('지')).isFalse();
    java.util.BitSet words = TimeNormalizer.startChars(java.util.regex.Pattern.compile("(?:지난|오는)[ ]?\\d{1,2}일"), candidates);
    assertThat(words.stream().mapToObj(c -> String.valueOf((char) c))).containsExactly("오", "지");
    // what may match the empty text, or looks before its start, may start anywhere
    assertThat(TimeNormalizer.startChars(java.util.regex.Pattern.compile("(?:다음)?"), candidates)).isEqualTo(candidates);
    assertThat(TimeNormalizer.startChars(java.util.regex.Pattern.compile("(?<![가-힣])다음"), candidates)).isEqualTo(candidates);
  }
}
