package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityLexicon;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.quantity.Spans;
import dev.sasil.factcheck.time.TimeDuration;
import dev.sasil.factcheck.time.TimeLexicon;
import dev.sasil.factcheck.time.TimeMention;
import java.util.List;
import java.util.Optional;

/**
 * Spans counted from an event as claims: who or what, what happened, and how long after (올트먼은
 * 해임 닷새 만에 복귀했다: 올트먼 joined P5D; 통화 긴축 기조가 38개월 만에 마무리됐다: 통화긴축기조
 * 마무리 P38M). The span is {@link #span}; the event is the predicate the span belongs
 * to ({@link EventFrames#event}); the subject is the nearest topic or subject before it, a name
 * when one is written there; a span with no subject before it (32년 만에 최고치) is no claim.
 * Stateless apart from its collaborators; thread-safe.
 */
final class SpanFrames {

  /** How many plain nouns before the subject's word make its compound (통화 긴축 기조가). */
  private static final int COMPOUND = 2;
  /** A length of time written to the hundredth of a second (1분44초75, 47초93). */
  private static final java.util.regex.Pattern RACE_TIME = java.util.regex.Pattern.compile("\\d초\\s*\\d{2}(?!\\d)");
  /** The measure of a race's time. */
  private static final String RACE_TIME_MEASURE = "기록";

  private final EventFrames events;
  private final Grammar grammar;

  SpanFrames(EventFrames events, Grammar grammar) {
    this.events = events;
    this.grammar = grammar;
  }

  /**
   * A span counted from an event (닷새 만에 복귀했다, 38개월 만에, 10여 년 만의) as an amount of
   * {@link QuantityUnit#DURATION}, about when written with 여; none for spans before or after the
   * article's own day (사흘 전, 일주일 뒤), which are dates.
   */
  static Optional<Quantity> span(TimeMention t) {
    TimeDuration d = t.duration();
    if (!t.eventRelative() || d.direction() != TimeDuration.Direction.AFTER || d.amount() == 0) {
      return Optional.empty();
    }
    java.math.BigDecimal minutes = Spans.of(d.amount(), d.unit());
    Bound bound = t.text().contains("여") ? Bound.ABOUT : Bound.EXACT;
    return Optional.of(new Quantity(minutes, QuantityUnit.DURATION, bound, null));
  }

  /**
   * Whether the word right before a span is one that says about (약 10시간 만에, 대략 사흘 만에):
   * quantity-lexicon.txt's BOUND_BEFORE of {@link Bound#ABOUT}, which the time expression leaves out.
   */
  private static boolean hedged(SentenceContext ctx, TimeMention t) {
    String before = ctx.text.substring(0, t.start()).stripTrailing();
    int word = before.lastIndexOf(' ') + 1;
    QuantityLexicon.Hit hit = QuantityLexicon.standard()
        .match(QuantityLexicon.WordClass.BOUND_BEFORE, before, word);
    return hit != null && hit.end() == before.length() && hit.entry().bound() == Bound.ABOUT;
  }

  /** {@link #span}, about when a word before it says so (약 10시간 만에). */
  static Optional<Quantity> spanAsWritten(SentenceContext ctx, TimeMention t) {
    return span(t).map(q -> hedged(ctx, t) ? new Quantity(q.value(), q.unit(), Bound.ABOUT, null) : q);
  }

  /** A span and the event it leads to. */
  record Counted(Quantity span, String event) {}

  /**
   * The span a time expression counts from an event and the event it leads to (닷새 만에 복귀했다:
   * P5D, joined), or empty: no span, no event, or a record (32년 만에 최고치, 4년 5개월 만에
   * 처음), whose measure the span does not name, unless a clause made a noun names what happened
   * (인구가 늘어난 것은 10년 만에 처음이다).
   */
  Optional<Counted> counted(SentenceContext ctx, TimeMention t) {
    Optional<Quantity> span = spanAsWritten(ctx, t);
    if (span.isEmpty()) {
      return Optional.empty();
    }
    String event = events.event(ctx, t);
    if (event.isEmpty() || grammar.is(Grammar.Section.RECORD, event) || recordBeforeVerb(ctx, t)) {
      // 28년 만에 최고 기록을 세웠다: a record set (its since is a record frame's), nothing founded
      event = events.recordEvent(ctx, t); // 인구가 증가한 것은 10년 만에 처음이다: the clause's event
    }
    if (event.isEmpty() || grammar.is(Grammar.Section.RECORD, event)) {
      return Optional.empty();
    }
    return Optional.of(new Counted(span.get(), event));
  }

