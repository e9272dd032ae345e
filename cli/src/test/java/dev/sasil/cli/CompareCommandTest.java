package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  private static String seeds() {
    return TestData.examples().resolve("seeds.jsonl").toString();
  }

  @Test
  void jsonHasArticlesAndFindingsContradictionsFirst() {
    CliRun run = CliRun.of("compare", "--format", "json", seeds());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{\n  \"articles\" : [");
    assertThat(run.out()).contains("\"findings\" : [");
    int firstContradiction = run.out().indexOf("\"verdict\" : \"contradiction\"");
    int firstAgreement = run.out().indexOf("\"verdict\" : \"agreement\"");
    assertThat(firstContradiction).isPositive().isLessThan(firstAgreement);
  }

  @Test
  void aReprintIsOneSourceWithItsOriginalAndEveryOutputSaysSo(@TempDir Path dir) throws Exception {
    List<String> files = CopiedStory.write(dir);
    String[] args = {"compare", "--format", "json", files.get(0), files.get(1), files.get(2)};
    CliRun json = CliRun.of(args);
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("""
          "sources" : [
            {
              "source" : "a1.txt",
              "copies" : [
                "a3.txt"
              ]
            }
          ],
        """);
    assertThat(json.out()).contains("(a3.txt is a copy of a1.txt)");
    args[2] = "text";
    assertThat(CliRun.of(args).out()).contains("\n  Copies counted as one source: a3.txt is a copy of a1.txt\n");
    args[2] = "md";
    assertThat(CliRun.of(args).out()).contains("\nCopies counted as one source: a3.txt is a copy of a1.txt\n");
    assertThat(CliRun.of("compare", "--format", "json", seeds()).out()).as("the seeds are five different articles")
        .doesNotContain("\"sources\"");
  }

  @Test
  void twoRunsPrintTheSameBytes() {
    assertThat(CliRun.of("compare", "--format", "json", seeds()).out())
        .isEqualTo(CliRun.of("compare", "--format", "json", seeds()).out());
  }

  @Test
  void textAndMarkdownAreTables() {
    CliRun text = CliRun.of("compare", seeds());
    assertThat(text.out()).startsWith("5 articles, ").contains("\nCONTRADICTION  오픈AI · founded\n");
    CliRun md = CliRun.of("compare", "--format", "md", seeds());
    assertThat(md.out()).startsWith("# Cross-check\n").contains("| Article | Value | As written | Sentence |");
  }

  @Test
  void aPublishedOptionAnchorsRelativeDates() {
    CliRun run = CliRun.of("compare", "--format", "json", "--published", "001_adf6a44659eadc49.txt=2023-08-10", seeds());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("\"publishedFrom\" : \"option\"");
  }

  @Test
  void aMissingInputIsReportedAndTheRestStillCompared() {
    CliRun run = CliRun.of("compare", seeds(), "no-such-file.txt");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no-such-file.txt");
    assertThat(run.out()).startsWith("5 articles");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(CliRun.of("compare", "--format", "pdf", seeds()).exitCode()).isEqualTo(2);
  }
}
