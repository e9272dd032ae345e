package dev.sasil.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleFinderTest {

  @Test
  void prefersTheTitleTheSourceGave() {
    assertThat(TitleFinder.find("  메타 라마2 공개  ", "다른 제목\n본문이다.")).isEqualTo("메타 라마2 공개");
  }

  @Test
  void takesAHeadlineFirstLine() {
    assertThat(TitleFinder.find(null, "오픈AI·구글, LLM 폐쇄적 전략·기술 정보 비공개\n본문이다."))
        .isEqualTo("오픈AI·구글, LLM 폐쇄적 전략·기술 정보 비공개");
    assertThat(TitleFinder.find("", "\n  AI 모델 1등만 살아남는다② [AI 패권 전쟁]\n본문이다."))
        .isEqualTo("AI 모델 1등만 살아남는다② [AI 패권 전쟁]");
  }

  @Test
  void acceptsAQuestionHeadline() {
    assertThat(TitleFinder.headline("‘그록’ 오픈소스 공개 의도는?\n본문이다.")).isEqualTo("‘그록’ 오픈소스 공개 의도는?");
  }

  @Test
  void refusesASentenceOrAParagraph() {
    assertThat(TitleFinder.headline("오픈AI에 맞선 동맹이 결성됐다.\n다음 줄")).isEmpty();
    assertThat(TitleFinder.headline("동맹이 결성됐다. 50곳이 참여했다")).isEmpty();
    assertThat(TitleFinder.headline("가".repeat(200))).isEmpty();
    assertThat(TitleFinder.headline("")).isEmpty();
  }
}
