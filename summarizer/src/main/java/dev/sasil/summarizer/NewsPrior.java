package dev.sasil.summarizer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a news editor knows about a sentence before reading the others, as one factor per
 * candidate that the graph rank is multiplied by: its length relative to the article's mean
 * ({@link RankingParameters#lengthExponent()}), its place in the inverted pyramid ({@link
 * RankingParameters#positionDecay()}, {@link RankingParameters#leadBonus()}, {@link
 * RankingParameters#newsLeadBonus()} when the article opens with a news lead, and {@link
 * RankingParameters#pyramidBonus()} when it opens as a straight-news report, by the grammar of its
 * first sentence: {@link #pyramid}), whether it is a photo caption ({@link
 * RankingParameters#captionPenalty()}) or an enumeration ({@link RankingParameters#listPenalty()}),
 * whether it quotes someone directly ({@link RankingParameters#quotePenalty()}) or reacts in a
 * report ({@link RankingParameters#reactionPenalty()}), whether it closes the article ({@link
 * RankingParameters#closingPenalty()}) and how many of the article's key names, figures and dates
 * it holds ({@link RankingParameters#keyWeight()}). Stateless.
 */
final class NewsPrior {

  private NewsPrior() {}

  /** The factor of each candidate, all positive. */
  static double[] factors(List<Candidate> candidates, String title, RankingParameters p) {
    int n = candidates.size();
    double[] f = new double[n];
    double mean = candidates.stream().mapToInt(Candidate::length).average().orElse(1);
    double[] key = p.keyWeight() > 0 ? keyCoverage(candidates, title) : new double[n];
    int newsLead = newsLead(candidates);
    int[] place = places(candidates, p);
    boolean report = pyramid(candidates);
    double strength = report ? Math.min(1, (double) p.pyramidSentences() / n) : 0;
    double lengthExponent = p.lengthExponent() + (p.reportLengthExponent() - p.lengthExponent()) * strength;
    double window = (1 + p.leadBonus()) * (1 + p.pyramidBonus() * strength);
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      double v = Math.pow(c.length() / mean, lengthExponent);
      v *= Math.pow(place[i] + 1, -p.positionDecay());
      if (place[i] < p.leadSentences() && !(c.caption() && p.captionPenalty() > 0)) {
        v *= window;
      }
      if (i == newsLead) {
        v *= 1 + p.newsLeadBonus();
      }
      if (c.caption()) {
        v *= 1 - p.captionPenalty();
      }
      if (c.enumeration()) {
        v *= 1 - p.listPenalty();
      }
      if (c.directQuote()) {
        v *= 1 - p.quotePenalty();
      }
      if ((c.directQuote() || c.attribution()) && !c.newsLead()) {
        v *= 1 - p.reactionPenalty() * strength;
      }
      if (i == n - 1 && n > 1) {
        v *= 1 - p.closingPenalty();
      }
      v *= 1 + p.keyWeight() * key[i];
      f[i] = Math.max(v, 1e-9);
    }
    return f;
  }

  /**
   * Each candidate's 0-based place in the report, what the position weights go by: its index, but
   * when captions are penalized, photo captions (which describe a picture beside the report) take
   * the place of the next sentence and do not push the lead down.
   */
  static int[] places(List<Candidate> candidates, RankingParameters p) {
    int[] out = new int[candidates.size()];
    int place = 0;
    for (int i = 0; i < out.length; i++) {
      out[i] = place;
      if (!(candidates.get(i).caption() && p.captionPenalty() > 0)) {
        place++;
      }
    }
    return out;
  }

  /**
   * Whether the article opens as a straight-news report: its first candidate that is not a photo
   * caption can open a report ({@link NewsStyle#reportStatement}) or is written as a news lead.
   */
  static boolean pyramid(List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (!c.caption()) {
        return c.reportStatement() || c.newsLead();
      }
    }
    return false;
  }

  /** The place of the first of the first two candidates written as a news lead, or -1. */
  static int newsLead(List<Candidate> candidates) {
    for (int i = 0; i < Math.min(2, candidates.size()); i++) {
      if (candidates.get(i).newsLead()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Each candidate's idf-weighted share of the article's key terms (names, foreign words and numbers
   * found in the headline or in two candidates or more), divided by the highest share.
   */
  static double[] keyCoverage(List<Candidate> candidates, String title) {
    int n = candidates.size();
    Map<String, Integer> df = new HashMap<>();
    for (Candidate c : candidates) {
      for (String t : c.keyTerms()) {
        df.merge(t, 1, Integer::sum);
      }
    }
    String headline = title == null ? "" : title.toLowerCase(Locale.ROOT);
    double[] out = new double[n];
    double max = 0;
    for (int i = 0; i < n; i++) {
      for (String t : candidates.get(i).keyTerms()) {
        int d = df.get(t);
        if (d >= 2 || (t.length() >= 2 && headline.contains(t))) {
          out[i] += Math.log(1.0 + (double) n / d);
        }
      }
      max = Math.max(max, out[i]);
    }
    for (int i = 0; i < n; i++) {
      out[i] = max > 0 ? out[i] / max : 0;
    }
    return out;
  }
}
