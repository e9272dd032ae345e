package dev.sasil.summarizer.eval;

import java.util.List;

/**
 * How a set of summaries chooses, the four figures that tell an editor's choice from a length
 * effect: the share of summaries with a direct quote, with the article's last sentence, with its
 * lead (the first sentence a summarizer may choose), and the mean length of a chosen sentence.
 *
 * @param summaries how many summaries were counted
 * @param quote share of summaries holding a sentence that quotes someone directly
 * @param last share of summaries holding the article's last candidate sentence
 * @param lead share of summaries holding the article's first candidate sentence
 * @param meanChars mean length of a chosen sentence, in characters (code points)
 */
public record SelectionRates(int summaries, double quote, double last, double lead, double meanChars) {

  /** One summary: which of the four it has, and its sentences' lengths. */
  record Summary(boolean quote, boolean last, boolean lead, List<Integer> lengths) {}

  static SelectionRates of(List<Summary> summaries) {
    int n = summaries.size();
    int quote = 0;
    int last = 0;
    int lead = 0;
    long chars = 0;
    int sentences = 0;
    for (Summary s : summaries) {
      quote += s.quote() ? 1 : 0;
      last += s.last() ? 1 : 0;
      lead += s.lead() ? 1 : 0;
      for (int l : s.lengths()) {
        chars += l;
        sentences++;
      }
    }
    double d = Math.max(1, n);
    return new SelectionRates(n, quote / d, last / d, lead / d, sentences == 0 ? 0 : (double) chars / sentences);
  }
}
