package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.core.Morpheme;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.Quotes;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.time.ClockTime;
import dev.sasil.factcheck.time.Granularity;
import dev.sasil.factcheck.time.TimeLexicon;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;

/**
 * Open event frames: any predicate with a time of day, a day or a month makes a claim, whatever
 * the predicate. The predicate is the first one after the time in its sentence: a verb, a noun +
 * 하다/되다, or the topic noun of a copula ({@code 출시는 오는 31일이다}); in a relative clause
 * ({@code 1일 개막한 행사}) the noun it modifies is its subject. The attribute is the predicate's
 * class in events.txt or predicates.txt, else its lemma; the subject is its object, else its
 * subject or the sentence topic, named as the entity table names it. The value is the clock time
 * when one is written ({@code 오전 10시 31분께}), else the day or month; {@code 현지시간} is kept
 * as the qualifier {@code local}. Times on reporting verbs ({@code 26일 밝혔다}), ranges ({@code
 * 19일부터}) and negated predicates give no claim. Claims whose class is not single-valued, or
 * without a subject, can agree but never contradict.
 *
 * <p>Immutable and thread-safe. Known weaknesses: the time is tied to the first predicate after
 * it, so a time written after its verb is missed; events named only by a noun ({@code 그의 해임
 * 소식}) are not read.
 */
final class EventFrames {

  private static final Pattern RANGE = Pattern.compile("^\\s*(\\([^)]*\\))?\\s*(부터|까지|~|∼|-)");

  private final EventLexicon events;
  private final PredicateLexicon predicates;
  private final Grammar grammar;

  EventFrames(EventLexicon events, PredicateLexicon predicates, Grammar grammar) {
    this.events = events;
    this.predicates = predicates;
    this.grammar = grammar;
  }

