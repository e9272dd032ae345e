package dev.sasil.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.core.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden files: the Markdown and JSON reports of the seeds, under {@code
 * report/src/test/resources/dev/sasil/report/golden/}. When the summarizer, the fact-checker or
 * a writer changes on purpose, regenerate them and review the diff:
 *
 * <pre>./mvnw -B -pl report -am test -Dtest=SeedReportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dsasil.regenerate=true</pre>
 *
 * (then {@code git diff report/src/test/resources}). With {@code sasil.regenerate} set the test
 * rewrites the files and passes; without it a difference fails with the first differing line.
 */
class SeedReportGoldenTest {

  private static final Path GOLDEN = Path.of("report", "src", "test", "resources", "dev", "sasil", "report", "golden");

  private static List<Article> articles;
  private static Report report;

  @BeforeAll
  static void readSeeds() {
    articles = SeedReports.articles();
    report = SeedReports.report(articles);
  }

  @Test
  void markdownReportMatchesGoldenFile() throws IOException {
    check("seeds.md", ReportFormat.MD.writer().write(report));
  }

  @Test
  void jsonReportMatchesGoldenFile() throws IOException {
    check("seeds.json", ReportFormat.JSON.writer().write(report));
  }

  @Test
  void claimReviewMatchesGoldenFile() throws IOException {
    check("seeds.claimreview.jsonld", ReportFormat.CLAIMREVIEW.writer().write(report));
  }

  @Test
  void everyFormatIsByteIdenticalAcrossRuns() {
    // a second, independent run: articles read again, summarized and checked again
    Report again = SeedReports.report(SeedReports.articles());
    for (ReportFormat f : ReportFormat.values()) {
      byte[] first = f.writer().write(report).getBytes(StandardCharsets.UTF_8);
      byte[] second = f.writer().write(again).getBytes(StandardCharsets.UTF_8);
      assertThat(second).as(f.cliName()).isEqualTo(first);
    }
  }

  @Test
  void seedsReportCoversEveryArticle() {
    assertThat(report.header().articles()).isEqualTo(5);
    assertThat(report.articles()).extracting(ReportArticle::id).containsExactlyElementsOf(
        articles.stream().map(Article::id).toList());
  }

  private static void check(String name, String actual) throws IOException {
    Path file = TestData.root().resolve(GOLDEN).resolve(name);
    if (Boolean.getBoolean("sasil.regenerate")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s is missing: regenerate with -Dsasil.regenerate=true", file).exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      String[] e = expected.split("\n", -1);
      String[] a = actual.split("\n", -1);
      int line = 0;
      while (line < Math.min(e.length, a.length) && e[line].equals(a[line])) {
        line++;
      }
      assertThat(line < a.length ? a[line] : "<end of output>")
          .as("%s differs from its golden file at line %d (regenerate with -Dsasil.regenerate=true if intended)",
              name, line + 1)
          .isEqualTo(line < e.length ? e[line] : "<end of file>");
    }
  }
}
