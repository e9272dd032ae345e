package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ratios to one; every sentence here is written for the test. */
class RatioFramesTest {

  @Test
  void aRatioNounBeforeOneJoinedByDaeToANumberGivesThatNumber() {
    assertThat(ClaimFacts.facts("2031-07-18", "두 회사의 합병 비율은 1 대 0.7512로 정해졌다."))
        .containsExactly(" 합병비율 0.7512");
    assertThat(ClaimFacts.facts("2031-07-18", "주식 교환비율은 1대 0.35로 정해졌다."))
        .containsExactly(" 교환비율 0.35");
  }

  @Test
  void theSecondSidesNameMayStandBetweenTheNumbersAndTheirNumbersCountNothing() {
    assertThat(ClaimFacts.facts("2031-07-18", "합병 비율은 가람전자 1 대 나래전자 0.7512로 산출됐다."))
        .containsExactly(" 합병비율 0.7512");
    assertThat(ClaimFacts.facts("2031-07-18", "합병비율은 1대 0.75 수준이다.")).noneMatch(f -> f.contains("COUNT") || f.endsWith(" 1"));
  }

  @Test
  void aFirstSideOtherThanOneAndNumbersWithNoRatioNounAreNoRatio() {
    assertThat(ClaimFacts.facts("2031-07-18", "찬반 비율은 2대 3이었다.")).noneMatch(f -> f.contains("비율"));
    assertThat(ClaimFacts.facts("2031-07-18", "남녀 비율은 3대 1이었다.")).noneMatch(f -> f.contains("비율"));
    assertThat(ClaimFacts.facts("2031-07-18", "가람은 나래를 3대 1로 꺾었다.")).noneMatch(f -> f.contains("비율"));
  }

  @Test
  void aRatioRoundedAgreesWithItsPreciseFigureAndAnotherRatioContradicts() {
    List<Finding> agree = ClaimFacts.compare(
        Articles.of("a", "2031-07-18", "합병 비율은 1 대 0.7512다."),
        Articles.of("b", "2031-07-18", "합병비율은 1대 0.75 수준으로 결정됐다."));
    assertThat(agree).anyMatch(f -> f.verdict() == Verdict.AGREEMENT && f.attribute().equals("합병비율"));
    List<Finding> differ = ClaimFacts.compare(
        Articles.of("a", "2031-07-18", "합병 비율은 1 대 0.7512다."),
        Articles.of("b", "2031-07-18", "합병 비율은 1 대 0.9다."));
    assertThat(differ).anyMatch(f -> f.verdict() == Verdict.CONTRADICTION && f.attribute().equals("합병비율"));
  }
}
