package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sasil.core.testing.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeCommandTest {

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = SasilCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private static String seeds() {
    return TestData.examples().resolve("seeds.jsonl").toString();
  }

  @Test
  void jsonOfTheSeedsHasThreeSentencesEachInArticleOrder() throws Exception {
    Run r = run("summarize", "--format", "json", seeds());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode articles = new ObjectMapper().readTree(r.out()).get("articles");
    assertThat(articles).hasSize(5);
    for (JsonNode a : articles) {
      JsonNode summary = a.get("summary");
      assertThat(summary).hasSize(3);
      int previous = -1;
      for (JsonNode s : summary) {
        assertThat(s.get("index").asInt()).isGreaterThan(previous);
        previous = s.get("index").asInt();
        assertThat(s.get("text").asText()).isNotBlank().doesNotContain("[사진", "기자]", "저작권");
        assertThat(s.get("score").isNumber()).isTrue();
      }
      assertThat(a.get("keywords")).isNotEmpty();
    }
  }

  @Test
  void jsonIsByteIdenticalAcrossRuns() {
    assertThat(run("summarize", "--format", "json", seeds()).out())
        .isEqualTo(run("summarize", "--format", "json", seeds()).out());
  }

  @Test
  void textFormatPrintsAHeaderAndTheIndexedSentences() throws Exception {
    Path f = dir.resolve("a1.txt");
    Files.writeString(f, "삼성전자가 평택에 반도체 공장을 짓기 시작했다고 밝혔다. 새 공장에는 30조원이 투입될 예정이다.\n",
        StandardCharsets.UTF_8);
    Run r = run("summarize", f.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("# a1.txt | ")
        .contains("  [0] 삼성전자가 평택에 반도체 공장을 짓기 시작했다고 밝혔다.")
        .contains("  [1] 새 공장에는 30조원이 투입될 예정이다.");
  }

  @Test
  void charBudgetIsHonoured() throws Exception {
    Run r = run("summarize", "--chars", "120", "--format", "json", seeds());
    assertThat(r.exit()).isZero();
    for (JsonNode a : new ObjectMapper().readTree(r.out()).get("articles")) {
      int used = 0;
      for (JsonNode s : a.get("summary")) {
        used += s.get("text").asText().codePointCount(0, s.get("text").asText().length());
      }
      assertThat(used).isLessThanOrEqualTo(120);
    }
  }

  @Test
  void lengthOptionsAreExclusiveAndValidated() {
    assertThat(run("summarize", "--sentences", "2", "--chars", "100", seeds()).exit()).isEqualTo(ExitCodes.USAGE);
    Run zero = run("summarize", "--sentences", "0", seeds());
    assertThat(zero.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(zero.err()).contains("sentences");
    assertThat(run("summarize", "--ratio", "1.5", seeds()).exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("summarize", "--format", "xml", seeds()).exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aMissingInputIsReportedAndTheOthersAreStillSummarized() {
    Run r = run("summarize", dir.resolve("missing.txt").toString(), seeds());
    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(r.err()).contains("missing.txt");
    assertThat(r.out()).contains("# 000_19576071d7ccea1c.txt");
  }

  @Test
  void evalSummarizePrintsSystemBesideTheBaselines() throws Exception {
    Path f = dir.resolve("tiny.jsonl");
    Files.writeString(f, "{\"id\": \"t\", \"title\": \"제목\", \"text\": \"삼성전자가 평택에 반도체 공장을 짓기 시작했다. "
        + "새 공장에는 30조원이 투입된다.\", \"sentences\": [\"삼성전자가 평택에 반도체 공장을 짓기 시작했다.\", "
        + "\"새 공장에는 30조원이 투입된다.\"], \"summary\": [0]}\n", StandardCharsets.UTF_8);
    Run r = run("eval", "summarize", f.toString(), "--sentences", "1", "--tokens", "words");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("1 articles").contains("system").contains("lead-1").contains("longest-1")
        .contains("oracle-1");
    assertThat(run("eval", "summarize", f.toString(), "--param", "nonsense=1").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("eval", "summarize", dir.resolve("none.jsonl").toString()).exit()).isEqualTo(ExitCodes.SOME_FAILED);
  }
}
