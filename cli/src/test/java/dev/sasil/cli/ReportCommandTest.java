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
    assertThat(err.toString().lines()).hasSize(2).last().asString().startsWith("wrote " + file + " (5 articles, ");
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
    assertThat(err.toString().lines()).singleElement().asString().startsWith("sasil: read 1 input: 5 documents, 0 refused");
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
    assertThat(err.toString().lines().filter(l -> !BatchCounts.isSummary(l))).singleElement().asString()
        .endsWith("no such directory");
  }

  @Test
  void aSymbolicLinkIsWrittenThroughToItsTarget() throws Exception {
    // issue 14, item 4: -o link.html replaced the link by a regular file and left the target untouched
    Path target = Files.writeString(dir.resolve("target.html"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.html"), target.getFileName());
    assertThat(run("report", "-q", seeds(), "-o", link.toString())).isZero();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target).content(StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(target, link);
    }
  }

  @Test
  void aLinkToNothingADirectoryOrADeviceIsRefusedInOneLine() throws Exception {
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.html"), dir.resolve("nowhere.html"));
    Path sub = Files.createDirectory(dir.resolve("sub"));
    assertThat(run("report", "-q", seeds(), "-o", dangling.toString())).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run("report", "-q", seeds(), "-o", sub.toString())).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(err.toString().lines()).containsExactly(
        "sasil: cannot write " + dangling + ": a symbolic link to a file that does not exist",
        "sasil: cannot write " + sub + ": a directory (-o takes a file name)");
    assertThat(Files.isSymbolicLink(dangling)).isTrue();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(dangling, sub); // no temporary file left in the parent
    }
    Path device = Path.of("/dev/null");
    TestData.assume(Files.exists(device) && !Files.isRegularFile(device), "no /dev/null device here");
    err.getBuffer().setLength(0);
    assertThat(run("report", "-q", seeds(), "-o", device.toString())).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(err.toString()).isEqualTo("sasil: cannot write /dev/null: not a regular file (a device, pipe or socket); "
        + "use -o - and redirect standard output" + System.lineSeparator());
  }

  @Test
  void anEmptyOutputNameIsAUsageError() {
    assertThat(run("report", "-q", seeds(), "-o", "")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("sasil: -o: the file name is empty").doesNotContain("busy");
  }

  @Test
  void theOutputsExtensionPicksTheFormatUnlessOneIsGiven() throws Exception {
    // issue 14, item 4: -o out.md and -o out.json silently wrote HTML
    assertThat(run("report", "-q", seeds(), "-o", dir.resolve("out.md").toString())).isZero();
    assertThat(run("report", "-q", seeds(), "-o", dir.resolve("out.json").toString())).isZero();
    assertThat(run("report", "-q", seeds(), "-o", dir.resolve("out.jsonld").toString())).isZero();
    assertThat(run("report", "-q", "-f", "md", seeds(), "-o", dir.resolve("forced.json").toString())).isZero();
    assertThat(run("report", "-q", seeds(), "-o", dir.resolve("out.txt").toString())).isZero();
    assertThat(dir.resolve("out.md")).content(StandardCharsets.UTF_8).startsWith("# 사실 보고서");
    assertThat(dir.resolve("out.json")).content(StandardCharsets.UTF_8).startsWith("{").contains("\"report\"");
    assertThat(dir.resolve("out.jsonld")).content(StandardCharsets.UTF_8).contains("ClaimReview");
    assertThat(dir.resolve("forced.json")).content(StandardCharsets.UTF_8).startsWith("# 사실 보고서");
    assertThat(dir.resolve("out.txt")).content(StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>");
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