  /** Times written as what a date changed from and to (1월 31일에서 2월 8일로). */
  private static java.util.Set<TimeMention> changedTimes(SentenceContext ctx) {
    java.util.Set<TimeMention> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = 0; i + 1 < ctx.times.size(); i++) {
      TimeMention from = ctx.times.get(i);
      TimeMention to = ctx.times.get(i + 1);
      if (from.end() <= to.start() && FROM.matcher(ctx.text.substring(from.end(), to.start())).matches()
          && TO.matcher(ctx.after(to.end())).lookingAt()) {
        out.add(from);
        out.add(to);
      }
    }
    return out;
  }

  private static final java.util.regex.Pattern FROM = java.util.regex.Pattern.compile("\\s*에서\\s*");
  private static final java.util.regex.Pattern TO = java.util.regex.Pattern.compile("\\s*(으로|로)(?![가-힣])|\\s*(으로|로)\\s");

  /** The lemma and word of a predicate. */
  private record Predicate(String lemma, int word, boolean relative, boolean ofDate) {
    Predicate(String lemma, int word, boolean relative) {
      this(lemma, word, relative, false);
    }
  }

  void read(Article article, SentenceContext ctx, LocalDate published, List<ExtractedClaim> out) {
    List<ExtractedClaim> found = new ArrayList<>();
    java.util.Set<TimeMention> changed = changedTimes(ctx);
    for (TimeMention t : ctx.times) {
      if (t.value() == null || t.duration() != null || changed.contains(t) || ctx.rangeEnd(t)) {
        continue; // 1월 31일에서 2월 8일로 늦췄다: the old and new values of a date; 7~9월: a stretch, not a day
      }
      Granularity g = t.value().granularity();
      if (g != Granularity.DAY && g != Granularity.MONTH) {
        continue;
      }
      String after = ctx.after(t.end());
      if (RANGE.matcher(after).find() || countedFrom(ctx, t)) {
        continue; // 12월 3일 이후 11일 만에 정지됐다: the day counted from, not the day it happened
      }
      if (ctx.comparedTime(t, grammar)) {
        continue; // 1998년 11월 이후 가장 크게 올랐다, 이날과 비슷한: a day compared with, not the day it happened
      }
      if (ctx.mentionOverlaps(t.start(), t.end())) {
        continue; // ‘2024년 1월 고용동향’을 발표했다: a time in a name names, it dates nothing
      }
      boolean covered = out.stream().anyMatch(c -> c.claim().evidence().start() == ctx.base + t.start());
      if (covered) {
        continue; // the event lexicon read this time already
      }
      Optional<Predicate> p = predicate(ctx, t).map(q -> sequelIfUnknown(ctx, q));
      if (p.isEmpty() || predicates.reporting(p.get().lemma()) || ctx.negated(p.get().word(), grammar)
          || figureBetween(ctx, t, p.get())) {
        continue;
      }
      if (ctx.speechFloor(ctx.words.get(p.get().word()).start()) > t.end()) {
        continue; // 관계자는 이날 “오전 11시 초진을 완료했다”고 했다: a time before a quotation dates the saying
      }
      String lemma = p.get().lemma();
      String attribute = classOf(lemma);
      String subject = p.get().ofDate() ? argumentBefore(ctx, p.get().word()) : subject(ctx, t, p.get());
      boolean known = known(lemma);
      // an unlisted predicate speaks for a date only as the sentence's main verb, or as the verb
      // a date noun's value is the day of, with a subject
      // 불이 났다, 사고가 난: a happening that breaks out is its occurrence, one syllable or not
      boolean onset = predicates.onsetOf(lemma).isPresent() && happening(ctx, subject);
      if (!known && !onset
          && (!finalPredicate(ctx, p.get()) && !p.get().ofDate() || subject.isEmpty() || misreadable(lemma))) {
        continue;
      }
      boolean firm = !subject.isEmpty();
      Optional<String> named = predicates.classOf(subject);
      if (named.isPresent() && predicates.occurrence(attribute)) {
        attribute = named.get(); // 붕괴가 일어났다: the event the subject names occurred, a collapse
        subject = "";
      } else if (subject.equals(lemma) || subject.equals(attribute)) {
        subject = ""; // 초진이 완료됐다: the subject that names the event is no party to it
      }
      boolean story = false;
      if (happening(ctx, subject)) {
        subject = ""; // 불길이 꺼졌다, 압사 사고가 발생했다: what happened is the event, not a party to it
        attribute = predicates.onsetOf(lemma).orElse(attribute); // 사고가 시작됐다: it happened then
        story = predicates.occurrence(attribute); // not 숨지는 사고가 났다: a death, whatever accident it was
      }
      if (!story && predicates.classOf(lemma).filter(predicates::placed).isPresent() && !partyNamed(ctx, subject)) {
        // 횡성군의 한 축사에서 70대가 숨졌다: a death, a collapse nobody named befell the place (not
        // 병원에서 화재가 발생했다: the story's own happening, which every outlet writes with or
        // without its place, stays ownerless)
        String place = placeOf(ctx, clauseStart(ctx, ctx.wordIndexAt(t.start())), p.get().word());
        if (!place.isEmpty()) {
          subject = place;
        }
      }
      TimeMention resolved = tensed(ctx, t, p.get(), published);
      NormalizedValue value = ctx.clocked(resolved);
      List<String> qualifiers = new ArrayList<>();
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text,
          ctx.base + t.start(), ctx.base + t.end(), t.text());
      found.add(new ExtractedClaim(new Claim(subject, attribute, value, qualifiers, evidence, ""), firm));
    }
    out.addAll(found);
  }

  /**
   * Removes the claims of a day that another claim of the sentence, of the same subject, event and
   * qualifiers, gives to the minute on that day (전날인 4일 오후 7시, 전날(3일) 오후 10시 23분, 5일
   * (현지시간) 오후 2시: one event, not a second claim of its day).
   */
  static void dropRestatedDays(List<ExtractedClaim> claims) {
    List<ExtractedClaim> restated = new ArrayList<>();
    for (ExtractedClaim c : claims) {
      if (c.claim().value() instanceof TimeValue day && day.granularity() == Granularity.DAY
          && claims.stream().anyMatch(o -> o.claim().value() instanceof ClockTime clock && clock.day().equals(day)
              && o.claim().subject().equals(c.claim().subject()) && o.claim().attribute().equals(c.claim().attribute())
              && o.claim().qualifiers().equals(c.claim().qualifiers()))) {
        restated.add(c);
      }
    }
    claims.removeAll(restated);
  }

  /**
   * What happened at a time, as a report names it: the class of the predicate the time belongs to
   * (발생, opened), else its lemma (수행); empty for none, for a reporting verb (밝혔다) and for a
   * negated one.
   */
  String event(SentenceContext ctx, TimeMention t) {
    Optional<Predicate> p = predicate(ctx, t);
    if (p.isEmpty() || predicates.reporting(p.get().lemma()) || ctx.negated(p.get().word(), grammar)) {
      return ""; // …펼쳐지지 않은 상태에서: what did not happen is not what happened then
    }
    return named(p.get().lemma());
  }

  /**
   * Whether a subject names a party one could tell apart from another of its kind: an entity the
   * sentence names or a place, not a common noun (남성, 지붕, 작업자) nor nothing.
   */
  private static boolean partyNamed(SentenceContext ctx, String subject) {
    return !subject.isEmpty() && (GenericNouns.standard().anyPlace(subject).isPresent()
        || ctx.mentions.stream().anyMatch(m -> m.entity().canonical().equals(subject)));
  }

  /** How many words before its marked word a place may stand in the phrase it names the place of. */
  private static final int PLACE_PHRASE = 7;

  /**
   * The place an event of words [from, verb) happened at: in the phrase of its 에서 (강원 횡성군
   * 서원면 한 축사에서) or its 에 (홍천군 야산에 추락했다), else in its subject's phrase (횡성군 한 축사
   * 지붕이), the most specific region written there above a township (경기 양평군 옥천면의 농가에서:
   * 양평); empty when none names one.
   */
  private static String placeOf(SentenceContext ctx, int from, int verb) {
    for (Role role : List.of(Role.FROM, Role.TO, Role.SUBJECT)) {
      for (int k = from; k < verb; k++) {
        if (ctx.words.get(k).role() == role) {
          String place = placeInPhrase(ctx, from, k);
          if (!place.isEmpty()) {
            return place;
          }
        }
      }
    }
    return "";
  }

  private static String placeInPhrase(SentenceContext ctx, int from, int marked) {
    String place = "";
    String township = "";
    for (int k = marked; k >= from && k > marked - PLACE_PHRASE; k--) {
      SentenceContext.Word w = ctx.words.get(k);
      if (k < marked && w.role() != Role.BARE && w.role() != Role.GENITIVE || ctx.inTime(w.start())) {
        break; // the phrase starts after another marked word, or after its time
      }
      String stem = w.stem().replace(" ", "");
      Optional<String> region = GenericNouns.standard().anyPlace(stem);
      if (region.isPresent()) {
        if (dev.sasil.factcheck.entity.Regions.standard().township(stem)) {
          township = township.isEmpty() ? region.get() : township; // 옥천면: below the county it is in
        } else if (place.isEmpty()) {
          place = region.get(); // the last region before the marked word is the most specific one
        }
      }
    }
    return place.isEmpty() ? township : place;
  }

  /** The class of a predicate's lemma as a report names it (발생, opened), else the lemma; empty for a misreadable one. */
  private String named(String lemma) {
    String event = classOf(lemma);
    return event.equals(lemma) && misreadable(lemma) ? "" : event;
  }

  /** The class of a predicate's lemma in the event or predicate lexicon (발생, opened), else the lemma. */
  private String classOf(String lemma) {
    // (not a verb the event lexicon takes only with an organisation as object: 주차장에 세워진
    // 차량 is a parked car, no founding; the lexicon reads 회사를 세웠다 itself)
    return events.trigger(lemma, POS.Tag.NNG).or(() -> events.trigger(lemma, POS.Tag.VV).filter(e -> !e.orgObject()))
        .map(e -> e.attribute()).or(() -> predicates.classOf(lemma)).orElse(lemma);
  }

  /** Whether a predicate's lemma is an event of the event or predicate lexicon. */
  private boolean known(String lemma) {
    return !classOf(lemma).equals(lemma) || predicates.classOf(lemma).isPresent();
  }

  /** Whether a predicate's lemma is in the event or predicate lexicon, as an event or a light verb. */
  private boolean listed(String lemma) {
    return known(lemma) || predicates.light(lemma);
  }

  /**
   * Whether the relative clause ending at word {@code from - 1} modifies an event noun the
   * lexicons list (불길을 잡는 초진을 완료했다: 초진), or a noun that is the object of another such
   * clause that does (주된 불길을 잡는 초진); not a happening noun no lexicon lists (탈선하는 사고가
   * 발생했다: 탈선 is the event), nor a person (돌아온 류현진이 복귀를 알렸다).
   */
  private boolean describesListedEvent(SentenceContext ctx, int from) {
    if (from >= ctx.words.size()) {
      return false;
    }
    SentenceContext.Word head = ctx.words.get(from);
    if (verbLemma(ctx, head).isPresent()) {
      return false;
    }
    String noun = eventNoun(ctx, head);
    if (!noun.isEmpty() && listed(noun)) {
      return true;
    }
    if (head.role() == Role.OBJECT && from + 1 < ctx.words.size()) {
      SentenceContext.Word next = ctx.words.get(from + 1);
      Optional<String> lemma = verbLemma(ctx, next);
      return lemma.isPresent() && ctx.has(next, POS.Tag.ETM) && !listed(lemma.get()) && describesListedEvent(ctx, from + 2);
    }
    return false;
  }

  /**
   * Whether the clause's own verb after a relative clause ending at word {@code i} names what
   * befalls a place (PLACED: 눈을 치우던 60대 남성이 쓰러지는 나무에 깔려 숨졌다): the time before the
   * relative clause dates that death or collapse, not what the clause describes its people doing.
   * Other relative clauses and the first of two verbs in a row are passed over on the way.
   */
  private boolean befallsAhead(SentenceContext ctx, int i) {
    if (modifiesHappening(ctx, i)) {
      return false; // 출발한 지 7분 만에 탈선하는 사고가 났다: the clause names the accident itself
    }
    for (int k = i + 1; k < ctx.words.size(); k++) {
      SentenceContext.Word w = ctx.words.get(k);
      Optional<String> lemma = verbLemma(ctx, w);
      boolean befalls = lemma.flatMap(predicates::classOf).filter(predicates::placed).isPresent();
      if (befalls && ctx.has(w, POS.Tag.ETM) && modifiesHappening(ctx, k)) {
        return true; // 지붕에 깔려 숨지는 사고가 났다: a death told as the accident it was
      }
      if (lemma.isEmpty() || ctx.has(w, POS.Tag.ETM) || serialBeforeVerb(ctx, k)) {
        continue;
      }
      return befalls;
    }
    return false;
  }

  /** Whether the verb at word {@code k} is a relative clause's that modifies a happening noun (탈선하는 사고). */
  private static boolean modifiesHappening(SentenceContext ctx, int k) {
    return k + 1 < ctx.words.size() && ctx.has(ctx.words.get(k), POS.Tag.ETM)
        && plainNoun(ctx, ctx.words.get(k + 1)).filter(n -> happening(ctx, n)).isPresent();
  }

  /**
   * Whether an unlisted stem is as often Nori's misreading as meant, so names no event: one
   * syllable (알 of 안았다, 차 of 찼다, 세).
   */
  private static boolean misreadable(String lemma) {
    return lemma.length() == 1;
  }

  /** The predicate a time belongs to: the first predicate word after it, or the topic of its copula. */
  private Optional<Predicate> predicate(SentenceContext ctx, TimeMention t) {
    int tw = ctx.wordIndexAt(Math.max(t.start(), t.end() - 1));
    if (tw < 0) {
      return Optional.empty();
    }
    Optional<Predicate> ofDateNoun = ofDateNoun(ctx, ctx.wordIndexAt(t.start()));
    if (ofDateNoun.isPresent()) {
      return ofDateNoun;
    }
    int spanned = nounOfSpan(ctx, t, tw);
    if (spanned >= 0) {
      // 33년 만의 우승에 일조했다: the span counts to the win, not to the help
      String noun = eventNoun(ctx, ctx.words.get(spanned));
      return eventNoun(noun) ? Optional.of(new Predicate(noun, spanned, false)) : Optional.empty();
    }
    if (TimeLexicon.standard().lookup(TimeLexicon.WordClass.DAYPART, t.text()).isPresent() && tw + 1 < ctx.words.size()
        && ctx.words.get(tw).end() == t.end() && ctx.endsInNoun(ctx.words.get(tw + 1))) {
      return Optional.empty(); // 낮 최고기온은: a part of the day that qualifies a noun dates no event
    }
    if (ctx.has(ctx.words.get(tw), POS.Tag.VCP) && !ctx.has(ctx.words.get(tw), POS.Tag.ETM)) {
      Optional<Predicate> nominalized = nominalized(ctx, ctx.wordIndexAt(t.start()));
      if (nominalized.isPresent()) {
        return nominalized;
      }
      Optional<Predicate> bare = bareEventNoun(ctx, ctx.wordIndexAt(t.start()));
      if (bare.isPresent()) {
        return bare; // 사고 발생 60여시간 만이다: the event noun right before the span is what it counts from
      }
      // 출시는 오는 31일이다, 출시일은 1월 31일이다: the topic names the event (not 9분 뒤인 오후
      // 7시, a time that modifies the next)
      return topicEvent(ctx, tw);
    }
    if (tw + 1 < ctx.words.size() && setsDate(ctx, ctx.words.get(tw), ctx.words.get(tw + 1), false)) {
      return topicEvent(ctx, tw); // 출범은 10월 25일로 예정돼 있다, 선고는 3일로 잡혔다: as the copula's
    }
    int first = ctx.wordIndexAt(t.start());
    // (전날인 3일 오후 10시 23분쯤: a time in apposition to the time before it is that time, and
    // dates the predicate after it as the first does)
    if (first > 0 && ctx.has(ctx.words.get(first - 1), POS.Tag.ETM) && !joinedSince(ctx, ctx.words.get(first - 1))
        && !ctx.sourceAhead(t.end()) && !ctx.beginsWithTime(ctx.words.get(first - 1))) {
      // not 발표한 7월 소비자물가동향에 따르면: a time before a cited report's name says what it covers
      // 개통이 시작되는 26일: the clause modifying the time is its event
      SentenceContext.Word before = ctx.words.get(first - 1);
      Optional<String> lemma = verbLemma(ctx, before);
      // (not 불은 27일 …: a one-syllable stem no lexicon lists, Nori's misreading of a topic, 붇+은)
      if (lemma.isPresent() && !connective(ctx, first - 1, lemma.get()) && !elapsed(ctx, first - 1, lemma.get())
          && !named(lemma.get()).isEmpty()) {
        return Optional.of(new Predicate(lemma.get(), first - 1, false));
      }
      if (lemma.isEmpty() && ctx.has(before, POS.Tag.VCP) && datedNoun(ctx, before)) {
        // 폐막일인 11일: the time is the day of the event the noun names
        String noun = eventNoun(ctx, before);
        if (!noun.isEmpty()) {
          return Optional.of(new Predicate(noun, first - 1, false));
        }
      }
    }
    Predicate skipped = null;
    for (int i = tw; i < ctx.words.size(); i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.inSpeech(w.start())) {
        return Optional.empty();
      }
      if (i > tw && ctx.inTime(w.start())) {
        if (nearerTime(ctx, t, w)) {
          return Optional.empty(); // 30일 브리핑을 통해 29일 발생한 사고: the nearer day dates the predicate
        }
        continue; // 8일 … 지난 9월 중순 이후: 지난 belongs to the next time, it is no predicate
      }
      Optional<String> lemma = verbLemma(ctx, w).map(l -> imposedOn(ctx, w, l));
      if (lemma.isPresent() && (connective(ctx, i, lemma.get()) || ordered(ctx, w))) {
        continue; // 성명을 통해, 이사회에 대해: a verb used as a postposition; 지급하라고 판결했다: what was ordered
      }
      if (lemma.isPresent() && (joinedSince(ctx, w) || ctx.has(w, POS.Tag.ETM) && i + 1 < ctx.words.size()
          && grammar.is(Grammar.Section.CLAUSE_SINCE, ctx.words.get(i + 1).stem()))) {
        continue; // 오전 4시 37분, 발사된 지(발사된지) 78분 만에 교신했다: the event counted from, not the one at the time
      }
      if (lemma.isPresent() && negatedRelative(ctx, i)) {
        continue; // 오후 3시께 원인이 확인되지 않은 불이 났다: a negated clause describes the noun after it
      }
      if (lemma.isPresent() && i + 1 < ctx.words.size() && serial(ctx, w)) {
        Optional<String> next = verbLemma(ctx, ctx.words.get(i + 1));
        if (next.isPresent() && !connective(ctx, i + 1, next.get())) {
          continue; // 팰컨9에 실려 발사됐다: of two verbs in a row, the second says what happened
        }
      }
      if (lemma.isPresent()) {
        boolean relative = ctx.has(w, POS.Tag.ETM) && i + 1 < ctx.words.size()
            && !planOrBound(ctx, ctx.words.get(i + 1));
        if (relative && (!listed(lemma.get()) && describesListedEvent(ctx, i + 1)
            || (!known(lemma.get()) || predicates.light(lemma.get())) && befallsAhead(ctx, i))) {
          // 오전 11시 불길을 잡는 초진을 완료했다: a relative clause no lexicon lists describes the event
          // after it (its own event when no predicate follows)
          skipped = skipped != null ? skipped : new Predicate(lemma.get(), i, true);
          continue;
        }
        String event = predicates.light(lemma.get())
            ? carried(ctx, tw, i, relative, predicates.lightRoles(lemma.get())) : "";
        return Optional.of(new Predicate(event.isEmpty() ? lemma.get() : event, i, relative));
      }
    }
    return Optional.ofNullable(skipped);
  }

  /**
   * The word of the noun a span in 만의 modifies, the head of the noun phrase after word {@code tw}
   * (10년 만의 재개장을 앞두고: 재개장), or -1: no such span, or a head in the copula (만의 일이다),
   * which leaves the span to the clause before it.
   */
  private static int nounOfSpan(SentenceContext ctx, TimeMention t, int tw) {
    if (!RecordFrames.countedTo(t) || !t.text().endsWith("의") || ctx.words.get(tw).end() != t.end()) {
      return -1;
    }
    int i = tw + 1;
    while (i + 1 < ctx.words.size() && ctx.words.get(i).role() == Role.BARE && ctx.endsInNoun(ctx.words.get(i))
        && !ctx.inTime(ctx.words.get(i).start())) {
      i++;
    }
    return i < ctx.words.size() && ctx.endsInNoun(ctx.words.get(i)) && !ctx.has(ctx.words.get(i), POS.Tag.VCP) ? i : -1;
  }

  /** The event the topic before word {@code tw} names (출시는, 발사 시점은); empty when the topic names none. */
  private Optional<Predicate> topicEvent(SentenceContext ctx, int tw) {
    for (int i = tw - 1; i >= 0; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if (w.role() == Role.TOPIC) {
        String noun = eventNoun(ctx, w);
        boolean dateWord = noun.isEmpty() && grammar.is(Grammar.Section.DATE_NOUN, w.stem())
            || grammar.is(Grammar.Section.PLAN, noun) && !noun.equals(w.stem()); // 상장 예정일은: a planned day
        if (dateWord && i >= 1 && ctx.words.get(i - 1).role() == Role.BARE && ctx.endsInNoun(ctx.words.get(i - 1))) {
          // 발사 시점은 오전 7시 17분이다: the date noun written apart from its event's
          SentenceContext.Word event = ctx.words.get(i - 1);
          noun = eventNoun(ctx, event);
          return noun.isEmpty() ? Optional.empty() : Optional.of(new Predicate(noun, i - 1, false));
        }
        return noun.isEmpty() ? Optional.empty() : Optional.of(new Predicate(noun, i, false));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a time's word in 로 and the passive verb after it set or report the date of what the
   * topic names, as a copula would (10월 25일로 예정돼 있다, 3일로 잡혔다, 31일로 알려졌다):
   * grammar.txt's DATE_REPORTED and DATE_SCHEDULED; with {@code scheduled}, only the latter.
   */
  static boolean setsDate(SentenceContext ctx, SentenceContext.Word time, SentenceContext.Word verb, boolean scheduled) {
    Grammar grammar = Grammar.standard();
    if (time.role() != Role.BY || ctx.morphemesOf(verb).stream()
        .anyMatch(m -> m.tag() == POS.Tag.XSV && grammar.is(Grammar.Section.ACTIVE_LIGHT, m.surface()))) {
      return false; // 종결일을 11일로 확정했다: who fixed it is the topic, not what was fixed
    }
    return verbLemma(ctx, verb).filter(l -> grammar.is(Grammar.Section.DATE_SCHEDULED, l)
        || !scheduled && grammar.is(Grammar.Section.DATE_REPORTED, l)).isPresent();
  }

  /**
   * Whether a verb word ends in an ending of what was ordered or proposed (지급하라고, 공개하자고,
   * 배상하도록): grammar.txt's ORDERED_ENDING right after the stem, with no tense and no copula.
   */
  private boolean ordered(SentenceContext ctx, SentenceContext.Word w) {
    List<Morpheme> ms = ctx.morphemesOf(w);
    if (ms.isEmpty() || ms.stream().anyMatch(m -> m.tag() == POS.Tag.EP || m.tag() == POS.Tag.VCP)) {
      return false;
    }
    Morpheme last = ms.get(ms.size() - 1);
    return last.tag() == POS.Tag.EC && grammar.is(Grammar.Section.ORDERED_ENDING, last.surface());
  }

  /**
   * Whether the time at word {@code w}, met on the way from {@code t} to its predicate, is a day or
   * month of its own that dates that predicate instead: words stand between the two (not 오늘(9일),
   * not 8일 오전 7시), neither opens or closes a stretch (10일 밤부터 이날 정오까지), and the later one
   * is no base or reference (지난 9월 중순 이후 가장 많은, 전년 대비).
   */
  private boolean nearerTime(SentenceContext ctx, TimeMention t, SentenceContext.Word w) {
    TimeMention later = null;
    for (TimeMention m : ctx.times) {
      if (m.start() <= w.start() && w.start() < m.end()) {
        later = m;
        break;
      }
    }
    if (later == null || later == t || later.start() < t.end() || later.value() == null || later.duration() != null
        || ctx.inParentheses(later.start()) || RANGE.matcher(ctx.after(t.end())).find()
        || RANGE.matcher(ctx.after(later.end())).find() || ctx.rangeEnd(later) || countedFrom(ctx, later)
        || ctx.comparedTime(later, grammar)) {
      return false;
    }
    Granularity g = later.value().granularity();
    if (g != Granularity.DAY && g != Granularity.MONTH) {
      return false;
    }
    for (SentenceContext.Word between : ctx.words) {
      if (between.start() >= t.end() && between.end() <= later.start() && !ctx.inTime(between.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a verb works as a postposition here: 성명을 통해; 사고로 인한, a verb after a noun in 로
   * (금리를 0.25%포인트 인하한 is a cut).
   */
  private boolean connective(SentenceContext ctx, int i, String lemma) {
    if (predicates.connective(lemma)) {
      return true;
    }
    if (!predicates.connectiveVerb(lemma) || i <= 0) {
      return false;
    }
    List<Morpheme> before = ctx.morphemesOf(ctx.words.get(i - 1));
    Morpheme last = before.isEmpty() ? null : before.get(before.size() - 1);
    return last != null && last.tag() == POS.Tag.JKB && (last.surface().equals("로") || last.surface().equals("으로"));
  }

  /**
   * Whether the verb at word {@code i} says only that a span has passed (22시간이 지난 이날 오전 8시,
   * 사흘이 흐른 5일): its subject, the word before it, holds a span.
   */
  private boolean elapsed(SentenceContext ctx, int i, String lemma) {
    if (i < 1 || !grammar.is(Grammar.Section.ELAPSED, lemma)) {
      return false;
    }
    if (dev.sasil.factcheck.time.TimeNormalizer.standard().elapsedVerb(ctx.text, ctx.words.get(i).start())) {
      return true; // 2시간여 지난 4일, 사흘이 지난 3일
    }
    SentenceContext.Word subject = ctx.words.get(i - 1);
    for (TimeMention t : ctx.times) {
      if (t.duration() != null && t.end() > subject.start() && t.start() < subject.end()) {
        return true;
      }
    }
    for (dev.sasil.factcheck.quantity.QuantityMention q : ctx.quantities) {
      if (q.quantity().unit() == dev.sasil.factcheck.quantity.QuantityUnit.DURATION && q.end() > subject.start()
          && q.start() < subject.end()) {
        return true;
      }
    }
    return false;
  }

  /** Whether word {@code k} is the first of two verbs in a row (실려 발사됐다, 깔려 숨졌다): the second says what happened. */
  static boolean serialBeforeVerb(SentenceContext ctx, int k) {
    return k + 1 < ctx.words.size() && serial(ctx, ctx.words.get(k)) && verbLemma(ctx, ctx.words.get(k + 1)).isPresent();
  }

  /** Whether a verb word ends in the connective 아/어/여 that joins it to the verb after it (실려, 나와). */
  static boolean serial(SentenceContext ctx, SentenceContext.Word w) {
    List<Morpheme> ms = ctx.morphemesOf(w);
    if (ms.isEmpty()) {
      return false;
    }
    Morpheme last = ms.get(ms.size() - 1);
    return last.tag() == POS.Tag.EC && (last.surface().equals("어") || last.surface().equals("아") || last.surface().equals("여"))
        && ctx.text.charAt(w.end() - 1) != ',';
  }

  /**
   * A date written without its year or month and without 지난/오는 takes the tense of its
   * predicate: a past predicate (공개했다) the latest such date not after the publication, any
   * other (공개한다, 31일이다, 시작되는) the nearest one to it ({@link Tenses}).
   */
  private static TimeMention tensed(SentenceContext ctx, TimeMention t, Predicate p, LocalDate published) {
    if (published == null || !Tenses.bareDay(t) || !Tenses.nearPublication(t, published)) {
      return t; // 8월 22일 … 이틀 뒤인 24일: a day its sentence put in a written month keeps it
    }
    boolean past = ctx.morphemesOf(ctx.words.get(p.word())).stream()
        .anyMatch(x -> x.tag() == POS.Tag.EP && Tenses.pastMarker(x.surface()));
    LocalDate best = Tenses.nearest(t, published, past);
    if (best == null || best.equals(t.value().firstDay())) {
      return t;
    }
    return new TimeMention(t.text(), t.start(), t.end(), dev.sasil.factcheck.time.TimeValue.of(best), null, false);
  }

  /**
   * 지난달 300만대를 넘었다: a figure between a time and its predicate makes the time the figure's
   * period; not a figure in 로 that says how the event came out (21일 찬성 149명, 반대 136명으로
   * 가결됐다), where the predicate neither changes nor states a figure (300만대로 늘었다, 30건으로
   * 집계됐다), nor what a verb of imposing imposed (징역 5년과 벌금 10억원을 선고했다).
   */
  private boolean figureBetween(SentenceContext ctx, TimeMention t, Predicate p) {
    int to = ctx.words.get(p.word()).start();
    if (grammar.is(Grammar.Section.IMPOSING, p.lemma()) && ctx.words.stream()
        .anyMatch(w -> w.start() >= t.end() && w.end() <= to && grammar.is(Grammar.Section.IMPOSED, w.stem()))) {
      return false; // 6일 징역 5년과 벌금 10억원을 선고했다: what was imposed, the time the imposing's
    }
    if (p.word() > 0 && !grammar.is(Grammar.Section.VALUE_VERB, p.lemma()) && !grammar.changes(p.lemma())
        && ctx.quantities.stream().anyMatch(q -> q.end() < to && ctx.wordIndexAt(q.start()) == p.word() - 1
            && OUTCOME.matcher(ctx.after(q.end())).lookingAt())) {
      return false;
    }
    return ctx.quantities.stream().anyMatch(q -> q.start() >= t.end() && q.end() <= to
        && q.quantity().unit() != dev.sasil.factcheck.quantity.QuantityUnit.DURATION // not 25일 89분간의 마비가 발생했다
        && !(q.quantity().unit() == dev.sasil.factcheck.quantity.QuantityUnit.AGE
            && q.quantity().bound() == dev.sasil.factcheck.quantity.Bound.RANGE)); // 28일 70대 남성이 숨졌다: who, not how much
  }

  /**
   * The imposing a passive verb of one states (징역 5년을 선고받았다, 과징금을 부과받았다: 선고, 부과),
   * else {@code lemma}: the verb 받 alone names nothing.
   */
  private String imposedOn(SentenceContext ctx, SentenceContext.Word w, String lemma) {
    List<Morpheme> ms = ctx.morphemesOf(w);
    return ms.size() >= 2 && grammar.is(Grammar.Section.IMPOSING, ms.getFirst().surface()) && ms.get(1).tag() == POS.Tag.VV
        && grammar.is(Grammar.Section.PASSIVE_LIGHT, ms.get(1).surface()) && lemma.equals(ms.get(1).surface())
        ? ms.getFirst().surface() : lemma;
  }

  /** The particle of a figure that says how an event came out, right before its predicate (149명으로 가결됐다). */
  private static final java.util.regex.Pattern OUTCOME = java.util.regex.Pattern.compile("으?로 ");

  /** The lemma of a predicate word: the noun of noun+하다/되다, or the verb stem; empty for other words. */
  static Optional<String> verbLemma(SentenceContext ctx, SentenceContext.Word w) {
    Optional<String> onset = misreadOnset(ctx, w);
    if (onset.isPresent()) {
      return onset;
    }
    Morpheme noun = null;
    List<Morpheme> ms = ctx.morphemesOf(w);
    // a word never starts with a particle: 도/JX 하/VV of 카타르 도하 is a name Nori misread
    boolean misread = ms.stream().filter(m -> !m.isSymbol()).findFirst().filter(Morpheme::isParticle).isPresent();
    for (Morpheme m : ms) {
      if (m.isNoun()) {
        noun = m;
      } else if (noun != null && (m.tag() == POS.Tag.XSV
          || m.tag() == POS.Tag.VV && (m.surface().equals("되") || m.surface().equals("하")))) {
        return Optional.of(noun.surface()); // 완진/NNP 되/VV: Nori reads the suffix of a rare noun as a verb
      } else if (m.tag() == POS.Tag.XSA && noun != null) {
        return Optional.empty(); // 대구가 유일했다: an adjective states a quality, nothing that happened then
      } else if (m.tag() == POS.Tag.VV) {
        if (misread) {
          return Optional.empty();
        }
        if (noun == null && (m.surface().equals("되") || m.surface().equals("하"))) {
          Optional<String> spaced = nounBefore(ctx, w);
          if (spaced.isPresent()) {
            return spaced; // 초진 됐다, 발표 했다: the noun of noun+되다 written apart from it
          }
        }
        return Optional.of(m.surface());
      } else if (!m.isSymbol()) {
        noun = null;
      }
    }
    return Optional.empty();
  }

  /**
   * The onset verb a word alone is right after a happening as subject, which Nori reads as a
   * pronoun (나 of 불이 나 소방당국이 …: 나다 in its connective form); else empty.
   */
  private static Optional<String> misreadOnset(SentenceContext ctx, SentenceContext.Word w) {
    List<Morpheme> ms = ctx.morphemesOf(w);
    int i = ctx.wordIndexAt(w.start());
    if (ms.size() != 1 || ms.get(0).tag() != POS.Tag.NP || i < 1
        || PredicateLexicon.standard().onsetOf(ms.get(0).surface()).isEmpty()) {
      return Optional.empty();
    }
    SentenceContext.Word before = ctx.words.get(i - 1);
    return before.role() == Role.SUBJECT && GenericNouns.standard().isHappening(before.stem())
        ? Optional.of(ms.get(0).surface()) : Optional.empty();
  }

  /** The noun written bare right before a verb word, with no digits and no time in it; empty otherwise. */
  private static Optional<String> nounBefore(SentenceContext ctx, SentenceContext.Word verb) {
    int v = ctx.wordIndexAt(verb.start());
    if (v < 1) {
      return Optional.empty();
    }
    SentenceContext.Word w = ctx.words.get(v - 1);
    List<Morpheme> ms = ctx.morphemesOf(w);
    return w.role() == Role.BARE && !ms.isEmpty() && ms.get(ms.size() - 1).isNoun() && ms.get(ms.size() - 1).tag() != POS.Tag.NNB
        ? plainNoun(ctx, w).map(n -> ms.get(ms.size() - 1).surface()) : Optional.empty();
  }

  /**
   * The verb a copular span states the time of, written as a clause made a noun right before it:
   * 축제를 다시 개최한 것은 12년 만이다 (개최한 것은), 수감된 지 370일 만이다 (된 지); empty otherwise.
   */
  private Optional<Predicate> nominalized(SentenceContext ctx, int first) {
    if (first >= 1 && since(ctx, ctx.words.get(first - 1))) {
      // 진출한 것은 2010년 이후 14년 만이다, 넘은 것은 1988년 제도 도입 이후 37년 만이다: what it
      // counts from stands between, a time and the nouns of an event
      first--;
      while (first >= 1 && (since(ctx, ctx.words.get(first - 1)) || ctx.words.get(first - 1).role() == Role.BARE
          && (ctx.endsInNoun(ctx.words.get(first - 1)) || bareYear(ctx, ctx.words.get(first - 1))))) {
        first--;
      }
    }
    if (first < 1) {
      return Optional.empty();
    }
    SentenceContext.Word before = ctx.words.get(first - 1);
    String text = ctx.text.substring(before.start(), before.end());
    List<Morpheme> ms = ctx.morphemesOf(before);
    int verb = -1;
    if (joinedSince(ctx, before)) {
      verb = first - 1; // 수감된지: the verb and 지 written as one word
    } else if (first >= 2 && !ms.isEmpty() && ms.getFirst().tag() == POS.Tag.NNB
        && (ms.getFirst().surface().equals("것") || grammar.is(Grammar.Section.CLAUSE_SINCE, text))
        && ctx.has(ctx.words.get(first - 2), POS.Tag.ETM)) {
      verb = first - 2; // 개최한 것은, 기록한 건 (것은 contracted), 돌아온 지
    }
    if (verb < 0) {
      return Optional.empty();
    }
    int at = verb;
    return verbLemma(ctx, ctx.words.get(at)).map(lemma -> new Predicate(lemma, at, false));
  }

  /** Whether a word is a verb and 지 written as one (수감된지, 발사된지): a time counted from it follows. */
  private boolean joinedSince(SentenceContext ctx, SentenceContext.Word w) {
    List<Morpheme> ms = ctx.morphemesOf(w);
    return ms.size() >= 2 && ms.getLast().tag() == POS.Tag.NNB && ms.get(ms.size() - 2).tag() == POS.Tag.ETM
        && grammar.endsWith(Grammar.Section.CLAUSE_SINCE, ctx.text.substring(w.start(), w.end()));
  }

  /**
   * The event a bare noun right before word {@code first} names, when the event or predicate
   * lexicon knows it (발생 of 사고 발생 60여시간 만이다, 개봉 of 개봉 32일 만이다), or empty.
   */
  private Optional<Predicate> bareEventNoun(SentenceContext ctx, int first) {
    return first >= 1 && bareEventNounAt(ctx, first - 1)
        ? Optional.of(new Predicate(ctx.words.get(first - 1).stem(), first - 1, false)) : Optional.empty();
  }

  /** Whether word {@code i} is a bare noun the event or predicate lexicon knows (발생 of 사고 발생). */
  boolean bareEventNounAt(SentenceContext ctx, int i) {
    SentenceContext.Word w = ctx.words.get(i);
    String noun = w.stem();
    return w.role() == Role.BARE && ctx.endsInNoun(w) && !noun.contains(" ") && eventNoun(noun);
  }

  /** Whether a noun names an event the lexicons know (발사, 발생, 돌입). */
  boolean eventNoun(String noun) {
    return events.trigger(noun, POS.Tag.NNG).isPresent() || predicates.classOf(noun).isPresent();
  }

  /** The most characters between a time and the span counted from it (12월 3일 '계엄의 밤' 이후 11일 만에). */
  private static final int SINCE_REACH = 40;

  /**
   * Whether a time is what a span after it counts from (12월 3일 '계엄의 밤' 이후 11일 만에, 지난 5월
   * 이후 4개월 만에): the base of the count, which the span's own value dates past. The text between
   * ends in a SINCE word of grammar.txt and crosses no clause mark.
   */
  private boolean countedFrom(SentenceContext ctx, TimeMention t) {
    for (TimeMention later : ctx.times) {
      if (later.start() >= t.end() && later.duration() != null && later.eventRelative()) {
        // the base stands a few words before its span: a run-on text is never read to its end
        String between = ctx.text.substring(t.end(), later.start());
        return later.start() - t.end() <= SINCE_REACH && between.chars().noneMatch(c -> c == '.' || c == ',' || c == ';')
            && grammar.endsWithWord(Grammar.Section.SINCE, between);
      }
    }
    return false;
  }

  /** Whether a word is a year written as four digits alone, naming an occasion (1994 히로시마 대회 이후). */
  private static boolean bareYear(SentenceContext ctx, SentenceContext.Word w) {
    return w.end() - w.start() == 4
        && ctx.text.substring(w.start(), w.end()).chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Whether a word is a time or the 이후 after one (2010년 이후, 지난해 이래). */
  private static boolean since(SentenceContext ctx, SentenceContext.Word w) {
    String text = ctx.text.substring(w.start(), w.end());
    return ctx.inTime(w.start()) || text.equals("이후") || text.equals("이래");
  }

  /**
   * The event of a span written as a record's (10년 만에 처음이다, 5년 만에 최대다): the clause
   * made a noun before the span (인구가 늘어난 것은), when there is one; empty otherwise.
   */
  String recordEvent(SentenceContext ctx, TimeMention t) {
    Optional<Predicate> p = nominalized(ctx, ctx.wordIndexAt(t.start()));
    if (p.isEmpty() || predicates.reporting(p.get().lemma()) || ctx.negated(p.get().word(), grammar)) {
      return "";
    }
    return named(p.get().lemma());
  }

  /**
   * Whether the verb at word {@code i} is negated by the next word, a negation that modifies a noun
   * (확인되지 않은 불, 알려지지 않은 원인): the clause describes that noun and dates nothing.
   */
  private boolean negatedRelative(SentenceContext ctx, int i) {
    if (i + 1 >= ctx.words.size()) {
      return false;
    }
    List<Morpheme> next = ctx.morphemesOf(ctx.words.get(i + 1));
    return !next.isEmpty() && next.getLast().tag() == POS.Tag.ETM && ctx.negates(ctx.words.get(i + 1), grammar);
  }

  /** Who or what the event is about: the modified noun of a relative clause, else the object, else the subject or topic. */
  private String subject(SentenceContext ctx, TimeMention t, Predicate p) {
    SentenceContext.Word pw = ctx.words.get(p.word());
    // 장애가 발생했다는 점을 인지했다: the noun a clause states the content of is no party to its event
    boolean content = p.relative() && p.word() + 1 < ctx.words.size()
        && GenericNouns.standard().isContent(ctx.words.get(p.word() + 1).stem().replace(" ", ""));
    if (p.relative() && !content) {
      // the phrase the clause modifies ends at its marked word: a name after it is another's (공개한
      // 영상에서 제미나이는)
      int marked = p.word() + 1;
      while (marked < ctx.words.size() - 1 && ctx.words.get(marked).role() == Role.BARE) {
        marked++;
      }
      int phraseEnd = marked < ctx.words.size() ? ctx.words.get(marked).end() : ctx.text.length();
      for (EntityMention m : ctx.mentions) {
        if (m.start() >= pw.end() && m.start() - pw.end() <= 20 && m.start() < phraseEnd) {
          return m.entity().canonical();
        }
      }
      for (int k = p.word() + 1; k <= marked && k < ctx.words.size() && k <= p.word() + NAMED_PHRASE; k++) {
        if (Quotes.opens(ctx.text.charAt(ctx.words.get(k).start()))) {
          return name(ctx, ctx.words.get(k)); // 공개한 거대 언어모델 기반 인공지능 ‘제미나이’를: the name quoted in the phrase
        }
      }
      return p.word() + 1 < ctx.words.size() ? name(ctx, ctx.words.get(p.word() + 1)) : "";
    }
    int from = Math.min(clauseStart(ctx, ctx.wordIndexAt(t.start())), p.word());
    String object = "";
    String actor = "";
    String owner = "";
    String carried = ""; // the event a light verb carries, its own subject when nothing else is
    for (int i = from; i < p.word(); i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (verbBetween(ctx, i, p.word())) {
        continue; // '삼성 강남'을 비롯한 …: the argument of another verb
      }
      if ((w.role() == Role.OBJECT || w.role() == Role.SUBJECT || w.role() == Role.TO)
          && w.stem().replace(" ", "").equals(p.lemma())) {
        carried = name(ctx, w);
        continue; // 기자간담회를 열었다, 첫 교신이 이뤄졌다: the noun a light verb carries is the event, not who it is about
      }
      if (w.role() == Role.OBJECT) {
        object = name(ctx, w);
      } else if (w.role() == Role.SUBJECT) {
        actor = name(ctx, w);
      }
    }
    for (int i = p.word() - 1; i >= 0 && i >= p.word() - 3; i--) {
      SentenceContext.Word g = ctx.words.get(i);
      if (g.role() == Role.GENITIVE) {
        // 한빛시계의 국내 출시일은, 갤럭시 S24 시리즈의 출시는: the event's owner, a name ending there
        int phrase = ctx.words.get(Math.max(0, i - 2)).start();
        owner = ctx.mentions.stream().filter(m -> m.start() >= phrase && m.end() <= g.end())
            .map(m -> m.entity().canonical()).reduce((a, b) -> b).orElse(name(ctx, g));
        break;
      }
    }
    if (!owner.isEmpty() && ctx.words.get(p.word()).role() == Role.TOPIC) {
      return owner;
    }
    if (!object.isEmpty()) {
      return object;
    }
    if (!actor.isEmpty()) {
      return actor;
    }
    for (int i = p.word() - 1; i >= 0; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if (w.role() == Role.TOPIC || w.role() == Role.ALSO) {
        return name(ctx, w);
      }
    }
    return carried;
  }

  /**
   * Whether a subject names what happened: a HAPPENING noun of generic-nouns.txt (화재, 불길), a
   * compound ending in one (침수사고), or the noun its sentence writes right before one (압사 of 압사
   * 사고, 탈선 of 탈선 사고).
   */
  private static boolean happening(SentenceContext ctx, String subject) {
    GenericNouns generic = GenericNouns.standard();
    if (subject.isEmpty() || generic.isHappening(subject)) {
      return !subject.isEmpty();
    }
    for (int k = 1; k + 2 <= subject.length(); k++) {
      if (generic.isHappening(subject.substring(k))) {
        return true; // 침수사고, 압사사고: a compound that ends in a happening of two syllables or more
      }
    }
    for (int at = ctx.text.indexOf(subject); at >= 0; at = ctx.text.indexOf(subject, at + 1)) {
      int end = at + subject.length();
      while (end < ctx.text.length() && ctx.text.charAt(end) == ' ') {
        end++;
      }
      int stop = end;
      while (stop < ctx.text.length() && Character.isLetter(ctx.text.charAt(stop))) {
        stop++;
      }
      for (int k = stop; k > end; k--) {
        if (generic.isHappening(ctx.text.substring(end, k))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a verb or adjective stands in words (from, to): the word at {@code from} is its
   * argument. A word with an adnominal ending is one, whatever its lemma ('삼성 강남'을 비롯한 …:
   * Nori reads 비롯한 as a noun and 하다).
   */
  private static boolean verbBetween(SentenceContext ctx, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (ctx.inTime(ctx.words.get(i).start())) {
        continue; // 회의가 지난 5일 열렸다: 지난 is the time's, no verb
      }
      if (verbLemma(ctx, ctx.words.get(i)).isPresent() || ctx.has(ctx.words.get(i), POS.Tag.ETM)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The predicate a time dates: {@code p}, or, when {@code p} is a clause of an event no lexicon
   * knows that the next one follows at once (grammar.txt's SEQUENCE, 긴급 회견을 열고 비상계엄을
   * 선포했다), the sentence's main verb right after it, known to a lexicon and with no time of its
   * own between.
   */
  private Predicate sequelIfUnknown(SentenceContext ctx, Predicate p) {
    SentenceContext.Word word = ctx.words.get(p.word());
    if (p.relative() || known(p.lemma()) || predicates.reporting(p.lemma())
        || !grammar.is(Grammar.Section.SEQUENCE, ctx.connective(word)) || past(ctx, word)) {
      return p;
    }
    for (int i = p.word() + 1; i < ctx.words.size(); i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.inTime(w.start()) || ctx.inSpeech(w.start())) {
        return p;
      }
      Optional<String> lemma = verbLemma(ctx, w);
      // 변압기가 폭발하면서 시작된 것으로 추정된다: a verb made a noun by 것 is the clause's own
      boolean nominalized = ctx.has(w, POS.Tag.ETM) && i + 2 < ctx.words.size() && ctx.words.get(i + 1).stem().equals("것");
      if (lemma.isEmpty() || ctx.has(w, POS.Tag.ETM) && !nominalized || connective(ctx, i, lemma.get())) {
        continue;
      }
      Predicate next = new Predicate(lemma.get(), i, false);
      boolean main = nominalized ? mainPredicate(ctx, i + 2) : finalPredicate(ctx, next);
      return known(lemma.get()) && !predicates.light(lemma.get()) && main ? next : p;
    }
    return p;
  }

  /**
   * Whether the predicate states its sentence's main event: the main predicate ({@link #mainPredicate}), a past
   * clause closed by a coordinate ending, or the verb a main plan noun is the plan of.
   */
  private boolean finalPredicate(SentenceContext ctx, Predicate p) {
    if (p.relative()) {
      return false;
    }
    int at = p.word();
    SentenceContext.Word word = ctx.words.get(at);
    // 조정을 신청했지만 무산됐다: a past clause closed by a coordinate ending stands as firmly
    if (grammar.is(Grammar.Section.COORDINATE, ctx.connective(word)) && past(ctx, word)) {
      return true;
    }
    if (at + 1 < ctx.words.size() && ctx.has(word, POS.Tag.ETM)
        && grammar.is(Grammar.Section.PLAN, ctx.words.get(at + 1).stem())) {
      at++; // 가격을 조정할 예정이다 (예정이라고 밝혔다): the verb a main plan noun is the plan of
    }
    return mainPredicate(ctx, at);
  }

  /**
   * Whether the {@code i}th word is the sentence's main predicate: it has a final ending, or it
   * is the clause a final reporting verb quotes (노조가 파업을 철회했다고 밝혔다).
   */
  private boolean mainPredicate(SentenceContext ctx, int i) {
    SentenceContext.Word word = ctx.words.get(i);
    if (ctx.morphemesOf(word).stream().anyMatch(m -> m.tag() == POS.Tag.EF)) {
      return true;
    }
    if (!grammar.endsWith(Grammar.Section.QUOTE_ENDING, ctx.connective(word)) || i + 1 >= ctx.words.size()) {
      return false;
    }
    SentenceContext.Word verb = ctx.words.get(i + 1);
    return ctx.morphemesOf(verb).stream().anyMatch(m -> m.tag() == POS.Tag.EF)
        && verbLemma(ctx, verb).filter(predicates::reporting).isPresent();
  }

  /** Whether a word's verb carries a past-tense ending of grammar.txt's PAST_TENSE (했, 밝혔). */
  private boolean past(SentenceContext ctx, SentenceContext.Word w) {
    return ctx.morphemesOf(w).stream().anyMatch(m -> m.tag() == POS.Tag.EP && grammar.is(Grammar.Section.PAST_TENSE, m.surface()));
  }

  /** The first word of the clause that contains word {@code w}: after the last clause-ending word before it. */
  private static int clauseStart(SentenceContext ctx, int w) {
    for (int i = w - 1; i >= 0; i--) {
      for (Morpheme m : ctx.morphemesOf(ctx.words.get(i))) {
        if (m.tag() == POS.Tag.EC || m.tag() == POS.Tag.EF) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  /** 출시할 예정이다, 떠난 것으로: a plan noun or a bound noun after an adnominal ending is no relative clause's head. */
  private boolean planOrBound(SentenceContext ctx, SentenceContext.Word w) {
    for (Morpheme m : ctx.morphemesOf(w)) {
      return m.tag() == POS.Tag.NNB || grammar.is(Grammar.Section.PLAN, m.surface());
    }
    return false;
  }

  /** A word as a subject: the entity it names, else its last noun (with the grammar's aliases). */
  private String name(SentenceContext ctx, SentenceContext.Word w) {
    for (EntityMention m : ctx.mentions) {
      if (m.start() < w.end() && m.end() > w.start()) {
        return m.entity().canonical();
      }
    }
    String noun = nounPhrase(ctx, w);
    if (GenericNouns.standard().isTitle(noun)) {
      // 김철수 대표가: the person the title is written after, not the title
      Optional<String> holder = MeasureFrames.titleHolder(ctx, ctx.words.indexOf(w), null);
      if (holder.isPresent()) {
        return holder.get();
      }
    }
    return noun.isEmpty() ? "" : grammar.owner(noun);
  }

  /**
   * The nouns that end a word's stem, joined: 조례안 (조례 + 안), 사전판매, and a serial number glued
   * to a name (가람1호: a counter after a number within the noun).
   */
  private static String nounPhrase(SentenceContext ctx, SentenceContext.Word w) {
    StringBuilder b = new StringBuilder();
    POS.Tag previous = null;
    for (Morpheme m : ctx.morphemesOf(w)) {
      if (m.end() - ctx.base > w.stemEnd()) {
        break;
      }
      boolean serial = m.tag() == POS.Tag.NNBC && previous == POS.Tag.SN
          && b.chars().anyMatch(Character::isLetter); // 가람1호, not 26분
      previous = m.tag();
      if (m.isNoun() || m.tag() == POS.Tag.SL || m.tag() == POS.Tag.SN || m.tag() == POS.Tag.XSN || serial) {
        b.append(m.surface());
      } else if (!m.isSymbol()) {
        b.setLength(0);
      }
    }
    return b.toString();
  }

  /** How many words a relative clause's noun phrase may have up to a quoted name that ends it (기반 차세대 … ‘제미나이’를). */
  private static final int NAMED_PHRASE = 8;

  /** How many words the noun phrase a relative clause modifies may have before its marked word. */
  private static final int HEAD_PHRASE = 5;

  /**
   * The event a light verb carries (LIGHT, LIGHT_SUBJECT and LIGHT_TO in predicates.txt): the
   * noun of its role between the time and the verb (26일 진입기동을 수행했다, 2일 첫 교신이
   * 이뤄졌다, 2일 첫 교신에 성공했다), else the noun its relative clause modifies (14일 실시되는
   * 수능); empty when neither is written.
   */
  private String carried(SentenceContext ctx, int time, int verb, boolean relative, Set<Role> roles) {
    if (verb - 1 > time && nounVerb(ctx, ctx.words.get(verb))) {
      // 초진 완료됐다: the noun before a light verb of a noun, its particle left out
      Optional<String> bare = nounBefore(ctx, ctx.words.get(verb));
      if (bare.isPresent() && !grammar.is(Grammar.Section.UNINFORMATIVE, bare.get())) {
        return bare.get();
      }
    }
    for (int k = verb - 1; k > time; k--) {
      SentenceContext.Word w = ctx.words.get(k);
      if (roles.contains(w.role()) && ctx.endsInNoun(w)) {
        return roleNoun(ctx, k, time);
      }
    }
    if (!relative && roles.contains(Role.SUBJECT)) {
      // 회의는 6일 열렸다, 합의가 6일 이뤄졌다: the subject or topic right before the time, in its clause
      for (int k = time - 1; k >= 0 && k >= time - BEFORE_TIME; k--) {
        SentenceContext.Word w = ctx.words.get(k);
        if (ctx.endsClause(w)) {
          break;
        }
        if (!ctx.inTime(w.start()) && (w.role() == Role.SUBJECT || w.role() == Role.TOPIC) && ctx.endsInNoun(w)) {
          return roleNoun(ctx, k, -1);
        }
      }
    }
    if (relative) {
      // the noun the clause modifies, the head of its phrase, its last plain noun (14일 실시되는 수능,
      // 10일 열린 22대 국회의원 선거, 열린 KBO 리그 한국시리즈 5차전: 한국시리즈), as the subject
      // of 선거가 10일 열렸다 names it; when the phrase ends in a word that says nothing, the noun
      // before that word (진행된 ‘2025학년도 수능 응시원서 접수 결과’를: 접수, not 수능)
      // (a phrase longer than that, its end unseen: its first noun, as good a guess as any)
      String first = "";
      String head = "";
      for (int k = verb + 1; k < ctx.words.size() && k <= verb + HEAD_PHRASE; k++) {
        SentenceContext.Word w = ctx.words.get(k);
        Optional<String> noun = plainNoun(ctx, w);
        if (noun.isPresent() && grammar.is(Grammar.Section.UNINFORMATIVE, noun.get())) {
          return k - 1 > verb ? plainNoun(ctx, ctx.words.get(k - 1)).orElse(head) : head;
        }
        if (w.role() == Role.GENITIVE) {
          continue; // 열린 호주와의 경기: a modifier of the head after it, not the event
        }
        if (noun.isPresent()) {
          head = noun.get();
          first = first.isEmpty() && k <= verb + 2 ? head : first;
        }
        if (w.role() != Role.BARE) {
          return head; // the phrase ends at its marked word
        }
      }
      return first;
    }
    return "";
  }

  /** Words with digits written apart before a noun: its ordinal (1심, 2차, 22대). */
  private static final Pattern ORDINAL_BEFORE = Pattern.compile("^(?:\\S*\\d\\S*\\s+)+");

  /** How many words before the time a light verb's subject may stand (선고 공판은 오는 6일 열린다). */
  private static final int BEFORE_TIME = 3;

  /**
   * The event a light verb's noun at word {@code k} names: the whole noun (임시회, not its last part
   * 회), or when it says nothing, the plain noun right before it, after word {@code bound} (환급
   * 절차를 거쳤다: 환급); empty when there is none.
   */
  private String roleNoun(SentenceContext ctx, int k, int bound) {
    // an ordinal before the noun is no part of its name (1심 선고는, 2차 회의가: 선고, 회의)
    String noun = ORDINAL_BEFORE.matcher(ctx.words.get(k).stem()).replaceFirst("").replace(" ", "");
    if (grammar.is(Grammar.Section.MEETING, noun)) {
      return noun; // 회의가 열렸다: the meeting itself is the event held, though it names no fact a figure is of
    }
    if (grammar.is(Grammar.Section.UNINFORMATIVE, noun)) {
      return k - 1 > bound ? plainNoun(ctx, ctx.words.get(k - 1)).orElse("") : "";
    }
    return noun;
  }

  /** Whether a verb is a noun with 하다 or 되다 (완료됐다, 실시한다), not a verb of its own (열었다). */
  private static boolean nounVerb(SentenceContext ctx, SentenceContext.Word verb) {
    List<Morpheme> ms = ctx.morphemesOf(verb);
    return ms.size() >= 2 && ms.get(0).isNoun() && (ms.get(1).tag() == POS.Tag.XSV || ms.get(1).tag() == POS.Tag.XSA);
  }

  /** The noun a word ends in, without spaces or quotes, unless it has digits or is a time; empty otherwise. */
  private static Optional<String> plainNoun(SentenceContext ctx, SentenceContext.Word w) {
    String noun = NOT_IN_NOUN.matcher(w.stem()).replaceAll("");
    return ctx.endsInNoun(w) && !noun.isEmpty() && noun.chars().noneMatch(Character::isDigit) && !ctx.inTime(w.start())
        ? Optional.of(noun) : Optional.empty();
  }

  /** What a noun written with quotes or spaces sheds (‘2025학년도 수능’). */
  private static final Pattern NOT_IN_NOUN = Pattern.compile("[^가-힣A-Za-z0-9]");

  /** 폐막일, 출시일: a word whose last noun is a date noun after the event's own. */
  private boolean datedNoun(SentenceContext ctx, SentenceContext.Word w) {
    Morpheme last = null;
    int nouns = 0;
    for (Morpheme m : ctx.morphemesOf(w)) {
      if (m.end() - ctx.base <= w.stemEnd() && m.isNoun()) {
        last = m;
        nouns++;
      }
    }
    return nouns >= 2 && grammar.is(Grammar.Section.DATE_NOUN, last.surface());
  }

  /**
   * The event whose day a time is as the value of a date noun written alone, the subject or topic
   * right before it, after a verb's adnominal ending (침입 도구가 설치된 시점은 2030년 6월 15일이다,
   * 전산망이 마비된 시각은 … 으로 확인됐다): that verb, not the verb that says the date was found.
   */
  private Optional<Predicate> ofDateNoun(SentenceContext ctx, int first) {
    if (first < 2) {
      return Optional.empty();
    }
    SentenceContext.Word noun = ctx.words.get(first - 1);
    if (noun.role() != Role.TOPIC && noun.role() != Role.SUBJECT || !grammar.is(Grammar.Section.DATE_NOUN, noun.stem())) {
      return Optional.empty();
    }
    int v = first - 2;
    if (!ctx.has(ctx.words.get(v), POS.Tag.ETM) || ctx.adverb(ctx.words.get(v))) {
      return Optional.empty();
    }
    return verbLemma(ctx, ctx.words.get(v)).filter(l -> !predicates.reporting(l)).map(l -> new Predicate(l, v, true, true));
  }

  /**
   * What the relative clause of a date noun's verb is about: its object or subject, the nearest
   * of the words right before the verb (도구가 설치된, 전산망이 처음 마비된); empty when none.
   */
  private String argumentBefore(SentenceContext ctx, int verb) {
    for (int i = verb - 1; i >= 0 && i >= verb - ARGUMENT_REACH; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.endsClause(w)) {
        break;
      }
      if ((w.role() == Role.OBJECT || w.role() == Role.SUBJECT) && ctx.endsInNoun(w) && !ctx.beginsWithTime(w)) {
        return name(ctx, w);
      }
    }
    return "";
  }

  /** How many words before a date noun's verb its argument may stand (전산망이 처음 마비된). */
  private static final int ARGUMENT_REACH = 3;

  /** The event a topic noun names: its last noun, or the one before a date noun (출시일 is 출시). */
  private String eventNoun(SentenceContext ctx, SentenceContext.Word w) {
    String found = "";
    String before = "";
    for (Morpheme m : ctx.morphemesOf(w)) {
      if (m.end() - ctx.base > w.stemEnd()) {
        break;
      }
      if (m.isNoun()) {
        before = found;
        found = m.surface();
      }
    }
    return grammar.is(Grammar.Section.DATE_NOUN, found) ? before : found;
  }

}
