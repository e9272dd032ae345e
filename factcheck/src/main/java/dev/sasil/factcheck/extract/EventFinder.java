package dev.sasil.factcheck.extract;

import org.apache.lucene.analysis.ko.POS;
import dev.sasil.core.Morpheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds event triggers in a sentence's morphemes, with their voice, form and hedges. Immutable
 * and thread-safe.
 */
public final class EventFinder {

  private static final Set<String> ADNOMINAL = Set.of("ᆫ", "은", "는", "던", "ᆯ", "을", "ㄴ", "ㄹ");
  private static final Set<String> FUTURE_ADNOMINAL = Set.of("ᆯ", "을", "ㄹ");

  private final EventLexicon lexicon;
  private final Hedges hedges;

  public EventFinder(EventLexicon lexicon, Hedges hedges) {
    this.lexicon = lexicon;
    this.hedges = hedges;
  }

  /**
   * The triggers of a sentence, in order.
   *
   * @param ms the sentence's morphemes (article offsets)
   * @param base the article offset of the sentence start
   */
  public List<EventOccurrence> find(List<Morpheme> ms, int base) {
    List<EventOccurrence> out = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) {
      Morpheme m = ms.get(i);
      Optional<EventEntry> found = lexicon.trigger(m.surface(), m.tag());
      if (found.isEmpty()) {
        continue;
      }
      EventEntry entry = found.get();
      int head = i;
      if (!entry.with().isEmpty()) {
        head = followedBy(ms, i, entry.with());
        if (head < 0) {
          continue;
        }
      }
      Morpheme hm = ms.get(head);
      Morpheme next = head + 1 < ms.size() ? ms.get(head + 1) : null;
      boolean adjacentNext = next != null && next.start() == hm.end();
      boolean verbal = entry.verb();
      boolean passive = false;
      int j = head + 1;
      if (!entry.verb()) {
        if (adjacentNext && (next.tag() == POS.Tag.XSN || next.isNoun())) {
          continue; // 설립자, 공개일: the trigger only modifies another noun
        }
        if (adjacentNext && (next.tag() == POS.Tag.XSV || next.tag() == POS.Tag.XSA || next.surface().equals("되"))) {
          verbal = true;
          passive = next.surface().equals("되");
          j = head + 2;
        }
      }
      // the rest of the trigger's word: its endings
      int k = j;
      int end = verbal ? ms.get(j - 1).end() : hm.end();
      List<String> endings = new ArrayList<>();
      if (verbal) {
        while (k < ms.size() && ms.get(k).start() <= ms.get(k - 1).end()
            && (ms.get(k).isEnding() || ms.get(k).tag() == POS.Tag.VX || ms.get(k).tag() == POS.Tag.EP)) {
          endings.add(ms.get(k).surface());
          end = ms.get(k).end();
          k++;
        }
      }
      Morpheme after = k < ms.size() ? ms.get(k) : null;
      boolean hedged = hedged(ms, i, endings, after) || (head != i && hedged(ms, head, endings, after));
      String last = endings.isEmpty() ? "" : endings.get(endings.size() - 1);
      boolean adnominal = verbal && ADNOMINAL.contains(last);
      if (adnominal && FUTURE_ADNOMINAL.contains(last)) {
        hedged = true;
      }
      out.add(new EventOccurrence(entry, m.start() - base, end - base, verbal, passive, adnominal, hedged));
    }
    return out;
  }

  private boolean hedged(List<Morpheme> ms, int i, List<String> endings, Morpheme after) {
    Morpheme m = ms.get(i);
    if (i > 0) {
      Morpheme prev = ms.get(i - 1);
      if (prev.end() == m.start() && prev.tag() == POS.Tag.XPN && hedges.is(Hedges.Kind.NEG_PREFIX, prev.surface())) {
        return true;
      }
      if (prev.tag() == POS.Tag.MAG && hedges.is(Hedges.Kind.NEG_ADV, prev.surface())) {
        return true;
      }
    }
    for (String e : endings) {
      if (hedges.is(Hedges.Kind.ENDING, e)) {
        return true;
      }
    }
    String last = endings.isEmpty() ? "" : endings.get(endings.size() - 1);
    if (after != null) {
      if (last.equals("지") && hedges.is(Hedges.Kind.NEG_AUX, after.surface())) {
        return true;
      }
      if (last.equals("기") && hedges.is(Hedges.Kind.PURPOSE, after.surface())) {
        return true;
      }
      if (hedges.is(Hedges.Kind.AFTER, after.surface()) && (last.equals("ᆯ") || last.equals("을") || last.equals("ㄹ"))) {
        return true;
      }
    }
    // 공개하지는 않았다: look a little further for a negating auxiliary after -지
    int idx = endings.indexOf("지");
    if (idx >= 0) {
      for (int x = i + 1; x < Math.min(ms.size(), i + 8); x++) {
        if (hedges.is(Hedges.Kind.NEG_AUX, ms.get(x).surface()) && !ms.get(x).tag().name().startsWith("N")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The index of {@code word} among the few morphemes after {@code i}, or -1. */
  private static int followedBy(List<Morpheme> ms, int i, String word) {
    for (int x = i + 1; x < Math.min(ms.size(), i + 6); x++) {
      if (ms.get(x).surface().equals(word)) {
        return x;
      }
    }
    return -1;
  }
}
