package dev.sasil.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sasil.core.Article;
import dev.sasil.factcheck.source.SourceGroup;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.report.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractJsonTest {

  private final ContractJson json = new ContractJson();

  private static List<Article> articles() {
    return List.of(Fixtures.article("a1", "", null, null, "가."), Fixtures.article("a2", "", null, null, "나."),
        Fixtures.article("a3", "", null, null, "가."));
  }

  @Test
  void compareListsCopiesBetweenArticlesAndFindings() {
    ObjectNode root = json.compare(articles(), SourceGroups.of(List.of(new SourceGroup("a1", List.of("a3")))), List.of());
    assertThat(root.fieldNames()).toIterable().containsExactly("articles", "sources", "findings");
    assertThat(json.write(root)).contains("""
          ],
          "sources" : [
            {
              "source" : "a1",
              "copies" : [
                "a3"
              ]
            }
          ],
          "findings" : [ ]
        """);
  }

  @Test
  void writingAComparisonAFindingAtATimeGivesTheSameBytesAsTheWholeTree() throws java.io.IOException {
    dev.sasil.report.Report small = dev.sasil.report.Fixtures.small();
    List<Article> smallArticles = small.articles().stream().map(dev.sasil.report.ReportArticle::article).toList();
    SourceGroups copies = SourceGroups.of(List.of(new SourceGroup("a1", List.of("a3"))));
    for (var c : List.of(
        new Object[] {articles(), copies, List.<dev.sasil.factcheck.Finding>of()},
        new Object[] {articles(), SourceGroups.separate(), List.<dev.sasil.factcheck.Finding>of()},
        new Object[] {smallArticles, small.sources(), small.findings()})) {
      @SuppressWarnings("unchecked")
      List<Article> as = (List<Article>) c[0];
      @SuppressWarnings("unchecked")
      List<dev.sasil.factcheck.Finding> fs = (List<dev.sasil.factcheck.Finding>) c[2];
      java.io.StringWriter out = new java.io.StringWriter();
      json.writeCompare(out, as, (SourceGroups) c[1], fs);
      assertThat(out.toString()).isEqualTo(json.write(json.compare(as, (SourceGroups) c[1], fs)));
    }
    assertThat(small.findings()).isNotEmpty();
  }

  @Test
  void theReportWrittenAPieceAtATimeIsTheWholeDocument() throws java.io.IOException {
    for (dev.sasil.report.Report r : List.of(dev.sasil.report.Fixtures.small(), dev.sasil.report.Fixtures.copies())) {
      ReportJson writer = new ReportJson();
      java.io.StringWriter out = new java.io.StringWriter();
      writer.write(r, out);
      assertThat(out.toString()).isEqualTo(writer.write(r));
    }
  }

  @Test
  void compareWithoutCopiesHasNoSources() {
    assertThat(json.compare(articles(), SourceGroups.separate(), List.of()).fieldNames()).toIterable()
        .containsExactly("articles", "findings");
    assertThat(json.compare(articles(), List.of())).isEqualTo(json.compare(articles(), SourceGroups.separate(), List.of()));
  }
}
