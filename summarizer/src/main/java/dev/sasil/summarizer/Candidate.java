package dev.sasil.summarizer;

import dev.sasil.core.Sentence;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sentence that may be chosen for a summary, with what it is ranked by.
 *
 * @param sentence the article's sentence
 * @param terms its content terms in order, repeats kept (lower-cased morpheme surfaces)
 * @param keyTerms the names, foreign words and numbers among its terms (Nori {@code NNP}, {@code
 *     SL}, {@code SN}): what a key entity, figure or date is written with
 * @param directQuote whether it quotes someone's words ({@link DirectQuotes})
 * @param newsLead whether it is written as the lead of a news report ({@link NewsStyle#lead})
 * @param caption whether it is written as a photo caption ({@link NewsStyle#caption})
 * @param enumeration whether it lists items or figures in prose ({@link NewsStyle#enumeration})
 * @param reportStatement whether it can open a straight-news report ({@link
 *     NewsStyle#reportStatement}: a statement in the past tense, or one naming the day)
 * @param attribution whether it ends by attributing indirect speech to someone ({@link
 *     NewsStyle#attribution})
 */
record Candidate(Sentence sentence, List<String> terms, Set<String> keyTerms, boolean directQuote,
    boolean newsLead, boolean caption, boolean enumeration, boolean reportStatement, boolean attribution) {

  Candidate {
    Objects.requireNonNull(sentence, "sentence");
    terms = List.copyOf(terms);
    keyTerms = Set.copyOf(keyTerms);
  }

  /**
   * Its distinct terms of two characters or more written in {@code headline} (lower-cased): what it
   * shares with the headline, in term order.
   */
  Set<String> headlineTerms(String headline) {
    Set<String> out = new TreeSet<>();
    if (headline.isEmpty()) {
      return out;
    }
    for (String term : terms) {
      if (term.codePointCount(0, term.length()) >= 2 && headline.contains(term)) {
        out.add(term);
      }
    }
    return out;
  }

  /** Its distinct numbers: the key terms holding a digit. */
  int figures() {
    int n = 0;
    for (String t : keyTerms) {
      if (t.chars().anyMatch(Character::isDigit)) {
        n++;
      }
    }
    return n;
  }

  /** Length in Unicode code points, the unit of a character budget. */
  int length() {
    return sentence.text().codePointCount(0, sentence.text().length());
  }
}
