package dev.sasil.factcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.eval.FindingsScore.Judgement;
import dev.sasil.factcheck.time.TimeValue;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scorer on an invented town (초록시) reported by three articles, k1 to k3. The same gold and
 * findings written as JSON give, with {@code tools/score_findings.py}: FOUND ag1, MISSED ag2, FOUND
 * ag3, FOUND c1, FOUND c2, MISSED c3, LINKED n1, ok n2, "contradiction findings: 2, matching gold:
 * 1" and {@code recall=0.75 precision=0.50 stretch=1/2 distractor_links=1}.
 */
class FindingsScorerTest {

  // k1
  private static final String LIBRARY_1 = "초록시는 2019년 새 도서관을 열었다.";
  private static final String PEOPLE_1 = "초록시의 인구는 12만명이다.";
  private static final String BUS = "초록시 버스 요금은 1500원이다.";
  private static final String OPENED_5_YEARS = "도서관은 개관 5년 만에 방문객 100만명을 넘겼다.";
  private static final String PARK_1 = "초록시는 지난해 강변 공원을 새로 꾸몄다.";
  // k2
  private static final String LIBRARY_2 = "초록시 도서관은 2019년 문을 열었다.";
  private static final String FESTIVAL_2 = "초록시 축제는 10월 3일에 열린다.";
  private static final String TAXI = "초록시 택시 기본요금은 4800원이다.";
  private static final String PARK_2 = "강변 공원 공사는 2024년에 끝났다.";
  // k3
  private static final String PEOPLE_3 = "초록시 인구는 15만 명으로 늘었다.";
  private static final String FESTIVAL_3 = "초록시 축제는 10월 4일 열렸다.";
  private static final String VISITORS_2024 = "도서관 방문객은 2024년 100만명을 넘었다.";

  private static Claim claim(String article, String sentence) {
    return new Claim("초록시", "test", TimeValue.ofYear(2019), List.of(),
        new Evidence(article, 0, sentence, 0, 1, sentence.substring(0, 1)), "");
  }

  private static Finding finding(Verdict verdict, Claim... claims) {
    return new Finding("초록시", "test", List.of(), verdict, Arrays.asList(claims), "");
  }

  private static GoldItem item(GoldSection section, String id, boolean stretch, String... articleAndText) {
    GoldEvidence[] ev = new GoldEvidence[articleAndText.length / 2];
    for (int i = 0; i < ev.length; i++) {
      ev[i] = new GoldEvidence(articleAndText[2 * i], articleAndText[2 * i + 1]);
    }
    return new GoldItem(section, id, "about " + id, stretch, List.of(ev));
  }

  private static final GoldFindings GOLD = new GoldFindings("초록시",
      List.of(
          item(GoldSection.AGREEMENTS, "ag1", false, "k1", "2019년 새 도서관", "k2", "도서관은 2019년"),
          // k2's sentence is not cited by the single-source finding: not covered
          item(GoldSection.AGREEMENTS, "ag2", false, "k1", "강변 공원을", "k2", "2024년에 끝났다"),
          item(GoldSection.AGREEMENTS, "ag3", true, "k1", "개관 5년 만에", "k3", "2024년 100만명")),
      List.of(
          // spaces (a no-break space too) do not count
          item(GoldSection.CONTRADICTIONS, "c1", false, "k1", "초록시의  인구는\u00a012만", "k3", "15만 명"),
          // found in recall, yet the finding covers an either item, so it is not counted in precision
          item(GoldSection.CONTRADICTIONS, "c2", false, "k3", "10월 4일"),
          item(GoldSection.CONTRADICTIONS, "c3", true, "k1", "2019년 새 도서관", "k3", "2024년 100만명")),
      List.of(item(GoldSection.EITHER, "e1", false, "k2", "10월 3일", "k3", "10월 4일")),
      List.of(
          item(GoldSection.NOT_CONTRADICTIONS, "n1", false, "k1", "버스 요금", "k2", "택시 기본요금"),
          item(GoldSection.NOT_CONTRADICTIONS, "n2", false, "k1", "인구는", "k2", "택시")));

