package dev.sasil.core.text.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.Sentence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenNlpSentenceBaselineTest {

  @Test
  void learnsToSplitAtSentenceEndsAndKeepsOffsetsExact() throws Exception {
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      sentences.add("회사는 " + i + "일 새 모델을 공개했다.");
      sentences.add("성능은 " + i + ".5배 좋아졌다.");
    }
    OpenNlpSentenceBaseline baseline = OpenNlpSentenceBaseline.train(List.of(GoldText.of("train", List.of(sentences))));
    String text = "회사는 3일 새 모델을 공개했다. 성능은 2.5배 좋아졌다.\n다음 줄이다.";
    List<Sentence> out = baseline.segment(text);
    for (Sentence s : out) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(out).extracting(Sentence::text)
        .containsExactly("회사는 3일 새 모델을 공개했다.", "성능은 2.5배 좋아졌다.", "다음 줄이다.");
  }

  @Test
  void refusesToTrainOnNothing() {
    assertThatThrownBy(() -> OpenNlpSentenceBaseline.train(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
