package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sasil eval compare} on the invented tablet corpus of {@code eval-compare/} (its README
 * says what each gold item is for). The figures are those {@code score_findings.py} prints for
 * the same corpus and gold.
 */
class EvalCompareCommandTest {

  private static final Path FIXTURES = fixtures();
  private static final String GOLD = FIXTURES.resolve("gold/tablet/gold.json").toString();
  private static final String CORPUS = FIXTURES.resolve("texts/tablet.jsonl").toString();

  @TempDir Path dir;

  private static Path fixtures() {
    try {
      return Path.of(EvalCompareCommandTest.class.getResource("eval-compare").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assertOneErrorLine(CliRun run, String text) {
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines().filter(l -> !l.startsWith("sasil: warning:") && !BatchCounts.isSummary(l))).singleElement()
        .satisfies(l -> assertThat(l).startsWith("sasil: ").contains(text));
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void textListsGoldItemsThenJudgedContradictionsThenTheFigures() {
    CliRun run = CliRun.of("eval", "compare", GOLD, CORPUS);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("""
        FOUND  T-ag1: 바다탭 S4 went on sale in March 2024 ('지난해 3월' in an April 2025 article)
        FOUND  T-ag2: 바다탭 S5 was unveiled on April 2
        MISSED T-ag3 (stretch): '지난주' in an April 10 article is the week of April 2
        FOUND  T-c1: 바다전자 founded in 1995 vs 1996
        LINKED T-n1: 99만원 is the tablet alone; 119만원 includes the keyboard
        ok     T-n2: S4 went on sale in March 2024, S5 was unveiled in April 2025: different products
        contradiction findings: 3 (1 true, 1 either, 1 false)
          false  S5 · 가격: sea-b 990000 «99만원»; sea-b 990000 «99만원»; sea-c 1190000 «119만원» (T-n1)
          either 물결소재 · founded: sea-a 2008 «2008년»; sea-c 2009 «2009년» (T-e1)
          true   바다전자 · founded: sea-a 1995 «1995년»; sea-b 1996 «1996년» (T-c1)
        recall=1.00 (3/3) contradiction_precision=0.50 (1/2) look-alikes_linked=1 stretch=0/1
        """);
  }

  @Test
  void jsonHasTheSameContentWithSortedKeys() throws IOException {
    CliRun run = CliRun.of("eval", "compare", "--format", "json", GOLD, CORPUS);
    assertThat(run.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(fieldNames(root)).containsExactly("contradictionFindings", "figures", "items", "warnings");
    JsonNode figures = root.get("figures");
    assertThat(fieldNames(figures)).isSorted();
    assertThat(figures.get("found").asInt()).isEqualTo(3);
    assertThat(figures.get("total").asInt()).isEqualTo(3);
    assertThat(figures.get("recall").decimalValue()).isEqualByComparingTo("1");
    assertThat(figures.get("contradictionPrecision").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(figures.get("lookAlikesLinked").asInt()).isEqualTo(1);
    assertThat(figures.get("stretchTotal").asInt()).isEqualTo(1);
    assertThat(root.get("items")).extracting(n -> n.get("id").asText() + " " + n.get("outcome").asText())
        .containsExactly("T-ag1 found", "T-ag2 found", "T-ag3 missed", "T-c1 found", "T-n1 linked", "T-n2 ok");
    assertThat(root.get("contradictionFindings")).extracting(n -> n.get("judgement").asText())
        .containsExactly("false", "either", "true");
    JsonNode claim = root.get("contradictionFindings").get(2).get("claims").get(0);
    assertThat(claim.get("article").asText()).isEqualTo("sea-a");
    assertThat(claim.get("text").asText()).isEqualTo("1995년");
    assertThat(claim.get("value").asText()).isEqualTo("1995");
    assertThat(root.get("warnings")).isEmpty();
  }

  @Test
  void twoRunsPrintTheSameBytes() {
    assertThat(CliRun.of("eval", "compare", "--format", "json", GOLD, CORPUS).out())
        .isEqualTo(CliRun.of("eval", "compare", "--format", "json", GOLD, CORPUS).out());
  }

  @Test
  void aContainsStringTheCorpusLacksGivesAWarningLineBeforeTheFigures() {
    CliRun run = CliRun.of("eval", "compare", FIXTURES.resolve("stale-gold.json").toString(), CORPUS);
    assertThat(run.exitCode()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.subList(lines.size() - 3, lines.size())).containsExactly(
        "warning: T-ag9 sea-c: \"바다탭 S5는 방수 기능을\" is not in the article's text",
        "warning: T-ag9 sea-z: no article with this id in the corpus",
        "recall=0.50 (1/2) contradiction_precision=0.00 (0/3) look-alikes_linked=0 stretch=0/0");
  }

  @Test
  void eventsPrintsALinePerEventAndTheTotals() throws IOException {
    Path gold = dir.resolve("gold");
    for (String event : List.of("tablet", "tablet-again")) {
      Files.createDirectories(gold.resolve(event));
      Files.copy(Path.of(GOLD), gold.resolve(event).resolve("gold.json"));
      Files.copy(Path.of(CORPUS), dir.resolve(event + ".jsonl"));
    }
    Files.createDirectories(gold.resolve("notes"));
    CliRun run = CliRun.of("eval", "compare", "--events", gold.toString(), dir.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("""
        tablet: found 3/3, contradiction findings 2 (1 true), look-alikes linked 1
        tablet-again: found 3/3, contradiction findings 2 (1 true), look-alikes linked 1
        events=2 recall=1.00 (6/6) contradiction_precision=0.50 (2/4) look-alikes_linked=2 stretch=0/2
        """);
  }

  @Test
  void eventsAsJsonHasEachEventAndTheTotals() throws IOException {
    CliRun run = CliRun.of("eval", "compare", "--events", "--format", "json",
        FIXTURES.resolve("gold").toString(), FIXTURES.resolve("texts").toString());
    assertThat(run.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.get("events")).extracting(n -> n.get("event").asText()).containsExactly("tablet");
    assertThat(root.get("totals").get("trueContradictions").asInt()).isEqualTo(1);
  }

  @Test
  void eventsWithoutTheirTextsNameThemInOneLine() throws IOException {
    Path gold = dir.resolve("gold");
    for (String event : List.of("b-event", "a-event")) {
      Files.createDirectories(gold.resolve(event));
      Files.copy(Path.of(GOLD), gold.resolve(event).resolve("gold.json"));
    }
    CliRun run = CliRun.of("eval", "compare", "--events", gold.toString(), dir.toString());
    assertOneErrorLine(run, "texts missing for 2 of 2 events (a-event, b-event)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMissingGoldFileIsOneLine() {
    assertOneErrorLine(CliRun.of("eval", "compare", dir.resolve("gold.json").toString(), CORPUS), "gold.json: no such file");
  }

  @Test
  void aMissingCorpusIsOneLine() {
    assertOneErrorLine(CliRun.of("eval", "compare", GOLD, dir.resolve("none.jsonl").toString()),
        "none.jsonl: no such file or directory");
  }

  @Test
  void malformedGoldJsonIsOneLine() throws IOException {
    Path bad = dir.resolve("gold.json");
    Files.writeString(bad, "{\"agreements\": [{\"id\": \"x\",", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "compare", bad.toString(), CORPUS);
    assertOneErrorLine(run, "gold.json: not valid JSON at line 1");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aGoldFileOfAnotherShapeIsOneLineNamingThePlace() throws IOException {
    Path bad = dir.resolve("gold.json");
    Files.writeString(bad, "{\"agreements\": [{\"id\": \"x\", \"about\": \"y\", \"evidence\": [{\"article\": \"sea-a\"}]}]}",
        StandardCharsets.UTF_8);
    assertOneErrorLine(CliRun.of("eval", "compare", bad.toString(), CORPUS), "agreements[0] (x).evidence[0]: contains is missing");
  }

  @Test
  void aBadJsonLinesLineIsOneLineAndTheRestIsStillScored() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(CORPUS), StandardCharsets.UTF_8));
    lines.add(1, "{\"id\": \"broken\", \"text\": ");
    Path corpus = dir.resolve("tablet.jsonl");
    Files.write(corpus, lines, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eval", "compare", GOLD, corpus.toString());
    assertOneErrorLine(run, "tablet.jsonl:2: not valid JSON");
    assertThat(run.out()).endsWith("recall=1.00 (3/3) contradiction_precision=0.50 (1/2) look-alikes_linked=1 stretch=0/1\n");
  }

  @Test
  void withoutTheCorpusItIsAUsageError() {
    assertThat(CliRun.of("eval", "compare", GOLD).exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
