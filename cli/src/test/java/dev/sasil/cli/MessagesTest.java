package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command says when the user errs or the input surprises: one clear line each. */
class MessagesTest {

  @TempDir Path dir;

  @Test
  void anUnknownFormatIsOneLineListingTheFormats() {
    CliRun run = CliRun.of("report", "-f", "pdf", "x.txt");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines().findFirst().orElseThrow()).isEqualTo(
        "sasil: Invalid value for option '--format': unknown report format 'pdf' (expected one of html, md, json, claimreview)");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void aMisspeltSubcommandGetsASuggestion() {
    CliRun run = CliRun.of("sumarize", "x.txt");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("sasil: no command 'sumarize'\nDid you mean: summarize?\n");
  }

  @Test
  void countsTakeTheirSingular() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "오픈AI는 2015년 비영리 연구소로 설립됐다. 회사는 내년에 새 모델을 내놓기로 했다.\n",
        StandardCharsets.UTF_8);
    Path b = Files.writeString(dir.resolve("b.txt"), "인공지능 업계의 경쟁이 뜨겁다. 오픈AI는 2016년 샘 올트먼 등이 세웠다.\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("compare", a.toString(), b.toString());
    assertThat(run.out()).startsWith("2 articles, 1 finding: 1 contradiction, 0 agreements, 0 single-source\n");
  }

  @Test
  void aMissingEvaluationFileIsNamedOnce() {
    CliRun run = CliRun.of("eval", "summarize", dir.resolve("missing.jsonl").toString());
    assertThat(run.err()).isEqualTo("sasil: " + dir.resolve("missing.jsonl") + ": no such file or directory\n");
  }

  @Test
  void anEnglishArticleSaysWhyItGivesNoClaims() throws Exception {
    Path en = Files.writeString(dir.resolve("en.txt"), "OpenAI was founded in 2015 as a non-profit research lab. "
        + "It released a new model last year, and its revenue grew to two billion dollars.\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("compare", en.toString());
    assertThat(run.err()).contains("sasil: warning: en.txt: 0 claims, because the text is not Korean (detected: eng)");
  }
}
