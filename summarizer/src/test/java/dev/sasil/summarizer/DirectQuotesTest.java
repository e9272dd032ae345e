package dev.sasil.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectQuotesTest {

  private static final DirectQuotes QUOTES = DirectQuotes.standard();

  @Test
  void speechFollowedByAQuotativeIsADirectQuote() {
    assertThat(QUOTES.test("시장은 “다음 달부터 버스 요금을 동결하겠다”고 말했다.")).isTrue();
    assertThat(QUOTES.test("그는 \"공장은 예정대로 짓겠다\"며 자리를 떠났다.")).isTrue();
    assertThat(QUOTES.test("조합 관계자는 “협상은 아직 끝나지 않았다”라며 말을 아꼈다.")).isTrue();
  }

  @Test
  void quotedNamesAndTermsAreNotSpeech() {
    assertThat(QUOTES.test("업계는 이를 “반도체 겨울”이라는 말로 부른다.")).isFalse();
    assertThat(QUOTES.test("새 모델 “누리”가 다음 주 공개된다.")).isFalse();
    assertThat(QUOTES.test("시청은 “예산 절감 방안 검토 결과 보고서”를 공개했다.")).isFalse();
  }

  @Test
  void aSentenceWithoutQuotationMarksIsNotAQuote() {
    assertThat(QUOTES.test("시는 다음 달부터 버스 요금을 동결하겠다고 밝혔다.")).isFalse();
    assertThat(QUOTES.test("")).isFalse();
  }

  @Test
  void theSecondHalfOfAQuoteSplitAcrossSentencesIsStillAQuote() {
    assertThat(QUOTES.test("오늘 회의에서 모두 합의했다”고 덧붙였다.")).isTrue();
  }

  @Test
  void aSentenceThatIsOneQuotationIsSpeech() {
    assertThat(QUOTES.test("“버스가 끊기면 출근할 방법이 없어요.”")).isTrue();
    assertThat(QUOTES.test("\"이번 겨울은 유난히 길 것 같습니다.\"")).isTrue();
    assertThat(QUOTES.test("“누리”")).isFalse();
    assertThat(QUOTES.test("“반도체 겨울”이 다시 찾아왔다.")).isFalse();
  }
}
