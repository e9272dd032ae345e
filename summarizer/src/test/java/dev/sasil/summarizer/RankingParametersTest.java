package dev.sasil.summarizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingParametersTest {

  @Test
  void namedChangesReplaceOnlyThoseValues() {
    RankingParameters p = RankingParameters.DEFAULT.with(Map.of("damping", "0.9", "similarity", "tfidf-cosine"));
    assertThat(p.damping()).isEqualTo(0.9);
    assertThat(p.similarity()).isEqualTo(SimilarityMeasure.TFIDF_COSINE);
    assertThat(p.redundancyLambda()).isEqualTo(RankingParameters.DEFAULT.redundancyLambda());
  }

  @Test
  void unknownNamesAndMalformedValuesAreRejectedByName() {
    assertThatThrownBy(() -> RankingParameters.DEFAULT.with(Map.of("dampeng", "0.9")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dampeng");
    assertThatThrownBy(() -> RankingParameters.DEFAULT.with(Map.of("damping", "high")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("damping");
    assertThatThrownBy(() -> RankingParameters.DEFAULT.with(Map.of("similarity", "jaccard")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jaccard");
  }

  @Test
  void impossibleValuesAreRejected() {
    assertThatThrownBy(() -> RankingParameters.DEFAULT.with(Map.of("damping", "1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("damping");
    assertThatThrownBy(() -> RankingParameters.DEFAULT.with(Map.of("redundancyLambda", "-0.1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redundancyLambda");
    assertThatThrownBy(() -> RankingParameters.DEFAULT.with(Map.of("maxIterations", "0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxIterations");
  }

  @Test
  void everySimilarityMeasureSummarizes() {
    for (SimilarityMeasure m : SimilarityMeasure.values()) {
      var s = new TextRankSummarizer(RankingParameters.DEFAULT.with(Map.of("similarity", m.name())));
      var a = Articles.of("삼성전자가 평택에 반도체 공장을 짓기 시작했다. 새 공장에는 30조원이 투입될 예정이다. "
          + "회사는 이 공장에서 메모리 반도체를 생산할 계획이다. 정부는 반도체 특별법을 추진하고 있다.");
      assertThat(s.summarize(a, SummaryOptions.ofSentences(2)).sentences()).as(m.name()).hasSize(2);
    }
  }

  @Test
  void theModelsLimitsAreCheckedAndZeroTurnsThemOff() {
    assertThat(RankingParameters.DEFAULT.modelSentences()).isPositive();
    assertThat(RankingParameters.DEFAULT.with(Map.of("modelSentences", "0", "modelFigureShare", "0")).modelFigureShare())
        .isZero();
    assertThatThrownBy(() -> RankingParameters.DEFAULT.with(Map.of("modelSentences", "-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("modelSentences");
    assertThatThrownBy(() -> RankingParameters.DEFAULT.with(Map.of("modelFigureShare", "1.5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("modelFigureShare");
  }
}
