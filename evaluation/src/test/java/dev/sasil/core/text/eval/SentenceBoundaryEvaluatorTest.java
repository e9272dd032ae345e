package dev.sasil.core.text.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import dev.sasil.core.text.KoreanSentenceSegmenter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBoundaryEvaluatorTest {

  private final SentenceBoundaryEvaluator evaluator = new SentenceBoundaryEvaluator(new KoreanSentenceSegmenter());

  @Test
  void countsBoundariesByOffset() {
    GoldText gold = GoldText.of("t", List.of(List.of("그는 떠났다.", "Dr. Kim이 왔다.", "맛있어요 또 올게요")));
    // predicted: after 떠났다., after 왔다., after 맛있어요 (not gold)
    BoundaryScore score = evaluator.score(gold);
    assertThat(score).isEqualTo(new BoundaryScore(2, 3, 2));
    assertThat(evaluator.score(gold, true)).isEqualTo(new BoundaryScore(2, 2, 2));
  }

  /** Floors on the UD Korean test sets (skipped without ../shared); see {@code sasil eval sentences}. */
  @Test
  void udGsdTestStaysAboveItsFloor() throws Exception {
    Path gsd = TestData.sharedFile("eval/ud/gsd/ko_gsd-ud-test.conllu");
    List<GoldText> texts = GoldTexts.read(gsd);
    assertThat(evaluator.score(texts).f1()).isGreaterThanOrEqualTo(0.95);
    assertThat(evaluator.score(texts, true).f1()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void udKaistTestStaysAboveItsFloor() throws Exception {
    Path kaist = TestData.sharedFile("eval/ud/kaist/ko_kaist-ud-test.conllu");
    assertThat(evaluator.score(GoldTexts.read(kaist)).f1()).isGreaterThanOrEqualTo(0.995);
  }
}
