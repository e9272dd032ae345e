package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.resource.ResourceLines;
import dev.sasil.summarizer.SelectionModel;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSummarizeCommandTest {

  @TempDir Path dir;

  /** Two labelled articles of our own, each with a headline and a byline line the cleaning skips. */
  private Path corpus() throws Exception {
    String a = "{\"id\": \"bus\", \"title\": \"버스 요금 인상\", \"text\": \"버스 요금 5년 만에 인상\\n[지역일보=김철수 기자]\\n"
        + "부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.\\n인상은 2019년 이후 5년 만이다.\\n"
        + "부산시 관계자는 \\\"노선 개편도 내년 안에 마무리하겠다\\\"고 말했다.\\n지하철 요금은 내년 하반기에 따로 논의한다.\","
        + " \"sentences\": [\"버스 요금 5년 만에 인상\", \"[지역일보=김철수 기자]\","
        + " \"부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.\", \"인상은 2019년 이후 5년 만이다.\","
        + " \"부산시 관계자는 \\\"노선 개편도 내년 안에 마무리하겠다\\\"고 말했다.\", \"지하철 요금은 내년 하반기에 따로 논의한다.\"],"
        + " \"summary\": [2, 3]}";
    String b = "{\"id\": \"park\", \"text\": \"대구시가 도심 공원 세 곳을 새로 만든다고 3일 밝혔다. 공원 조성에는 모두 120억원이 든다."
        + " 첫 공원은 내년 봄 문을 연다.\", \"sentences\": [\"대구시가 도심 공원 세 곳을 새로 만든다고 3일 밝혔다.\","
        + " \"공원 조성에는 모두 120억원이 든다.\", \"첫 공원은 내년 봄 문을 연다.\"], \"summary\": [0, 1]}";
    Path file = dir.resolve("tiny.jsonl");
    Files.writeString(file, a + "\n" + b + "\n", StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void printsTheSystemBesideEveryBaselineAndTheRatesOfSystemAndGold() throws Exception {
    CliRun run = CliRun.of("eval", "summarize", "--sentences", "2", "--tokens", "words", corpus().toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("tiny.jsonl: 2 articles, 2 sentences per summary")
        .contains("words      system ").contains("lead-2 ").contains("lead-2-clean").contains("longest-2")
        .contains("oracle-2").contains("direct quote").contains("last sentence").contains("mean chars");
    assertThat(run.out().lines().filter(l -> l.startsWith("gold "))).singleElement().asString()
        .contains("0/2").contains("2/2");
    assertThat(run.out().lines().filter(l -> l.contains("lead-2-clean")))
        .singleElement().asString().contains("100.0");
  }

  @Test
  void thePartsSplitTheCorpusAndTheSearchPrintsItsBestCombinations() throws Exception {
    Path file = corpus();
    CliRun all = CliRun.of("eval", "summarize", "--tokens", "words", "--part", "all", file.toString());
    CliRun train = CliRun.of("eval", "summarize", "--tokens", "words", "--part", "train", file.toString());
    CliRun test = CliRun.of("eval", "summarize", "--tokens", "words", "--part", "test", file.toString());
    assertThat(all.out()).contains(": 2 articles");
    assertThat(train.out()).contains("(train part)");
    assertThat(test.out()).contains("(test part)");
    CliRun search = CliRun.of("eval", "summarize", "--search", "--grid", "leadBonus=0,1", "--floor", "0",
        file.toString(), file.toString());
    assertThat(search.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(search.out()).contains("search over 2 combinations of {leadBonus=[0, 1]}")
        .contains("{leadBonus=").contains("the parameters given");
  }

  @Test
  void theFitWritesAModelThatTheSummarizerReads() throws Exception {
    Path model = dir.resolve("model.txt");
    // "park" is in the training part, "bus" in the test part; park's third sentence is too short to be a candidate
    CliRun fit = CliRun.of("eval", "summarize", "--fit", model.toString(), corpus().toString());
    assertThat(fit.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(fit.out()).contains("wrote " + model).contains("2 candidate sentences (2 kept)")
        .contains("tiny.jsonl (1 of 2 articles)");
    String text = Files.readString(model, StandardCharsets.UTF_8);
    assertThat(text).startsWith("# The weights of dev.sasil.summarizer.SelectionModel").contains("\nbias ")
        .contains("\nPLACE_1 ");
    assertThat(SelectionModel.parse(ResourceLines.read(new StringReader(text)), "model.txt").bias()).isFinite();
  }

  @Test
  void aFitWithoutTrainingArticlesIsOneClearLine() throws Exception {
    Path file = dir.resolve("test-only.jsonl");
    Files.writeString(file, Files.readString(corpus(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow() + "\n",
        StandardCharsets.UTF_8);
    CliRun fit = CliRun.of("eval", "summarize", "--fit", dir.resolve("m.txt").toString(), file.toString());
    assertThat(fit.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(fit.err()).contains("no article").doesNotContain("Exception");
    assertThat(dir.resolve("m.txt")).doesNotExist();
  }

  @Test
  void anUnknownParameterOrPartIsAUsageError() throws Exception {
    Path file = corpus();
    assertThat(CliRun.of("eval", "summarize", "--part", "dev", file.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    CliRun bad = CliRun.of("eval", "summarize", "--search", "--grid", "leadBonuz=1", file.toString());
    assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("leadBonuz").doesNotContain("Exception");
  }
}
