package dev.sasil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Finding;
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
