package dev.sasil.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HangulTest {

  @Test
  void aSyllablesFinalConsonantIsNumberedInUnicodesOrder() {
    assertThat(Hangul.finalConsonant('가')).isZero();
    assertThat(Hangul.finalConsonant('한')).isEqualTo(Hangul.FINAL_N);
    assertThat(Hangul.finalConsonant('했')).isEqualTo(Hangul.FINAL_SS);
    assertThat(Hangul.finalConsonant('됐')).isEqualTo(Hangul.FINAL_SS);
    assertThat(Hangul.finalConsonant('A')).isEqualTo(-1);
  }
}
