package dev.sasil.factcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import dev.sasil.factcheck.quantity.QuantityNormalizer;
import dev.sasil.factcheck.time.TimeNormalizer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KlueNerEvaluationTest {

  private final KlueNerEvaluation eval = new KlueNerEvaluation(TimeNormalizer.standard(), QuantityNormalizer.standard());

  @Test
  void countsEntitiesFoundByOverlapPerLabel() throws Exception {
    KlueNerEvaluation.Result r = eval.evaluate(Path.of(getClass().getResource("tiny-ner.tsv").toURI()));
    assertThat(r.sentences()).isEqualTo(2);
    KlueNerEvaluation.Score dt = r.scores().get(0);
    assertThat(dt.label()).isEqualTo("DT");
    assertThat(dt.gold()).isEqualTo(1);
    assertThat(dt.found()).isEqualTo(1);
    assertThat(dt.exact()).isEqualTo(1);
    KlueNerEvaluation.Score ti = r.scores().get(1);
    assertThat(ti.found()).isEqualTo(1);
    KlueNerEvaluation.Score qt = r.scores().get(3);
    assertThat(qt.gold()).isEqualTo(2);
    assertThat(qt.found()).isEqualTo(1); // "두" alone, without its counter in the fixture, is not found
  }

  @Test
  void klueDevRecallStaysAboveTheMeasuredFloor() throws Exception {
    KlueNerEvaluation.Result r = eval.evaluate(TestData.sharedFile("eval/ner/klue-ner-v1.1_dev.tsv"));
    assertThat(r.scores().get(0).recall()).as("DT recall").isGreaterThan(0.70);
    assertThat(r.scores().get(1).recall()).as("TI recall").isGreaterThan(0.50);
    assertThat(r.scores().get(3).recall()).as("QT recall").isGreaterThan(0.55);
    assertThat(r.scores().get(3).precision()).as("QT precision~").isGreaterThan(0.95);
  }
}
