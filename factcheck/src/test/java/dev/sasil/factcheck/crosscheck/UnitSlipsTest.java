package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitSlipsTest {

  private static List<Finding> slips(String... texts) {
    return CrossChecker.standard().check(ClaimExtractor.standard().extract(Articles.ofDay("2025-01-02", texts)))
        .stream()
        .filter(f -> f.verdict() == Verdict.CONTRADICTION && f.explanation().contains("unit word")).toList();
  }

  @Test
  void theSameDigitsOfOneMeasureWithASlippedUnitWordContradict() {
    List<Finding> found = slips(
        "지난해 우리나라 수출액이 처음으로 7000억달러를 돌파했다.",
        "지난해 수출액은 사상 처음 7000만 달러를 돌파했다.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).claims()).extracting(Claim::evidence).extracting(e -> e.articleId() + " " + e.text())
        .contains("a0 7000억달러", "a1 7000만 달러");
  }

  @Test
  void anArticleGivingBothAmountsTellsTwoFacts() {
    assertThat(slips(
        "지원금은 1인당 300만원씩 모두 300억원 규모다.",
        "지원금은 모두 300억원 규모다.")).isEmpty();
  }

  @Test
  void figuresTenTimesApartAreNoSlippedUnitWord() {
    assertThat(slips(
        "지난해 수출액은 700억달러를 기록했다.",
        "지난해 수출액은 7000억달러를 기록했다.")).isEmpty();
  }
}
