package dev.sasil.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.morph.NoriAnalyzer;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

  @Test
  void tokensAreLowerCasedRunsOfHangulLatinAndDigits() {
    assertThat(new WordTokenizer().tokens("오픈AI는 “GPT-4”를 2023년에 공개했다…ⓒ"))
        .containsExactly("오픈ai는", "gpt", "4", "를", "2023년에", "공개했다");
  }

  @Test
  void morphemeTokensSplitParticlesAndDropPunctuation() {
    assertThat(new MorphemeTokenizer(NoriAnalyzer.withBundledDictionary()).tokens("연구진은 결과를 발표했다."))
        .contains("연구", "결과", "를", "발표").doesNotContain(".");
  }
}
