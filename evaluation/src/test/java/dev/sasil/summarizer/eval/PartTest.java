package dev.sasil.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PartTest {

  @Test
  void trainAndTestSplitEveryIdOneWayOrTheOther() {
    for (int i = 0; i < 200; i++) {
      String id = "article-" + i;
      assertThat(Part.TRAIN.includes(id)).isNotEqualTo(Part.TEST.includes(id));
      assertThat(Part.ALL.includes(id)).isTrue();
    }
  }

  @Test
  void aboutAThirdIsHeldOutAndTheSplitIsFixed() {
    long test = IntStream.range(0, 600).filter(i -> Part.TEST.includes("a" + i)).count();
    assertThat(test).isBetween(150L, 250L);
    assertThat(Part.TEST.includes("altman-1")).isEqualTo(Part.TEST.includes("altman-1"));
  }
}
