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
  void compareWithoutCopiesHasNoSources() {
    assertThat(json.compare(articles(), SourceGroups.separate(), List.of()).fieldNames()).toIterable()
        .containsExactly("articles", "findings");
    assertThat(json.compare(articles(), List.of())).isEqualTo(json.compare(articles(), SourceGroups.separate(), List.of()));
  }
}
