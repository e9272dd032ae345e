package dev.sasil.factcheck.extract;

import org.apache.lucene.analysis.ko.POS;
import dev.sasil.core.Morpheme;
import dev.sasil.factcheck.entity.Entity;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.EntityType;
import dev.sasil.factcheck.entity.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whom an event is about, from Nori particles: the object of 공개/설립 is the thing released or
 * founded (or the noun a relative clause modifies, or a passive subject), the topic or subject
 * is the actor, a 회사/재단 stands for the organization last named, and a sentence without an
 * actor continues the previous sentence's topic (then the claim is not firm). Immutable and
 * thread-safe.
 */
final class ThemeResolver {

  private final GenericNouns generic;

  ThemeResolver(GenericNouns generic) {
    this.generic = generic;
  }

  /** A resolved participant: the entity and whether it was read in the sentence itself. */
  record Resolved(Entity entity, int position, boolean firm) {}


  List<Resolved> themes(EventOccurrence ev, SentenceContext ctx, Discourse discourse, int from) {
    EventEntry e = ev.entry();
    return switch (e.theme()) {
      case OBJECT -> objectThemes(ev, ctx, discourse, from);
      case ACTOR -> actor(ev, ctx, discourse, from).map(List::of).orElse(List.of());
      case SUBJECT -> subject(ev, ctx, discourse, from).map(List::of).orElse(List.of());
    };
  }


  private List<Resolved> objectThemes(EventOccurrence ev, SentenceContext ctx, Discourse discourse, int from) {
    boolean orgOnly = ev.entry().orgObject();
    boolean objectInClause = hasWord(ctx, from, ev.start(), Role.OBJECT);
    if (ev.adnominal()) {
      // 출시된 챗GPT, 공개한 모델(라마1): the noun the clause modifies is what was released;
      // 챗GPT를 공개한 오픈AI: an organization modified by an active clause is the actor
      int w = ctx.wordIndexFrom(ev.end());
      if (w < 0) {
        return List.of();
      }
      SentenceContext.Word next = ctx.words.get(w);
      Optional<EntityMention> head = ctx.mentionOf(next);
      if (head.isPresent() && fits(head.get().entity(), orgOnly)
          && headIsTheme(ev, head.get().entity().type(), objectInClause)) {
        return List.of(new Resolved(head.get().entity(), head.get().start(), true));
      }
      // 앤트로픽은 2021년 … 설립한 회사다: a generic head in the predicate names the topic
      Optional<EntityType> headType = generic.type(lastNoun(next.stem()));
      if (head.isEmpty() && headType.isPresent() && next.role() == Role.COPULA && !objectInClause) {
        Optional<EntityMention> topic = ctx.lastMentionBefore(0, ev.start(), m -> m.role() == Role.TOPIC);
        if (topic.isPresent() && topic.get().entity().type() == headType.get() && fits(topic.get().entity(), orgOnly)) {
          return List.of(new Resolved(topic.get().entity(), topic.get().start(), true));
        }
      }
      boolean actorHead = head.isPresent() && objectInClause && !ev.passive();
      if (!actorHead && !generic.isTemporal(next.stem())) {
        return List.of();
      }
    }
    if (ev.passive() && (!ev.adnominal() || generic.isTemporal(ctx.words.get(ctx.wordIndexFrom(ev.end())).stem()))) {
      // 오픈AI는 2015년 설립됐다; 오픈AI는 2015년 설립된 이후: the passive subject
      Optional<EntityMention> subject = ctx.lastMentionBefore(0, ev.start(), m -> m.role().isActor());
      if (subject.isPresent() && subject.get().role() == Role.TOPIC && ctx.reports()
          && hasWord(ctx, subject.get().end(), ev.start(), Role.SUBJECT)) {
        return List.of(); // 가람청은 … 위성 1호기가 발사됐다고 밝혔다: the topic reports what a subject of its own underwent
      }
      if (subject.isPresent()) {
        return fits(subject.get().entity(), orgOnly)
            ? List.of(new Resolved(subject.get().entity(), subject.get().start(), true)) : List.of();
      }
      // 지난 2월 공개됐다: the passive subject is the previous sentence's topic
      if (!ctx.hasActorWord(0, ev.start()) && discourse.topic != null && fits(discourse.topic, orgOnly)) {
        return List.of(new Resolved(discourse.topic, 0, false));
      }
      return List.of();
    }
    if (!ev.verbal()) {
      // a bare noun: the name right before it (챗지피티(ChatGPT) 공개, xAI 설립)
      return ctx.lastMentionBefore(from, ev.start(), m -> m.role() == Role.BARE || m.role() == Role.GENITIVE)
          .filter(m -> ev.start() - m.end() <= 2 && fits(m.entity(), orgOnly))
          .map(m -> List.of(new Resolved(m.entity(), m.start(), true))).orElse(List.of());
    }
    // the nearest object word of the clause; without one, a 도-word after the actor
    // (네이버는 … 클로바X도 공개했다) is the object
    Role objectRole = objectInClause ? Role.OBJECT : Role.ALSO;
    for (int w = ctx.words.size() - 1; w >= 0; w--) {
      SentenceContext.Word word = ctx.words.get(w);
      if (word.start() < from || word.end() > ev.start()) {
        continue;
      }
      if (word.role() != objectRole || (objectRole == Role.ALSO && !ctx.hasActorWord(0, word.start()))) {
        continue;
      }
      if (predicateBetween(ctx, word.end(), ev.start())) {
        return List.of(); // 가우스를 탑재해 출시했다: the object is 탑재's, not 출시's
      }
      Optional<EntityMention> m = ctx.mentionOf(word);
      if (m.isPresent()) {
        if (!fits(m.get().entity(), orgOnly)) {
          return List.of();
        }
        List<Resolved> out = new ArrayList<>(coordinated(ctx, from, m.get()));
        out.add(new Resolved(m.get().entity(), m.get().start(), true));
        return out;
      }
      Optional<EntityType> type = generic.type(lastNoun(word.stem()));
      if (type.isEmpty()) {
        return List.of();
      }
      // ‘오픈AI o1’이라는 AI 모델을, ‘라마 3.2’ 버전을: a name right before the generic noun
      for (int p = w - 1; p >= Math.max(0, w - 3); p--) {
        SentenceContext.Word prev = ctx.words.get(p);
        Optional<EntityMention> pm = ctx.mentionOf(prev);
        if (pm.isPresent() && (pm.get().role() == Role.APPOSITION || pm.get().role() == Role.BARE)) {
          if (!fits(pm.get().entity(), orgOnly)) {
            return List.of();
          }
          List<Resolved> out = new ArrayList<>(coordinated(ctx, from, pm.get()));
          out.add(new Resolved(pm.get().entity(), pm.get().start(), true));
          return out;
        }
        if (prev.role() != Role.BARE) {
          break;
        }
      }
      if (type.get() == EntityType.ORG) {
        return anaphor(ctx, discourse, word.start(), EntityType.ORG, null).map(List::of).orElse(List.of());
      }
      return List.of();
    }
    return objectAsTopic(ev, ctx, from, orgOnly, objectInClause);
  }

