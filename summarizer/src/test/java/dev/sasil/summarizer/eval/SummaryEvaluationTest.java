package dev.sasil.summarizer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.testing.TestData;
import dev.sasil.summarizer.CleanLead;
import dev.sasil.summarizer.RankingParameters;
import dev.sasil.summarizer.SummaryOptions;
import dev.sasil.summarizer.TextRankSummarizer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryEvaluationTest {

  /**
   * The ROUGE-L floor (score_summaries.py tokens, 3 sentences) on sci-news-sum-kr-50, slightly
   * below the 66.0 reached with the rule segmenter and the default parameters; Lead-3 scores 33.7 and the 3 longest gold
   * sentences 63.5.
   */
  private static final double ROUGE_L_FLOOR = 0.65;

  @Test
  void rougeLOnSciNewsSumStaysAboveTheFloorAndAboveTheBaselines() throws Exception {
    Path file = TestData.sharedFile("eval/summarization/sci-news-sum-kr-50.jsonl");
    List<LabelledArticle> corpus = LabelledCorpus.read(file);
    SummaryEvaluation evaluation =
        new SummaryEvaluation(ArticlePipeline.standard(), TextRankSummarizer.standard(),
            new CleanLead(RankingParameters.DEFAULT), List.of(new WordTokenizer()));
    EvaluationReport report = evaluation.evaluate(corpus, SummaryOptions.ofSentences(3), 3);
    assertThat(report.articles()).isEqualTo(50);
    double system = report.row("words", "system").mean().rougeL();
    assertThat(system).isGreaterThanOrEqualTo(ROUGE_L_FLOOR);
    assertThat(system).isGreaterThan(report.row("words", "longest-3").mean().rougeL());
    assertThat(report.row("words", "lead-3").mean().rougeL()).isBetween(0.33, 0.34);
    assertThat(report.row("words", "oracle-3").mean().rougeL()).isGreaterThan(system);
  }

  @Test
  void baselinesAreComputedOnATinyCorpus() {
    LabelledArticle a = new LabelledArticle("t", null, null,
        "삼성전자가 평택에 반도체 공장을 짓기 시작했다. 새 공장에는 30조원이 투입된다. 회사는 메모리를 생산할 계획이다.",
        List.of("삼성전자가 평택에 반도체 공장을 짓기 시작했다.", "새 공장에는 30조원이 투입된다.", "회사는 메모리를 생산할 계획이다."),
        List.of(0));
    SummaryEvaluation evaluation =
        new SummaryEvaluation(ArticlePipeline.standard(), TextRankSummarizer.standard(),
            new CleanLead(RankingParameters.DEFAULT), List.of(new WordTokenizer()));
    EvaluationReport report = evaluation.evaluate(List.of(a), SummaryOptions.ofSentences(1), 1);
    assertThat(report.row("words", "lead-1").mean().rougeL()).isEqualTo(1.0);
    assertThat(report.row("words", "oracle-1").mean().rougeL()).isEqualTo(1.0);
    assertThat(report.row("words", "system").meanSentences()).isEqualTo(1.0);
    assertThat(report.rows()).extracting(EvaluationReport.Row::system)
        .containsExactly("system", "lead-1", "lead-1-clean", "longest-1", "oracle-1");
  }
}
