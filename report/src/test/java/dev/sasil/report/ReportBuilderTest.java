package dev.sasil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.source.SourceGroup;
import dev.sasil.factcheck.source.SourceGroups;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

  @Test
  void ordersFindingsContradictionsFirstKeepingTheCheckersOrderWithin() {
    Report r = Fixtures.small();
    assertThat(r.findings()).extracting(Finding::verdict)
        .containsExactly(Verdict.CONTRADICTION, Verdict.AGREEMENT, Verdict.SINGLE_SOURCE, Verdict.SINGLE_SOURCE);
    assertThat(r.singleSource()).extracting(Finding::subject).containsExactly("오픈AI", "라마");
    assertThat(r.crossSource()).hasSize(2);
  }

  @Test
  void keepsTheCopiesAndRejectsCopiesOfArticlesNotInTheReport() {
    assertThat(Fixtures.copies().sources().groups()).containsExactly(new SourceGroup("a1.txt", List.of(Fixtures.COPY_ID)));
    assertThat(Fixtures.small().sources()).isEqualTo(SourceGroups.separate());
    Report small = Fixtures.small();
    List<dev.sasil.core.Article> articles = small.articles().stream().map(ReportArticle::article).toList();
    SourceGroups stray = SourceGroups.of(List.of(new SourceGroup("a.txt", List.of("elsewhere.txt"))));
    assertThatThrownBy(() -> new ReportBuilder("sasil test").build(articles, List.of(), small.findings(), stray))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elsewhere.txt");
  }

  @Test
  void headerCountsArticlesDatesOutletsAndVerdicts() {
    ReportHeader h = Fixtures.small().header();
    assertThat(h.generator()).isEqualTo("sasil test");
    assertThat(h.articles()).isEqualTo(3);
    assertThat(h.outlets()).containsExactly("example.com", "news.example.org");
    assertThat(h.earliest()).isEqualTo(PartialDate.parse("2023-12-06"));
    assertThat(h.latest()).isEqualTo(PartialDate.parse("2024-03-13"));
    assertThat(h.undated()).isEqualTo(1);
    assertThat(h.dateRange()).isEqualTo("2023-12-06 – 2024-03-13");
    assertThat(List.of(h.contradictions(), h.agreements(), h.singleSource())).containsExactly(1, 1, 2);
  }

  @Test
  void articlesWithoutSummaryGetAnEmptyOneAndNumbersInOrder() {
    Report r = Fixtures.small();
    assertThat(r.articles()).extracting(ReportArticle::number).containsExactly(1, 2, 3);
    assertThat(r.articles().get(2).summary().sentences()).isEmpty();
    assertThat(r.articles().get(2).displayTitle()).isEqualTo("c.txt");
  }

  @Test
  void outletIsTheHttpHostWithoutWww() {
    assertThat(ReportBuilder.outlet("https://WWW.Hani.co.kr/arti/1.html")).contains("hani.co.kr");
    assertThat(ReportBuilder.outlet("javascript:alert(1)")).isEmpty();
    assertThat(ReportBuilder.outlet("not a url")).isEmpty();
    assertThat(ReportBuilder.outlet(null)).isEmpty();
  }

  @Test
  void emptyReportHasNoDateRange() {
    Report r = new ReportBuilder("sasil test").build(List.of(), List.of(), List.of());
    assertThat(r.header().dateRange()).isEmpty();
    assertThat(r.header().findings()).isZero();
  }

  @Test
  void rejectsABlankGenerator() {
    assertThatThrownBy(() -> new ReportBuilder(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
