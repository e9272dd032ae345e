package dev.sasil.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

  private final LanguageDetector detector = LanguageDetector.standard();

  @Test
  void koreanTextIsKorean() {
    assertThat(detector.detect("메타가 라마2를 오픈소스로 공개했다. 누구나 활용할 수 있게 한다고 밝혔다.")).isEqualTo("kor");
  }

  @Test
  void koreanTextFullOfEnglishWordsStaysKorean() {
    assertThat(detector.detect(
        "OpenAI의 GPT-4o와 Google Gemini 1.5 Pro, Anthropic Claude 3.5 Sonnet을 benchmark에서 비교했다."))
        .isEqualTo("kor");
  }

  @Test
  void englishTextIsEnglish() {
    assertThat(detector.detect(
        "Meta released Llama 2 as an open model that anyone can use for research and commercial purposes."))
        .isEqualTo("eng");
  }

  @Test
  void englishTextWithAKoreanNameStaysEnglish() {
    assertThat(detector.detect(
        "Samsung chairman 이재용 said on Monday that the company would invest more in AI chips this year."))
        .isEqualTo("eng");
  }

  @Test
  void theModelIsLoadedOnceAndShared() {
    assertThat(LanguageDetector.model()).isNotNull().isSameAs(LanguageDetector.model());
  }

  @Test
  void japaneseTextIsJapanese() {
    assertThat(detector.detect("人工知能の開発競争が激化している。各社は新しいモデルを次々と発表した。")).isEqualTo("jpn");
  }

  @Test
  void shortHangulTextIsKorean() {
    assertThat(detector.detect("오늘 발표했다.")).isEqualTo("kor");
    assertThat(detector.detect("속보")).isEqualTo("kor");
  }

  @Test
  void shortOrLetterlessTextIsUndetermined() {
    assertThat(detector.detect(null)).isEqualTo("und");
    assertThat(detector.detect("")).isEqualTo("und");
    assertThat(detector.detect("AI 2024")).isEqualTo("und");
    assertThat(detector.detect("12345 67890 !!! ... 😀😀😀")).isEqualTo("und");
  }

  @Test
  void gibberishIsUndetermined() {
    assertThat(detector.detect("asdf qwer zxcv")).isEqualTo("und");
  }

  @Test
  void randomTextNeverThrowsAndGivesALowerCaseCode() {
    String pool = "가나다abcXYZ漢字アイ ,.!?\n\u0000😀0123ñéß";
    Random random = new Random(3);
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(200);
      for (int i = 0; i < len; i++) {
        sb.append(pool.charAt(random.nextInt(pool.length())));
      }
      assertThat(detector.detect(sb.toString())).matches("[a-z]{3}");
    }
  }
}
