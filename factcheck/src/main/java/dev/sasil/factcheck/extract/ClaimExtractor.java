package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.core.Sentence;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.AliasTable;
import dev.sasil.factcheck.entity.Entity;
import dev.sasil.factcheck.entity.EntityMatcher;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.EntityType;
import dev.sasil.factcheck.entity.Particles;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.quantity.QuantityNormalizer;
import dev.sasil.factcheck.time.TimeAnchor;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeNormalizer;
import dev.sasil.factcheck.time.TimeValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads checkable claims from an article's sentences: events (released, founded, left …) dated
 * by the time expression of their clause, and measures (users, valuation …) from quantities next
 * to a measure word. Subjects are resolved from Nori's particles: the object of 공개/설립 is the
 * thing released or founded, the topic or subject is the actor; a sentence without an actor
 * continues the previous sentence's topic; 회사/재단 … stand for the organization last named.
 * Immutable and thread-safe: the lexicons are shared, per-article state lives in the call.
 *
 * <p>Known weaknesses: one clause is one segment between two triggers, so long sentences with
 * embedded clauses may date an event by a neighbouring clause's time; unknown names of several
 * words are recognized only when quoted.
 */
public final class ClaimExtractor {

  private static final class Holder {
    static final ClaimExtractor STANDARD = new ClaimExtractor(
        new EntityMatcher(AliasTable.standard(), Particles.standard(), GenericNouns.standard().notNameKeys()),
        new EventFinder(EventLexicon.standard(), Hedges.standard()),
        GenericNouns.standard(),
        Particles.standard(),
        TimeNormalizer.standard(),
        QuantityNormalizer.standard(),
        new MeasureReader(MeasureLexicon.standard()));
  }

  private final EntityMatcher matcher;
  private final EventFinder events;
  private final GenericNouns generic;
  private final Particles particles;
  private final TimeNormalizer times;
  private final QuantityNormalizer quantities;
  private final MeasureReader measures;

  public ClaimExtractor(EntityMatcher matcher, EventFinder events, GenericNouns generic, Particles particles,
      TimeNormalizer times, QuantityNormalizer quantities, MeasureReader measures) {
    this.matcher = matcher;
    this.events = events;
    this.generic = generic;
    this.particles = particles;
    this.times = times;
    this.quantities = quantities;
    this.measures = measures;
  }

  /** The extractor with the bundled lexicons, shared by the process. */
  public static ClaimExtractor standard() {
    return Holder.STANDARD;
  }

  public EntityMatcher matcher() {
    return matcher;
  }

  /** The claims of several articles, in the given order. */
  public Extraction extract(List<Article> articles) {
    Map<String, Entity> learnt = learn(articles);
    List<ExtractedClaim> claims = new ArrayList<>();
    List<PendingDerivation> pending = new ArrayList<>();
    for (Article a : articles) {
      Extraction e = extract(a, learnt);
      claims.addAll(e.claims());
      pending.addAll(e.pending());
    }
    return new Extraction(claims, pending);
  }

  /**
   * Names the alias table does not know but the articles quote or tag as proper nouns, so that
   * their unquoted mentions elsewhere are found too. First spelling wins, in article order.
   */
  private Map<String, Entity> learn(List<Article> articles) {
    Map<String, Entity> learnt = new HashMap<>();
    for (Article a : articles) {
      for (Sentence s : a.sentences()) {
        try {
          for (EntityMention m : matcher.find(s.text(), s.morphemes(), s.start())) {
            if (matcher.learnable(m)) {
              learnt.putIfAbsent(matcher.key(m.entity()), m.entity());
            }
          }
        } catch (RuntimeException e) {
          // messy text: learn nothing from this sentence
        }
      }
    }
    return learnt;
  }

  /** The claims of one article; never throws on messy text. */
  public Extraction extract(Article article) {
    return extract(article, learn(List.of(article)));
  }