  private static final List<Finding> FINDINGS = List.of(
      finding(Verdict.CONTRADICTION, claim("k1", PEOPLE_1), claim("k3", PEOPLE_3)),
      finding(Verdict.CONTRADICTION, claim("k2", FESTIVAL_2), claim("k3", FESTIVAL_3)),
      finding(Verdict.CONTRADICTION, claim("k1", BUS), claim("k2", TAXI)),
      finding(Verdict.AGREEMENT, claim("k1", LIBRARY_1), claim("k2", LIBRARY_2)),
      finding(Verdict.AGREEMENT, claim("k1", OPENED_5_YEARS), claim("k3", VISITORS_2024)),
      finding(Verdict.SINGLE_SOURCE, claim("k1", PARK_1)),
      // an agreement that covers c3's evidence does not find a contradiction
      finding(Verdict.AGREEMENT, claim("k1", LIBRARY_1), claim("k3", VISITORS_2024)),
      finding(Verdict.SINGLE_SOURCE, claim("k2", PARK_2)));

  private final FindingsScore score = FindingsScorer.score(GOLD, FINDINGS);

  @Test
  void countsAgreeWithScoreFindingsPy() {
    assertThat(score.counts()).isEqualTo(new ScoreCounts(3, 4, 1, 2, 1, 2, 2, 1));
    assertThat(ScoreCounts.twoDecimals(score.counts().recall())).isEqualTo("0.75");
    assertThat(ScoreCounts.twoDecimals(score.counts().contradictionPrecision())).isEqualTo("0.50");
  }

  @Test
  void everyGoldItemHasAnOutcomeInSectionOrder() {
    assertThat(score.items()).extracting(o -> o.item().id() + "=" + o.hit())
        .containsExactly("ag1=true", "ag2=false", "ag3=true", "c1=true", "c2=true", "c3=false", "e1=true",
            "n1=true", "n2=false");
  }

  @Test
  void aFindingMustCiteEveryEvidenceEntryWithTheRightVerdict() {
    // ag2: only one of its two articles is cited by any finding; c3: cited, but by an agreement
    assertThat(outcome("ag2").hit()).isFalse();
    assertThat(outcome("c3").hit()).isFalse();
  }

  @Test
  void stretchItemsAreCountedApartFromRecall() {
    assertThat(outcome("ag3").hit()).isTrue();
    assertThat(score.counts().stretchFound()).isEqualTo(1);
    assertThat(score.counts().stretchTotal()).isEqualTo(2);
    assertThat(score.counts().total()).isEqualTo(4);
  }

  @Test
  void contradictionFindingsAreJudgedTrueEitherOrFalse() {
    assertThat(score.contradictions()).extracting(c -> c.judgement() + " " + c.covers())
        .containsExactly("TRUE [c1]", "EITHER [e1]", "FALSE [n1]");
  }

  @Test
  void aFindingCoveringAnEitherItemIsLeftOutOfPrecisionEvenWhenItAlsoCoversAGoldContradiction() {
    assertThat(outcome("c2").hit()).isTrue();
    assertThat(score.contradictions().get(1).judgement()).isEqualTo(Judgement.EITHER);
    assertThat(score.counts().contradictionFindings()).isEqualTo(2);
  }

  @Test
  void aLookAlikeCoveredByAContradictionFindingIsLinked() {
    assertThat(outcome("n1").hit()).isTrue();
    assertThat(outcome("n2").hit()).isFalse();
    assertThat(score.counts().lookAlikesLinked()).isEqualTo(1);
    assertThat(score.counts().lookAlikes()).isEqualTo(2);
  }

  @Test
  void withoutContradictionFindingsPrecisionIsOneAndWithoutGoldRecallIsOne() {
    FindingsScore none = FindingsScorer.score(new GoldFindings("", List.of(), List.of(), List.of(), List.of()),
        List.of(finding(Verdict.AGREEMENT, claim("k1", LIBRARY_1))));
    assertThat(none.counts()).isEqualTo(ScoreCounts.ZERO);
    assertThat(none.counts().recall()).isEqualTo(1.0);
    assertThat(none.counts().contradictionPrecision()).isEqualTo(1.0);
  }

  private FindingsScore.ItemOutcome outcome(String id) {
    return score.items().stream().filter(o -> o.item().id().equals(id)).findFirst().orElseThrow();
  }
}
