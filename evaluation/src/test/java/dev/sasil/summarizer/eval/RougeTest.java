package dev.sasil.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {

  private static final WordTokenizer WORDS = new WordTokenizer();

  @Test
  void identicalTextsScoreOne() {
    List<String> t = WORDS.tokens("연구진은 결과를 발표했다. 정자 수가 줄었다.");
    assertThat(Rouge.score(t, t)).isEqualTo(new RougeScores(1, 1, 1));
  }

  @Test
  void emptyOrDisjointTextsScoreZero() {
    assertThat(Rouge.score(List.of(), WORDS.tokens("연구진은 발표했다"))).isEqualTo(RougeScores.ZERO);
    assertThat(Rouge.score(WORDS.tokens("가 나"), WORDS.tokens("다 라"))).isEqualTo(RougeScores.ZERO);
  }

  @Test
  void scoresMatchScoreSummariesPyOnAWorkedExample() {
    // python3: scores("a b c d e", "a c b d f g") -> R1 8/11, R2 2/9 (b-? none... see below), RL 6/11
    List<String> sys = List.of("a", "b", "c", "d", "e");
    List<String> ref = List.of("a", "c", "b", "d", "f", "g");
    RougeScores s = Rouge.score(sys, ref);
    // unigrams: overlap 4 of 5 and 6 -> 2*4/11
    assertThat(s.rouge1()).isCloseTo(8.0 / 11, within(1e-12));
    // bigrams: system ab bc cd de, reference ac cb bd df fg: no overlap
    assertThat(s.rouge2()).isZero();
    // LCS a b d (or a c d) = 3 -> p 3/5, r 3/6 -> 2*0.6*0.5/1.1
    assertThat(s.rougeL()).isCloseTo(6.0 / 11, within(1e-12));
  }

  @Test
  void repeatedNgramsAreClipped() {
    RougeScores s = Rouge.score(List.of("a", "a", "a"), List.of("a", "b"));
    // overlap min(3, 1) = 1 -> p 1/3, r 1/2 -> 0.4
    assertThat(s.rouge1()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void longestCommonSubsequence() {
    assertThat(Rouge.lcs(List.of("a", "b", "c", "b", "d", "a", "b"), List.of("b", "d", "c", "a", "b", "a"))).isEqualTo(4);
    assertThat(Rouge.lcs(List.of(), List.of("a"))).isZero();
  }
}
