package dev.sasil.summarizer;

import dev.sasil.core.Article;
import dev.sasil.core.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Extractive summaries by graph ranking (the TextRank/LexRank family) over the article's own
 * sentences, weighed as labelled news weighs them.
 *
 * <ol>
 *   <li>Candidates: body sentences that are not headings, bylines, captions or other noise
 *       ({@link NoiseLines}); fragments, sentences with few content words and lines without a
 *       sentence ending are left out while better sentences exist ({@link SentenceFilter}).
 *       Sentences over {@link RankingParameters#maxChars()} are never candidates, so a missed
 *       sentence boundary is not rewarded.
 *   <li>Each candidate is a bag of Nori content morphemes (nouns, verbs, adjectives, foreign
 *       words, numbers; minus {@code stop-terms.txt}); edges are TF-IDF cosines, BM25 or overlap
 *       ({@link SimilarityMeasure}).
 *   <li>An article of at most {@link RankingParameters#modelSentences()} candidates (most news
 *       reports), or a longer one in which at least {@link RankingParameters#modelFigureShare()}
 *       of the candidates hold a number (a report of facts and figures), is ranked by the {@link
 *       SelectionModel}: a logistic model, fitted on labelled
 *       news, over each sentence's {@link SentenceFeature}s: its place in the inverted pyramid, its
 *       length relative to the article's, its centrality (PageRank with a uniform teleport),
 *       whether it quotes, attributes, captions or lists, the key names, figures, days and headline
 *       terms it holds, and whether it leans on the sentence before or ends as a sentence. Length
 *       is one feature among these, weighed as editors weigh it, not a reward.
 *   <li>Other articles (features, explainers, science pieces) are ranked by PageRank whose
 *       teleport vector leans towards the lead ({@link RankingParameters#positionWeight()}),
 *       bounded by {@link RankingParameters#maxIterations()}, times what an editor knows before
 *       reading ({@link NewsPrior}): relative length, place, quotes, the closing sentence, each
 *       with a weight from the grid search of {@code sasil eval summarize --search}.
 *   <li>Maximal marginal relevance picks sentences within the budget, never two near-duplicates;
 *       ties go to the earlier sentence. The chosen sentences are returned in article order.
 * </ol>
 *
 * <p>Keywords come from the graph ({@link KeywordExtractor}: centrality, or the rank of the longer
 * articles). The resource files are read once, by the constructor; the instance is immutable and
 * may be shared by any number of threads. Morphology is not done here: the {@code
 * ArticlePipeline} analysed the sentences already.
 *
 * <p>Known weaknesses: inverse frequencies come from the article alone (no background corpus),
 * so a word repeated throughout a long article counts for little; sentences are judged
 * independently, so a chosen sentence may start with a pronoun whose antecedent is not chosen.
 */
public final class TextRankSummarizer implements Summarizer {

  private final RankingParameters params;
  private final SelectionModel model;
  private final SentenceFilter filter;
  private final SentenceFeatures features;
  private final KeywordExtractor keywords;

  /** A summarizer with the given parameters, the bundled {@link SelectionModel} and resources. */
  public TextRankSummarizer(RankingParameters params) {
    this(params, SelectionModel.standard());
  }

  /** A summarizer with the given parameters and selection model, and the bundled resources. */
  public TextRankSummarizer(RankingParameters params, SelectionModel model) {
    this.params = Objects.requireNonNull(params, "params");
    this.model = Objects.requireNonNull(model, "model");
    StopTerms stopTerms = StopTerms.standard();
    this.filter = SentenceFilter.standard(stopTerms, params);
    this.features = new SentenceFeatures(filter.style(), params);
    this.keywords = new KeywordExtractor(stopTerms);
  }

  /** A summarizer with {@link RankingParameters#DEFAULT}. */
  public static TextRankSummarizer standard() {
    return new TextRankSummarizer(RankingParameters.DEFAULT);
  }

  public RankingParameters parameters() {
    return params;
  }

  @Override
  public Summary summarize(Article article, SummaryOptions options) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(options, "options");
    List<Candidate> candidates = filter.candidates(article);
    if (candidates.isEmpty()) {
      return new Summary(article.id(), List.of(), List.of());
    }
    TermSpace space = new TermSpace(candidates);
    double[] scores;
    double[] keywordWeights;
    if (ranksByModel(candidates)) {
      double[] centrality = centrality(space, candidates.size());
      scores = modelScores(features.of(candidates, centrality, article.title()));
      keywordWeights = centrality;
      normalize(keywordWeights);
    } else {
      scores = scores(candidates, space, article.title());
      keywordWeights = scores;
    }
    LengthBudget budget = LengthBudget.of(options, article);
    List<Integer> picked = MmrSelector.select(
        candidates, scores, space, budget, params.redundancyLambda(), params.duplicateThreshold());
    List<SummarySentence> chosen = new ArrayList<>();
    for (int i : picked) {
      Sentence s = candidates.get(i).sentence();
      chosen.add(new SummarySentence(s.index(), s.text(), scores[i]));
    }
    chosen.sort(Comparator.comparingInt(SummarySentence::index));
    return new Summary(article.id(), chosen, keywords.extract(candidates, keywordWeights, space, params.keywordCount()));
  }

  /**
   * The candidates of {@code article} with their {@link SentenceFeature} values, in article order:
   * what {@link SelectionModel} weighs, for fitting one on labelled articles.
   */
  public List<FeatureRow> features(Article article) {
    List<Candidate> candidates = filter.candidates(Objects.requireNonNull(article, "article"));
    if (candidates.isEmpty()) {
      return List.of();
    }
    TermSpace space = new TermSpace(candidates);
    double[][] values = features.of(candidates, centrality(space, candidates.size()), article.title());
    List<FeatureRow> out = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      out.add(new FeatureRow(candidates.get(i).sentence(), values[i]));
    }
    return out;
  }

  /**
   * A candidate sentence and its feature values.
   *
   * @param values one per {@link SentenceFeature}, by ordinal
   */
  public record FeatureRow(Sentence sentence, double[] values) {
    public FeatureRow {
      Objects.requireNonNull(sentence, "sentence");
      values = values.clone();
    }

    @Override
    public double[] values() {
      return values.clone();
    }
  }

  /**
   * Whether the {@link SelectionModel} ranks these candidates: up to {@link
   * RankingParameters#modelSentences()} of them, or at least {@link
   * RankingParameters#modelFigureShare()} of them holding a number.
   */
  private boolean ranksByModel(List<Candidate> candidates) {
    if (candidates.size() <= params.modelSentences()) {
      return true;
    }
    if (params.modelFigureShare() <= 0) {
      return false;
    }
    long withFigures = candidates.stream().filter(c -> c.figures() > 0).count();
    return withFigures >= params.modelFigureShare() * candidates.size();
  }

  /** Each candidate's PageRank over the similarity graph with a uniform teleport: plain centrality. */
  private double[] centrality(TermSpace space, int n) {
    double[] uniform = new double[n];
    Arrays.fill(uniform, 1.0 / n);
    return SentenceGraph.build(space, params).rank(uniform, params.damping(), params.maxIterations(), params.tolerance());
  }

  /** Each candidate's probability under the {@link SelectionModel}, divided by the highest. */
  private double[] modelScores(double[][] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = model.probability(values[i]);
    }
    normalize(out);
    return out;
  }

  /**
   * Each candidate's score in (0, 1]: its biased PageRank times its {@link NewsPrior}, divided by
   * the highest.
   */
  private double[] scores(List<Candidate> candidates, TermSpace space, String title) {
    int n = candidates.size();
    double[] rank = SentenceGraph.build(space, params)
        .rank(prior(candidates, space, title), params.damping(), params.maxIterations(), params.tolerance());
    if (params.coverageWeight() > 0) {
      double[] coverage = coverage(space, rank);
      normalize(rank);
      normalize(coverage);
      for (int i = 0; i < n; i++) {
        rank[i] = (1 - params.coverageWeight()) * rank[i] + params.coverageWeight() * coverage[i];
      }
    }
    double[] prior = NewsPrior.factors(candidates, title, params);
    for (int i = 0; i < n; i++) {
      rank[i] *= prior[i];
    }
    normalize(rank);
    return rank;
  }

  /** Each candidate's sum, over its distinct terms, of the summed rank of the candidates having the term. */
  private static double[] coverage(TermSpace space, double[] rank) {
    double[] centrality = new double[space.vocabulary()];
    for (int i = 0; i < space.size(); i++) {
      for (int t : space.termIds(i)) {
        centrality[t] += rank[i];
      }
    }
    double[] out = new double[space.size()];
    for (int i = 0; i < space.size(); i++) {
      for (int t : space.termIds(i)) {
        out[i] += centrality[t];
      }
    }
    return out;
  }

  /** Divides by the maximum, in place, so the highest value becomes 1. */
  private static void normalize(double[] v) {
    double max = 0;
    for (double x : v) {
      max = Math.max(max, x);
    }
    for (int i = 0; i < v.length; i++) {
      v[i] = max > 0 ? v[i] / max : 0;
    }
  }

  /**
   * The teleport distribution: uniform, mixed with a decaying lead prior over candidate order and
   * with the candidates' overlap with the headline (uniform instead when nothing overlaps).
   */
  private double[] prior(List<Candidate> candidates, TermSpace space, String title) {
    int n = candidates.size();
    double[] lead = new double[n];
    double leadSum = 0;
    int[] place = NewsPrior.places(candidates, params);
    for (int k = 0; k < n; k++) {
      lead[k] = Math.pow(place[k] + 1, -params.positionExponent());
      leadSum += lead[k];
    }
    double[] headline = new double[n];
    double headlineSum = 0;
    if (params.titleWeight() > 0 && title != null && !title.isBlank()) {
      String t = title.toLowerCase(Locale.ROOT);
      for (int k = 0; k < n; k++) {
        for (String term : candidates.get(k).headlineTerms(t)) {
          headline[k] += space.idfOf(term);
        }
        headlineSum += headline[k];
      }
    }
    double uniformShare = 1 - params.positionWeight() - (headlineSum > 0 ? params.titleWeight() : 0);
    double[] p = new double[n];
    for (int k = 0; k < n; k++) {
      p[k] = uniformShare / n + params.positionWeight() * lead[k] / leadSum
          + (headlineSum > 0 ? params.titleWeight() * headline[k] / headlineSum : 0);
    }
    return p;
  }
}