  /**
   * Whether a record word (최고, 기록, 처음) stands between a span counted to it (만에) and the
   * verb after it: the span counts from the last such record, whatever verb sets it; not when a
   * clause before the span names what it counts from (발사된 지 78분 만에 처음으로 교신했다), nor
   * after a span that only follows something (78분 뒤 첫 교신에 성공했다: the first contact, no record).
   */
  private boolean recordBeforeVerb(SentenceContext ctx, TimeMention t) {
    if (!RecordFrames.countedTo(t)) {
      return false;
    }
    int at = ctx.wordIndexAt(t.start());
    if (at > 0 && grammar.is(Grammar.Section.CLAUSE_SINCE, ctx.words.get(at - 1).stem())) {
      return false;
    }
    int verb = firstVerb(ctx, t.end());
    for (int i = ctx.wordIndexFrom(t.end()); i >= 0 && i < ctx.words.size() && i <= verb; i++) {
      if (grammar.is(Grammar.Section.RECORD, ctx.words.get(i).stem())) {
        return true;
      }
    }
    return false;
  }

  /** Adds the claims of the sentence's spans to {@code out}. */
  void read(Article article, SentenceContext ctx, List<ExtractedClaim> out) {
    for (TimeMention t : ctx.times) {
      Optional<Counted> counted = counted(ctx, t);
      if (counted.isEmpty()) {
        continue;
      }
      String event = counted.get().event();
      List<String> from = countedFrom(ctx, t, event);
      String subject = subjectAfter(ctx, t);
      if (subject.isEmpty()) {
        subject = subjectBefore(ctx, t.start(), false, !from.isEmpty());
      }
      if (subject.isEmpty()) {
        subject = ownerOfEventNoun(ctx, t.start()); // 사고 발생 60여시간 만이다: 사고, whose 발생 it counts from
      }
      Optional<String> owner = ownerOfEvent(ctx, subject, t.start());
      subject = owner.orElse(subject);
      // (a name the genitive gives is written as the text writes it, 샘 올트먼)
      if (subject.isEmpty() || subject.equals(event)
          || owner.isEmpty() && !subject.codePoints().allMatch(Character::isLetterOrDigit)) {
        continue; // 32년 만에 최고치: a span nobody's is no claim a reader can check
      }
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text,
          ctx.base + t.start(), ctx.base + t.end(), t.text());
      out.add(new ExtractedClaim(new Claim(subject, event, counted.get().span(), from, evidence, ""),
          true, ""));
    }
  }

  /** Whether a span ends in the copula (SPAN_COPULA of grammar.txt: 11시간 만이다; not 37분 뒤인). */
  private boolean copular(SentenceContext ctx, TimeMention t) {
    String tail = (t.text() + ctx.after(t.end())).replace(" ", "");
    int limit = t.text().replace(" ", "").length(); // the counter ends the span or follows it
    for (String ending : grammar.words(Grammar.Section.SPAN_COPULA)) {
      int i = tail.indexOf(ending);
      if (i >= 0 && i <= limit) {
        return true;
      }
    }
    return false;
  }

  /** The qualifier that names the event a span is counted from, when written right before it. */
  static final String AFTER = "after=";

  /**
   * What a span says it is counted from, the event noun written right before it (발사 37분 뒤: {@code
   * after=발사}), so that spans counted from another moment (분리된 뒤 다시 6분 뒤) never
   * contradict it; none when no such noun is written.
   */
  private List<String> countedFrom(SentenceContext ctx, TimeMention t, String event) {
    int at = ctx.wordIndexAt(t.start());
    if (at < 1 || ctx.words.get(at).start() != t.start() || copular(ctx, t)) {
      return List.of(); // (돌입한 지 11시간 만이다: the clause before is the event itself)
    }
    SentenceContext.Word before = ctx.words.get(at - 1);
    Optional<String> from = Optional.empty();
    if (grammar.is(Grammar.Section.CLAUSE_SINCE, before.stem()) && at >= 2) {
      from = EventFrames.verbLemma(ctx, ctx.words.get(at - 2)); // 발사된 지 9분 만에: as 발사 9분 뒤
    } else if (grammar.endsWith(Grammar.Section.CLAUSE_SINCE, ctx.text.substring(before.start(), before.end()))) {
      from = EventFrames.verbLemma(ctx, before); // 발사된지
    } else if (events.bareEventNounAt(ctx, at - 1)) {
      from = Optional.of(before.stem());
    } else {
      // 발사 후 102분 뒤, 발사 약 102분 후: as 발사 102분 뒤, past the word that says after and the
      // hedge, as time-lexicon.txt lists them for the time expression (SentenceIndex#eventNounBefore)
      TimeLexicon times = TimeLexicon.standard();
      int k = at - 1;
      if (k >= 1 && times.lookup(TimeLexicon.WordClass.HEDGE, ctx.words.get(k).stem()).isPresent()) {
        k--;
      }
      if (k >= 1 && times.lookup(TimeLexicon.WordClass.DIRECTION, ctx.words.get(k).stem())
          .filter(e -> e.value().equals("AFTER")).isPresent()) {
        k--;
      }
      if (k < at - 1 && events.bareEventNounAt(ctx, k)) {
        from = Optional.of(ctx.words.get(k).stem());
      }
    }
    // (not 정전 발생 40시간 만이다: the event itself, whose owner the noun before names)
    return from.filter(f -> !f.equals(event) && events.eventNoun(f)).map(f -> List.of(AFTER + f)).orElse(List.of());
  }

  /**
   * What may follow a length of time that is how long the event after it lasted (16시간 동안
   * 머물렀다, 사흘간 이어졌다, 16시간가량 머물렀다); not a span counted from or to something
   * (5분 만에, 3일 전, 10년째, 1시간 뒤).
   */
  private static final java.util.regex.Pattern NOT_STRETCH =
      java.util.regex.Pattern.compile("^\\s*(?:만|전|후|뒤|째|차|이내|내|만의|주기|마다|당|이상|이하|미만|넘|초과|간격|의|동안의|간의)");

  /**
   * Adds how long an event lasted (카눈은 약 16시간 동안 한국에 머물렀다: 카눈 머무르 16 hours):
   * a length of time whose predicate is an event and whose clause has a subject before it. A
   * measure frame's claim of the same figure is replaced when it names no known measure (the
   * topic as a label), and kept when it does (징역 24년). A time to the hundredth of a second is a
   * race's, its measure 기록 whatever the verb (1분44초75로 금맥을 이었다).
   */
  void readStretches(Article article, SentenceContext ctx, List<ExtractedClaim> out) {
    for (dev.sasil.factcheck.quantity.QuantityMention q : ctx.quantities) {
      if (q.quantity().unit() != QuantityUnit.DURATION || ctx.inTime(q.start())
          || NOT_STRETCH.matcher(ctx.after(q.end())).lookingAt() || MeasureFrames.supposed(grammar, ctx, q.end())) {
        continue; // 5분간 이어지면 시작된다: how long a rule's condition lasts, nothing that lasted
      }
      int verb = firstVerb(ctx, q.end());
      // 2년간 독립적으로 운영될 예정이다: what a plan says will last so long, no relative clause
      boolean plan = verb >= 0 && ctx.adnominal(ctx.words.get(verb)) && verb + 1 < ctx.words.size()
          && grammar.startsWith(Grammar.Section.PLAN, ctx.words.get(verb + 1).stem());
      // 2위(1분44초47), 3위(1분44초42)에 이어: a race's time in brackets after a place is that race's
      boolean aside = raceTime(q) && ctx.inParenthesesAfterFigure(q);
      if (!aside && (verb < 0 || ctx.adnominal(ctx.words.get(verb)) && !plan
          || figureBefore(ctx, q, ctx.words.get(verb).start()))) {
        continue; // 9박 10일간 이어진 산불: the noun it modifies lasted; 5년간 41.5% 상승했다: the span of a figure
      }
      TimeMention at = new TimeMention(q.text(), q.start(), q.end(), null, null, false);
      // 1분44초75로 금맥을 이었다, 47초93에 터치했다: a race's time, whatever verb follows it
      String event = raceTime(q) ? RACE_TIME_MEASURE : events.event(ctx, at);
      String subject = subjectBefore(ctx, q.start());
      if (event.isEmpty() || grammar.is(Grammar.Section.RECORD, event) && !raceTime(q)
          || subject.isEmpty() || subject.equals(event)
          || !subject.codePoints().allMatch(Character::isLetterOrDigit)) {
        continue;
      }
      int start = ctx.base + q.start();
      List<ExtractedClaim> same = out.stream().filter(c -> c.claim().evidence().start() == start).toList();
      if (same.stream().anyMatch(c -> AttributeCatalog.standard().knows(c.claim().attribute()))) {
        continue; // 징역 24년: a measure of its own
      }
      out.removeAll(same);
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text, start, ctx.base + q.end(), q.text());
      List<String> qualifiers = plan ? List.of(ClaimExtractor.PLANNED) : aside ? periodOfPlace(ctx, q, out) : List.of();
      out.add(new ExtractedClaim(new Claim(subject, event, q.quantity(), qualifiers, evidence, ""), !plan, ""));
    }
  }

  /** The period of the place a race's time is written in brackets after (2023년 후쿠오카에서 3위(1분44초42): 2023). */
  private static List<String> periodOfPlace(SentenceContext ctx, dev.sasil.factcheck.quantity.QuantityMention q,
      List<ExtractedClaim> out) {
    int place = ctx.base + ctx.quantityBefore(q).start();
    return out.stream().filter(c -> c.claim().evidence().start() == place)
        .flatMap(c -> c.claim().qualifiers().stream()).filter(x -> x.startsWith("period=")).limit(1).toList();
  }

  /** Whether a length of time is written to the hundredth of a second (1분44초75, 47초93): a race's time. */
  private static boolean raceTime(dev.sasil.factcheck.quantity.QuantityMention q) {
    return q.quantity().unit() == QuantityUnit.DURATION && RACE_TIME.matcher(q.text()).find();
  }

  /** The first word at or after {@code p} holding a verb or an adjective, or -1. */
  static int firstVerb(SentenceContext ctx, int p) {
    int from = ctx.wordIndexFrom(p);
    for (int i = Math.max(0, from); from >= 0 && i < ctx.words.size(); i++) {
      for (dev.sasil.core.Morpheme m : ctx.morphemesOf(ctx.words.get(i))) {
        if (m.tag() == org.apache.lucene.analysis.ko.POS.Tag.VV || m.tag() == org.apache.lucene.analysis.ko.POS.Tag.XSV
            || m.tag() == org.apache.lucene.analysis.ko.POS.Tag.VA || m.tag() == org.apache.lucene.analysis.ko.POS.Tag.XSA) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Whether another figure stands between a length of time and offset {@code to}. */
  private static boolean figureBefore(SentenceContext ctx, dev.sasil.factcheck.quantity.QuantityMention q, int to) {
    return ctx.quantities.stream().anyMatch(o -> o != q && o.start() >= q.end() && o.start() < to);
  }

  /**
   * Whose the event is when the subject found is the event noun itself (올트먼의 해임은 … 하루
   * 만이다: 올트먼's, not 해임's): the genitive right before that noun's word, the last such word
   * before offset {@code p}; empty when the subject is no event noun or no genitive owns it.
   */
  private Optional<String> ownerOfEvent(SentenceContext ctx, String subject, int p) {
    if (subject.isEmpty() || !events.eventNoun(subject)) {
      return Optional.empty();
    }
    for (int i = ctx.wordIndexAt(p) - 1; i >= 1; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if ((w.role() == Role.TOPIC || w.role() == Role.SUBJECT) && w.stem().replace(" ", "").equals(subject)) {
        SentenceContext.Word owner = ctx.words.get(i - 1);
        if (owner.role() != Role.GENITIVE || !ctx.endsInNoun(owner) || ctx.inTime(owner.start())) {
          return Optional.empty();
        }
        return Optional.of(nameOf(ctx, owner));
      }
    }
    return Optional.empty();
  }

  /**
   * The bare noun before the bare noun right before offset {@code p} (사고 of 사고 발생 60여시간):
   * whose event the span counts from, when the span's sentence names no subject; else empty.
   */
  private String ownerOfEventNoun(SentenceContext ctx, int p) {
    int at = ctx.wordIndexAt(p);
    if (at < 2) {
      return "";
    }
    SentenceContext.Word owner = ctx.words.get(at - 2);
    if (!events.bareEventNounAt(ctx, at - 1) || !compoundPart(ctx, owner)) {
      return "";
    }
    return nameOf(ctx, owner);
  }

  /** The name a word writes, as its entity is spelled, else its noun as an owner (grammar.txt). */
  private String nameOf(SentenceContext ctx, SentenceContext.Word w) {
    return ctx.mentionOf(w).map(m -> m.entity().canonical()).orElse(grammar.owner(w.stem().replace(" ", "")));
  }

  /**
   * Whether a word may be a part of a compound before the noun it stands with: a bare noun, no
   * adverb and no linking or modifying word (한편, 최대).
   */
  private boolean compoundPart(SentenceContext ctx, SentenceContext.Word x) {
    return x.role() == Role.BARE && ctx.endsInNoun(x) && !ctx.adverb(x)
        && !grammar.is(Grammar.Section.UNINFORMATIVE, x.stem()) && !grammar.is(Grammar.Section.MODIFIER, x.stem());
  }

  /** The nearest noun before {@code p} written as a topic or subject: its name, or its compound. */
  String subjectBefore(SentenceContext ctx, int p) {
    return subjectBefore(ctx, p, false);
  }

  /**
   * The subject a span's own clause writes after it, before its verb, when the clause has none
   * before the span (관제탑은 경고를 했고, 2분 뒤 조종사가 구조 신호를 보냈다: 조종사, not the first
   * clause's 관제탑; 발사 40분 뒤 기지가 교신했다); else empty.
   */
  private String subjectAfter(SentenceContext ctx, TimeMention t) {
    int at = ctx.wordIndexAt(t.start());
    for (int i = at - 1; i >= 0 && !ctx.endsClause(ctx.words.get(i)); i--) {
      Role role = ctx.words.get(i).role();
      if (role == Role.TOPIC || role == Role.SUBJECT) {
        return ""; // 가람은 사흘 만에 매출이 늘었다: the clause's own subject comes first
      }
    }
    int verb = firstVerb(ctx, t.end());
    if (at < 0 || verb < 0) {
      return "";
    }
    for (int i = ctx.wordIndexFrom(t.end()); i >= 0 && i < verb; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if ((w.role() == Role.TOPIC || w.role() == Role.SUBJECT) && ctx.endsInNoun(w) && !ctx.inSpeech(w.start())
          && !w.stem().equals("것")) {
        return subjectOf(ctx, i);
      }
    }
    return "";
  }

  /** Whether a topic or a subject is written before the {@code i}th word of the sentence. */
  static boolean actorBefore(SentenceContext ctx, int i) {
    for (int k = 0; k < i; k++) {
      Role r = ctx.words.get(k).role();
      if (r == Role.TOPIC || r == Role.SUBJECT) {
        return true;
      }
    }
    return false;
  }

  /**
   * As {@link #subjectBefore(SentenceContext, int)}; with {@code ofRecord}, the subject of a
   * record's clause: one followed by a relative clause's verb before {@code p} is that clause's,
   * not the sentence's (상승률은 조사가 시작된 2010년 이후: 상승률, not 조사), and a noun with 도
   * is a subject too (외식 물가도 8.4% 올라 1992년 이후 가장 높았다), unless it names no one
   * or follows the clause's topic (인구는 하루도 빠짐없이 늘어).
   */
  String subjectBefore(SentenceContext ctx, int p, boolean ofRecord) {
    return subjectBefore(ctx, p, ofRecord, false);
  }

  /**
   * As above; with {@code afterEvent}, for a span counted from an event its sentence writes before
   * it, the subject of that event's clause made adnominal is not the span's when a topic stands
   * before it ({@link #clauseOfItsOwn}).
   */
  private String subjectBefore(SentenceContext ctx, int p, boolean ofRecord, boolean afterEvent) {
    int at = ctx.wordIndexAt(p);
    for (int i = at - 1; i >= 0; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      boolean also = ofRecord && w.role() == Role.ALSO;
      if ((w.role() != Role.TOPIC && w.role() != Role.SUBJECT && !also) || !ctx.endsInNoun(w)
          || ctx.inSpeech(w.start()) || w.stem().equals("것")) {
        continue; // 축제를 연 것은 12년 만이다: the clause made a noun is the event, not its subject
      }
      if (w.role() == Role.SUBJECT && (ofRecord ? ctx.relativeBetween(i + 1, at) : afterEvent && clauseOfItsOwn(ctx, i, at))) {
        continue;
      }
      if (earlierOne(ctx, i)) {
        return ""; // 종전 최장 산불은 191시간 만에 진화됐다: another fire's span, not the story's
      }
      String owner = subjectOf(ctx, i);
      if (also && (owner.isEmpty() || ctx.beginsWithTime(w) || actorBefore(ctx, i))) {
        continue; // 인구는 하루도 빠짐없이: 도 after the clause's topic marks no subject
      }
      return owner;
    }
    return "";
  }

  /**
   * Whether a word of grammar.txt's EARLIER stands in the bare words before the subject's word
   * {@code i} (종전 최장 산불은, 직전 대회는): the subject is an earlier one of its kind (not 본사
   * 이전은, where the word is the subject itself, a move).
   */
  private boolean earlierOne(SentenceContext ctx, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3 && ctx.words.get(k).role() == Role.BARE; k--) {
      if (grammar.startsWith(Grammar.Section.EARLIER, ctx.text.substring(ctx.words.get(k).start(), ctx.words.get(k).end()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the subject at word {@code i} is that of a clause made adnominal before word {@code at}
   * (선포한 지, 시작된), with the sentence's topic written before it: 여야는 윤 대통령이 계엄을
   * 선포한 지 2시간 만에 처리했다 is 여야's span, 윤 대통령 the subject of what it counts from.
   */
  private static boolean clauseOfItsOwn(SentenceContext ctx, int i, int at) {
    boolean adnominal = false;
    for (int k = i + 1; k < at && k < ctx.words.size(); k++) {
      adnominal |= ctx.adnominal(ctx.words.get(k));
    }
    if (!adnominal) {
      return false;
    }
    for (int k = i - 1; k >= 0; k--) {
      SentenceContext.Word w = ctx.words.get(k);
      if (w.role() == Role.TOPIC && ctx.endsInNoun(w) && !ctx.inSpeech(w.start())) {
        return true;
      }
    }
    return false;
  }

  /** The subject word {@code i} names: its name, or its compound with the plain nouns before it. */
  private String subjectOf(SentenceContext ctx, int i) {
    SentenceContext.Word w = ctx.words.get(i);
    Optional<EntityMention> name = ctx.mentionOf(w);
    if (name.isPresent()) {
      return name.get().entity().canonical();
    }
    StringBuilder compound = new StringBuilder(w.stem());
    for (int k = i - 1; k >= 0 && i - k <= COMPOUND; k--) {
      SentenceContext.Word x = ctx.words.get(k);
      Optional<EntityMention> of = ctx.mentionOf(x);
      if (of.isPresent() && k == i - 1 && x.role() == Role.BARE && GenericNouns.standard().isTitle(w.stem())) {
        compound.insert(0, of.get().entity().canonical()); // 나래항공 기장이: the title is of that name, no one without it
        break;
      }
      if (!compoundPart(ctx, x) || of.isPresent()) {
        break; // not 한편 of 한편 안전처는: a linking word is no part of the subject
      }
      compound.insert(0, x.stem());
    }
    return grammar.owner(compound.toString().replace(" ", ""));
  }
}
