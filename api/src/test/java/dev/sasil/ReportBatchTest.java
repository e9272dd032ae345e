package dev.sasil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.core.testing.TestData;
import dev.sasil.core.work.Workers;
import dev.sasil.report.Report;
import dev.sasil.report.ReportFormat;
import dev.sasil.summarizer.SummaryOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportBatchTest {

  private static String json(Sasil sasil, Report report) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    sasil.write(report, ReportFormat.JSON, out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void aReportFedOneArticleAtATimeIsTheReportOfTheWholeList() throws IOException {
    Sasil sasil = Sasil.standard().withWorkers(Workers.of(2));
    List<Article> seeds = sasil.reader().read(List.of(TestData.examples().resolve("seeds.jsonl").toString())).articles();
    SummaryOptions options = SummaryOptions.ofSentences(2);
    Report whole = sasil.report(seeds, options);
    ReportBatch batch = sasil.reportBatch(options);
    seeds.forEach(a -> batch.add(batch.take(a)));
    assertThat(batch.size()).isEqualTo(seeds.size());
    assertThat(json(sasil, batch.finish())).isEqualTo(json(sasil, whole));
    // with no article kept analysed: each analysed again for its claims, the same report
    ReportBatch light = new ReportBatch(dev.sasil.summarizer.TextRankSummarizer.standard(), options,
        new CompareBatch(dev.sasil.factcheck.crosscheck.SourceComparer.standard(), sasil.reader().pipeline(),
            Workers.of(2), 0),
        p -> {
          throw new IllegalStateException(p.describe());
        }, Sasil.generator());
    seeds.forEach(a -> light.add(light.take(a)));
    assertThat(json(sasil, light.finish())).isEqualTo(json(sasil, whole));
  }
}
