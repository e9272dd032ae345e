package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14: every batch says what it read, kept, cleaned away and refused. */
class BatchCountsTest {

  @TempDir Path dir;

  @Test
  void aBatchSaysWhatItReadKeptCleanedAndRefused() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "오픈AI는 2015년 설립됐다. 메타는 지난 2월 라마를 공개했다. 무단전재 및 재배포 금지",
        StandardCharsets.UTF_8);
    Path corpus = Files.writeString(dir.resolve("c.jsonl"),
        "{\"id\":\"b\",\"text\":\"한빛전자는 새 칩을 공개했다.\"}\n{\"id\":\"c\",\"text\":1}\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("summarize", a.toString(), corpus.toString(), dir.resolve("missing.txt").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.err().lines().toList()).last().isEqualTo(
        "sasil: read 3 inputs: 2 documents, 2 refused; kept 2 articles, 3 sentences; cleaning removed 10 of 53 characters");
  }

  @Test
  void anArticleLeftWithoutSentencesIsCounted() {
    BatchCounts counts = new BatchCounts(1, 1, 0, 1, 0, 1, 20, 0);
    assertThat(counts.line()).isEqualTo(
        "read 1 input: 1 document, 0 refused; kept 1 article, 0 sentences; cleaning removed 20 of 20 characters; "
            + "1 article with no sentence left");
  }

  @Test
  void quietReportsSayNothing() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "한빛전자는 새 칩을 공개했다.", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("report", "-q", "-f", "md", a.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
  }
}
