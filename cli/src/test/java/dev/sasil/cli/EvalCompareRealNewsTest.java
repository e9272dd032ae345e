package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code sasil eval compare --events} on the shared development events ({@code
 * ../shared/eval/realnews}) with their texts rebuilt in {@code ../realnews-texts}. The texts are
 * the outlets' copyright and never in the repository, so without them (or without {@code
 * ../shared}) the test is skipped. The per-event numbers are those of {@code score_corpora.py}.
 */
class EvalCompareRealNewsTest {

  @Test
  void everySharedEventIsScoredAndEveryCitedTextIsInItsArticle() throws Exception {
    Path gold = TestData.shared().map(s -> s.resolve("eval/realnews")).orElse(null);
    TestData.assume(gold != null && Files.isDirectory(gold),
        "../shared/eval/realnews is absent: skipping eval compare --events on the real development events");
    Path texts = TestData.root().resolve("../realnews-texts").normalize();
    TestData.assume(Files.isDirectory(texts),
        texts + " is absent: skipping eval compare --events (rebuild the texts from each event's sources.tsv)");
    List<String> events;
    try (var dirs = Files.list(gold)) {
      events = dirs.filter(d -> Files.isRegularFile(d.resolve("gold.json")))
          .map(d -> d.getFileName().toString()).sorted().toList();
    }
    TestData.assume(events.stream().allMatch(e -> Files.isRegularFile(texts.resolve(e + ".jsonl"))),
        "some of " + events + " have no texts in " + texts + ": skipping");

    CliRun run = CliRun.of("eval", "compare", "--events", gold.toString(), texts.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(events.size() + 1);
    for (int i = 0; i < events.size(); i++) {
      assertThat(lines.get(i)).matches(events.get(i)
          + ": found \\d+/\\d+, contradiction findings \\d+ \\(\\d+ true\\), look-alikes linked \\d+");
    }
    assertThat(lines.get(events.size())).matches("events=" + events.size()
        + " recall=\\d\\.\\d\\d \\(\\d+/\\d+\\) contradiction_precision=\\d\\.\\d\\d \\(\\d+/\\d+\\) look-alikes_linked=\\d+ stretch=\\d+/\\d+");
    assertThat(run.err()).as("cited texts the corpus lacks").doesNotContain("is not in the article's text")
        .doesNotContain("no article with this id");
  }
}
