package dev.sasil.summarizer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewsPriorTest {

  private static final SentenceFilter FILTER =
      SentenceFilter.standard(StopTerms.standard(), RankingParameters.DEFAULT);

  /** Five sentences of about the same length, the last a direct quote. */
  private static final String TEXT = String.join("\n",
      "부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.",
      "인상은 2019년 이후 5년 만이며 부산시는 연료비 상승을 이유로 들었다.",
      "지하철 요금은 이번 인상에서 빠졌고 내년 하반기에 따로 논의한다.",
      "시민단체는 요금 인상에 앞서 노선 개편이 먼저라고 주장하고 있다.",
      "부산시 관계자는 “노선 개편도 내년 안에 마무리하겠다”고 말했다.");

  /** Every weight off, so that a test turns on only what it looks at. */
  private static final RankingParameters NEUTRAL = RankingParameters.DEFAULT.with(Map.of(
      "lengthExponent", "0", "reportLengthExponent", "0", "leadBonus", "0", "closingPenalty", "0", "quotePenalty", "0", "keyWeight", "0",
      "newsLeadBonus", "0", "captionPenalty", "0", "listPenalty", "0", "pyramidBonus", "0"));

  private static double[] factors(Map<String, String> changes) {
    assertThat(FILTER.candidates(Articles.of(TEXT))).hasSize(5);
    return factors(TEXT, changes);
  }

  /** The factors of the candidates of {@code text}, with {@code changes} on {@link #NEUTRAL}. */
  private static double[] factors(String text, Map<String, String> changes) {
    return NewsPrior.factors(FILTER.candidates(Articles.of(text)), "", NEUTRAL.with(changes));
  }

  @Test
  void withEveryWeightOffAllSentencesWeighTheSame() {
    assertThat(factors(Map.of())).containsOnly(1.0);
  }

  @Test
  void theLeadWindowIsRaisedAndTheRestLeftAlone() {
    assertThat(factors(Map.of("leadBonus", "0.5", "leadSentences", "3"))).containsExactly(1.5, 1.5, 1.5, 1.0, 1.0);
  }

  @Test
  void theClosingSentenceAndDirectQuotesAreLowered() {
    assertThat(factors(Map.of("closingPenalty", "0.5"))).containsExactly(1.0, 1.0, 1.0, 1.0, 0.5);
    assertThat(factors(Map.of("quotePenalty", "0.4"))).containsExactly(1.0, 1.0, 1.0, 1.0, 0.6);
  }

  @Test
  void positionDecayFollowsTheInvertedPyramid() {
    double[] f = factors(Map.of("positionDecay", "1"));
    assertThat(f[0]).isEqualTo(1.0);
    assertThat(f[1]).isEqualTo(0.5);
    assertThat(f[4]).isEqualTo(0.2);
  }

  @Test
  void sentencesWithTheArticlesKeyNamesAndFiguresArePreferred() {
    double[] f = factors(Map.of("keyWeight", "1"));
    assertThat(f[0]).as("부산시, 1, 150, 5 … shared with other sentences").isGreaterThan(f[2]);
    assertThat(Arrays.stream(f).boxed().toList()).allMatch(v -> v >= 1.0 && v <= 2.0);
  }

  @Test
  void anEnumerationIsLowered() {
    String text = String.join("\n",
        "부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.",
        "노선별 인상 폭은 △간선 150원 △지선 100원 △마을버스 50원으로 정해졌다.",
        "지하철 요금은 이번 인상에서 빠졌고 내년 하반기에 따로 논의한다.");
    assertThat(factors(text, Map.of("listPenalty", "0.75"))).containsExactly(1.0, 0.25, 1.0);
  }

  @Test
  void aNewsLeadIsTrustedWhenTheArticleOpensWithOne() {
    assertThat(factors(Map.of("newsLeadBonus", "1"))).containsExactly(2.0, 1.0, 1.0, 1.0, 1.0);
  }

  @Test
  void aCaptionIsLoweredAndLeavesTheLeadWindowToTheReport() {
    Article a = Articles.of(String.join("\n",
        "7일 부산시청 앞에서 시민들이 버스 요금 인상에 항의하고 있다.",
        "부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.",
        "인상은 2019년 이후 5년 만이며 부산시는 연료비 상승을 이유로 들었다.",
        "지하철 요금은 이번 인상에서 빠졌고 내년 하반기에 따로 논의한다."));
    List<Candidate> candidates = FILTER.candidates(a);
    assertThat(candidates).extracting(Candidate::caption).containsExactly(true, false, false, false);
    RankingParameters p = NEUTRAL.with(Map.of("leadBonus", "1", "leadSentences", "2", "captionPenalty", "0.5"));
    assertThat(NewsPrior.factors(candidates, "", p)).containsExactly(0.5, 2.0, 2.0, 1.0);
    assertThat(NewsPrior.places(candidates, p)).containsExactly(0, 0, 1, 2);
  }

  @Test
  void aStraightNewsReportRaisesItsLeadWindow() {
    assertThat(NewsPrior.pyramid(FILTER.candidates(Articles.of(TEXT)))).isTrue();
    assertThat(factors(Map.of("pyramidBonus", "3", "leadSentences", "2"))).containsExactly(4.0, 4.0, 1.0, 1.0, 1.0);
  }

  @Test
  void aLongReportRaisesItsLeadWindowLess() {
    assertThat(factors(Map.of("pyramidBonus", "3", "pyramidSentences", "2", "leadSentences", "1")))
        .as("2 of 5 candidates: the bonus times 0.4")
        .containsExactly(2.2, 1.0, 1.0, 1.0, 1.0);
  }

  @Test
  void aStraightNewsReportRewardsLengthLessThanAFeature() {
    String report = String.join("\n",
        "부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.",
        "요금 인상은 2019년 이후 5년 만이다.",
        "부산시는 연료비와 인건비가 함께 오른 데다 승객까지 줄어 적자가 커졌다며 인상 이유를 설명했다.");
    String feature = "새벽 어시장에는 갓 잡은 생선을 고르는 상인들의 목소리가 가득하다.\n" + report;
    Map<String, String> lengths = Map.of("lengthExponent", "1", "reportLengthExponent", "0.5");
    double[] r = factors(report, lengths);
    double[] f = factors(feature, lengths);
    assertThat(r[2] / r[1]).as("the long sentence against the short one, in a report")
        .isLessThan(f[3] / f[2]);
    assertThat(factors(report, Map.of("lengthExponent", "1", "reportLengthExponent", "0")))
        .as("length neutral in a report").containsOnly(1.0);
  }

  @Test
  void aFeatureThatOpensWithASceneKeepsItsWindowAsItIs() {
    Article a = Articles.of(String.join("\n",
        "새벽 어시장에는 갓 잡은 생선을 고르는 상인들의 목소리가 가득하다.",
        "부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.",
        "인상은 2019년 이후 5년 만이며 부산시는 연료비 상승을 이유로 들었다."));
    List<Candidate> candidates = FILTER.candidates(a);
    assertThat(NewsPrior.pyramid(candidates)).isFalse();
    assertThat(NewsPrior.factors(candidates, "", NEUTRAL.with(Map.of("pyramidBonus", "3")))).containsExactly(1.0, 1.0, 1.0);
  }

  @Test
  void reactionsAreLoweredInAReportButNotItsNewsLead() {
    String text = String.join("\n",
        "부산시가 내년 1월부터 시내버스 요금을 150원 올린다고 5일 밝혔다.",
        "인상은 2019년 이후 5년 만이며 부산시는 연료비 상승을 이유로 들었다.",
        "한 시민은 노선 개편이 요금 인상보다 먼저 이뤄져야 한다고 말했다.",
        "부산시 관계자는 “노선 개편도 내년 안에 마무리하겠다”고 말했다.");
    assertThat(factors(text, Map.of("reactionPenalty", "0.5"))).containsExactly(1.0, 1.0, 0.5, 0.5);
  }
}
