package dev.sasil.summarizer.eval;

import dev.sasil.core.Article;
import dev.sasil.core.ArticlePipeline;
import dev.sasil.summarizer.RankingParameters;
import dev.sasil.summarizer.SummaryOptions;
import dev.sasil.summarizer.SummarySentence;
import dev.sasil.summarizer.TextRankSummarizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Fits the few weights of the news ranking by trying every combination of a small grid on
 * labelled corpora: the first corpus is the kind of news the ranking is for, the others are
 * kinds it must still serve. Combinations are ranked by the first corpus's mean ROUGE-L (the tokens
 * of {@code score_summaries.py}) among those keeping every other corpus at or above a floor, then
 * by the mean over all corpora; combinations under the floor come last. So one corpus's quirk
 * (science news rewarding long sentences) cannot buy the weights, and the news set cannot drive
 * the others below what they must keep. Deterministic: ties keep the grid's order. The articles go
 * through the pipeline once; only the ranking runs per combination.
 */
public final class WeightSearch {

  /**
   * The grid searched by {@code sasil eval summarize --search}: the length (in any article and in a straight-news report), lead window, straight-news
   * (pyramid) window and reach, reaction, closing, key-term and redundancy weights of {@link
   * RankingParameters}, each from "off" to strong.
   */
  public static final Map<String, List<String>> NEWS_GRID = newsGrid();

  /**
   * One combination's figures.
   *
   * @param changes the parameters set, by name
   * @param rougeL the mean ROUGE-L F1 on each corpus, in the order given
   */
  public record Result(Map<String, String> changes, List<Double> rougeL) {
    public Result {
      changes = new LinkedHashMap<>(changes);
      rougeL = List.copyOf(rougeL);
    }

    /** The first corpus's figure: what the search maximizes. */
    public double target() {
      return rougeL.isEmpty() ? 0 : rougeL.get(0);
    }

    /** Whether every corpus but the first reaches {@code floor}. */
    public boolean keeps(double floor) {
      return rougeL.stream().skip(1).allMatch(v -> v >= floor);
    }

    /** The mean of {@code rougeL}: what breaks ties of {@link #target()}. */
    public double mean() {
      return rougeL.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
  }

  private record Item(Article article, List<String> reference) {}

  private final List<List<Item>> corpora;
  private final WordTokenizer tokens = new WordTokenizer();

  /** Prepares {@code corpora} (each a list of labelled records) once. */
  public WeightSearch(ArticlePipeline pipeline, List<List<LabelledArticle>> corpora) {
    Objects.requireNonNull(pipeline, "pipeline");
    List<List<Item>> prepared = new ArrayList<>();
    for (List<LabelledArticle> corpus : corpora) {
      prepared.add(corpus.stream()
          .map(r -> new Item(SummaryEvaluation.article(pipeline, r), tokens.tokens(r.reference())))
          .toList());
    }
    this.corpora = List.copyOf(prepared);
  }

  /**
   * Every combination of {@code grid} applied to {@code base}, best first.
   *
   * @param floor the ROUGE-L F1 every corpus but the first must keep
   */
  public List<Result> run(RankingParameters base, Map<String, List<String>> grid, SummaryOptions options,
      double floor) {
    List<Result> results = new ArrayList<>();
    for (Map<String, String> changes : combinations(grid)) {
      results.add(score(changes, base.with(changes), options));
    }
    results.sort(Comparator.comparing((Result r) -> r.keeps(floor))
        .thenComparingDouble(Result::target)
        .thenComparingDouble(Result::mean)
        .reversed());
    return results;
  }

  /** The figures of one set of parameters. */
  public Result score(Map<String, String> changes, RankingParameters params, SummaryOptions options) {
    TextRankSummarizer summarizer = new TextRankSummarizer(params);
    List<Double> perCorpus = new ArrayList<>();
    for (List<Item> corpus : corpora) {
      double sum = 0;
      for (Item item : corpus) {
        String text = String.join(" ",
            summarizer.summarize(item.article(), options).sentences().stream().map(SummarySentence::text).toList());
        sum += Rouge.rougeL(tokens.tokens(text), item.reference());
      }
      perCorpus.add(corpus.isEmpty() ? 0 : sum / corpus.size());
    }
    return new Result(changes, perCorpus);
  }

  static List<Map<String, String>> combinations(Map<String, List<String>> grid) {
    List<Map<String, String>> out = new ArrayList<>();
    out.add(new LinkedHashMap<>());
    for (Map.Entry<String, List<String>> axis : grid.entrySet()) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> partial : out) {
        for (String v : axis.getValue()) {
          Map<String, String> m = new LinkedHashMap<>(partial);
          m.put(axis.getKey(), v);
          next.add(m);
        }
      }
      out = next;
    }
    return out;
  }

  private static Map<String, List<String>> newsGrid() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("lengthExponent", List.of("0.75", "1"));
    m.put("reportLengthExponent", List.of("0.5", "0.75", "1"));
    m.put("leadBonus", List.of("0", "0.5"));
    m.put("pyramidBonus", List.of("2", "3", "4", "6"));
    m.put("pyramidSentences", List.of("8", "10", "12"));
    m.put("reactionPenalty", List.of("0", "0.3", "0.6"));
    m.put("closingPenalty", List.of("0", "0.5"));
    m.put("keyWeight", List.of("0", "0.5"));
    m.put("redundancyLambda", List.of("0.85", "1"));
    return Collections.unmodifiableMap(m);
  }

}
