package dev.sasil.factcheck.extract;

import java.util.Objects;

/**
 * A trigger found in a sentence. Offsets are into the sentence text.
 *
 * @param entry the lexicon entry
 * @param start offset of the trigger word
 * @param end offset after the predicate (trigger with its endings)
 * @param verbal used as a predicate (공개했다, 세웠다) rather than a bare noun (공개 이후)
 * @param passive a passive form (출시됐다, 출시된)
 * @param adnominal a relative-clause form that modifies the next noun (출시된 챗GPT)
 * @param hedged negated, intended, conditional or planned: not a stated fact
 */
public record EventOccurrence(
    EventEntry entry, int start, int end, boolean verbal, boolean passive, boolean adnominal, boolean hedged) {

  public EventOccurrence {
    Objects.requireNonNull(entry, "entry");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad trigger span " + start + ".." + end);
    }
  }
}
