package dev.sasil.cli;

import dev.sasil.core.morph.NoriAnalyzer;
import dev.sasil.summarizer.RankingParameters;
import dev.sasil.summarizer.SummaryOptions;
import dev.sasil.summarizer.TextRankSummarizer;
import dev.sasil.summarizer.eval.EvaluationReport;
import dev.sasil.summarizer.eval.LabelledArticle;
import dev.sasil.summarizer.eval.LabelledCorpus;
import dev.sasil.summarizer.eval.MorphemeTokenizer;
import dev.sasil.summarizer.eval.RougeTokenizer;
import dev.sasil.summarizer.eval.SummaryEvaluation;
import dev.sasil.summarizer.eval.WordTokenizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sasil eval summarize}: ROUGE of our summaries beside Lead-k, Longest-k and the Oracle. */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = {
      "ROUGE-1/2/L F1 of summaries against labelled sentences, beside Lead-k, the k longest"
          + " sentences and the greedy Oracle, all computed in the same run.",
      "Tokens: 'words' are the tokens of score_summaries.py (lower-cased runs of [가-힣a-z0-9]);"
          + " 'morphemes' are Nori morphemes without punctuation."
    })
final class EvalSummarizeCommand implements Callable<Integer> {

  /** Which tokenizations to score with. */
  enum Tokens { words, morphemes, both }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.jsonl",
      description = "Labelled corpus: id, title, text, sentences, summary (indices into sentences).")
  Path file;

  @Option(names = "--sentences", paramLabel = "N", defaultValue = "3",
      description = "Sentences per summary, and k of the baselines (default: ${DEFAULT-VALUE}).")
  int sentences;

  @Option(names = "--tokens", paramLabel = "TOKENS", defaultValue = "both",
      description = "words, morphemes or both (default: ${DEFAULT-VALUE}).")
  Tokens tokens;

  @Option(names = "--param", paramLabel = "NAME=VALUE",
      description = "Override a ranking parameter (e.g. lengthExponent=0, similarity=tfidf_cosine), for tuning.")
  Map<String, String> params = new TreeMap<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SummaryOptions options;
    RankingParameters ranking;
    try {
      options = SummaryOptions.ofSentences(sentences);
      ranking = RankingParameters.DEFAULT.with(params);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    List<LabelledArticle> corpus;
    try {
      corpus = LabelledCorpus.read(file);
    } catch (IOException e) {
      err.println("sasil: " + file + ": " + dev.sasil.core.read.InputProblem.describe(e));
      err.flush();
      return ExitCodes.SOME_FAILED;
    }
    List<RougeTokenizer> tokenizers = new ArrayList<>();
    if (tokens != Tokens.morphemes) {
      tokenizers.add(new WordTokenizer());
    }
    if (tokens != Tokens.words) {
      tokenizers.add(new MorphemeTokenizer(NoriAnalyzer.withBundledDictionary()));
    }
    SummaryEvaluation evaluation =
        new SummaryEvaluation(ArticleLoader.pipeline(), new TextRankSummarizer(ranking), tokenizers);
    EvaluationReport report = evaluation.evaluate(corpus, options, sentences);
    out.printf(Locale.ROOT, "%s: %d articles, %d sentences per summary; ROUGE F1 x 100%n",
        file.getFileName(), report.articles(), sentences);
    out.printf(Locale.ROOT, "%-10s %-11s %6s %6s %6s %10s%n", "tokens", "system", "R-1", "R-2", "R-L", "sentences");
    for (EvaluationReport.Row r : report.rows()) {
      out.printf(Locale.ROOT, "%-10s %-11s %6.1f %6.1f %6.1f %10.2f%n", r.tokens(), r.system(),
          100 * r.mean().rouge1(), 100 * r.mean().rouge2(), 100 * r.mean().rougeL(), r.meanSentences());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
