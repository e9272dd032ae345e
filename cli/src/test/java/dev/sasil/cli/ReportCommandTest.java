package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return SasilCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  private static String seeds() {
    return TestData.examples().resolve("seeds.jsonl").toString();
  }

  @Test
  void writesTheHtmlReportToAFileAndSaysSo() throws Exception {
    Path file = dir.resolve("report.html");
    assertThat(run("report", seeds(), "-o", file.toString())).isZero();
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg class=\"timeline\"");
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("wrote " + file + " (5 articles, ");
    // no progress bar when stderr is not a terminal
    assertThat(err.toString()).doesNotContain("\r");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file); // no temporary file left behind
    }
  }

  @Test
  void theWrittenReportIsReadableByOthersLikeAnyFileAUserSaves() throws Exception {
    Path file = dir.resolve("report.md");
    assertThat(run("report", "-q", "-f", "md", "-o", file.toString(), seeds())).isZero();
    TestData.assume(
        file.getFileSystem().supportedFileAttributeViews().contains("posix"), "not a POSIX file system");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void theReportHeaderSaysWhichArticleIsACopyOfWhich() throws Exception {
    java.util.List<String> files = CopiedStory.write(dir);
    assertThat(run("report", "-q", files.get(0), files.get(1), files.get(2))).isZero();
    assertThat(out.toString()).contains("<dt>사본</dt><dd>a3.txt은(는) a1.txt의 사본 (한 출처로 셈)</dd>");
  }

  @Test
  void withoutOutputTheReportGoesToStdout() {
    assertThat(run("report", "--format", "json", seeds())).isZero();
    assertThat(out.toString()).startsWith("{").contains("\"report\"", "\"findings\"");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void quietSaysNothing() {
    assertThat(run("report", "-q", "-f", "md", "-o", dir.resolve("r.md").toString(), seeds())).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(dir.resolve("r.md")).content(StandardCharsets.UTF_8).startsWith("# 사실 보고서");
  }

  @Test
  void unknownFormatIsAUsageError() {
    assertThat(run("report", "--format", "pdf", seeds())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown report format 'pdf'", "html, md, json, claimreview");
  }

  @Test
  void missingInputStillReportsTheRestWithExitOne() {
    assertThat(run("report", "-f", "json", seeds(), dir.resolve("missing.txt").toString())).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(err.toString()).contains("missing.txt");
    assertThat(out.toString()).contains("\"articles\" : 5");
  }

  @Test
  void unwritableOutputIsOneLineAndExitOne() {
    assertThat(run("report", seeds(), "-o", dir.resolve("no/such/dir/r.html").toString())).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(err.toString().strip()).endsWith("no such directory").doesNotContain("\n");
  }

  @Test
  void sameInputsGiveTheSameBytes() {
    assertThat(run("report", "-f", "claimreview", seeds())).isZero();
    String first = out.toString();
    out.getBuffer().setLength(0);
    assertThat(run("report", "-f", "claimreview", seeds())).isZero();
    assertThat(out.toString()).isEqualTo(first).contains("ClaimReview");
  }
}
