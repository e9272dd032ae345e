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
    assertThat(CliRun.of(args).out()).contains("\n사본: a3.txt은(는) a1.txt의 사본 (한 출처로 셈)\n");
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
    assertThat(md.out()).startsWith("# 교차 확인\n").contains("| 기사 | 값 | 근거 문장 |", "### 엇갈림: 오픈AI · 설립\n");
  }

  @Test
  void markdownSpeaksTheLanguageOfTheReportAndEnglishOnRequest() {
    String compare = CliRun.of("compare", "--format", "md", seeds()).out();
    String report = CliRun.of("report", "-f", "md", seeds()).out();
    String finding = compare.substring(compare.indexOf("### 엇갈림: 오픈AI · 설립"));
    finding = finding.substring(0, finding.indexOf("\n\n###"));
    assertThat(report).contains(finding);
    CliRun en = CliRun.of("compare", "--format", "md", "--lang", "en", seeds());
    assertThat(en.out()).startsWith("# Cross-source findings\n").contains("### Contradiction: 오픈AI · founding\n",
        "The sources give different values: 2016 (article 1), 2015 (article 3). The years differ.");
    assertThat(CliRun.of("report", "--lang", "xx", seeds()).err()).contains("unknown language 'xx' (expected one of ko, en)");
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
