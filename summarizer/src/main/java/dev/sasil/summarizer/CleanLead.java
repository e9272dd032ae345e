package dev.sasil.summarizer;

import dev.sasil.core.Article;
import dev.sasil.core.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cleaned lead: the first sentences that {@link TextRankSummarizer} could choose (headlines,
 * subtitles, bylines, captions, tag lines and fragments skipped by the same {@link
 * SentenceFilter}), as many as the budget allows. The baseline a ranking of news must beat; no
 * keywords. Immutable and thread-safe.
 */
public final class CleanLead implements Summarizer {

  private final SentenceFilter filter;

  /** The lead of the sentences that a summarizer with {@code params} would consider. */
  public CleanLead(RankingParameters params) {
    this.filter = SentenceFilter.standard(StopTerms.standard(), Objects.requireNonNull(params, "params"));
  }

  /** The sentences a summarizer could choose from, in article order. */
  public List<Sentence> candidates(Article article) {
    return filter.candidates(Objects.requireNonNull(article, "article")).stream().map(Candidate::sentence).toList();
  }

  @Override
  public Summary summarize(Article article, SummaryOptions options) {
    Objects.requireNonNull(options, "options");
    LengthBudget budget = LengthBudget.of(options, article);
    List<SummarySentence> chosen = new ArrayList<>();
    long remaining = budget.chars();
    for (Sentence s : candidates(article)) {
      int length = s.text().codePointCount(0, s.text().length());
      if (chosen.size() == budget.sentences()) {
        break;
      }
      if (length <= remaining) {
        chosen.add(new SummarySentence(s.index(), s.text(), 1.0));
        remaining -= length;
      }
    }
    return new Summary(article.id(), chosen, List.of());
  }
}
