package dev.sasil.summarizer;

import dev.sasil.core.Sentence;
import java.util.List;
import java.util.Objects;

/**
 * A sentence that may be chosen for a summary, with the content terms it is ranked by.
 *
 * @param sentence the article's sentence
 * @param terms its content terms in order, repeats kept (lower-cased morpheme surfaces)
 */
record Candidate(Sentence sentence, List<String> terms) {

  Candidate {
    Objects.requireNonNull(sentence, "sentence");
    terms = List.copyOf(terms);
  }

  /** Length in Unicode code points, the unit of a character budget. */
  int length() {
    return sentence.text().codePointCount(0, sentence.text().length());
  }
}
