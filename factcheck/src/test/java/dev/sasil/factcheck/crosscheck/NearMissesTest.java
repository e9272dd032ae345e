package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

class NearMissesTest {

  private static List<Finding> contradictions(String... texts) {
    return CrossChecker.standard().check(ClaimExtractor.standard().extract(Articles.ofDay("2025-03-14", texts)))
        .stream()
        .filter(f -> f.verdict() == Verdict.CONTRADICTION).toList();
  }

  /** The contradictions only this mechanism finds: no owner ties their figures. */
  private static List<Finding> nearMisses(String... texts) {
    return contradictions(texts).stream().filter(f -> f.explanation().contains("precise figures")).toList();
  }

  private static List<String> cited(Finding f) {
    return f.claims().stream().map(Claim::evidence).map(e -> e.articleId() + " " + e.text()).toList();
  }

  @Test
  void twoPreciseFiguresOfOneMeasureCloseButApartContradict() {
    List<Finding> found = contradictions(
        "사흘간 진행된 공모주 청약에 모인 증거금은 약 12조4031억원으로 집계됐다.",
        "공모주 청약 증거금은 12조4301억원으로 올해 최대였다.");
    assertThat(found).hasSize(1);
    assertThat(cited(found.get(0))).containsExactly("a0 약 12조4031억원", "a1 12조4301억원");
  }

  @Test
  void lastYearsFigureIsNoAccountOfAnUndatedFigureOfThisYearsArticle() {
    assertThat(nearMisses(
        "이는 지난해 정부 연구개발 예산 5,432억 원보다 약 20% 늘어난 규모다.",
        "청의 예산은 5418억원으로 출발한다.")).isEmpty();
  }

  @Test
  void aRoundFigureBesideThePreciseOneIsNoSecondFact() {
    List<Finding> found = contradictions(
        "공모주 청약에 증거금 12조원 몰려. 사흘간 진행된 공모주 청약에 모인 증거금은 약 12조4031억원으로 집계됐다.",
        "공모주 청약 증거금은 12조4301억원으로 올해 최대였다.");
    assertThat(found).hasSize(1);
  }

  @Test
  void anArticleThatGivesBothValuesTellsTwoFacts() {
    assertThat(contradictions(
        "올해 지원자는 41만2370명으로 지난해 지원자 41만1025명보다 늘었다.",
        "지원자는 41만1025명으로 집계됐다.")).isEmpty();
  }

  @Test
  void figuresFurtherApartThanARoundingSlipAreTwoFacts() {
    assertThat(nearMisses(
        "이 회사의 증거금은 4조2670억원으로 집계됐다.",
        "증거금은 4조4606억원으로 집계됐다.")).isEmpty();
  }

  @Test
  void aMeasureOfManyValuesContradictsOnlyByADigitSlip() {
    assertThat(contradictions(
        "박람회를 찾은 관람객은 52만3120명으로 집계됐다.",
        "박람회에 52만9870명의 관람객이 다녀갔다.")).isEmpty();
    assertThat(contradictions(
        "박람회를 찾은 관람객은 52만3120명으로 집계됐다.",
        "박람회에 52만8120명의 관람객이 다녀갔다.")).hasSize(1);
  }

  @Test
  void aFigureBothSentencesStateTiesTwoFiguresOfAManyValuedMeasure() {
    List<Finding> found = contradictions(
        "종전 최고 기록은 1998년 7월 31일 154.5mm다.",
        "종전 기록인 1998년 7월 31일의 강수량 154.2mm를 넘어섰다.",
        "시간당 강수량은 종전 기록인 154.2mm를 넘어섰다.");
    assertThat(found).hasSize(1);
    assertThat(cited(found.get(0))).containsExactly("a0 154.5mm", "a1 154.2mm", "a2 154.2mm");
  }

  @Test
  void listItemsSharingTheirNeighboursAreStillDifferentItems() {
    assertThat(contradictions(
        "지역별로는 강원(-12.52%), 경북(-10.03%), 전남(-8.75%) 순이었다.",
        "지역별로는 충북(-12.74%), 경북(-10.03%), 제주(-5.59%) 순이었다.")).isEmpty();
  }
}
