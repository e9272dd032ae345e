package dev.sasil.report.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.time.PartialDate;
import dev.sasil.report.Report;
import dev.sasil.report.ReportFormat;
import dev.sasil.report.ReportPipeline;
import dev.sasil.summarizer.SummaryOptions;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fuzz test of every report writer (issue 14): hostile titles, URLs and texts give HTML whose only
 * elements are the report's own (no script, no event handler, no javascript: link) and JSON that
 * parses.
 */
class ReportWritersFuzzTest {

  private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();
  private static final ReportPipeline REPORTS = ReportPipeline.standard("sasil fuzz");
  private static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest(maxDuration = "30m")
  void everyWriterEscapesWhatItIsGiven(FuzzedDataProvider data) throws IOException {
    Published date = Published.of(PartialDate.ofDay(2024, 3, 13), DateSource.OPTION);
    String title = data.consumeString(60);
    String url = data.consumeString(60);
    String first = data.consumeString(400);
    String second = data.consumeRemainingAsString();
    List<Article> articles = List.of(
        PIPELINE.process(new RawDocument("a<1>", "a", title, url, date, first, false)),
        PIPELINE.process(new RawDocument("b\"2", "b", null, null, Published.UNKNOWN, second, false)));
    Report report = REPORTS.report(articles, SummaryOptions.ofSentences(3));
    Document html = Jsoup.parse(ReportFormat.HTML.writer().write(report));
    assertThat(html.select("script, iframe, object, embed")).isEmpty();
    assertThat(html.getAllElements()).allSatisfy(e -> e.attributes().forEach(a -> {
      assertThat(a.getKey()).doesNotStartWith("on");
      assertThat(a.getValue().strip().toLowerCase(java.util.Locale.ROOT)).doesNotStartWith("javascript:");
    }));
    JSON.readTree(ReportFormat.JSON.writer().write(report));
    JSON.readTree(ReportFormat.CLAIMREVIEW.writer().write(report));
    assertThat(ReportFormat.MD.writer().write(report)).doesNotContain("<script");
  }
}
