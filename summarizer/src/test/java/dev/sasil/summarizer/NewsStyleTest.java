package dev.sasil.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewsStyleTest {

  private static final NewsStyle STYLE = NewsStyle.standard();

  @Test
  void aReportingVerbWithTheDayOfTheNewsIsALead() {
    assertThat(STYLE.lead("부산시는 내년부터 시내버스 요금을 150원 올린다고 5일 밝혔다.")).isTrue();
    assertThat(STYLE.lead("한 완성차 업체가 3분기 영업이익 2조원을 8일 공시했다")).isTrue();
    assertThat(STYLE.lead("현지 언론은 화산 활동이 멈췄다고 12일(현지시간) 보도했다.")).isTrue();
    assertThat(STYLE.lead("구청은 이날 오후 도로 통제를 모두 풀었다고 밝혔다.”")).isTrue();
  }

  @Test
  void aWireDatelineOpensALead() {
    assertThat(STYLE.lead("(대전=한빛통신) 김아무개 기자 = 시립도서관이 다음 달 새로 문을 연다.")).isTrue();
    assertThat(STYLE.lead("[한빛일보=박아무개 기자] 올해 쌀 생산량이 줄었다.")).isTrue();
  }

  @Test
  void aReportingVerbWithoutADayOrADayWithoutOneIsNoLead() {
    assertThat(STYLE.lead("연구진은 새 촉매가 값싼 금속으로도 작동한다고 밝혔다.")).isFalse();
    assertThat(STYLE.lead("시의회는 5일 본회의를 열어 조례안을 통과시켰다.")).isFalse();
    assertThat(STYLE.lead("오늘날 많은 기업이 재택근무를 도입했다고 밝혔다.")).as("오늘날 is no day").isFalse();
    assertThat(STYLE.lead("(괄호 속 설명) 시장은 예산을 늘렸다.")).as("a bracket without '='").isFalse();
  }

  @Test
  void aPresentProgressiveWithTheDayIsACaption() {
    assertThat(STYLE.caption("3일 시청 앞 광장에서 시민들이 새해 행사에 참석하고 있다.")).isTrue();
    assertThat(STYLE.caption("지난 2일 한 매장에 신형 노트북이 진열돼 있다.")).isTrue();
  }

  @Test
  void aProgressiveWithoutANumberedDayIsABodySentence() {
    assertThat(STYLE.caption("시민단체는 요금 인상에 앞서 노선 개편을 요구하고 있다.")).isFalse();
    assertThat(STYLE.caption("구청은 이날 주민들과 대책을 논의하고 있다.")).isFalse();
  }

  @Test
  void itemMarksOrManyPercentagesMakeAnEnumeration() {
    assertThat(STYLE.enumeration("의석은 △가당 120석 △나당 95석 △다당 5석으로 나뉘었다.")).isTrue();
    assertThat(STYLE.enumeration("득표율은 가 후보 41.2%, 나 후보 38.5%, 다 후보 9.9%였다.")).isTrue();
    assertThat(STYLE.enumeration("올해 성장률은 1.4%로 지난해 2.6%보다 낮았다.")).isFalse();
    assertThat(STYLE.enumeration("△ 시민들이 광장에 모였다.")).as("one mark opens a caption, not a list").isFalse();
  }

  @Test
  void aPastTenseEndingStatesWhatHappened() {
    assertThat(STYLE.pastStatement("시의회가 5일 조례안을 통과시켰다.")).isTrue();
    assertThat(STYLE.pastStatement("올해 쌀 생산량이 크게 줄었습니다.")).isTrue();
    assertThat(STYLE.pastStatement("새 다리가 개통됐다”")).isTrue();
    assertThat(STYLE.pastStatement("바닷가에 사람들이 모여 있다.")).as("있다 is no past").isFalse();
    assertThat(STYLE.pastStatement("골목마다 오래된 가게가 손님을 기다린다.")).isFalse();
    assertThat(STYLE.pastStatement("비가 오면 무엇이 달라질까?")).isFalse();
  }

  @Test
  void aReportOpensWithWhatHappenedOrTheDayItHappens() {
    assertThat(STYLE.reportStatement("시립도서관이 다음 달 3일 새로 문을 연다.")).isTrue();
    assertThat(STYLE.reportStatement("시의회가 조례안을 통과시켰다.")).isTrue();
    assertThat(STYLE.reportStatement("골목마다 오래된 가게가 손님을 기다린다.")).isFalse();
  }

  @Test
  void indirectSpeechAtTheEndIsAnAttribution() {
    assertThat(STYLE.attribution("한 주민은 공사 소음이 너무 심하다고 말했다.")).isTrue();
    assertThat(STYLE.attribution("그는 대책이 먼저라고 거듭 강조했다.")).isTrue();
    assertThat(STYLE.attribution("시는 요금을 올린다고 5일 밝혔다.")).as("a lead is an attribution too").isTrue();
    assertThat(STYLE.attribution("시는 요금을 올린다고 밝히고 노선도 바꾸기로 했다.")).isFalse();
    assertThat(STYLE.attribution("시의회가 조례안을 통과시켰다.")).isFalse();
  }
}
