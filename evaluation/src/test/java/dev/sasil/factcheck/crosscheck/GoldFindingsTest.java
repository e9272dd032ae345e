package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.core.testing.TestData;
import dev.sasil.factcheck.eval.FindingsScore;
import dev.sasil.factcheck.eval.FindingsScorer;
import dev.sasil.factcheck.eval.GoldFindingsReader;
import dev.sasil.factcheck.eval.GoldSection;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed corpus against {@code examples/gold.json}, scored by {@link FindingsScorer}, which
 * matches the way {@code score_findings.py} matches: a gold evidence item is covered by a claim of
 * the same article whose sentence, with all whitespace removed, contains the item's {@code
 * contains} text, whitespace removed.
 */
class GoldFindingsTest {

  private static FindingsScore score;

  @BeforeAll
  static void compare() throws IOException {
    List<Article> articles = new dev.sasil.core.read.ArticleReader(dev.sasil.core.ArticlePipeline.standard())
        .read(List.of(TestData.examples().resolve("seeds.jsonl").toString())).articles();
    score = FindingsScorer.score(GoldFindingsReader.read(TestData.examples().resolve("gold.json")),
        SourceComparer.standard().compare(articles));
  }

  private static List<String> items(GoldSection section, boolean hit) {
    return score.items().stream()
        .filter(o -> o.item().section() == section && !o.item().stretch() && o.hit() == hit)
        .map(o -> o.item().id() + ": " + o.item().about())
        .toList();
  }

  @Test
  void findsEveryAgreement() {
    assertThat(items(GoldSection.AGREEMENTS, false)).as("agreements not found").isEmpty();
  }

  @Test
  void findsEveryNonStretchContradiction() {
    assertThat(items(GoldSection.CONTRADICTIONS, false)).as("contradictions not found").isEmpty();
  }

  @Test
  void linksNoNotContradictionAsContradiction() {
    assertThat(items(GoldSection.NOT_CONTRADICTIONS, true)).as("distractors linked as contradictions").isEmpty();
  }

  @Test
  void contradictionPrecisionIsAtLeastFourFifths() {
    assertThat(score.counts().contradictionFindings()).isPositive();
    assertThat(score.counts().contradictionPrecision()).as("contradiction precision of " + score.contradictions())
        .isGreaterThanOrEqualTo(0.8);
  }
}
