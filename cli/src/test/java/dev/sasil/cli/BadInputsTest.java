package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs give one line each on stderr, exit 1, and never stop the good ones. */
class BadInputsTest {

  private static final String ARTICLE = "메타, 라마2 공개\n메타는 지난 18일 라마2를 오픈소스로 공개했다. 누구나 쓸 수 있다.\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static void assertOneLineErrors(CliRun run, int lines) {
    assertThat(run.err().lines().filter(l -> !l.startsWith("sasil: warning:") && !BatchCounts.isSummary(l)))
        .hasSize(lines)
        .allSatisfy(l -> assertThat(l).startsWith("sasil: "));
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void missingFile() throws IOException {
    Path good = write("a.txt", ARTICLE);
    CliRun run = CliRun.of("inspect", dir.resolve("missing.txt").toString(), good.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).startsWith("a.txt\t메타, 라마2 공개\t");
    assertOneLineErrors(run, 1);
    assertThat(run.err()).contains("missing.txt: no such file or directory");
  }

  @Test
  void directoryWithOneBinaryFileAmongGoodOnes() throws IOException {
    write("a.txt", ARTICLE);
    Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 1});
    write("c.txt", ARTICLE.replace("메타,", "메타가"));
    CliRun run = CliRun.of("inspect", dir.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().map(l -> l.split("\t")[0])).containsExactly("a.txt", "c.txt");
    assertOneLineErrors(run, 1);
    assertThat(run.err()).contains("b.txt: not a text file");
  }

  @Test
  void emptyFile() throws IOException {
    CliRun run = CliRun.of("inspect", write("empty.txt", "").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertOneLineErrors(run, 1);
    assertThat(run.err()).contains("empty.txt: empty file");
  }

  @Test
  void eucKrFile() throws IOException {
    Path euc = dir.resolve("euc.txt");
    Files.write(euc, ARTICLE.getBytes(Charset.forName("EUC-KR")));
    CliRun run = CliRun.of("inspect", euc.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("euc.txt\t메타, 라마2 공개\tunknown\t");
  }

  @Test
  void fiftyMegabyteFile() throws IOException {
    Path big = dir.resolve("big.txt");
    byte[] line = "가나다라마바사아자차카타파하 거대한 파일의 한 줄이다.\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long n = 0; n < 50L * 1024 * 1024; n += line.length) {
        out.write(line);
      }
    }
    CliRun run = CliRun.of("inspect", big.toString(), write("a.txt", ARTICLE).toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertOneLineErrors(run, 1);
    assertThat(run.err()).contains("big.txt: too large (50.0 MB");
    assertThat(run.out()).startsWith("a.txt\t");
  }

  @Test
  void malformedHtml() throws IOException {
    Path page = write("page.html", "<html><title>라마2 공개 - 뉴스</title><body><div id=articleBody><p>메타는 라마2를 공개했다.<p>누구나 쓸 수 있다.<b></div><script>x(");
    CliRun run = CliRun.of("inspect", page.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("page.html\t라마2 공개\tunknown\t2 sentences");
  }

  @Test
  void malformedJsonLinesLines() throws IOException {
    Path corpus = write("corpus.jsonl", String.join("\n",
        "{\"id\": \"a\", \"text\": \"첫 기사다.\", \"published\": \"2023-11-20\"}",
        "{\"id\": \"b\", \"text\": ",
        "{\"id\": \"c\", \"text\": \"셋째 기사다.\", \"published\": \"지난주\"}",
        ""));
    CliRun run = CliRun.of("inspect", corpus.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out().lines().map(l -> l.split("\t")[0] + " " + l.split("\t")[2]))
        .containsExactly("a 2023-11-20 (metadata)", "c unknown");
    assertOneLineErrors(run, 1);
    assertThat(run.err()).contains("corpus.jsonl:2: not valid JSON");
    assertThat(run.err()).contains("sasil: warning: " + corpus + ":3: 'published' is not a date: '지난주'");
  }

  @Test
  void badPublishedOptionIsAUsageError() throws IOException {
    CliRun run = CliRun.of("inspect", "--published", "a.txt=어제", write("a.txt", ARTICLE).toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("sasil: --published a.txt=어제: not a date");
  }

  @Test
  void maxSizeIsConfigurable() throws IOException {
    Path a = write("a.txt", ARTICLE);
    CliRun small = CliRun.of("inspect", "--max-size", "20", a.toString());
    assertThat(small.exitCode()).isEqualTo(1);
    assertThat(small.err()).contains("a.txt: too large");
    assertThat(CliRun.of("inspect", "--max-size", "lots", a.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void everyReadingCommandHonoursMaxSize() throws IOException {
    Path a = write("a.txt", ARTICLE);
    for (String command : new String[] {"summarize", "compare", "report"}) {
      CliRun small = CliRun.of(command, "--max-size", "20", a.toString());
      assertThat(small.err()).as(command).contains("a.txt: too large");
    }
  }
}
