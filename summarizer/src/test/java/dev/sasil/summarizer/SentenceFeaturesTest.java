package dev.sasil.summarizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {

  private static final SentenceFilter FILTER =
      SentenceFilter.standard(StopTerms.standard(), RankingParameters.DEFAULT);
  private static final SentenceFeatures FEATURES =
      new SentenceFeatures(NewsStyle.standard(), RankingParameters.DEFAULT);

  /** A short report: a lead with the day, a figure, a reaction quote, a connective and a pronoun start. */
  private static final String REPORT = String.join("\n",
      "광주시가 내년 3월부터 공공자전거 대여료를 500원 내린다고 8일 밝혔다.",
      "이는 2020년 도입 이후 처음으로 대여료를 낮추는 것이다.",
      "그러나 자전거 정류장 수는 올해와 같은 120곳에 머문다.",
      "한 시민은 “출퇴근길에 더 자주 타게 될 것 같다”고 말했다.",
      "광주시는 이용 실적을 보고 정류장을 늘릴지 정하기로 했다.");

  private static double[][] features(String text, String title) {
    List<Candidate> candidates = FILTER.candidates(Articles.of(text));
    double[] centrality = new double[candidates.size()];
    Arrays.fill(centrality, 1.0);
    return FEATURES.of(candidates, centrality, title);
  }

  private static double value(double[] row, SentenceFeature f) {
    return row[f.ordinal()];
  }

  @Test
  void eachCandidateHasOneValuePerFeature() {
    double[][] f = features(REPORT, null);
    assertThat(f).hasNumberOfRows(5);
    assertThat(f[0]).hasSize(SentenceFeature.COUNT);
  }

  @Test
  void placesAreOneHotForTheFirstFiveAndInteractWithAReport() {
    double[][] f = features(REPORT, null);
    assertThat(value(f[0], SentenceFeature.PLACE_1)).isEqualTo(1.0);
    assertThat(value(f[0], SentenceFeature.PLACE_2)).isEqualTo(0.0);
    assertThat(value(f[2], SentenceFeature.PLACE_3)).isEqualTo(1.0);
    // the report opens with a past-tense statement that names the day
    assertThat(value(f[0], SentenceFeature.REPORT_PLACE_1)).isEqualTo(1.0);
    assertThat(value(f[4], SentenceFeature.LOG_PLACE)).isCloseTo(Math.log(5), within(1e-9));
    assertThat(value(f[4], SentenceFeature.LOG_SIZE)).isCloseTo(Math.log(5), within(1e-9));
    assertThat(value(f[3], SentenceFeature.SIZE_LEAD)).isEqualTo(0.0);
    assertThat(value(f[2], SentenceFeature.SIZE_LEAD)).isCloseTo(Math.log(5), within(1e-9));
  }

  @Test
  void theLeadIsANewsLeadThatNamesADayWithAFigure() {
    double[] lead = features(REPORT, null)[0];
    assertThat(value(lead, SentenceFeature.NEWS_LEAD)).isEqualTo(1.0);
    assertThat(value(lead, SentenceFeature.DAY)).isEqualTo(1.0);
    assertThat(value(lead, SentenceFeature.STATEMENT)).isEqualTo(1.0);
    assertThat(value(lead, SentenceFeature.FIGURES)).isGreaterThan(0.0);
    assertThat(value(lead, SentenceFeature.SUBJECT)).isEqualTo(1.0);
    assertThat(value(lead, SentenceFeature.FINAL_ENDING)).isEqualTo(1.0);
    assertThat(value(lead, SentenceFeature.LATE_NEWS_LEAD)).isEqualTo(0.0);
  }

  @Test
  void aSentenceLeaningOnTheOneBeforeIsMarkedByItsFirstMorpheme() {
    double[][] f = features(REPORT, null);
    assertThat(value(f[1], SentenceFeature.PRONOUN_START)).isEqualTo(1.0);
    assertThat(value(f[2], SentenceFeature.CONNECTIVE_START)).isEqualTo(1.0);
    assertThat(value(f[0], SentenceFeature.CONNECTIVE_START)).isEqualTo(0.0);
    assertThat(value(f[0], SentenceFeature.PRONOUN_START)).isEqualTo(0.0);
  }

  @Test
  void aReactionQuoteAndTheClosingSentenceAreMarked() {
    double[][] f = features(REPORT, null);
    assertThat(value(f[3], SentenceFeature.QUOTE)).isEqualTo(1.0);
    assertThat(value(f[3], SentenceFeature.REPORT_QUOTE)).isEqualTo(1.0);
    assertThat(value(f[3], SentenceFeature.QUOTATION_MARKS)).isEqualTo(0.5);
    assertThat(value(f[4], SentenceFeature.CLOSING)).isEqualTo(1.0);
    assertThat(value(f[3], SentenceFeature.CLOSING)).isEqualTo(0.0);
  }

  @Test
  void headlineTermsAreCountedAndCapped() {
    double[][] none = features(REPORT, null);
    double[][] titled = features(REPORT, "광주시 공공자전거 대여료 500원 인하");
    assertThat(value(none[0], SentenceFeature.HEADLINE)).isEqualTo(0.0);
    assertThat(value(titled[0], SentenceFeature.HEADLINE)).isGreaterThan(value(titled[3], SentenceFeature.HEADLINE));
    assertThat(value(titled[0], SentenceFeature.HEADLINE)).isLessThanOrEqualTo(1.0);
  }

  @Test
  void lengthIsRelativeToTheArticleMeanAndCentralityToTheHighest() {
    List<Candidate> candidates = FILTER.candidates(Articles.of(REPORT));
    double[] centrality = {4, 2, 1, 1, 2};
    double[][] f = FEATURES.of(candidates, centrality, null);
    assertThat(value(f[0], SentenceFeature.CENTRALITY)).isEqualTo(1.0);
    assertThat(value(f[1], SentenceFeature.CENTRALITY)).isEqualTo(0.5);
    double mean = candidates.stream().mapToInt(Candidate::length).average().orElseThrow();
    assertThat(value(f[2], SentenceFeature.LENGTH)).isCloseTo(Math.log(candidates.get(2).length() / mean), within(1e-9));
  }

  @Test
  void aPhotoCaptionDoesNotPushTheLeadDown() {
    String text = "7일 광주 북구의 한 정류장에 공공자전거가 세워져 있다.\n" + REPORT;
    double[][] f = features(text, null);
    assertThat(value(f[0], SentenceFeature.CAPTION)).isEqualTo(1.0);
    assertThat(value(f[0], SentenceFeature.PLACE_1)).isEqualTo(1.0);
    assertThat(value(f[1], SentenceFeature.PLACE_1)).isEqualTo(1.0);
    assertThat(value(f[2], SentenceFeature.PLACE_2)).isEqualTo(1.0);
  }
}
