package dev.sasil.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.ArticlePipeline;
import dev.sasil.summarizer.SelectionModel;
import dev.sasil.summarizer.SentenceFeature;
import dev.sasil.summarizer.TextRankSummarizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SelectionFitTest {

  /** Random examples kept exactly when the first sentence of a report, whatever the other values. */
  private static List<SelectionFit.Example> leadExamples(long seed) {
    Random random = new Random(seed);
    List<SelectionFit.Example> out = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      double[] x = new double[SentenceFeature.COUNT];
      for (int j = 0; j < x.length; j++) {
        x[j] = random.nextGaussian();
      }
      boolean lead = random.nextInt(4) == 0;
      x[SentenceFeature.PLACE_1.ordinal()] = lead ? 1 : 0;
      out.add(new SelectionFit.Example(x, lead));
    }
    return out;
  }

  @Test
  void theFeatureThatDecidesGetsTheLargestWeight() {
    SelectionModel m = SelectionFit.STANDARD.fit(leadExamples(7));
    double lead = m.weight(SentenceFeature.PLACE_1);
    assertThat(lead).isGreaterThan(1.0);
    for (SentenceFeature f : SentenceFeature.values()) {
      if (f != SentenceFeature.PLACE_1) {
        assertThat(Math.abs(m.weight(f))).as(f.name()).isLessThan(lead / 3);
      }
    }
  }

  @Test
  void theSameExamplesGiveTheSameModel() {
    SelectionModel a = SelectionFit.STANDARD.fit(leadExamples(11));
    SelectionModel b = SelectionFit.STANDARD.fit(leadExamples(11));
    assertThat(a.format(List.of())).isEqualTo(b.format(List.of()));
  }

  @Test
  void aConstantFeatureGetsNoWeight() {
    List<SelectionFit.Example> examples = new ArrayList<>();
    for (SelectionFit.Example e : leadExamples(3)) {
      double[] x = e.values();
      x[SentenceFeature.LOG_SIZE.ordinal()] = 2.5;
      examples.add(new SelectionFit.Example(x, e.kept()));
    }
    assertThat(SelectionFit.STANDARD.fit(examples).weight(SentenceFeature.LOG_SIZE)).isEqualTo(0.0);
  }

  @Test
  void examplesAreTheCandidatesLabelledByTheGoldSentences() {
    String lead = "부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.";
    String other = "지하철 요금은 이번 인상에서 빠졌고 내년 하반기에 따로 논의한다.";
    LabelledArticle a = new LabelledArticle("a", null, null, lead + " " + other, List.of(lead, other), List.of(0));
    List<SelectionFit.Example> examples =
        SelectionFit.examples(ArticlePipeline.standard(), TextRankSummarizer.standard(), List.of(a));
    assertThat(examples).extracting(SelectionFit.Example::kept).containsExactly(true, false);
  }

  @Test
  void nothingToFitOnIsRefused() {
    assertThatThrownBy(() -> SelectionFit.STANDARD.fit(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SelectionFit(-1, 10, 0.1)).isInstanceOf(IllegalArgumentException.class);
  }
}
