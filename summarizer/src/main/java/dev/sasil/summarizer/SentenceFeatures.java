package dev.sasil.summarizer;

import dev.sasil.core.Morpheme;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.ko.POS;

/**
 * Computes the {@link SentenceFeature}s of an article's candidates. Stateless apart from the
 * {@link NewsStyle} it reads days with; thread-safe.
 */
final class SentenceFeatures {

  /** Caps of the counted features: more than this many counts as this many. */
  private static final int MAX_FIGURES = 5;
  private static final int MAX_HEADLINE_TERMS = 5;
  private static final int MAX_QUOTATION_MARKS = 4;

  /** How many morphemes from the start a subject or topic particle is looked for in. */
  private static final int SUBJECT_REACH = 8;

  private static final Set<POS.Tag> CONNECTIVE_TAGS = Set.of(POS.Tag.MAJ, POS.Tag.IC);

  private final NewsStyle style;
  private final RankingParameters params;

  SentenceFeatures(NewsStyle style, RankingParameters params) {
    this.style = style;
    this.params = params;
  }

  /**
   * One row of {@link SentenceFeature#COUNT} values per candidate, indexed by {@link
   * SentenceFeature#ordinal()}.
   *
   * @param centrality each candidate's PageRank with a uniform teleport (any positive scale)
   * @param title the headline, or null
   */
  double[][] of(List<Candidate> candidates, double[] centrality, String title) {
    int n = candidates.size();
    double[][] out = new double[n][SentenceFeature.COUNT];
    if (n == 0) {
      return out;
    }
    double meanLength = candidates.stream().mapToInt(Candidate::length).average().orElse(1);
    double topRank = 0;
    for (double r : centrality) {
      topRank = Math.max(topRank, r);
    }
    double[] key = NewsPrior.keyCoverage(candidates, title);
    int[] place = NewsPrior.places(candidates, params);
    double report = NewsPrior.pyramid(candidates) ? 1 : 0;
    double logSize = Math.log(n);
    String headline = title == null ? "" : title.toLowerCase(Locale.ROOT);
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      double[] f = out[i];
      if (place[i] < 5) {
        f[SentenceFeature.PLACE_1.ordinal() + place[i]] = 1;
        f[SentenceFeature.REPORT_PLACE_1.ordinal() + place[i]] = report;
      }
      double logPlace = Math.log(place[i] + 1);
      double length = Math.log(c.length() / meanLength);
      set(f, SentenceFeature.LOG_PLACE, logPlace);
      set(f, SentenceFeature.REPORT_LOG_PLACE, report * logPlace);
      set(f, SentenceFeature.LENGTH, length);
      set(f, SentenceFeature.REPORT_LENGTH, report * length);
      set(f, SentenceFeature.CENTRALITY, topRank > 0 ? centrality[i] / topRank : 0);
      set(f, SentenceFeature.QUOTE, flag(c.directQuote()));
      set(f, SentenceFeature.ATTRIBUTION, flag(c.attribution()));
      set(f, SentenceFeature.CAPTION, flag(c.caption()));
      set(f, SentenceFeature.ENUMERATION, flag(c.enumeration()));
      set(f, SentenceFeature.STATEMENT, flag(c.reportStatement()));
      set(f, SentenceFeature.NEWS_LEAD, flag(c.newsLead()));
      set(f, SentenceFeature.REPORT_QUOTE, report * flag(c.directQuote()));
      set(f, SentenceFeature.REPORT_ATTRIBUTION, report * flag(c.attribution()));
      set(f, SentenceFeature.CLOSING, flag(i == n - 1 && n > 1));
      set(f, SentenceFeature.KEY_TERMS, key[i]);
      set(f, SentenceFeature.FIGURES, capped(c.figures(), MAX_FIGURES));
      set(f, SentenceFeature.HEADLINE, capped(c.headlineTerms(headline).size(), MAX_HEADLINE_TERMS));
      List<Morpheme> ms = c.sentence().morphemes();
      POS.Tag first = ms.isEmpty() ? null : ms.get(0).tag();
      set(f, SentenceFeature.CONNECTIVE_START, flag(CONNECTIVE_TAGS.contains(first)));
      set(f, SentenceFeature.PRONOUN_START, flag(first == POS.Tag.NP));
      set(f, SentenceFeature.LATE_NEWS_LEAD, flag(c.newsLead() && place[i] >= 2));
      set(f, SentenceFeature.LOG_SIZE, logSize);
      set(f, SentenceFeature.SIZE_LOG_PLACE, logSize * logPlace);
      set(f, SentenceFeature.SIZE_LENGTH, logSize * length);
      set(f, SentenceFeature.SIZE_LEAD, place[i] < 3 ? logSize : 0);
      set(f, SentenceFeature.SUBJECT, flag(subject(ms)));
      set(f, SentenceFeature.FINAL_ENDING, flag(finalEnding(ms)));
      set(f, SentenceFeature.DAY, flag(style.namesDay(c.sentence().text())));
      set(f, SentenceFeature.QUOTATION_MARKS, capped(quotationMarks(c.sentence().text()), MAX_QUOTATION_MARKS));
    }
    return out;
  }

  private static void set(double[] f, SentenceFeature feature, double value) {
    f[feature.ordinal()] = value;
  }

  private static double flag(boolean b) {
    return b ? 1 : 0;
  }

  private static double capped(int count, int cap) {
    return (double) Math.min(count, cap) / cap;
  }

  private static boolean subject(List<Morpheme> ms) {
    for (int i = 0; i < Math.min(SUBJECT_REACH, ms.size()); i++) {
      POS.Tag t = ms.get(i).tag();
      if (t == POS.Tag.JKS || t == POS.Tag.JX) {
        return true;
      }
    }
    return false;
  }

  private static boolean finalEnding(List<Morpheme> ms) {
    for (int i = ms.size() - 1; i >= 0; i--) {
      if (!ms.get(i).isSymbol()) {
        return ms.get(i).tag() == POS.Tag.EF;
      }
    }
    return false;
  }

  private static int quotationMarks(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '“', '”', '"', '‘', '’', '\'' -> n++;
        default -> { }
      }
    }
    return n;
  }
}
