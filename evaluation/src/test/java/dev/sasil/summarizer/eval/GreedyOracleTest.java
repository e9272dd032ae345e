package dev.sasil.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GreedyOracleTest {

  private static final WordTokenizer WORDS = new WordTokenizer();

  @Test
  void picksTheGoldSentencesWhenTheyAreThere() {
    List<String> sentences = List.of("날씨가 맑았다", "연구진은 새 결과를 발표했다", "점심은 국수였다", "정자 수가 크게 줄었다");
    List<List<String>> tokens = sentences.stream().map(WORDS::tokens).toList();
    List<String> reference = WORDS.tokens("연구진은 새 결과를 발표했다 정자 수가 크게 줄었다");
    assertThat(GreedyOracle.select(tokens, reference, 3)).containsExactly(1, 3);
  }

  @Test
  void stopsAtKAndReturnsIndicesInOrder() {
    List<List<String>> tokens = List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
    assertThat(GreedyOracle.select(tokens, List.of("a", "b", "c", "d"), 2)).hasSize(2).isSorted();
  }

  @Test
  void stopsWhenNoSentenceImprovesTheScore() {
    // In article order a, b, ... no second sentence lengthens the LCS with the reversed reference.
    List<List<String>> tokens = List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
    assertThat(GreedyOracle.select(tokens, List.of("d", "c", "b", "a"), 3)).hasSize(1);
  }

  @Test
  void emptyInputsChooseNothing() {
    assertThat(GreedyOracle.select(List.of(), List.of("a"), 3)).isEmpty();
    assertThat(GreedyOracle.select(List.of(List.of("x")), List.of("a"), 3)).isEmpty();
  }
}
