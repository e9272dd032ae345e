package dev.sasil.factcheck.extract;

import dev.sasil.core.Morpheme;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.EntityType;
import dev.sasil.factcheck.entity.Regions;
import dev.sasil.factcheck.entity.Surnames;
import java.util.List;

/**
 * Whether a word of a sentence is a person's name: one the entity table types so, or a word that
 * names no region or known entity and that Nori reads as a proper noun, or as a family name (or
 * a proper noun) and nouns, spelt as a full name (a family name and a given name of one or two syllables).
 * Stateless.
 */
final class PersonNames {

  private PersonNames() {}

  /** The person a name at {@code [start, end)} of the sentence stands for, or null when it is no person's. */
  static String person(SentenceContext ctx, int start, int end) {
    String word = ctx.text.substring(start, end);
    for (EntityMention e : ctx.mentions) {
      if (e.start() < end && start < e.end() && e.entity().type() != EntityType.UNKNOWN) {
        return e.entity().type() == EntityType.PERSON && e.start() <= start && e.end() >= end
            ? e.entity().canonical() : null;
      }
    }
    if (!Surnames.standard().mayBeFullName(word) || Regions.standard().of(word).isPresent()) {
      return null;
    }
    List<Morpheme> ms = ctx.morphemesIn(start, end);
    if (ms.isEmpty() || !String.join("", ms.stream().map(Morpheme::surface).toList()).equals(word)) {
      return null; // Nori reads the name across its end: no word of its own
    }
    if (ms.size() == 1) {
      return ms.getFirst().tag() == org.apache.lucene.analysis.ko.POS.Tag.NNP ? word : null;
    }
    // 김/NNP 가람/NNG, and 황희/NNP 찬/NNG: a full name Nori cut after a proper noun of its own
    boolean familyFirst = (Surnames.standard().isSurname(ms.getFirst().surface())
        || ms.getFirst().tag() == org.apache.lucene.analysis.ko.POS.Tag.NNP)
        && ms.subList(1, ms.size()).stream().allMatch(Morpheme::isNoun);
    return familyFirst ? word : null;
  }

  /**
   * The player the last topic or subject before {@code at} names, as {@code name} reads a word
   * (박나래는 후반 추가시간 1분 결승골을: the player the clause is about); null if none.
   */
  static String lastActor(SentenceContext ctx, int at, java.util.function.Function<SentenceContext.Word, String> name) {
    String found = null;
    for (SentenceContext.Word w : ctx.words) {
      if (w.end() <= at && w.role().isActor()) {
        found = name.apply(w);
      }
    }
    return found;
  }
}