  /**
   * 스페이스X는 2002년 머스크가 설립했다: without an object, a topic followed by a subject (이/가)
   * of the same clause is the object moved to the front.
   */
  private List<Resolved> objectAsTopic(EventOccurrence ev, SentenceContext ctx, int from, boolean orgOnly,
      boolean objectInClause) {
    if (objectInClause || ev.passive() || ev.adnominal()) {
      return List.of();
    }
    Optional<EntityMention> topic = ctx.lastMentionBefore(from, ev.start(), m -> m.role() == Role.TOPIC);
    if (topic.isEmpty() || !fits(topic.get().entity(), orgOnly)) {
      return List.of();
    }
    EntityType wanted = ev.entry().head();
    EntityType type = topic.get().entity().type();
    if (wanted != null && type != wanted && type != EntityType.UNKNOWN) {
      return List.of(); // 삼성전자는 이날 사장이 직접 공개했다: the company is not what was released
    }
    boolean subjectAfter = false;
    for (SentenceContext.Word w : ctx.words) {
      if (w.start() >= topic.get().end() && w.end() <= ev.start()) {
        if (w.role() == Role.TOPIC) {
          return List.of(); // a second topic: not one clause
        }
        subjectAfter |= w.role() == Role.SUBJECT;
      }
    }
    if (!subjectAfter || predicateBetween(ctx, topic.get().end(), ev.start())) {
      return List.of();
    }
    return List.of(new Resolved(topic.get().entity(), topic.get().start(), true));
  }


  private static boolean headIsTheme(EventOccurrence ev, EntityType type, boolean objectInClause) {
    EntityType wanted = ev.entry().head();
    if (ev.passive() || wanted == null) {
      return true;
    }
    return type == wanted || (type == EntityType.UNKNOWN && !objectInClause);
  }


