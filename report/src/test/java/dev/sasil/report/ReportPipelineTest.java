package dev.sasil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.source.SourceGroup;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.summarizer.Summary;
import dev.sasil.summarizer.SummaryOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPipelineTest {

  @Test
  void summarizesEachArticleChecksThemTogetherAndReportsProgress() {
    Report small = Fixtures.small();
    List<Article> articles = small.articles().stream().map(ReportArticle::article).toList();
    List<List<Article>> checked = new ArrayList<>();
    ReportPipeline pipeline = new ReportPipeline(
        (a, o) -> new Summary(a.id(), List.of(), List.of()),
        as -> {
          checked.add(as);
          return small.findings();
        },
        "sasil test");
    List<String> progress = new ArrayList<>();
    Report r = pipeline.report(articles, SummaryOptions.ofSentences(2), (done, total) -> progress.add(done + "/" + total));
    assertThat(progress).containsExactly("1/4", "2/4", "3/4", "4/4");
    assertThat(checked).containsExactly(articles);
    assertThat(r.findings()).extracting(Finding::verdict).isSorted();
    assertThat(r.header().generator()).isEqualTo("sasil test");
  }

  @Test
  void findsCopiesAndGivesThemToTheCheckerAndTheReport() {
    String[] story = {
        "올해로 열 번째인 한솔 강변 축제가 사흘 일정으로 막을 올렸다.",
        "축제 조직위원회는 강변 산책로를 따라 먹거리 장터와 공연 무대를 꾸렸다고 밝혔다.",
        "조직위원회는 쓰레기를 줄이려고 일회용 컵 대신 다회용 컵을 나눠 주기로 했다."};
    List<Article> articles = List.of(
        Fixtures.article("a1.txt", "축제", null, null, story),
        Fixtures.article("a2.txt", "다른 기사", null, null, "강변 축제 현장은 붐볐다."),
        Fixtures.article("a3.txt", "축제", null, null, story));
    List<SourceGroups> given = new ArrayList<>();
    ReportPipeline pipeline = new ReportPipeline(
        (a, o) -> new Summary(a.id(), List.of(), List.of()),
        (as, sources) -> {
          given.add(sources);
          return List.of();
        },
        "sasil test");
    Report r = pipeline.report(articles, SummaryOptions.ofSentences(2));
    SourceGroups expected = SourceGroups.of(List.of(new SourceGroup("a1.txt", List.of("a3.txt"))));
    // the copies, with the stories the articles tell (the short one is a story of its own)
    assertThat(given).singleElement().extracting(SourceGroups::groups).isEqualTo(expected.groups());
    assertThat(r.sources()).isSameAs(given.get(0));
  }

  @Test
  void rejectsACheckerWhoseFindingsAreNotInReportOrder() {
    Report small = Fixtures.small();
    List<Article> articles = small.articles().stream().map(ReportArticle::article).toList();
    ReportPipeline pipeline = new ReportPipeline(
        (a, o) -> new Summary(a.id(), List.of(), List.of()),
        as -> {
          List<Finding> reversed = new ArrayList<>(small.findings());
          java.util.Collections.reverse(reversed);
          return reversed;
        },
        "sasil test");
    assertThatThrownBy(() -> pipeline.report(articles, SummaryOptions.ofSentences(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("report order");
  }
}
