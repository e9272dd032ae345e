package dev.sasil.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MmrSelectorTest {

  private static final SentenceFilter FILTER =
      SentenceFilter.standard(StopTerms.standard(), RankingParameters.DEFAULT);

  /** A lead, a sentence on the same subject, and one on another. */
  private static final List<Candidate> CANDIDATES = FILTER.candidates(Articles.of(String.join("\n",
      "부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.",
      "시내버스 요금 인상은 2019년 이후 5년 만이며 연료비 상승이 이유다.",
      "한편 시립미술관은 다음 달 봄맞이 특별 전시회를 연다.")));

  private static List<Integer> select(double[] scores, double lambda) {
    return MmrSelector.select(CANDIDATES, scores, new TermSpace(CANDIDATES), new LengthBudget(2, Integer.MAX_VALUE),
        lambda, 0.99);
  }

  @Test
  void aStrongFirstPickDoesNotLeaveTheRestToSimilarityAlone() {
    assertThat(CANDIDATES).hasSize(3);
    assertThat(select(new double[] {1.0, 0.02, 0.01}, 0.7))
        .as("the second is twice as relevant as the third among what is left")
        .containsExactly(0, 1);
  }

  @Test
  void similarityStillDecidesBetweenSentencesOfLikeRelevance() {
    assertThat(select(new double[] {1.0, 0.5, 0.5}, 0.5)).containsExactly(0, 2);
  }

  @Test
  void withLambdaOneTheScoresAloneDecide() {
    assertThat(select(new double[] {0.2, 1.0, 0.6}, 1.0)).containsExactly(1, 2);
  }
}