  /** Whether a verb stands between {@code from} and {@code to}: an object before it is that verb's. */
  private static boolean predicateBetween(SentenceContext ctx, int from, int to) {
    for (Morpheme m : ctx.morphemes.within(ctx.base + from, ctx.base + to)) {
      boolean inTime = ctx.inTime(m.start() - ctx.base); // 지난 = 지나+ᆫ
      if (!inTime && (m.tag() == POS.Tag.VV || m.tag() == POS.Tag.XSV || m.tag() == POS.Tag.XSA)) {
        return true;
      }
    }
    return false;
  }


  private static boolean hasWord(SentenceContext ctx, int from, int to, Role role) {
    for (SentenceContext.Word w : ctx.words) {
      if (w.start() >= from && w.end() <= to && w.role() == role) {
        return true;
      }
    }
    return false;
  }


  /** Names listed before an object in the same clause: 7월에 ‘라마 3.1’, 그리고 9월 ‘라마 3.2’ 버전을. */
  private static List<Resolved> coordinated(SentenceContext ctx, int from, EntityMention object) {
    List<Resolved> out = new ArrayList<>();
    for (EntityMention m : ctx.mentions) {
      if (m.start() < from || m.end() > object.start()) {
        continue;
      }
      String between = ctx.text.substring(m.end(), Math.min(ctx.text.length(), m.end() + 2));
      boolean listed = m.role() == Role.WITH || (m.role() == Role.BARE && between.startsWith(","));
      if (listed && m.entity().type() == object.entity().type() && m.entity().family().equals(object.entity().family())) {
        out.add(new Resolved(m.entity(), m.start(), true));
      }
    }
    return out;
  }


  private Optional<Resolved> actor(EventOccurrence ev, SentenceContext ctx, Discourse discourse, int from) {
    if (ev.adnominal() && !ctx.hasActorWord(from, ev.start())) {
      // 오픈AI를 떠난 머스크: the modified noun is the actor (머스크가 떠난 오픈AI: it is not)
      int w = ctx.wordIndexFrom(ev.end());
      if (w >= 0) {
        Optional<EntityMention> head = ctx.mentionOf(ctx.words.get(w));
        if (head.isPresent() && head.get().entity().type() != EntityType.PRODUCT) {
          return Optional.of(new Resolved(head.get().entity(), head.get().start(), true));
        }
        if (!generic.isTemporal(ctx.words.get(w).stem())) {
          return Optional.empty();
        }
      }
    }
    Optional<EntityMention> m = ctx.lastMentionBefore(0, ev.start(),
        x -> x.role().isActor() && (x.role() == Role.TOPIC || !embedded(ctx, x.end(), ev.start())));
    if (m.isPresent()) {
      return Optional.of(new Resolved(m.get().entity(), m.get().start(), true));
    }
    if (!ctx.hasActorWord(0, ev.start()) && discourse.topic != null) {
      return Optional.of(new Resolved(discourse.topic, 0, false));
    }
    return Optional.empty();
  }


  /**
   * Whether a subject at {@code from} belongs to a relative clause closed before {@code to}
   * (오픈AI와 올트먼이 … 요구하는 소송을 제기했다: 올트먼 is not who sued).
   */
  private static boolean embedded(SentenceContext ctx, int from, int to) {
    List<Morpheme> ms = ctx.morphemes.morphemes();
    for (int i : ctx.morphemes.positionsWithin(ctx.base + from, ctx.base + to)) {
      if (i < 1 || i + 1 >= ms.size()) {
        continue;
      }
      Morpheme m = ms.get(i);
      boolean predicate = ms.get(i - 1).isVerbal() || ms.get(i - 1).isEnding();
      boolean adnominal = m.isEnding() && (m.surface().equals("는") || m.surface().equals("ᆫ")
          || m.surface().equals("은") || m.surface().equals("던"));
      boolean nounNext = ms.get(i + 1).isNoun() && ms.get(i + 1).start() > m.end();
      if (predicate && adnominal && nounNext) {
        return true;
      }
    }
    return false;
  }


  private Optional<Resolved> subject(EventOccurrence ev, SentenceContext ctx, Discourse discourse, int from) {
    if (ev.adnominal()) {
      // 지난 26일 개막한 파리올림픽에: the noun the clause modifies is its subject
      int w = ctx.wordIndexFrom(ev.end());
      if (w < 0) {
        return Optional.empty();
      }
      Optional<EntityMention> head = ctx.mentionOf(ctx.words.get(w));
      if (head.isPresent()) {
        return Optional.of(new Resolved(head.get().entity(), head.get().start(), true));
      }
    }
    Optional<EntityMention> m = ctx.lastMentionBefore(from, ev.start(), x -> x.role().isActor());
    if (m.isEmpty()) {
      m = ctx.lastMentionBefore(0, ev.start(), x -> x.role().isActor());
    }
    if (m.isPresent()) {
      return Optional.of(new Resolved(m.get().entity(), m.get().start(), true));
    }
    if (!ctx.hasActorWord(0, ev.start()) && discourse.topic != null) {
      return Optional.of(new Resolved(discourse.topic, 0, false));
    }
    return Optional.empty();
  }


