package dev.sasil.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.testing.TestData;
import dev.sasil.core.time.PartialDate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

  private static final String ARTICLE = "메타, 라마2 공개\n메타는 지난 18일 라마2를 오픈소스로 공개했다.\n";

  @TempDir Path dir;

  private static ReadResult read(String... inputs) {
    return new DocumentReader().read(List.of(inputs));
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static List<String> ids(ReadResult r) {
    return r.documents().stream().map(RawDocument::id).toList();
  }

  @Test
  void reportsAMissingFileAndReadsTheOthers() throws IOException {
    Path good = write("a1.txt", ARTICLE);
    String missing = dir.resolve("nope.txt").toString();
    ReadResult r = read(missing, good.toString());
    assertThat(ids(r)).containsExactly("a1.txt");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo(missing);
      assertThat(p.message()).isEqualTo("no such file or directory");
    });
  }

  @Test
  void readsADirectoryRecursivelyInSortedOrderSkippingOtherFiles() throws IOException {
    write("b.txt", ARTICLE);
    write("a.txt", ARTICLE);
    write("sub/c.html", "<html><body><article><p>" + ARTICLE + "</p></article></body></html>");
    write("notes.md", "# not an article");
    write("image.png", "\u0089PNG");
    ReadResult r = read(dir.toString());
    assertThat(ids(r)).containsExactly("a.txt", "b.txt", "c.html");
    assertThat(r.problems()).isEmpty();
    assertThat(r.documents().get(2).origin()).endsWith("/sub/c.html");
  }

  @Test
  void refusesOneBinaryFileInADirectoryAndReadsTheGoodOnes() throws IOException {
    write("a.txt", ARTICLE);
    Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    write("c.txt", ARTICLE);
    ReadResult r = read(dir.toString());
    assertThat(ids(r)).containsExactly("a.txt", "c.txt");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.input()).endsWith("/b.txt");
      assertThat(p.message()).startsWith("not a text file");
    });
  }

  @Test
  void refusesAnEmptyFile() throws IOException {
    Path empty = write("empty.txt", "");
    assertThat(read(empty.toString()).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("empty file"));
  }

  @Test
  void readsEucKrAndUtf16Files() throws IOException {
    Path euc = dir.resolve("euc.txt");
    Files.write(euc, ARTICLE.getBytes(Charset.forName("EUC-KR")));
    Path utf16 = dir.resolve("utf16.txt");
    byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(utf16, withBom);
    ReadResult r = read(euc.toString(), utf16.toString());
    assertThat(r.problems()).isEmpty();
    assertThat(r.documents()).extracting(RawDocument::content).containsExactly(ARTICLE, ARTICLE);
  }

  @Test
  void refusesA50MegabyteFileWithoutLoadingIt() throws IOException {
    Path big = dir.resolve("big.txt");
    byte[] line = "가나다라마바사아자차카타파하 거대한 파일의 한 줄이다.\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(big)) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
        out.write(line);
      }
    }
    Path good = write("good.txt", ARTICLE);
    ReadResult r = read(big.toString(), good.toString());
    assertThat(ids(r)).containsExactly("good.txt");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo(big.toString());
      assertThat(p.message()).startsWith("too large (50.0 MB; the limit is 20.0 MB");
    });
  }

  @Test
  void skipsAnOverlongJsonLinesLineWithBoundedMemory() throws IOException {
    Path corpus = dir.resolve("big.jsonl");
    try (OutputStream out = Files.newOutputStream(corpus)) {
      out.write("{\"id\":\"a\",\"text\":\"첫 기사다.\"}\n{\"id\":\"huge\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = "가".repeat(10_000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 100; i++) {
        out.write(chunk);
      }
      out.write("\"}\n{\"id\":\"b\",\"text\":\"마지막 기사다.\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    ReadResult r = new DocumentReader(new ReaderOptions(1024 * 1024), () -> System.in).read(List.of(corpus.toString()));
    assertThat(ids(r)).containsExactly("a", "b");
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo(corpus + ":2");
      assertThat(p.message()).startsWith("line too long");
    });
  }

  @Test
  void readsMalformedHtmlWithoutThrowing() throws IOException {
    Path page = write("broken.html",
        "<html><head><title>깨진 페이지 - 뉴스</title><body><div id=articleBody><p>메타는 라마2를 공개했다.<p>두 번째 문단이다.<b><i></div>"
            + "<script>var x = '<p>';</scr");
    ReadResult r = read(page.toString());
    assertThat(r.problems()).isEmpty();
    RawDocument d = r.documents().get(0);
    assertThat(d.content()).contains("메타는 라마2를 공개했다.").contains("두 번째 문단이다.").doesNotContain("var x");
    assertThat(d.html()).isFalse();
  }

  @Test
  void reportsAnHtmlPageWithoutText() throws IOException {
    Path page = write("blank.html", "<html><body><script>x()</script></body></html>");
    assertThat(read(page.toString()).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no article text"));
  }

  @Test
  void readsJsonLinesNamingBadLinesByNumber() throws IOException {
    Path corpus = write("corpus.jsonl", String.join("\n",
        "{\"id\": \"a\", \"title\": \"제목 A\", \"published\": \"2023-11-20\", \"url\": \"https://example.com/a\", \"text\": \"첫 기사다.\"}",
        "",
        "{\"id\": \"b\", \"text\": \"깨진 줄",
        "[1, 2]",
        "{\"id\": \"c\"}",
        "{\"id\": \" \", \"title\": \"\", \"text\": \"아이디 없는 기사다.\", \"published\": \"2023-07\"}",
        "{\"id\": \"d\", \"text\": \"날짜가 이상한 기사다.\", \"published\": \"어제\"}",
        "{\"id\": 7, \"html\": \"<html><head><meta property='article:published_time' content='2024-05-30T09:00:00+09:00'></head><body><article><p>HTML 기사 본문이다. 충분히 긴 문장으로 쓴다.</p></article></body></html>\"}",
        ""));
    ReadResult r = read(corpus.toString());
    assertThat(ids(r)).containsExactly("a", "corpus.jsonl:6", "d", "7");
    RawDocument a = r.documents().get(0);
    assertThat(a.title()).isEqualTo("제목 A");
    assertThat(a.url()).isEqualTo("https://example.com/a");
    assertThat(a.published()).isEqualTo(Published.of(PartialDate.ofDay(2023, 11, 20), DateSource.METADATA));
    assertThat(a.origin()).isEqualTo(corpus + ":1");
    assertThat(r.documents().get(1).published().date()).isEqualTo(PartialDate.ofMonth(2023, 7));
    assertThat(r.documents().get(1).title()).isNull();
    assertThat(r.documents().get(2).published()).isEqualTo(Published.UNKNOWN);
    assertThat(r.documents().get(3).published()).isEqualTo(Published.of(PartialDate.ofDay(2024, 5, 30), DateSource.HTML));
    assertThat(r.documents().get(3).content()).isEqualTo("HTML 기사 본문이다. 충분히 긴 문장으로 쓴다.");
    assertThat(r.problems()).extracting(InputProblem::input)
        .containsExactly(corpus + ":3", corpus + ":4", corpus + ":5");
    assertThat(r.problems()).extracting(InputProblem::message)
        .allSatisfy(m -> assertThat(m).doesNotContain("\n").endsWith("skipped"));
    assertThat(r.problems().get(1).message()).contains("not a JSON object");
    assertThat(r.problems().get(2).message()).contains("no 'text' or 'html'");
    assertThat(r.warnings()).singleElement().satisfies(w -> {
      assertThat(w.input()).isEqualTo(corpus + ":7");
      assertThat(w.message()).contains("'어제'");
    });
  }

  @Test
  void readsEveryObjectOfALineOrRefusesTheLineNamingIt() throws IOException {
    // issue 14, item 2: records dropped or accepted without a word
    Path corpus = write("hostile.jsonl", String.join("\n",
        "{\"id\":\"one\",\"text\":\"첫째 기사다.\"}",
        "{\"id\":\"two\",\"text\":\"둘째 기사다.\"}{\"id\":\"three\",\"text\":\"셋째 기사다.\"}",
        "{\"id\":\"four\",\"text\":\"넷째 기사다.\"} garbage",
        "{\"id\":\"five\",\"text\":\"다섯째 기사다.\",\"id\":\"six\"}",
        "{\"text\":\"아이디 없는 기사다.\"} {\"text\":\"또 하나다.\"}"));
    ReadResult r = read(corpus.toString());
    assertThat(ids(r)).containsExactly("one", "two", "three", "hostile.jsonl:5", "hostile.jsonl:5#2");
    assertThat(r.problems()).extracting(InputProblem::toString).satisfiesExactly(
        p -> assertThat(p).startsWith(corpus + ":3: not valid JSON").contains("garbage").endsWith("; skipped"),
        p -> assertThat(p).startsWith(corpus + ":4: not valid JSON").contains("Duplicate field 'id'"));
    assertThat(r.warnings()).extracting(InputProblem::toString).containsExactly(
        corpus + ":2: 2 JSON objects on one line; each is read as a record",
        corpus + ":5: 2 JSON objects on one line; each is read as a record");
  }

  @Test
  void readsRecordsSeparatedByCarriageReturnsOnly() throws IOException {
    Path corpus = write("mac.jsonl", "{\"id\":\"a\",\"text\":\"가 기사다.\"}\r{\"id\":\"b\",\"text\":\"나 기사다.\"}\r");
    ReadResult r = read(corpus.toString());
    assertThat(ids(r)).containsExactly("a", "b");
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void refusesACorpusOfBlankLinesOrNothing() throws IOException {
    Path blank = write("blank.jsonl", "\n  \n\r\n\n");
    Path empty = write("empty.jsonl", "");
    ReadResult r = read(blank.toString(), empty.toString());
    assertThat(r.documents()).isEmpty();
    assertThat(r.problems()).extracting(InputProblem::toString)
        .containsExactly(blank + ": no records: only blank lines", empty + ": empty file");
    DocumentReader stdin = new DocumentReader(ReaderOptions.DEFAULT,
        () -> new ByteArrayInputStream("{\"id\":\"x\" \"text\":1}\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(stdin.read(List.of("-")).problems()).singleElement()
        .satisfies(p -> assertThat(p.input()).isEqualTo("-:1"));
  }

  @Test
  void readsStandardInput() {
    DocumentReader reader = new DocumentReader(ReaderOptions.DEFAULT,
        () -> new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)));
    ReadResult r = reader.read(List.of("-"));
    assertThat(r.documents()).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("stdin");
      assertThat(d.content()).isEqualTo(ARTICLE);
    });
    DocumentReader jsonl = new DocumentReader(ReaderOptions.DEFAULT,
        () -> new ByteArrayInputStream("{\"id\":\"x\",\"text\":\"기사다.\"}\n{\"text\":\"둘째다.\"}\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(ids(jsonl.read(List.of("-")))).containsExactly("x", "stdin:2");
    DocumentReader empty = new DocumentReader(ReaderOptions.DEFAULT, () -> new ByteArrayInputStream(new byte[0]));
    assertThat(empty.read(List.of("-")).problems()).singleElement()
        .satisfies(p -> assertThat(p.toString()).isEqualTo("-: empty file"));
  }

  @Test
  void makesIdsOfSameNamedFilesUniqueByTheirPaths() throws IOException {
    Path one = write("x/a.txt", ARTICLE);
    Path two = write("y/a.txt", ARTICLE);
    Path other = write("y/b.txt", ARTICLE);
    ReadResult r = read(one.toString(), two.toString(), other.toString());
    assertThat(ids(r)).containsExactly(one.toString().replace('\\', '/'), two.toString().replace('\\', '/'), "b.txt");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void readsTheSeedCorpusWithItsDates() {
    ReadResult r = read(TestData.examples().resolve("seeds.jsonl").toString());
    assertThat(r.problems()).isEmpty();
    assertThat(r.documents()).extracting(d -> d.id() + " " + (d.published().isKnown() ? d.published().date().toString() : "unknown"))
        .containsExactly(
            "000_19576071d7ccea1c.txt 2023-12-06",
            "001_adf6a44659eadc49.txt unknown",
            "002_c75a170ff0586982.txt 2024-03-13",
            "003_ea2763dd7b979d46.txt 2023-07",
            "004_f02ecc4ec15e8328.txt 2024-10-02");
  }

  @Test
  void neverThrowsOnRandomCorporaAndPages() throws IOException {
    java.util.Random random = new java.util.Random(5);
    String[] pieces = {"{", "}", "\"id\":", "\"text\":", "\"html\":", "\"published\":", "\"2024-01-01\"", "\"가나다\"",
        ",", ":", "\n", "[", "]", "null", "1", "\"<p>본문</p>\"", "\\", "\"", " ", "\u0000", "\uFFFF"};
    for (int round = 0; round < 100; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(80);
      for (int i = 0; i < n; i++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      Path corpus = write("fuzz" + round + ".jsonl", sb.toString());
      Path page = write("fuzz" + round + ".html", sb.toString());
      ReadResult r = read(corpus.toString(), page.toString());
      assertThat(r.problems()).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n"));
      assertThat(r.documents()).allSatisfy(d -> assertThat(d.id()).isNotBlank());
    }
  }

  @Test
  void reportsAnEmptyDirectory() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("nothing"));
    assertThat(read(empty.toString()).problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("no .txt"));
  }
}
