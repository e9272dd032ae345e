package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InspectCommandTest {

  private static String seed(String name) {
    return TestData.examples().resolve(name).toString();
  }

  @Test
  void printsTitlesAndDatesOfTheSeedCorpus() {
    CliRun run = CliRun.of("inspect", seed("seeds.jsonl"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.err().lines()).singleElement().asString().startsWith("sasil: read 1 input: 5 documents, 0 refused; kept 5 articles, ");
    assertThat(run.out().lines().map(l -> l.substring(0, l.lastIndexOf('\t'))))
        .containsExactly(
            "000_19576071d7ccea1c.txt\t\t2023-12-06 (metadata)",
            "001_adf6a44659eadc49.txt\t오픈AI·구글, LLM 폐쇄적 전략·기술 정보 비공개\tunknown",
            "002_c75a170ff0586982.txt\t오픈AI 압박 수위 올리는 일론 머스크, ‘그록’ 오픈소스 공개 의도는?\t2024-03-13 (metadata)",
            "003_ea2763dd7b979d46.txt\t\t2023-07 (metadata)",
            "004_f02ecc4ec15e8328.txt\tAI 모델 1등만 살아남는다② [AI 패권 전쟁]\t2024-10-02 (metadata)");
    assertThat(run.out().lines()).allSatisfy(l -> assertThat(l).matches(".*\t[1-9]\\d* sentences"));
  }

  @Test
  void findsOnlyTheDatelineOf004InTheSeedTexts() {
    CliRun run = CliRun.of("inspect",
        seed("000_19576071d7ccea1c.txt"), seed("001_adf6a44659eadc49.txt"), seed("002_c75a170ff0586982.txt"),
        seed("003_ea2763dd7b979d46.txt"), seed("004_f02ecc4ec15e8328.txt"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines().map(l -> l.split("\t")[2]))
        .containsExactly("unknown", "unknown", "unknown", "unknown", "2024-10-02 (text)");
  }

  @Test
  void takesTheDateGivenOnTheCommandLineFirst() {
    CliRun run = CliRun.of("inspect", "--published", "004_f02ecc4ec15e8328.txt=2024-10", seed("004_f02ecc4ec15e8328.txt"));
    assertThat(run.out()).contains("\t2024-10 (option)\t");
  }

  @Test
  void printsTheCleanedTextOnRequest() {
    CliRun run = CliRun.of("inspect", "--text", seed("001_adf6a44659eadc49.txt"));
    assertThat(run.out()).contains("\t오픈AI는 챗GPT에 사용되는 GPT 모델을").doesNotContain("회원가입").doesNotContain("[사진=");
  }

  @Test
  void warnsAboutADateForAnUnknownId() {
    CliRun run = CliRun.of("inspect", "--published", "nope.txt=2024", seed("004_f02ecc4ec15e8328.txt"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.err().lines().findFirst()).hasValue("sasil: warning: --published nope.txt: no article has this id");
  }

  @Test
  void readsStandardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream("라마2 공개\n메타는 라마2를 공개했다.\n".getBytes(StandardCharsets.UTF_8)));
      CliRun run = CliRun.of("inspect", "-");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).startsWith("stdin\t라마2 공개\tunknown\t");
    } finally {
      System.setIn(saved);
    }
  }
}
