package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.entity.Role;
import java.util.Optional;

/**
 * The names a clause writes around a word: its topic or subject before it or after it, and the
 * name a phrase after it heads; clauses joined by an ending that keeps the subject (며, 고: SEQUENCE)
 * are one. What records and firsts ({@link SuperlativeFrames}, {@link FirstFrames}) are of. Stateless
 * apart from the grammar and the generic nouns (whose titles a name may stand before); thread-safe.
 */
final class ClauseNames {

  /** How many words after a first that modifies a noun may hold the name of what is first (최초의 정지궤도 환경 위성인 '가람'). */
  private static final int NAME_REACH = 5;

  private final Grammar grammar;
  private final GenericNouns generic;

  ClauseNames(Grammar grammar, GenericNouns generic) {
    this.grammar = grammar;
    this.generic = generic;
  }

  /** The name written as the topic or subject of the clause before word {@code i} (가람전자가 … 사상 최대 매출), or empty. */
  String ownerBefore(SentenceContext ctx, int i) {
    for (int k = i - 1; k >= 0; k--) {
      SentenceContext.Word w = ctx.words.get(k);
      if (ctx.endsClause(w) && !sharesSubject(ctx, w)) {
        break;
      }
      if (w.role() == Role.TOPIC || w.role() == Role.SUBJECT) {
        return name(ctx, w);
      }
    }
    return "";
  }

  /** The name written as the topic or subject after word {@code i} in its clause (최초로 수상한 배우 이가람이), or empty. */
  String ownerAfter(SentenceContext ctx, int i) {
    for (int k = i; k < ctx.words.size(); k++) {
      SentenceContext.Word w = ctx.words.get(k);
      if (k > i && (w.role() == Role.TOPIC || w.role() == Role.SUBJECT)) {
        return name(ctx, w);
      }
      if (ctx.endsClause(w)) {
        break;
      }
    }
    return "";
  }

  /**
   * The first name among the few words after word {@code i} in its clause that heads its phrase
   * (최초의 환경 위성인 '가람 1호'가), not one that modifies the noun after it; empty if none.
   */
  String nameAfter(SentenceContext ctx, int i) {
    for (int k = i + 1; k < ctx.words.size() && k <= i + NAME_REACH; k++) {
      SentenceContext.Word w = ctx.words.get(k);
      String name = name(ctx, w);
      SentenceContext.Word next = k + 1 < ctx.words.size() ? ctx.words.get(k + 1) : null;
      boolean modifier = w.role() == Role.BARE && next != null && ctx.endsInNoun(next)
          && !generic.isTitle(next.stem()); // 한가람(54) 작가의: a name and its title
      if (!name.isEmpty() && !modifier) {
        return name; // not 노벨문학상 of 노벨문학상 수상자: a name that modifies the noun after it
      }
      if (ctx.endsClause(w)) {
        break;
      }
    }
    return "";
  }

  /**
   * Whether the clause of word {@code i} writes a topic or a subject (통과된 것은, 수출이): with no
   * name, what is first is then what happened; a first with none (사상 처음으로 환경탑재체를 갖췄다)
   * is of the story's own subject, whom it does not write.
   */
  boolean actorIn(SentenceContext ctx, int i) {
    for (int k = i - 1; k >= 0 && !(ctx.endsClause(ctx.words.get(k)) && !sharesSubject(ctx, ctx.words.get(k))); k--) {
      if (actor(ctx.words.get(k))) {
        return true;
      }
    }
    for (int k = i + 1; k < ctx.words.size(); k++) {
      if (actor(ctx.words.get(k))) {
        return true;
      }
      if (ctx.endsClause(ctx.words.get(k))) {
        break;
      }
    }
    return false;
  }

  private static boolean actor(SentenceContext.Word w) {
    return w.role() == Role.TOPIC || w.role() == Role.SUBJECT || w.role() == Role.ALSO;
  }

  /** The name a word writes: an entity the sentence names, or a person's full name; empty if none. */
  static String name(SentenceContext ctx, SentenceContext.Word w) {
    Optional<String> named = ctx.mentionOf(w).map(m -> m.entity().canonical());
    if (named.isPresent()) {
      return named.get();
    }
    String person = PersonNames.person(ctx, w.start(), w.start() + w.stem().length());
    return person == null || person.length() < 3 ? "" : person; // 이번, 이날: no two-syllable name
  }

  /**
   * Whether a clause ends at a word in an ending that goes on to the next one with the same subject
   * (며, 고, 면서: SEQUENCE), not one that turns to another (지만).
   */
  boolean sharesSubject(SentenceContext ctx, SentenceContext.Word w) {
    return grammar.is(Grammar.Section.SEQUENCE, ctx.connective(w));
  }
}
