package dev.sasil.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The five seed articles: no boilerplate survives cleaning and no real sentence is lost. */
class SeedCleaningTest {

  private static final List<String> BOILERPLATE = List.of(
      "회원가입", "저작권자", "무단전재", "[사진=", "사진=xAI", "grok_VE_", "댓글", "0 / 400", "이 기사와 관련된 기사",
      "Similar Posts", "답글 남기기", "테크월드뉴스=", "@", "||2024", "조상록 기자", "구본권 사람과디지털연구소장",
      "소문난 잔치에 먹을 것 없는", "'팜2'는 정보가 제한적으로 공개됐다", "형태로 제공하고 있다[사진");

  private static String cleaned(String name) throws IOException {
    String text = Files.readString(TestData.examples().resolve(name), StandardCharsets.UTF_8);
    CleanText clean = BoilerplateCleaner.standard().clean(text);
    BoilerplateCleanerTest.assertOffsetsHold(text, clean);
    return clean.text();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "000_19576071d7ccea1c.txt", "001_adf6a44659eadc49.txt", "002_c75a170ff0586982.txt",
      "003_ea2763dd7b979d46.txt", "004_f02ecc4ec15e8328.txt"})
  void noBoilerplateSurvives(String name) throws IOException {
    String text = cleaned(name);
    for (String b : BOILERPLATE) {
      assertThat(text).as("%s still holds '%s'", name, b).doesNotContain(b);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "000_19576071d7ccea1c.txt", "001_adf6a44659eadc49.txt", "002_c75a170ff0586982.txt",
      "003_ea2763dd7b979d46.txt", "004_f02ecc4ec15e8328.txt"})
  void everyOtherLineSurvivesWhole(String name) throws IOException {
    String original = Files.readString(TestData.examples().resolve(name), StandardCharsets.UTF_8);
    String text = cleaned(name);
    List<String> kept = text.lines().toList();
    for (String line : original.lines().map(String::strip).toList()) {
      boolean boilerplate = line.replace('\u00A0', ' ').isBlank() || BOILERPLATE.stream().anyMatch(line::contains)
          || line.contains("@") || line.startsWith("[테크월드뉴스=") || line.equals("이 기사와 관련된 기사")
          || line.contains("이제 생성형 AI 도입은 선택이 아닌 필수가 됐습니다") || line.equals("개의 댓글")
          || line.equals("/ 400") || line.equals("그래도 삭제하시겠습니까?")
          || line.equals("삭제한 댓글은 다시 복구할 수 없습니다.");
      if (!boilerplate) {
        assertThat(kept).as("%s lost a line", name).contains(line);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"001_adf6a44659eadc49.txt"})
  void keepsTheParagraphBehindAByline(String name) throws IOException {
    assertThat(cleaned(name)).contains("\n오픈AI는 챗GPT에 사용되는 GPT 모델을 고도화하면서 관련 서비스를 혁신하고 있다.");
  }

  @org.junit.jupiter.api.Test
  void keepsSpecificRealSentences() throws IOException {
    assertThat(cleaned("000_19576071d7ccea1c.txt"))
        .startsWith("생성형 인공지능(AI) 시장을 주도하고 있는 오픈AI에 맞선 동맹이 결성됐다.")
        .endsWith("머스크는 지난 4월 오픈AI에 맞설 스타트업 xAI를 설립했다.");
    assertThat(cleaned("001_adf6a44659eadc49.txt"))
        .startsWith("오픈AI·구글, LLM 폐쇄적 전략·기술 정보 비공개\n메타·알리바바, 오픈소스로 이용자 유치·생태계 활성화")
        .endsWith(cleanedLastLine("001_adf6a44659eadc49.txt"));
    assertThat(cleaned("002_c75a170ff0586982.txt"))
        .startsWith("오픈AI 압박 수위 올리는 일론 머스크, ‘그록’ 오픈소스 공개 의도는?")
        .contains("일론 머스크 테슬라 최고경영자(CEO)가 xAI에서 개발한 생성형 인공지능(AI) ‘그록(Grok)’을 오픈소스로 공개한다.")
        .endsWith("개발을 가속화할 수 있게 만들 수 있다는 것이다.");
    assertThat(cleaned("003_ea2763dd7b979d46.txt"))
        .contains("다크웹에 생겨난 유료 생성인공지능 웜지피티, 월 100달러를 내면 피싱메일과 악성코드 등 범죄용 코드를 작성해준다.")
        .endsWith("지난 19일 <가디언> 인터뷰를 통해 밝혔다.");
    assertThat(cleaned("004_f02ecc4ec15e8328.txt"))
        .startsWith("AI 모델 1등만 살아남는다② [AI 패권 전쟁]\n인공지능(AI) 패권 경쟁이 더욱 치열해지고 있다.")
        .contains("9월 25일는 멀티모달 AI 모델 ‘라마(Llama) 3.2’를 공개했다.");
  }

  private static String cleanedLastLine(String name) throws IOException {
    String original = Files.readString(TestData.examples().resolve(name), StandardCharsets.UTF_8);
    return original.lines().filter(l -> l.startsWith("한편 국내에서는")).findFirst().orElseThrow().strip();
  }
}
