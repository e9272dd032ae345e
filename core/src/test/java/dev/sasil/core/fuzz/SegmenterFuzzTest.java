package dev.sasil.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sasil.core.Sentence;
import dev.sasil.core.text.KoreanSentenceSegmenter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Fuzz test of the sentence splitter (issue 14): sentences are in-order spans of the text. */
class SegmenterFuzzTest {

  private static final KoreanSentenceSegmenter SEGMENTER = new KoreanSentenceSegmenter();

  @FuzzTest(maxDuration = "30m")
  void sentencesAreOrderedSpansOfTheText(FuzzedDataProvider data) {
    String text = new String(data.consumeRemainingAsBytes(), StandardCharsets.UTF_8);
    List<Sentence> sentences = SEGMENTER.segment(text);
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      assertThat(s.index()).isEqualTo(i);
      assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      assertThat(s.text()).isNotBlank();
      previousEnd = s.end();
    }
  }
}
