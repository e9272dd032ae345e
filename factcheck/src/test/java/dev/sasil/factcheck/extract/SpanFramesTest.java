package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spans counted from an event; every sentence here is written for the test. */
class SpanFramesTest {

  @Test
  void aSpanIsHowLongAfterSomethingItsSubjectsEventHappened() {
    assertThat(ClaimFacts.facts("2031-01-10", "긴축 기조는 3년 2개월 만에 마무리됐다."))
        .containsExactly("긴축기조 마무리 P38M");
    assertThat(ClaimFacts.facts("2031-01-10", "파업은 닷새 만에 끝났다."))
        .containsExactly("파업 끝나 P5D");
  }

  @Test
  void aSpanLeadingToARecordOrWithNoSubjectIsNoClaim() {
    assertThat(ClaimFacts.facts("2031-01-10", "올해 수출은 32년 만에 최고치를 기록했다.")).isEmpty();
    assertThat(ClaimFacts.facts("2031-01-10", "3년 만에 다시 열렸다.")).isEmpty();
  }

  @Test
  void theSameSpanWrittenInOtherUnitsAgrees() {
    List<Finding> f = ClaimFacts.compare(
        Articles.of("a", "2031-01-10", "긴축 기조는 38개월 만에 마무리됐다."),
        Articles.of("b", "2031-01-10", "긴축 기조는 3년 2개월 만에 마무리됐다."));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(x.attribute()).isEqualTo("마무리");
    });
  }
}
