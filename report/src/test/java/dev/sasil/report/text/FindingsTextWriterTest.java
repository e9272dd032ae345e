package dev.sasil.report.text;

import dev.sasil.report.ReportLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.read.DocumentReader;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.testing.TestData;
import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.crosscheck.SourceComparer;
import dev.sasil.factcheck.source.SourceGroup;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.time.TimeValue;
import dev.sasil.report.json.ContractJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTextWriterTest {

  private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

  private static Article article(String id) {
    return PIPELINE.process(new RawDocument(id, id, null, null,
        Published.of(PartialDate.parse("2024-03-13"), DateSource.OPTION), "본문이다.", false));
  }

  private static List<Finding> findings() {
    Claim a = new Claim("오픈AI", "founded", TimeValue.ofYear(2016), List.of(),
        new Evidence("a.txt", 3, "머스크는 지난 2016년 오픈AI를 세웠다.", 10, 17, "지난 2016년"), "");
    Claim b = new Claim("오픈AI", "founded", TimeValue.ofYear(2015), List.of(),
        new Evidence("b.txt", 5, "2015년 | 연구소를 만들기로 했다.", 0, 5, "2015년"), "");
    return List.of(new Finding("오픈AI", "founded", List.of(), Verdict.CONTRADICTION, List.of(a, b),
        "2016 vs 2015: years differ"));
  }

  @Test
  void textShowsVerdictValuesAndSentences() {
    String out = new FindingsTextWriter(FindingsTextWriter.Style.TEXT)
        .write(List.of(article("a.txt"), article("b.txt")), findings());
    assertThat(out).startsWith("2 articles, 1 finding: 1 contradiction, 0 agreements, 0 single-source\n");
    assertThat(out).contains("CONTRADICTION  오픈AI · founded\n  2016 vs 2015: years differ\n");
    assertThat(out).contains("a.txt  2016  «지난 2016년»  머스크는 지난 2016년 오픈AI를 세웠다.\n");
    assertThat(out).endsWith("\n");
  }

  @Test
  void markdownIsATableWithEscapedPipes() {
    String out = new FindingsTextWriter(FindingsTextWriter.Style.MARKDOWN)
        .write(List.of(article("a.txt"), article("b.txt")), findings());
    assertThat(out).startsWith("# 교차 확인\n\n기사 2건, 확인 결과 1건: 엇갈림 1건, 일치 0건, 단일 출처 0건\n");
    assertThat(out).contains("### 엇갈림: 오픈AI · 설립\n");
    assertThat(out).contains("| 기사 | 값 | 근거 문장 |\n|---|---|---|\n");
    assertThat(out).contains("| <b>2015년</b> | <b>2015년</b> \\| 연구소를 만들기로 했다. |\n");
    String en = new FindingsTextWriter(FindingsTextWriter.Style.MARKDOWN, ReportLanguage.EN)
        .write(List.of(article("a.txt"), article("b.txt")), findings());
    assertThat(en).startsWith("# Cross-source findings\n\n2 articles, 1 finding: 1 contradiction, 0 agreements, 0 single-source\n")
        .contains("### Contradiction: 오픈AI · founding\n", "The years differ.");
  }

  @Test
  void oneLineSaysWhichArticlesAreCopiesOfWhich() {
    List<Article> articles = List.of(article("a.txt"), article("b.txt"), article("c.txt"), article("d_1.txt"));
    SourceGroups g = SourceGroups.of(List.of(
        new SourceGroup("a.txt", List.of("c.txt")), new SourceGroup("b.txt", List.of("d_1.txt"))));
    String text = new FindingsTextWriter(FindingsTextWriter.Style.TEXT).write(articles, g, findings());
    assertThat(text).contains("  d_1.txt  published 2024-03-13 (option)\n"
        + "  Copies counted as one source: c.txt is a copy of a.txt; d_1.txt is a copy of b.txt\n\n");
    String md = new FindingsTextWriter(FindingsTextWriter.Style.MARKDOWN).write(articles,
        SourceGroups.of(List.of(new SourceGroup("a.txt", List.of("c.txt", "d_1.txt")))), findings());
    assertThat(md).contains("|\n\n사본: c.txt, d\\_1.txt은(는) a.txt의 사본 (한 출처로 셈)\n\n### ");
    assertThat(new FindingsTextWriter(FindingsTextWriter.Style.TEXT).write(articles, findings())).doesNotContain("Copies");
  }

  @Test
  void twoRunsOnTheSeedsGiveByteIdenticalJson() {
    List<Article> articles = new DocumentReader().read(List.of(TestData.examples().resolve("seeds.jsonl").toString()))
        .documents().stream().map(PIPELINE::process).toList();
    ContractJson json = new ContractJson();
    String one = json.write(json.compare(articles, SourceComparer.standard().compare(articles)));
    String two = json.write(json.compare(articles, SourceComparer.standard().compare(articles)));
    assertThat(two).isEqualTo(one);
  }
}
