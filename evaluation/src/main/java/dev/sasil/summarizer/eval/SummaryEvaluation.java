package dev.sasil.summarizer.eval;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.core.Published;
import dev.sasil.core.Sentence;
import dev.sasil.core.read.RawDocument;
import dev.sasil.summarizer.CleanLead;
import dev.sasil.summarizer.DirectQuotes;
import dev.sasil.summarizer.Summarizer;
import dev.sasil.summarizer.SummaryOptions;
import dev.sasil.summarizer.SummarySentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Scores a summarizer on a labelled corpus the way {@code sasil summarize} would run on it: each
 * record's {@code title} and {@code text} go through the article pipeline (cleaning, sentences,
 * Nori) and the summarizer; the chosen sentences, joined, are scored against the gold sentences,
 * joined. Scored in the same run: Lead-k (the first k gold-split sentences, as {@code
 * score_summaries.py} does, headlines and bylines included when the split has them), the cleaned
 * Lead-k ({@link CleanLead}: the first k sentences the summarizer could choose), the k longest
 * sentences (a control: how far length alone goes, since F1 against long gold sentences rewards
 * long ones) and the {@link GreedyOracle} over the gold split; and the {@link SelectionRates} of
 * the system and of the gold. Thread-safe when the pipeline and summarizers are.
 */
public final class SummaryEvaluation {

  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** The shorter of two sentences must have this many characters to match inside the longer. */
  private static final int MIN_MATCH = 10;

  private final ArticlePipeline pipeline;
  private final Summarizer summarizer;
  private final CleanLead lead;
  private final DirectQuotes quotes = DirectQuotes.standard();
  private final List<RougeTokenizer> tokenizers;

  public SummaryEvaluation(
      ArticlePipeline pipeline, Summarizer summarizer, CleanLead lead, List<RougeTokenizer> tokenizers) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.summarizer = Objects.requireNonNull(summarizer, "summarizer");
    this.lead = Objects.requireNonNull(lead, "lead");
    this.tokenizers = List.copyOf(tokenizers);
    if (this.tokenizers.isEmpty()) {
      throw new IllegalArgumentException("no tokenizer");
    }
  }

  /** The article the pipeline makes of a record, as {@code sasil summarize} would read it. */
  public Article article(LabelledArticle record) {
    return article(pipeline, record);
  }

  static Article article(ArticlePipeline pipeline, LabelledArticle record) {
    return pipeline.process(new RawDocument(
        record.id(), record.id(), record.title(), record.url(), Published.UNKNOWN, record.text(), false));
  }

  /**
   * Mean ROUGE of the system with {@code options}, of the baselines and of the k-sentence Oracle,
   * and the selection rates of the system and of the gold.
   *
   * @param k sentences of the Lead, Longest and Oracle baselines
   */
  public EvaluationReport evaluate(List<LabelledArticle> corpus, SummaryOptions options, int k) {
    int n = corpus.size();
    List<Article> articles = corpus.stream().map(this::article).toList();
    Map<String, List<List<String>>> chosen = new LinkedHashMap<>();
    chosen.put("system", new ArrayList<>());
    chosen.put("lead-" + k + "-clean", new ArrayList<>());
    List<SelectionRates.Summary> systemRates = new ArrayList<>();
    List<SelectionRates.Summary> goldRates = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      Article article = articles.get(a);
      List<String> system = texts(summarizer.summarize(article, options).sentences());
      chosen.get("system").add(system);
      chosen.get("lead-" + k + "-clean").add(texts(lead.summarize(article, SummaryOptions.ofSentences(k)).sentences()));
      List<Sentence> candidates = lead.candidates(article);
      systemRates.add(rates(system, candidates));
      goldRates.add(rates(corpus.get(a).summary().stream().map(corpus.get(a).sentences()::get).toList(), candidates));
    }
    List<EvaluationReport.Row> rows = new ArrayList<>();
    double denom = Math.max(1, n);
    for (RougeTokenizer tok : tokenizers) {
      Map<String, Baseline> baselines = new LinkedHashMap<>();
      baselines.put("lead-" + k, (record, tokens, reference) -> lead(record.sentences().size(), k));
      baselines.put("longest-" + k, (record, tokens, reference) -> longest(record.sentences(), k));
      baselines.put("oracle-" + k, (record, tokens, reference) -> GreedyOracle.select(tokens, reference, k));
      Map<String, RougeScores> scores = new LinkedHashMap<>();
      Map<String, Integer> sentences = new LinkedHashMap<>();
      for (int a = 0; a < n; a++) {
        LabelledArticle record = corpus.get(a);
        List<String> reference = tok.tokens(record.reference());
        for (Map.Entry<String, List<List<String>>> c : chosen.entrySet()) {
          List<String> texts = c.getValue().get(a);
          scores.merge(c.getKey(), scale(Rouge.score(tok.tokens(String.join(" ", texts)), reference), n), RougeScores::plus);
          sentences.merge(c.getKey(), texts.size(), Integer::sum);
        }
        List<List<String>> sentenceTokens = record.sentences().stream().map(tok::tokens).toList();
        for (Map.Entry<String, Baseline> b : baselines.entrySet()) {
          List<Integer> picked = b.getValue().pick(record, sentenceTokens, reference);
          RougeScores score = scale(Rouge.score(GreedyOracle.concat(sentenceTokens, picked), reference), n);
          scores.merge(b.getKey(), score, RougeScores::plus);
          sentences.merge(b.getKey(), picked.size(), Integer::sum);
        }
      }
      List<String> order = List.of("system", "lead-" + k, "lead-" + k + "-clean", "longest-" + k, "oracle-" + k);
      for (String name : order) {
        rows.add(new EvaluationReport.Row(tok.name(), name, scores.getOrDefault(name, RougeScores.ZERO),
            sentences.getOrDefault(name, 0) / denom));
      }
    }
    return new EvaluationReport(n, rows, SelectionRates.of(systemRates), SelectionRates.of(goldRates));
  }

  private static List<String> texts(List<SummarySentence> sentences) {
    return sentences.stream().map(SummarySentence::text).toList();
  }

  /** The rates of one summary, its sentences matched to the article's candidates by their text. */
  private SelectionRates.Summary rates(List<String> summary, List<Sentence> candidates) {
    boolean quote = summary.stream().anyMatch(quotes::test);
    boolean first = !candidates.isEmpty() && summary.stream().anyMatch(s -> same(s, candidates.get(0).text()));
    boolean last = !candidates.isEmpty()
        && summary.stream().anyMatch(s -> same(s, candidates.get(candidates.size() - 1).text()));
    return new SelectionRates.Summary(quote, last, first,
        summary.stream().map(s -> s.codePointCount(0, s.length())).toList());
  }

  /**
   * Whether two sentences of differently split or cleaned texts are the same: equal without white
   * space, or one inside the other (a byline the cleaner cut off, a boundary split differently).
   */
  static boolean same(String a, String b) {
    String x = SPACE.matcher(a).replaceAll("");
    String y = SPACE.matcher(b).replaceAll("");
    if (x.equals(y)) {
      return true;
    }
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    return shorter.length() >= MIN_MATCH && longer.contains(shorter);
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

  static RougeScores scale(RougeScores s, int n) {
    return new RougeScores(s.rouge1() / n, s.rouge2() / n, s.rougeL() / n);
  }
}
