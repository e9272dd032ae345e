package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.core.testing.TestData;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.entity.LearntNames;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.testing.Articles;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cross-check run on disk, a partition and a story at a time with a final sort in many small
 * runs, gives what the check on the heap gives: the invented articles of {@code nova.jsonl} and the seeds.
 */
class SpilledCrossCheckTest {

  @Test
  void theSpilledCheckGivesTheFindingsOfTheCheck() throws URISyntaxException {
    assertSpilledGivesTheCheck(Articles.read(
        Path.of(SpilledCrossCheckTest.class.getResource("/dev/sasil/factcheck/fixtures/nova.jsonl").toURI())));
  }

  @Test
  void theSpilledCheckGivesTheFindingsOfTheCheckOnTheSeeds() {
    assertSpilledGivesTheCheck(Articles.read(TestData.examples().resolve("seeds.jsonl")));
  }

  private static void assertSpilledGivesTheCheck(List<Article> articles) {
    ClaimExtractor extractor = ClaimExtractor.standard();
    CrossChecker checker = CrossChecker.standard();
    SourceGroups sources = SourceGroups.find(articles);
    LearntNames learnt = Articles.learntNames(extractor, articles);
    List<Finding> expected = checker.check(extractor.extract(articles), sources);
    for (int runSize : new int[] {1, 3, 1_000_000}) {
      try (SpilledCrossCheck spilled = new SpilledCrossCheck(checker, sources, runSize, 2)) {
        articles.forEach(a -> spilled.add(extractor.extract(a, learnt)));
        List<Finding> found = spilled.finish();
        assertThat(found).as("runs of %d", runSize).hasSameSizeAs(expected);
        assertThat(found).as("runs of %d", runSize).containsExactlyElementsOf(expected);
      }
    }
  }
}
