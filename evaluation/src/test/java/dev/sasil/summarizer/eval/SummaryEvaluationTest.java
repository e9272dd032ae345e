package dev.sasil.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.testing.TestData;
import dev.sasil.summarizer.CleanLead;
import dev.sasil.summarizer.RankingParameters;
import dev.sasil.summarizer.SummaryOptions;
import dev.sasil.summarizer.TextRankSummarizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryEvaluationTest {

  /**
   * The ROUGE-L floor (score_summaries.py tokens, 3 sentences) on sci-news-sum-kr-50: the issue's
   * 62, reached with 62.4 by the default parameters (62.6 before the selection model ranked short
   * and figure-dense articles, 64.2 before the straight-news report's length exponent);
   * Lead-3 scores 33.7, the cleaned Lead-3 37.4 and the 3 longest gold sentences 63.5.
   */
  private static final double SCI_NEWS_FLOOR = 0.62;

  /**
   * The ROUGE-L floor on our 65 labelled general-news articles (eval/summaries), slightly below
   * the 81.4 of the default parameters (77.5 before the selection model, 68.2 before the
   * straight-news window, 59.5 before the news ranking; the cleaned Lead-3 78.1).
   */
  private static final double REAL_NEWS_FLOOR = 0.81;

  /**
   * The floor on the held-out third of the same articles (20, not used to fit the selection model
   * nor by the grid search): 76.4 (71.9 before the selection model); the cleaned Lead-3 scores 73.3.
   */
  private static final double REAL_NEWS_TEST_FLOOR = 0.76;

  /**
   * The floor on the second, blind set of labels (84 articles; the model was fitted on two thirds
   * of it): 79.9 (70.0 before the selection model); the cleaned Lead-3 scores 74.3.
   */
  private static final double BLIND_NEWS_FLOOR = 0.79;

  private static SummaryEvaluation evaluation() {
    return new SummaryEvaluation(ArticlePipeline.standard(), TextRankSummarizer.standard(),
        new CleanLead(RankingParameters.DEFAULT), List.of(new WordTokenizer()));
  }

  @Test
  void rougeLOnSciNewsSumStaysAboveTheFloorAndAboveTheLead() throws Exception {
    Path file = TestData.sharedFile("eval/summarization/sci-news-sum-kr-50.jsonl");
    EvaluationReport report = evaluation().evaluate(LabelledCorpus.read(file), SummaryOptions.ofSentences(3), 3);
    assertThat(report.articles()).isEqualTo(50);
    double system = report.row("words", "system").mean().rougeL();
    assertThat(system).isGreaterThanOrEqualTo(SCI_NEWS_FLOOR);
    assertThat(system).isGreaterThan(report.row("words", "lead-3-clean").mean().rougeL());
    assertThat(report.row("words", "lead-3").mean().rougeL()).isBetween(0.33, 0.34);
    assertThat(report.row("words", "oracle-3").mean().rougeL()).isGreaterThan(system);
  }

  @Test
  void rougeLOnLabelledGeneralNewsStaysAboveTheFloorWithFewClosingSentences() throws Exception {
    Path file = TestData.root().resolve("../summ-data/realnews-sum.jsonl").normalize();
    TestData.assume(Files.exists(file),
        file + " is absent (build it with eval/summaries/build.py): skipping the general-news floor");
    EvaluationReport report = evaluation().evaluate(LabelledCorpus.read(file), SummaryOptions.ofSentences(3), 3);
    assertThat(report.articles()).isEqualTo(65);
    assertThat(report.row("words", "system").mean().rougeL()).isGreaterThanOrEqualTo(REAL_NEWS_FLOOR)
        .isGreaterThan(report.row("words", "lead-3-clean").mean().rougeL());
    assertThat(report.systemRates().last()).isLessThanOrEqualTo(0.10);
    assertThat(report.systemRates().lead()).isGreaterThanOrEqualTo(0.90);
    assertThat(report.systemRates().quote()).isLessThanOrEqualTo(0.20);
    EvaluationReport test = evaluation().evaluate(Part.TEST.of(LabelledCorpus.read(file)), SummaryOptions.ofSentences(3), 3);
    assertThat(test.articles()).isEqualTo(20);
    assertThat(test.row("words", "system").mean().rougeL()).isGreaterThanOrEqualTo(REAL_NEWS_TEST_FLOOR);
  }

  @Test
  void rougeLOnTheBlindLabelsStaysAboveTheFloorAndTheCleanedLead() throws Exception {
    Path file = TestData.root().resolve("../summ-data/realnews-sum-blind.jsonl").normalize();
    TestData.assume(Files.exists(file), file
        + " is absent (build it with eval/summaries/build.py --labels labels-blind.txt): skipping the blind-label floor");
    EvaluationReport report = evaluation().evaluate(LabelledCorpus.read(file), SummaryOptions.ofSentences(3), 3);
    assertThat(report.articles()).isGreaterThanOrEqualTo(80);
    assertThat(report.row("words", "system").mean().rougeL()).isGreaterThanOrEqualTo(BLIND_NEWS_FLOOR)
        .isGreaterThan(report.row("words", "lead-3-clean").mean().rougeL());
    assertThat(report.systemRates().quote()).isLessThanOrEqualTo(0.20);
  }

  @Test
  void baselinesAndRatesAreComputedOnATinyCorpus() {
    LabelledArticle a = new LabelledArticle("t", null, null,
        "삼성전자가 평택에 반도체 공장을 짓기 시작했다. 새 공장에는 30조원이 투입된다. 회사는 메모리를 생산할 계획이다.",
        List.of("삼성전자가 평택에 반도체 공장을 짓기 시작했다.", "새 공장에는 30조원이 투입된다.", "회사는 메모리를 생산할 계획이다."),
        List.of(0));
    EvaluationReport report = evaluation().evaluate(List.of(a), SummaryOptions.ofSentences(1), 1);
    assertThat(report.row("words", "lead-1").mean().rougeL()).isEqualTo(1.0);
    assertThat(report.row("words", "lead-1-clean").mean().rougeL()).isEqualTo(1.0);
    assertThat(report.row("words", "oracle-1").mean().rougeL()).isEqualTo(1.0);
    assertThat(report.row("words", "system").meanSentences()).isEqualTo(1.0);
    assertThat(report.rows()).extracting(EvaluationReport.Row::system)
        .containsExactly("system", "lead-1", "lead-1-clean", "longest-1", "oracle-1");
    assertThat(report.goldRates().lead()).isEqualTo(1.0);
    assertThat(report.goldRates().last()).isEqualTo(0.0);
    assertThat(report.goldRates().quote()).isEqualTo(0.0);
    assertThat(report.goldRates().meanChars()).isEqualTo(26.0);
  }

  @Test
  void sentencesMatchAcrossSplitsAndCleaning() {
    assertThat(SummaryEvaluation.same("[지역일보=김철수 기자] 부산시가 요금을 올린다.", "부산시가 요금을 올린다.")).isTrue();
    assertThat(SummaryEvaluation.same("부산시가  요금을 올린다.", "부산시가 요금을\n올린다.")).isTrue();
    assertThat(SummaryEvaluation.same("올린다.", "부산시가 요금을 올린다.")).isFalse();
    assertThat(SummaryEvaluation.same("부산시가 요금을 올린다.", "대구시가 요금을 내린다.")).isFalse();
  }
}
