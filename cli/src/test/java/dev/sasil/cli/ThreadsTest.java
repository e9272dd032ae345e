package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sasil.core.testing.TestData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --threads}: every command that reads many articles gives the same bytes, in input order,
 * on one thread and on several; {@code summarize --format jsonl} writes as it goes and a bad
 * record in the middle of a batch costs only itself.
 */
class ThreadsTest {

  /** Articles of our own, different enough that no two are copies of one text. */
  private static final String[] SUBJECTS = {"한빛전자", "가람제약", "누리항공", "다온은행", "마루건설", "바다통신"};

  @TempDir Path dir;

  private Path corpus;

  /**
   * A corpus of more articles than the workers' window (so that results must wait for earlier
   * ones): the bundled seeds, then articles of our own with figures and dates that agree and
   * contradict across them.
   */
  @BeforeEach
  void writeCorpus() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(TestData.examples().resolve("seeds.jsonl")));
    for (int i = 0; i < 40; i++) {
      String subject = SUBJECTS[i % SUBJECTS.length];
      int profit = 100 + (i % 3 == 0 ? 7 : 0);
      String text = subject + "는 지난해 영업이익이 " + profit + "억원으로 집계됐다고 " + (i % 28 + 1) + "일 밝혔다. "
          + subject + "는 " + (2000 + i % 4) + "년에 설립됐다. 올해 직원 수는 " + (300 + i) + "명이다. "
          + "회사는 " + (i + 2) + "개 도시에 지점을 두고 있다.";
      lines.add(new ObjectMapper().createObjectNode().put("id", "own-" + i).put("published", "2024-03-" + (10 + i % 9))
          .put("text", text).toString());
    }
    corpus = dir.resolve("corpus.jsonl");
    Files.write(corpus, lines, StandardCharsets.UTF_8);
  }

  private void assertSameOnOneAndManyThreads(String... args) {
    List<String> one = new ArrayList<>(List.of(args));
    one.addAll(List.of("--threads", "1", corpus.toString()));
    List<String> many = new ArrayList<>(List.of(args));
    many.addAll(List.of("--threads", "4", corpus.toString()));
    CliRun single = CliRun.of(one.toArray(String[]::new));
    CliRun multi = CliRun.of(many.toArray(String[]::new));
    assertThat(single.exitCode()).as(single.err()).isZero();
    assertThat(multi.out()).as(String.join(" ", args)).isEqualTo(single.out());
    assertThat(multi.err()).isEqualTo(single.err());
    assertThat(multi.exitCode()).isEqualTo(single.exitCode());
  }

  @Test
  void summarizeGivesTheSameBytesOnOneThreadAndOnFour() {
    assertSameOnOneAndManyThreads("summarize", "--format", "json");
    assertSameOnOneAndManyThreads("summarize", "--format", "jsonl");
    assertSameOnOneAndManyThreads("summarize");
  }

  @Test
  void compareGivesTheSameBytesOnOneThreadAndOnFour() {
    assertSameOnOneAndManyThreads("compare", "--format", "json");
  }

  @Test
  void reportGivesTheSameBytesOnOneThreadAndOnFour() {
    assertSameOnOneAndManyThreads("report", "-f", "json");
    assertSameOnOneAndManyThreads("report", "-f", "md");
  }

  @Test
  void inspectGivesTheSameBytesOnOneThreadAndOnFour() {
    assertSameOnOneAndManyThreads("inspect");
  }

  @Test
  void jsonlIsTheContractsArticlesOneALineInInputOrder() throws Exception {
    CliRun lines = CliRun.of("summarize", "--format", "jsonl", "--threads", "3", corpus.toString());
    CliRun json = CliRun.of("summarize", "--format", "json", "--threads", "1", corpus.toString());
    assertThat(lines.exitCode()).as(lines.err()).isZero();
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> fromLines = new ArrayList<>();
    for (String line : lines.out().split("\n")) {
      fromLines.add(mapper.readTree(line));
    }
    List<JsonNode> fromJson = new ArrayList<>();
    mapper.readTree(json.out()).get("articles").forEach(fromJson::add);
    assertThat(fromLines).isEqualTo(fromJson).hasSize(45);
  }

  @Test
  void aBadRecordInTheMiddleIsOneLineAndTheOthersAreStillWritten() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(corpus));
    lines.add(20, "{\"id\": \"broken\", \"text\": ");
    Files.write(corpus, lines, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("summarize", "--format", "jsonl", "--threads", "2", corpus.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    String[] out = run.out().split("\n");
    assertThat(out).hasSize(45);
    assertThat(new ObjectMapper().readTree(out[19]).get("id").asText()).isEqualTo("own-14");
    assertThat(new ObjectMapper().readTree(out[20]).get("id").asText()).isEqualTo("own-15");
    List<String> errors = run.err().lines().filter(l -> !BatchCounts.isSummary(l)).toList();
    assertThat(errors).singleElement().asString().startsWith("sasil: " + corpus + ":21:");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aBadRecordInTheMiddleOfAComparisonOrReportIsOneLineAndTheRestIsWhatItWasWithoutIt() throws Exception {
    Path clean = dir.resolve("clean.jsonl");
    Files.copy(corpus, clean);
    List<String> lines = new ArrayList<>(Files.readAllLines(corpus));
    lines.add(20, "{\"id\": \"broken\", \"text\": ");
    Files.write(corpus, lines, StandardCharsets.UTF_8);
    for (String[] command : new String[][] {{"compare", "--format", "json"}, {"report", "-f", "json"}}) {
      List<String> withBad = new ArrayList<>(List.of(command));
      withBad.addAll(List.of("--threads", "2", corpus.toString()));
      List<String> without = new ArrayList<>(List.of(command));
      without.addAll(List.of("--threads", "2", clean.toString()));
      CliRun bad = CliRun.of(withBad.toArray(String[]::new));
      CliRun good = CliRun.of(without.toArray(String[]::new));
      assertThat(bad.exitCode()).as(command[0]).isEqualTo(ExitCodes.SOME_FAILED);
      assertThat(bad.out()).as(command[0]).isEqualTo(good.out());
      List<String> errors = bad.err().lines().filter(l -> !BatchCounts.isSummary(l)).toList();
      assertThat(errors).as(command[0]).singleElement().asString().startsWith("sasil: " + corpus + ":21:");
      assertThat(bad.err()).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void eachArticleIsHandedOnBeforeTheLastIsSummarized() {
    AtomicInteger summarized = new AtomicInteger();
    List<Integer> summarizedWhenHandedOn = new ArrayList<>();
    StringWriter err = new StringWriter();
    InputOptions options = InputOptions.of(corpus.toString());
    options.threads = 2;
    ArticleLoader.stream(options, new PrintWriter(err), (done, total) -> {}, true,
        a -> summarized.incrementAndGet(), (a, n) -> summarizedWhenHandedOn.add(summarized.get()));
    assertThat(summarizedWhenHandedOn).hasSize(45);
    // the first article is written while most are still to come: a window ahead at most
    assertThat(summarizedWhenHandedOn.get(0)).isLessThan(45);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void fewerThanOneThreadIsAUsageError() {
    CliRun run = CliRun.of("summarize", "--threads", "0", corpus.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--threads must be at least 1: 0");
  }
}
