package dev.sasil.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import dev.sasil.core.text.eval.BoundaryScore;
import dev.sasil.core.text.eval.GoldText;
import dev.sasil.core.text.eval.GoldTexts;
import dev.sasil.core.text.eval.SentenceBoundaryEvaluator;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Sentence boundaries on the five seed articles against the hand-checked fixture. */
class SeedSentencesTest {

  private static List<Path> fixtures() throws Exception {
    Path dir = fixtureDir();
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static Path fixtureDir() throws URISyntaxException {
    return Path.of(SeedSentencesTest.class.getResource("seeds-sentences").toURI());
  }

  @Test
  void everySeedHasAFixture() throws Exception {
    assertThat(fixtures()).hasSize(5);
  }

  @Test
  void segmenterFindsTheGoldBoundariesOfEverySeed() throws Exception {
    SentenceBoundaryEvaluator evaluator = new SentenceBoundaryEvaluator(new KoreanSentenceSegmenter());
    BoundaryScore total = BoundaryScore.ZERO;
    for (Path fixture : fixtures()) {
      BoundaryScore score = evaluator.score(GoldTexts.read(fixture));
      assertThat(score.f1()).as(fixture.getFileName() + ": " + score.summary()).isGreaterThanOrEqualTo(0.97);
      total = total.plus(score);
    }
    assertThat(total.f1()).as(total.summary()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void everyGoldSentenceIsTextOfItsSeedArticle() throws Exception {
    for (Path fixture : fixtures()) {
      Path seed = TestData.examples().resolve(fixture.getFileName().toString());
      String article = Files.readString(seed, StandardCharsets.UTF_8);
      GoldText gold = GoldTexts.read(fixture).get(0);
      for (String line : gold.text().split("\n")) {
        assertThat(article).as(fixture.getFileName().toString()).contains(line);
      }
    }
  }
}
