package dev.sasil.factcheck.source;

import dev.sasil.core.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which articles of a run tell one story, so that a claim that names no owner (사망자는 23명이다,
 * 투표율은 67%였다) is compared only with claims of articles about the same thing. Given a day's
 * news, the deaths of a fire and those of a flood are different facts; given five reports of one
 * fire, they are one.
 *
 * <p>Two articles are linked when the cosine of their noun vectors ({@link StoryTerms}; weight
 * (1 + ln tf) · ln((N + 1) / (df + 0.5)), with df counted over the run and N the run's size but at
 * least {@value #MIN_DOCUMENTS}, so that a run of a few articles does not make every shared noun
 * worthless) is at least {@value #MIN_SIMILARITY} and that were published at most {@value
 * #MAX_DAYS_APART} days apart (when both dates are known); stories are the linked articles' connected
 * components. On the 65 development articles of 13 events the threshold splits no event, alone or
 * mixed with the others; the events that share a vocabulary (two economic reports of the central
 * bank, two disasters) may fall in one story, as may template-made texts.
 *
 * <p>Work is about linear in the run: only articles sharing one of their {@value #TOP_TERMS}
 * heaviest nouns are compared, and a noun heavy in more than {@value #MAX_POSTINGS} articles is
 * not used to find pairs (other shared nouns still do).
 *
 * <p>Known weaknesses: single linkage chains a long-running topic's stories into one; an article
 * with no noun is a story of its own; a story told in two languages is two stories.
 *
 * <p>Immutable and thread-safe. Equal when the stories are.
 */
public final class Stories implements java.io.Serializable {

  /** The least cosine between two articles of one story. */
  public static final double MIN_SIMILARITY = 0.2;

  /**
   * The least share of its nearest neighbour's similarity that a link must have, for one of the
   * two articles: an article of a tight story (near-identical reports) does not link to another
   * story's article that is merely alike, and single linkage does not chain stories into one.
   */
  static final double RELATIVE_SIMILARITY = 0.4;

  /**
   * The most days between two articles linked directly: the coverage of one event, its follow-ups
   * included, falls within two months; next year's exam or annual figures, written with the same
   * nouns, are another story.
   */
  static final int MAX_DAYS_APART = 60;

  /** The least number of documents the noun weights count, however small the run. */
  static final int MIN_DOCUMENTS = 50;

  /** The heaviest nouns of each article used to find the pairs worth comparing. */
  static final int TOP_TERMS = 12;

  /** The most articles a noun may find pairs among. */
  static final int MAX_POSTINGS = 200;

  private static final Stories ONE = new Stories(Map.of());

  /** Article id to the id of its story's first article; empty when the run is one story. */
  private final Map<String, String> storyOf;

  private Stories(Map<String, String> storyOf) {
    this.storyOf = Map.copyOf(storyOf);
  }

  /** Every article in one story: claims without an owner are compared across the whole run. */
  public static Stories one() {
    return ONE;
  }

  /** The stories of analysed articles. */
  public static Stories find(List<Article> articles) {
    List<StoryTerms> terms = new ArrayList<>(articles.size());
    articles.forEach(a -> terms.add(StoryTerms.of(a)));
    return findAmong(terms);
  }

  /** The stories of articles given by their nouns, in input order. */
  public static Stories findAmong(List<StoryTerms> articles) {
    int n = articles.size();
    if (n < 2) {
      return ONE;
    }
    float[][] weights = weights(articles);
    UnionFind roots = new UnionFind(n);
    int[][] tops = new int[n][];
    for (int i = 0; i < n; i++) {
      tops[i] = top(weights[i]);
    }
    Map<Long, int[]> postings = postings(articles, tops);
    int[] seen = new int[n];
    Arrays.fill(seen, -1);
    List<long[]> edges = new ArrayList<>();
    float[] best = new float[n];
    for (int i = 0; i < n; i++) {
      StoryTerms a = articles.get(i);
      for (int t : tops[i]) {
        int[] list = postings.get(a.hash(t));
        if (list == null) {
          continue;
        }
        for (int j : list) {
          if (j >= i) {
            break; // postings are in input order: only earlier articles
          }
          if (seen[j] == i) {
            continue;
          }
          seen[j] = i;
          float c = (float) cosine(a, weights[i], articles.get(j), weights[j]);
          if (c >= MIN_SIMILARITY) {
            // the nearest neighbour counts even when too far apart in time to link: an article whose
            // own story's other reports are months away does not link to a merely alike one instead
            best[i] = Math.max(best[i], c);
            best[j] = Math.max(best[j], c);
            if (!apart(a, articles.get(j))) {
              edges.add(new long[] {j, i, Float.floatToIntBits(c)});
            }
          }
        }
      }
    }
    for (long[] e : edges) {
      int j = (int) e[0];
      int i = (int) e[1];
      if (Float.intBitsToFloat((int) e[2]) >= RELATIVE_SIMILARITY * Math.min(best[i], best[j])) {
        roots.union(i, j);
      }
    }
    Map<String, String> storyOf = new HashMap<>();
    boolean one = true;
    for (int i = 0; i < n; i++) {
      int r = roots.find(i);
      one &= r == 0;
      storyOf.putIfAbsent(articles.get(i).id(), articles.get(r).id());
    }
    return one ? ONE : new Stories(storyOf);
  }

  /**
   * The story of an article: the id of its story's first article, or empty when the run is one
   * story (or the article is not of the run).
   */
  public String storyOf(String articleId) {
    return storyOf.getOrDefault(articleId, "");
  }

  /** Whether two articles tell one story. */
  public boolean sameStory(String a, String b) {
    return storyOf(a).equals(storyOf(b));
  }

  /** Whether the run tells more than one story. */
  public boolean many() {
    return !storyOf.isEmpty();
  }

  /** Whether two articles were published too far apart to report one story (both dates known). */
  private static boolean apart(StoryTerms a, StoryTerms b) {
    return a.published() != null && b.published() != null
        && Math.abs(a.published().toEpochDay() - b.published().toEpochDay()) > MAX_DAYS_APART;
  }

  /** The unit-length weights of each article's nouns, in the order of its hashes. */
  private static float[][] weights(List<StoryTerms> articles) {
    Map<Long, Integer> df = new HashMap<>();
    for (StoryTerms a : articles) {
      for (int t = 0; t < a.size(); t++) {
        df.merge(a.hash(t), 1, Integer::sum);
      }
    }
    double docs = Math.max(articles.size(), MIN_DOCUMENTS) + 1.0;
    float[][] out = new float[articles.size()][];
    for (int i = 0; i < out.length; i++) {
      StoryTerms a = articles.get(i);
      double[] w = new double[a.size()];
      double norm = 0;
      for (int t = 0; t < w.length; t++) {
        w[t] = (1 + Math.log(a.count(t))) * Math.log(docs / (df.get(a.hash(t)) + 0.5));
        norm += w[t] * w[t];
      }
      norm = Math.sqrt(norm);
      out[i] = new float[w.length];
      for (int t = 0; t < w.length; t++) {
        out[i][t] = (float) (norm == 0 ? 0 : w[t] / norm);
      }
    }
    return out;
  }

  /** The positions of the {@value #TOP_TERMS} heaviest nouns; ties by position. */
  private static int[] top(float[] weights) {
    Integer[] order = new Integer[weights.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (x, y) -> {
      int c = Float.compare(weights[y], weights[x]);
      return c != 0 ? c : Integer.compare(x, y);
    });
    int k = Math.min(TOP_TERMS, order.length);
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = order[i];
    }
    return out;
  }

  /** Each heavy noun's articles in input order, nouns heavy in too many articles left out. */
  private static Map<Long, int[]> postings(List<StoryTerms> articles, int[][] tops) {
    Map<Long, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      for (int t : tops[i]) {
        lists.computeIfAbsent(articles.get(i).hash(t), h -> new ArrayList<>()).add(i);
      }
    }
    Map<Long, int[]> out = new HashMap<>();
    lists.forEach((h, l) -> {
      if (l.size() > 1 && l.size() <= MAX_POSTINGS) {
        out.put(h, l.stream().mapToInt(Integer::intValue).toArray());
      }
    });
    return out;
  }

  private static double cosine(StoryTerms a, float[] wa, StoryTerms b, float[] wb) {
    double sum = 0;
    for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
      int c = Long.compare(a.hash(i), b.hash(j));
      if (c == 0) {
        sum += (double) wa[i] * wb[j];
      }
      i += c <= 0 ? 1 : 0;
      j += c >= 0 ? 1 : 0;
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Stories s && storyOf.equals(s.storyOf);
  }

  @Override
  public int hashCode() {
    return storyOf.hashCode();
  }

  @Override
  public String toString() {
    return many() ? "Stories" + new java.util.TreeMap<>(storyOf) : "Stories[one]";
  }
}
