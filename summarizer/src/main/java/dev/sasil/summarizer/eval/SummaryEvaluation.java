package dev.sasil.summarizer.eval;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.Published;
import dev.sasil.core.read.RawDocument;
import dev.sasil.summarizer.Summarizer;
import dev.sasil.summarizer.Summary;
import dev.sasil.summarizer.SummaryOptions;
import dev.sasil.summarizer.SummarySentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Scores a summarizer on a labelled corpus the way {@code sasil summarize} would run on it: each
 * record's {@code title} and {@code text} go through the article pipeline (cleaning, sentences,
 * Nori) and the summarizer; the chosen sentences, joined, are scored against the gold sentences,
 * joined. Lead-k (the first k gold-split sentences, as {@code score_summaries.py} does), the k
 * longest sentences (a control: how far length alone goes, since F1 against 4-5 gold sentences
 * rewards long ones) and the {@link GreedyOracle} over the gold split are scored in the same run. Thread-safe when the
 * pipeline and summarizer are.
 */
public final class SummaryEvaluation {

  private final ArticlePipeline pipeline;
  private final Summarizer summarizer;
  private final List<RougeTokenizer> tokenizers;

  public SummaryEvaluation(ArticlePipeline pipeline, Summarizer summarizer, List<RougeTokenizer> tokenizers) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    this.tokenizers = List.copyOf(tokenizers);
    if (this.tokenizers.isEmpty()) {
      throw new IllegalArgumentException("no tokenizer");
    }
  }

  /** The article the pipeline makes of a record, as {@code sasil summarize} would read it. */
  public Article article(LabelledArticle record) {
    return pipeline.process(new RawDocument(
        record.id(), record.id(), record.title(), record.url(), Published.UNKNOWN, record.text(), false));
  }

  /**
   * Mean ROUGE of the system with {@code options}, of Lead-k and of the k-sentence Oracle.
   *
   * @param k sentences of the Lead and Oracle baselines
   */
  public EvaluationReport evaluate(List<LabelledArticle> corpus, SummaryOptions options, int k) {
    List<String> systemTexts = new ArrayList<>();
    int systemSentences = 0;
    for (LabelledArticle record : corpus) {
      Summary s = summarizer.summarize(article(record), options);
      systemSentences += s.sentences().size();
      systemTexts.add(String.join(" ", s.sentences().stream().map(SummarySentence::text).toList()));
    }
    List<EvaluationReport.Row> rows = new ArrayList<>();
    int n = corpus.size();
    double denom = Math.max(1, n);
    for (RougeTokenizer tok : tokenizers) {
      RougeScores sys = RougeScores.ZERO;
      Map<String, Baseline> baselines = new LinkedHashMap<>();
      baselines.put("lead-" + k, (record, tokens, reference) -> lead(record.sentences().size(), k));
      baselines.put("longest-" + k, (record, tokens, reference) -> longest(record.sentences(), k));
      baselines.put("oracle-" + k, (record, tokens, reference) -> GreedyOracle.select(tokens, reference, k));
      Map<String, RougeScores> baselineScores = new LinkedHashMap<>();
      Map<String, Integer> baselineSentences = new LinkedHashMap<>();
      for (int a = 0; a < n; a++) {
        LabelledArticle record = corpus.get(a);
        List<String> reference = tok.tokens(record.reference());
        List<List<String>> sentenceTokens = record.sentences().stream().map(tok::tokens).toList();
        sys = sys.plus(scale(Rouge.score(tok.tokens(systemTexts.get(a)), reference), n));
        for (Map.Entry<String, Baseline> b : baselines.entrySet()) {
          List<Integer> picked = b.getValue().pick(record, sentenceTokens, reference);
          RougeScores score = scale(Rouge.score(GreedyOracle.concat(sentenceTokens, picked), reference), n);
          baselineScores.merge(b.getKey(), score, RougeScores::plus);
          baselineSentences.merge(b.getKey(), picked.size(), Integer::sum);
        }
      }
      rows.add(new EvaluationReport.Row(tok.name(), "system", sys, systemSentences / denom));
      for (String name : baselines.keySet()) {
        rows.add(new EvaluationReport.Row(tok.name(), name, baselineScores.getOrDefault(name, RougeScores.ZERO),
            baselineSentences.getOrDefault(name, 0) / denom));
      }
    }
    return new EvaluationReport(n, rows);
  }

  /** A k-sentence baseline: the indices, ascending, it picks from a record's gold sentences. */
  private interface Baseline {
    List<Integer> pick(LabelledArticle record, List<List<String>> sentenceTokens, List<String> reference);
  }

  /** The first k sentences. */
  private static List<Integer> lead(int sentences, int k) {
    return IntStream.range(0, Math.min(k, sentences)).boxed().toList();
  }

  /** The k longest sentences (ties: the earlier), in article order: a length-only control. */
  static List<Integer> longest(List<String> sentences, int k) {
    List<Integer> idx = new ArrayList<>(IntStream.range(0, sentences.size()).boxed().toList());
    idx.sort((a, b) -> sentences.get(b).length() != sentences.get(a).length()
        ? Integer.compare(sentences.get(b).length(), sentences.get(a).length())
        : Integer.compare(a, b));
    List<Integer> out = new ArrayList<>(idx.subList(0, Math.min(k, idx.size())));
    out.sort(null);
    return out;
  }

  private static RougeScores scale(RougeScores s, int n) {
    return new RougeScores(s.rouge1() / n, s.rouge2() / n, s.rougeL() / n);
  }
}