  /**
   * The organization an actor left, joined or sued: an object or 에서/에 word of the clause; for
   * {@code about}, the named object of an announcement (라마 2 출시를 발표했다).
   */
  Optional<Resolved> relation(EventOccurrence ev, SentenceContext ctx, Discourse discourse, int from,
      Resolved actor) {
    if (ev.entry().relation().equals("about")) {
      Optional<Resolved> named = ctx.lastMentionBefore(from, ev.start(), m -> !m.entity().equals(actor.entity())
              && (m.role() == Role.OBJECT || m.role() == Role.BARE || m.role() == Role.GENITIVE))
          .filter(m -> !predicateBetween(ctx, m.end(), ev.start()))
          .map(m -> new Resolved(m.entity(), m.start(), true));
      int head = ev.adnominal() && named.isEmpty() ? ctx.wordIndexFrom(ev.end()) : -1;
      if (head >= 0) {
        // 통계청이 발표한 ‘1월 고용동향’에 따르면: what a relative clause announced is the noun it modifies
        return ctx.mentionOf(ctx.words.get(head)).filter(m -> !m.entity().equals(actor.entity()))
            .map(m -> new Resolved(m.entity(), m.start(), true));
      }
      return named;
    }
    for (int w = ctx.words.size() - 1; w >= 0; w--) {
      SentenceContext.Word word = ctx.words.get(w);
      if (word.start() < from || word.end() > ev.start()) {
        continue;
      }
      // 법원에 소송을 제기했다: a suit's 에-word is the court it was filed in, not the party sued
      boolean toAllowed = !ev.entry().relation().equals("against");
      boolean place = word.role() == Role.OBJECT || word.role() == Role.FROM || (toAllowed && word.role() == Role.TO);
      if (!place) {
        continue;
      }
      Optional<EntityMention> m = ctx.mentionOf(word);
      if (m.isPresent()) {
        EntityType t = m.get().entity().type();
        if (t == EntityType.ORG || t == EntityType.UNKNOWN) {
          return Optional.of(new Resolved(m.get().entity(), m.get().start(), true));
        }
        continue;
      }
      if (generic.type(lastNoun(word.stem())).orElse(null) == EntityType.ORG) {
        return anaphor(ctx, discourse, word.start(), EntityType.ORG, actor.entity());
      }
    }
    return Optional.empty();
  }


  /**
   * The organization a common noun (회사, 재단) stands for: the last one named before it in the
   * sentence, else in the two sentences before; a known one of the type first, else a name the
   * table does not know.
   */
  private static Optional<Resolved> anaphor(SentenceContext ctx, Discourse discourse, int before, EntityType type,
      Entity not) {
    Optional<Resolved> typed = anaphorOf(ctx, discourse, before, type, not);
    return typed.isPresent() ? typed : anaphorOf(ctx, discourse, before, EntityType.UNKNOWN, not);
  }


  private static Optional<Resolved> anaphorOf(SentenceContext ctx, Discourse discourse, int before, EntityType type,
      Entity not) {
    Optional<EntityMention> m = ctx.lastMentionBefore(0, before,
        x -> x.entity().type() == type && !x.entity().equals(not));
    if (m.isPresent()) {
      return Optional.of(new Resolved(m.get().entity(), m.get().start(), true));
    }
    for (int i = discourse.recent.size() - 1; i >= 0; i--) {
      Entity e = discourse.recent.get(i);
      if (e.type() == type && !e.equals(not)) {
        return Optional.of(new Resolved(e, before, false));
      }
    }
    return Optional.empty();
  }


  private static boolean fits(Entity e, boolean orgOnly) {
    return !orgOnly || e.type() == EntityType.ORG || e.type() == EntityType.UNKNOWN;
  }


  /** The last noun of a stem ({@code 비영리 연구소} gives 연구소). */
  private static String lastNoun(String stem) {
    int sp = stem.lastIndexOf(' ');
    return sp < 0 ? stem : stem.substring(sp + 1);
  }
}