  private Extraction extract(Article article, Map<String, Entity> learnt) {
    TimeAnchor anchor = TimeAnchor.of(article.published().date());
    java.time.LocalDate lastKnownDay = lastDay(article.published().date());
    Discourse discourse = new Discourse();
    List<ExtractedClaim> claims = new ArrayList<>();
    List<PendingDerivation> pending = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      SentenceContext ctx;
      try {
        ctx = new SentenceContext(s, particles, generic,
            matcher.find(s.text(), s.morphemes(), s.start(), learnt),
            times.find(s.text(), anchor),
            quantities.find(s.text()));
      } catch (RuntimeException e) {
        continue; // a sentence the analysers cannot read gives no claims
      }
      List<ExtractedClaim> sentenceClaims = new ArrayList<>();
      List<PendingDerivation> sentencePending = new ArrayList<>();
      try {
        eventClaims(article, ctx, discourse, sentenceClaims, sentencePending);
        sentenceClaims.removeIf(c -> future(c.claim(), lastKnownDay));
        measures.read(article, ctx, discourse, anchor, sentenceClaims);
      } catch (RuntimeException e) {
        // messy text never stops the article: a sentence that cannot be read gives no claims
        sentenceClaims.clear();
        sentencePending.clear();
      }
      pending.addAll(sentencePending);
      claims.addAll(dedupe(sentenceClaims));
      discourse.after(ctx);
    }
    return new Extraction(claims, pending);
  }

  /** The last day an article's date may stand for, or null when unknown. */
  private static java.time.LocalDate lastDay(dev.sasil.core.time.PartialDate d) {
    if (d == null) {
      return null;
    }
    java.time.LocalDate first = d.firstDay();
    return d.hasDay() ? first : d.hasMonth() ? first.plusMonths(1).minusDays(1) : first.plusYears(1).minusDays(1);
  }

  /** An event dated after the article was published is a plan or forecast, not a fact (내년 출시된다). */
  private static boolean future(Claim c, java.time.LocalDate lastKnownDay) {
    return lastKnownDay != null && c.value() instanceof TimeValue t && t.yearKnown()
        && t.firstDay().isAfter(lastKnownDay);
  }

  private static List<ExtractedClaim> dedupe(List<ExtractedClaim> in) {
    List<ExtractedClaim> out = new ArrayList<>();
    for (ExtractedClaim c : in) {
      boolean dup = out.stream().anyMatch(o -> o.claim().subject().equals(c.claim().subject())
          && o.claim().attribute().equals(c.claim().attribute())
          && o.claim().value().equals(c.claim().value())
          && o.claim().qualifiers().equals(c.claim().qualifiers()));
      if (!dup) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Qualifiers of a release read from its clause: where ({@code 국내에 출시}: place=한국) and
   * whether it was the first time ({@code 처음 공개}: first).
   */
  private List<String> eventQualifiers(EventOccurrence ev, SentenceContext ctx, int from) {
    List<String> out = new ArrayList<>();
    int own = ctx.wordIndexAt(ev.start());
    if (own > 0 && ctx.words.get(own - 1).start() >= from && generic.isFirst(ctx.words.get(own - 1).stem())) {
      out.add("first");
    }
    if (!ev.entry().attribute().equals("released")) {
      return out;
    }
    for (SentenceContext.Word w : ctx.words) {
      if (w.start() < from || w.end() > ev.start()) {
        continue;
      }
      boolean placeRole = w.role() == Role.TO || w.role() == Role.FROM
          || (w.role() == Role.BARE && ctx.wordIndexAt(w.start()) == own - 1);
      Optional<String> place = generic.place(w.stem());
      if (placeRole && place.isPresent()) {
        out.add("place=" + place.get());
        break;
      }
    }
    return out;
  }

  /** A resolved participant: the entity and whether it was read in the sentence itself. */
  private record Resolved(Entity entity, int position, boolean firm) {}

  private void eventClaims(Article article, SentenceContext ctx, Discourse discourse,
      List<ExtractedClaim> out, List<PendingDerivation> pending) {
    int segStart = 0;
    for (EventOccurrence ev : events.find(ctx.sentence.morphemes(), ctx.base)) {
      int from = segStart;
      if (ev.hedged() || ctx.inSpeech(ev.start())) {
        continue;
      }
      if (ev.entry().theme() != EventEntry.Theme.OBJECT && !ev.verbal()) {
        continue; // 투자 유치, 사임 발표: a bare noun states no act of its actor
      }
      List<Resolved> themes = themes(ev, ctx, discourse, from);
      if (themes.isEmpty()) {
        continue;
      }
      List<String> qualifiers = new ArrayList<>(eventQualifiers(ev, ctx, from));
      if (!ev.entry().relation().isEmpty()) {
        relation(ev, ctx, discourse, from, themes.get(0)).ifPresent(r ->
            qualifiers.add(ev.entry().relation() + "=" + r.entity().canonical()));
      }
      for (int t = 0; t < themes.size(); t++) {
        Resolved theme = themes.get(t);
        int last = themes.size() - 1;
        int timeFrom = t == 0 ? from : themes.get(t - 1).position();
        int timeTo = t == last ? ev.start() : theme.position();
        Optional<TimeMention> time = timeIn(ctx, timeFrom, timeTo);
        if (time.isEmpty()) {
          continue;
        }
        TimeMention tm = time.get();
        Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text,
            ctx.base + tm.start(), ctx.base + tm.end(), tm.text());
        String subject = theme.entity().canonical();
        String attribute = ev.entry().attribute();
        segStart = ev.end();
        if (tm.duration() != null && tm.eventRelative()) {
          derive(out, pending, subject, attribute, qualifiers, evidence, tm, theme.firm());
        } else if (tm.value() != null) {
          out.add(new ExtractedClaim(new Claim(subject, attribute, tm.value(), qualifiers, evidence, ""), theme.firm()));
        }
      }
    }
  }

  private void derive(List<ExtractedClaim> out, List<PendingDerivation> pending, String subject, String attribute,
      List<String> qualifiers, Evidence evidence, TimeMention tm, boolean firm) {
    ExtractedClaim base = null;
    for (ExtractedClaim c : out) {
      if (c.claim().value() instanceof TimeValue && c.claim().evidence().start() < evidence.start()) {
        base = c;
      }
    }
    if (base == null) {
      return;
    }
    TimeValue bv = (TimeValue) base.claim().value();
    Optional<TimeValue> v = TimeShift.shift(bv, tm.duration());
    boolean bothFirm = firm && base.firm();
    if (v.isPresent()) {
      String how = base.claim().subject() + " " + base.claim().attribute() + " " + bv.normalized()
          + " (" + base.claim().evidence().text() + ") + " + tm.text().strip() + " = " + v.get().normalized();
      out.add(new ExtractedClaim(new Claim(subject, attribute, v.get(), qualifiers, evidence, how), bothFirm));
    } else {
      pending.add(new PendingDerivation(subject, attribute, qualifiers, evidence,
          base.claim().subject(), base.claim().attribute(), bv, tm.duration(), bothFirm));
    }
  }

  /** The time of a clause: the last time expression in [from, to) that resolves or counts from an event. */
  private static Optional<TimeMention> timeIn(SentenceContext ctx, int from, int to) {
    TimeMention found = null;
    for (TimeMention t : ctx.times) {
      if (t.start() < from || t.end() > to) {
        continue;
      }
      if (ctx.mentions.stream().anyMatch(m -> m.overlaps(t.start(), t.end())) || boundary(ctx.text, t.end())) {
        continue;
      }
      if (t.value() != null || (t.duration() != null && t.eventRelative())) {
        found = t;
      }
    }
    return Optional.ofNullable(found);
  }

  /** 2020년까지, 2020년부터, 2020년 이후: the end of a range, not the date of an event. */
  private static boolean boundary(String text, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 4)).stripLeading();
    return after.startsWith("까지") || after.startsWith("부터") || after.startsWith("이후") || after.startsWith("이전")
        || after.startsWith("이래") || after.startsWith("대에") || after.startsWith("대 ");
  }

  private List<Resolved> themes(EventOccurrence ev, SentenceContext ctx, Discourse discourse, int from) {
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
    return List.of();
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
    for (dev.sasil.core.Morpheme m : ctx.sentence.morphemes()) {
      int s = m.start() - ctx.base;
      boolean inTime = ctx.times.stream().anyMatch(t -> s >= t.start() && s < t.end()); // 지난 = 지나+ᆫ
      if (s >= from && m.end() - ctx.base <= to && !inTime
          && (m.tag().equals("VV") || m.tag().equals("XSV") || m.tag().equals("XSA"))) {
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
    List<dev.sasil.core.Morpheme> ms = ctx.sentence.morphemes();
    for (int i = 1; i + 1 < ms.size(); i++) {
      dev.sasil.core.Morpheme m = ms.get(i);
      int s = m.start() - ctx.base;
      if (s < from || m.end() - ctx.base > to) {
        continue;
      }
      String prev = ms.get(i - 1).tag();
      boolean predicate = prev.equals("VV") || prev.equals("VA") || prev.equals("XSV") || prev.equals("XSA")
          || prev.equals("VX") || prev.startsWith("E");
      boolean adnominal = m.tag().startsWith("E") && (m.surface().equals("는") || m.surface().equals("ᆫ")
          || m.surface().equals("은") || m.surface().equals("던"));
      boolean nounNext = ms.get(i + 1).tag().startsWith("NN") && ms.get(i + 1).start() > m.end();
      if (predicate && adnominal && nounNext) {
        return true;
      }
    }
    return false;
  }

  private Optional<Resolved> subject(EventOccurrence ev, SentenceContext ctx, Discourse discourse, int from) {
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

  /** The organization an actor left, joined or sued: an object or 에서/에 word of the clause. */
  private Optional<Resolved> relation(EventOccurrence ev, SentenceContext ctx, Discourse discourse, int from,
      Resolved actor) {
    for (int w = ctx.words.size() - 1; w >= 0; w--) {
      SentenceContext.Word word = ctx.words.get(w);
      if (word.start() < from || word.end() > ev.start()) {
        continue;
      }
      boolean place = word.role() == Role.OBJECT || word.role() == Role.FROM || word.role() == Role.TO;
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

  /** What earlier sentences of the article leave for later ones: the topic and names in order. */
  static final class Discourse {
    Entity topic;
    final List<Entity> recent = new ArrayList<>();

    void after(SentenceContext ctx) {
      Entity t = null;
      for (EntityMention m : ctx.mentions) {
        if (m.role() == Role.TOPIC) {
          t = m.entity();
          break;
        }
      }
      if (t == null) {
        for (EntityMention m : ctx.mentions) {
          if (m.role() == Role.SUBJECT) {
            t = m.entity();
            break;
          }
        }
      }
      if (t != null || ctx.hasActorWord(0, ctx.text.length())) {
        topic = t;
      }
      // names in this sentence, most recent last; only the last two sentences count
      recentWindow.add(ctx.mentions.stream().map(EntityMention::entity).toList());
      if (recentWindow.size() > 2) {
        recentWindow.remove(0);
      }
      recent.clear();
      recentWindow.forEach(recent::addAll);
    }

    private final List<List<Entity>> recentWindow = new ArrayList<>();
  }
}
