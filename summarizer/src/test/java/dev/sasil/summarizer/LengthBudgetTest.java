package dev.sasil.summarizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LengthBudgetTest {

  @Test
  void ratioRoundsHalfUp() {
    assertThat(LengthBudget.ratioCount(0.5, 5)).isEqualTo(3);
    assertThat(LengthBudget.ratioCount(0.25, 6)).isEqualTo(2);
    assertThat(LengthBudget.ratioCount(0.25, 5)).isEqualTo(1);
    assertThat(LengthBudget.ratioCount(0.3, 10)).isEqualTo(3);
    assertThat(LengthBudget.ratioCount(1.0, 7)).isEqualTo(7);
  }

  @Test
  void ratioRoundsTheDecimalValueNotItsBinaryApproximation() {
    // 0.35 * 10 is 3.4999999999999996 in binary floating point.
    assertThat(LengthBudget.ratioCount(0.35, 10)).isEqualTo(4);
    assertThat(LengthBudget.ratioCount(0.15, 10)).isEqualTo(2);
  }

  @Test
  void ratioGivesAtLeastOneSentence() {
    assertThat(LengthBudget.ratioCount(0.01, 10)).isEqualTo(1);
    assertThat(LengthBudget.ratioCount(0.5, 0)).isEqualTo(1);
  }

  @Test
  void optionsResolveToSentenceOrCharacterLimits() {
    var article = Articles.of("삼성전자가 평택에 반도체 공장을 짓기 시작했다. 새 공장에는 30조원이 투입된다. 메모리를 생산한다.");
    assertThat(LengthBudget.of(SummaryOptions.ofSentences(2), article)).isEqualTo(new LengthBudget(2, Integer.MAX_VALUE));
    assertThat(LengthBudget.of(SummaryOptions.ofChars(80), article)).isEqualTo(new LengthBudget(Integer.MAX_VALUE, 80));
    assertThat(LengthBudget.of(SummaryOptions.ofRatio(0.5), article)).isEqualTo(new LengthBudget(2, Integer.MAX_VALUE));
  }

  @Test
  void negativeBudgetsAreRejected() {
    assertThatThrownBy(() -> new LengthBudget(-1, 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
