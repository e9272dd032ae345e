package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.core.Morpheme;
import dev.sasil.core.text.Hangul;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.entity.Spelling;
import dev.sasil.factcheck.entity.Surnames;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityMention;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.time.ClockTime;
import dev.sasil.factcheck.time.Granularity;
import dev.sasil.factcheck.time.PartialTime;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.lucene.analysis.ko.POS;

/**
 * Reads every figure of a sentence with the content words of its clause ({@link FigureMention}):
 * amounts in a unit, days and times of day. Not figures: bare numbers, figures inside a name (갤럭시 S24) or a
 * time, and ordinals (22대 총선). Immutable and thread-safe.
 */
final class FigureReader {

  /** How many words before a figure its clause's words are looked for (a clause boundary stops sooner). */
  private static final int BEFORE = 6;
  /** How many words after a figure, clause or not: its predicate, and the noun it counts when it precedes it. */
  private static final int AFTER = 3;
  /** How many words after a figure its clause's predicate is looked for. */
  private static final int PREDICATE_REACH = 8;
  /** How many topics before a figure's clause name what it is about. */
  private static final int TOPICS = 4;
  /** Anchors this many words from the figure or closer are {@link FigureMention#near near}. */
  private static final int NEAR = 2;

  /** Counters that number one of a series (22대 총선, 3차 발사, 1기 신도시), unlike 158개 국 or 5개 부문. */
  private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("^제|[대차기]$");

  private final Grammar grammar;
  /** After a time, whether it is when a count stood (오후 5시 53분 기준 177명), not when something happened. */
  private final AsOfClock asOf;
  private final Surnames surnames = Surnames.standard();
  private final MeasureLexicon measures;
  private final EventFrames events;
  private final SpanFrames spans;

  FigureReader(Grammar grammar, MeasureLexicon measures, EventFrames events, SpanFrames spans) {
    this.grammar = grammar;
    this.asOf = new AsOfClock(grammar);
    this.measures = measures;
    this.events = events;
    this.spans = spans;
  }

  /**
   * Whether the text after a time makes it the moment a figure after it stood at, the object
   * particle allowed (오후 5시 53분 기준 177명, 오후 5시를 기준으로 177명). A claim's moment
   * (AsOfClock) is read without it: 밤 10시 26분을 기준으로 모두 꺼졌고 is when a state began, and
   * carried to the sentences after it cost two items on 82 events when tried.
   */
  private boolean stoodAt(String after) {
    String t = after.stripLeading();
    return asOf.asOfAfter(t.startsWith("을") || t.startsWith("를") ? t.substring(1) : t);
  }

  /**
   * 단 한 명도 배정받지 못했다, 1명도 없었다: one with 도 before a negated predicate says there was
   * none, no figure of one.
   */
  private boolean noneAtAll(SentenceContext ctx, QuantityMention q) {
    return q.quantity().value().compareTo(java.math.BigDecimal.ONE) == 0 && ctx.text.startsWith("도", q.end())
        && grammar.contains(Grammar.Section.NEGATED, ctx.text.substring(q.end()));
  }

  /**
   * Whether a time is what a figure is compared with (전날(365명)보다 5명 감소한, 전날 대비, 전날의 3.3배): the
   * day of the base value, no day anything happened.
   */
  private boolean comparisonBase(String after) {
    String rest = after.stripLeading();
    if (rest.startsWith("(") && rest.indexOf(')') > 0) {
      rest = rest.substring(rest.indexOf(')') + 1); // 전날(365명)보다: the base's own figure aside
    }
    // grammar BASE_AFTER (보다, 대비, 에 비해 …), or 전날의 3.3배로 급증
    return grammar.startsWith(Grammar.Section.BASE_AFTER, rest) || TIMES_OF.matcher(rest.stripLeading()).lookingAt();
  }

  /** A multiple of the time's value: 전날의 3.3배, 어제의 2배. */
  private static final java.util.regex.Pattern TIMES_OF = java.util.regex.Pattern.compile("의\\s*[\\d.]+\\s*배");

  /** The figures of one sentence, with {@code runs}, the runs {@link StreakFrames#find} read in it. */
  List<FigureMention> read(Article article, SentenceContext ctx, List<StreakFrames.Streak> runs) {
    List<FigureMention> out = new ArrayList<>();
    for (QuantityMention q : ctx.quantities) {
      QuantityMention arrowTo = arrowTarget(ctx, q);
      if (q.quantity().unit() == QuantityUnit.NUMBER && arrowTo == null || ctx.inNameOrTime(q) || insideWord(ctx, q)
          || ordinal(ctx, q) || MeasureFrames.identifier(ctx, q, grammar) || ctx.classNamed(q)
          || MeasureFrames.window(ctx, q) || noneAtAll(ctx, q) || MeasureFrames.leftToGo(grammar, ctx, q)
          || MeasureFrames.arrowedFrom(ctx, q) && arrowTo == null
          || grammar.is(Grammar.Section.ORDINAL_COUNTER, QuantityMention.counterOf(q.text()))) {
        continue; // 5만4737명→4만6887명→…→6만2273명: the values a series left behind are of days it does not name
      }
      FigureReading reading = reading(article, ctx, q, arrowTo != null);
      Quantity value = signed(ctx, q, reading);
      if (arrowTo != null && value.unit() == QuantityUnit.NUMBER) {
        value = new Quantity(value.value(), arrowTo.quantity().unit(), value.bound(), null); // 1.75→2.25%: 1.75%
      }
      out.add(figure(article, ctx, q.start(), q.end(), q.text(), value, null, reading, w -> measureOf(ctx, w, q)));
    }
    // the day the last time so far writes with its number, resolved (dated articles) and as
    // written (undated ones), carried through the one loop: a run-on text stays linear
    TimeValue writtenDay = null;
    Integer writtenDayNumber = null;
    TimeMention previous = null;
    for (TimeMention t : ctx.times) {
      TimeMention before = previous;
      previous = t;
      TimeValue dayBefore = writtenDay;
      Integer dayNumberBefore = writtenDayNumber;
      if (t.duration() == null && t.value() != null && t.value().granularity() == Granularity.DAY
          && PartialTime.writesDayNumber(t.text())) {
        writtenDay = t.value();
      }
      Integer number = t.duration() == null ? PartialTime.of(t, "").map(PartialTime::day).orElse(null) : null;
      if (number != null) {
        writtenDayNumber = number;
      }
      if (t.duration() != null) {
        // 닷새 만에 복귀했다: how long after something it happened
        Optional<SpanFrames.Counted> counted = spans.counted(ctx, t);
        if (counted.isPresent()) {
          out.add(figure(article, ctx, t.start(), t.end(), t.text(), counted.get().span(), null, null,
              w -> counted.get().event()));
        } else if (RecordFrames.countedTo(t)) {
          // 발화 149시간 만이다, 1994년 대회 이후 24년 만이다: a span whose event is the sentence
          // before's, or a first time's, is still a figure other sources write with the same words
          SpanFrames.spanAsWritten(ctx, t)
              .ifPresent(q -> out.add(figure(article, ctx, t.start(), t.end(), t.text(), q, null, null, w -> "")));
        }
        continue;
      }
      String after = ctx.after(t.end());
      TimeMention dated = datedBefore(ctx, t, before, dayBefore);
      Optional<PartialTime> when = PartialTime.of(dated, after, ctx.halfBefore(t.start()),
          dated != t || PartialTime.writesDay(t.text())).map(w -> onDayBefore(t, w, dayNumberBefore));
      if (when.isEmpty() || ctx.rangeEnd(t) || ctx.sourceAhead(t.end()) || comparisonBase(after)) {
        continue; // 4~9일: a stretch of days, not a day; 25일 경찰에 따르면: when a source spoke
      }
      // the resolved day when the text writes one; else only what it says (9시 3분: any day)
      boolean resolved = dated.value() != null && dated.value().granularity() == Granularity.DAY && when.get().day() != null;
      NormalizedValue value = resolved
          ? ClockTime.of(dated, after, ctx.halfBefore(t.start())).<NormalizedValue>map(c -> c).orElse(dated.value()) : when.get();
      // 오후 8시20분 기준 희생자는 37명 … 발견됐다: the time a count stood at is no event's time
      // (오전 6시 기준 특보는 해제됐다, with no count, is when the state began)
      boolean countedAt = (stoodAt(after)
          && ctx.quantities.stream().anyMatch(q -> q.start() >= t.end() && q.quantity().unit() != QuantityUnit.NUMBER))
          || (grammar.startsWith(Grammar.Section.STRETCH_TO, after.stripLeading()) && countedBy(ctx, t));
      String event = bounded(countedAt ? "" : events.event(ctx, t), after.stripLeading());
      out.add(figure(article, ctx, t.start(), t.end(), t.text(), value, when.get(), null, w -> event));
    }
    for (StreakFrames.Streak s : runs) {
      // 9개월 연속 적자, 9개월째 적자 행진: a run, whoever's the sentence says it is
      out.add(figure(article, ctx, s.start(), s.end(), s.text(), s.value(), null, null, w -> StreakFrames.PREFIX + s.event()));
    }
    for (int i = 0; i < ctx.words.size(); i++) {
      SentenceContext.Word w = ctx.words.get(i);
      Optional<Spelling> name = spelling(ctx, i);
      if (name.isPresent()) {
        int start = ctx.text.indexOf(name.get().text(), w.start());
        out.add(figure(article, ctx, start, start + name.get().text().length(), name.get().text(), name.get(), null, null,
            c -> name.get().kind() == Spelling.Kind.PERSON ? PERSON_NAME : PLACE_NAME));
      }
    }
    return out;
  }

  /**
   * Whether an amount stands between a time that ends a stretch and the verb after it: how much
   * there was by then (8일 밤 10시까지 360㎜의 비가 쏟아졌다, 오후 6시까지 20명이 숨졌다), not when
   * what the verb names ended (25일까지 진행한 사전판매에서 109만대: the sale ended on the 25th).
   * A length of time is no such amount (5일까지 사흘간 진행했다).
   */
  private static boolean countedBy(SentenceContext ctx, TimeMention t) {
    int verb = SpanFrames.firstVerb(ctx, t.end());
    int before = verb < 0 ? ctx.text.length() : ctx.words.get(verb).start();
    return ctx.quantities.stream().anyMatch(q -> q.start() >= t.end() && q.start() < before
        && q.quantity().unit() != QuantityUnit.NUMBER && q.quantity().unit() != QuantityUnit.DURATION);
  }

  /**
   * A time of day that writes no day (오후 8시 32분) with the day the last time before it in its
   * sentence writes (12일 오후 7시 44분 … 48분 뒤인 오후 8시 32분, 이날 낮 오후 2시 14분): that day,
   * not the article's date it was resolved against. Else {@code t}, which keeps no day. {@code
   * before} is the time right before it, {@code writtenDay} the day the last time before it writes
   * with its number (null when none): 이날 further back may be the event's day in an article of the
   * day after, but written right before the clock (이날 낮 오후 2시) it is one time with it.
   */
  private static TimeMention datedBefore(SentenceContext ctx, TimeMention t, TimeMention before, TimeValue writtenDay) {
    if (t.value() == null || t.value().granularity() != Granularity.DAY || PartialTime.writesDay(t.text())
        || PartialTime.otherDay(t) || ClockTime.of(t, "").isEmpty()) {
      return t;
    }
    TimeValue day = writtenDay;
    if (before != null && before.duration() == null && before.value() != null
        && before.value().granularity() == Granularity.DAY && PartialTime.writesDay(before.text())
        && ctx.text.substring(before.end(), t.start()).isBlank()) {
      day = before.value();
    }
    return day == null ? t : new TimeMention(t.text(), t.start(), t.end(), day, null, t.eventRelative());
  }

  /**
   * A time of day that resolved to no day (an undated article) on the day of the month its
   * sentence writes before it: 24일 소방당국에 따르면 이날 화재는 오전 10시 31분쯤 is XXXX-XX-24T10:31.
   * {@code day}: the day of the month the last time before it writes, or null.
   */
  private static PartialTime onDayBefore(TimeMention t, PartialTime w, Integer day) {
    if (w.day() != null || w.minutes() == null || t.value() != null || PartialTime.otherDay(t)) {
      return w; // 11일 … 카눈은 전날 오전 9시20분쯤: the day before, not the 11th
    }
    return day == null ? w : new PartialTime(w.year(), w.month(), day, w.minutes());
  }

  /** What the first day of a stretch dates (19일부터 … 진행한: the start of 진행). */
  static final String STARTED = " 시작";
  /** What the last day of a stretch dates (… 25일까지 진행한: the end of 진행). */
  static final String ENDED = " 종료";

  /**
   * The event a day dates, as the start or the end of it when the day is the first or the last of
   * a stretch (19일부터 25일까지 진행한 사전 판매: 25일 is when 진행 ended, not when it happened).
   */
  private String bounded(String event, String after) {
    if (event.isEmpty()) {
      return event;
    }
    return grammar.startsWith(Grammar.Section.STRETCH_FROM, after) ? event + STARTED
        : grammar.startsWith(Grammar.Section.STRETCH_TO, after) ? event + ENDED : event;
  }

  private static final String OPENING = "(（[『「<〈";
  private static final String CLOSING = ")）]』」>〉";

  /**
   * Text without the brackets around it, from its last opening bracket on (김세윤 of (김세윤 and of
   * 형사합의22부(김세윤, the word of 형사합의22부(김세윤 부장판사)는).
   */
  private static String bare(String text) {
    int from = 0;
    for (int i = text.length() - 1; i >= 0; i--) {
      if (OPENING.indexOf(text.charAt(i)) >= 0) {
        from = i + 1;
        break;
      }
    }
    int to = text.length();
    while (to > from && CLOSING.indexOf(text.charAt(to - 1)) >= 0) {
      to--;
    }
    return text.substring(from, to);
  }

  /** The attribute of a person's name as written. */
  static final String PERSON_NAME = "name.person";
  /** The attribute of a place's name as written. */
  static final String PLACE_NAME = "name.place";

  /**
   * The name a word spells, if it is one whose spelling two sources can be held to: a person's
   * full name the tagger reads as a proper noun (a family name and a two-syllable given name:
   * 김세윤), or a neighbourhood or village after its city or county (강릉시 운산동).
   */
  private Optional<Spelling> spelling(SentenceContext ctx, int i) {
    SentenceContext.Word w = ctx.words.get(i);
    // 형사합의22부(김세윤 부장판사)는: the word's stem ends at its bracket, the name opens it
    boolean cut = false;
    for (int k = w.start() + 1; k < w.end() && !cut; k++) {
      cut = ctx.text.charAt(k) == '(';
    }
    cut &= w.stem().indexOf('(') < 0;
    String stem = bare(cut ? ctx.text.substring(w.start(), w.end()) : w.stem());
    if (stem.length() < 3 || !stem.chars().allMatch(Hangul::isSyllable)) {
      return Optional.empty();
    }
    List<Morpheme> ms = ctx.morphemesOf(w);
    if (stem.length() == 3 && surnames.mayBeFullName(stem)
        && ms.stream().anyMatch(m -> m.tag() == POS.Tag.NNP && m.surface().equals(stem))) {
      return Optional.of(new Spelling(Spelling.Kind.PERSON, stem));
    }
    if (i > 0 && grammar.is(Grammar.Section.PLACE_UNIT, stem.substring(stem.length() - 1))) {
      String area = bare(ctx.words.get(i - 1).stem());
      if (area.length() >= 2 && grammar.is(Grammar.Section.PLACE_AREA, area.substring(area.length() - 1))) {
        return Optional.of(new Spelling(Spelling.Kind.PLACE, stem));
      }
    }
    return Optional.empty();
  }

  private FigureMention figure(Article article, SentenceContext ctx, int start, int end, String text,
      NormalizedValue value, PartialTime when, FigureReading reading,
      java.util.function.Function<List<SentenceContext.Word>, String> measure) {
    Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text, ctx.base + start, ctx.base + end, text);
    int at = ctx.wordIndexAt(Math.max(start, end - 1));
    if (at < 0) {
      return new FigureMention(evidence, value, when, List.of(), List.of(), List.of(), reading, "");
    }
    Set<String> anchors = new LinkedHashSet<>();
    Set<String> near = new LinkedHashSet<>();
    int first = at;
    while (first > 0 && at - first < BEFORE && !ctx.endsClause(ctx.words.get(first - 1))) {
      first--;
    }
    int last = Math.min(ctx.words.size() - 1, at + AFTER);
    // and the predicate of the figure's clause, when it comes later (21명은 … 시신으로 발견됐다)
    for (int i = at; i < ctx.words.size() && i <= at + PREDICATE_REACH; i++) {
      if (ctx.endsClause(ctx.words.get(i))) {
        last = Math.max(last, i);
        break;
      }
    }
    // '봄'을 통해 세 번째, 당국에 의해 구조된 33명: the words of a compound particle's phrase name
    // the means or the agent, not what the figure is about
    java.util.BitSet means = new java.util.BitSet();
    for (int i = first + 1; i <= last; i++) {
      if (ctx.particleVerb(ctx.words.get(i))) {
        means.set(Math.max(first, ctx.particlePhraseStart(i)), i);
      }
    }
    // nearest first: the figure's own word, then outwards, the words before it winning ties; but
    // the noun a figure counted with 개 names comes right after it (17개 시·도), and the noun another
    // such figure counts is that figure's alone (1만1705세대 after 125개 시·군·구)
    List<SentenceContext.Word> clause = new ArrayList<>();
    boolean countsNext = at + 1 <= last && countedByGae(ctx, at);
    for (int d = 0; d <= Math.max(at - first, last - at); d++) {
      int[] order = d == 0 ? new int[] {at} : countsNext && d == 1 ? new int[] {at + 1, at - 1} : new int[] {at - d, at + d};
      for (int i : order) {
        if (i < first || i > last || i != at && i - 1 != at && i > 0 && countedByGae(ctx, i - 1)) {
          continue;
        }
        clause.add(ctx.words.get(i));
        if (means.get(i)) {
          continue;
        }
        List<String> words = anchorsOf(ctx, ctx.words.get(i), start, end);
        anchors.addAll(words);
        if (d <= NEAR) {
          near.addAll(words);
        }
      }
    }
    // the topic of the sentence names what its figures are about across clauses
    // (사망자는 … 1명을 포함해 총 22명이다), beside the figure when the figure is what it is
    boolean copula = ctx.has(ctx.words.get(at), POS.Tag.VCP)
        || at + 1 < ctx.words.size() && ctx.has(ctx.words.get(at + 1), POS.Tag.VCP);
    // (the nearest few topics: a run-on text of thousands of words has a topic in every clause)
    for (int i : ctx.topicsBefore(first, TOPICS)) {
      SentenceContext.Word w = ctx.words.get(i);
      List<String> words = anchorsOf(ctx, w, start, end);
      anchors.addAll(words);
      if (copula) {
        near.addAll(words);
      }
    }
    Set<String> names = new LinkedHashSet<>();
    for (int i = first; i <= last; i++) {
      ctx.mentionOf(ctx.words.get(i)).ifPresent(m -> names.add(m.entity().canonical().replace(" ", "")));
    }
    names.retainAll(anchors);
    if (dealtOut(ctx, first, at)) {
      // 아이스아레나와 사천중학교로 각각 528명과 29명으로: 각각 deals the figures to the names in
      // order, so a name of the clause is no more this figure's than another's (the claim frames
      // deal them when every name is read as one)
      names.clear();
    }
    // 15~64세 고용률은 68.7%: the age group of the clause names whose figure it is, as a name does
    int from = ctx.words.get(first).start();
    int to = ctx.words.get(last).end();
    for (dev.sasil.factcheck.entity.EntityMention g : ctx.ageGroups) {
      if (g.start() >= from && g.end() <= to) {
        String group = g.entity().canonical().replace(" ", "");
        anchors.add(group);
        names.add(group);
      }
    }
    String measured = measure.apply(clause);
    boolean counted = value instanceof Quantity q && (q.unit() == QuantityUnit.COUNT || q.unit() == QuantityUnit.PERSONS);
    if (!measured.isEmpty() && counted && measured.chars().allMatch(Hangul::isSyllable)) {
      // 23골, 10명: what the counter counts (득점) is a word the clause says, though unwritten; not
      // for readings (40도 of many places) or places in rankings (3위, and every ordinal)
      anchors.add(measured);
    }
    return new FigureMention(evidence, value, when, List.copyOf(anchors), List.copyOf(near), List.copyOf(names), reading,
        measured);
  }

  /**
   * The measure an amount's clause names, nearest word first: a noun or verb of the measure lexicon
   * that allows its unit (사망자, 숨지, 투표율), else the noun its counter stands for (석: 의석).
   */
  private String measureOf(SentenceContext ctx, List<SentenceContext.Word> clause, QuantityMention q) {
    QuantityUnit unit = q.quantity().unit();
    if (unit == QuantityUnit.RANK) {
      // 3위는 일본: a rank is a rank, whoever holds it; 32번째 천만 영화: a place in a series, no rank
      return QuantityMention.counterOf(q.text()).startsWith("위") ? "순위" : "순번";
    }
    for (SentenceContext.Word w : clause) {
      if (w.start() < q.end() && q.start() < w.end()) {
        continue; // the figure's own word: its counter, below
      }
      if (nextItem(ctx, q, w)) {
        continue; // 매출이 8조원, 영업이익이 3000억원: a measure after the comma is the next item's
      }
      // a verb's word names no measure its letters end in (상한 of 인상한 2.25%), but a verb cue may
      // be the whole word (떨어진)
      Optional<MeasureLexicon.HeadMatch> head = measures.forHead(w.stem(), unit)
          .filter(h -> h.prefix().isEmpty() || ctx.endsInNoun(w));
      if (head.isPresent()) {
        return head.get().cue().attribute();
      }
      List<Morpheme> ms = ctx.morphemesOf(w);
      for (int k = 0; k < ms.size(); k++) {
        Morpheme m = ms.get(k);
        // a one-syllable morpheme names a measure only as the whole word: 금 of 증거금 is no gold;
        // a noun another noun follows in its word modifies that head: 경상 of 경상국립대 is no injury
        boolean modifier = m.tag() == POS.Tag.NNG && k + 1 < ms.size() && ms.get(k + 1).isNoun()
            && !grammar.is(Grammar.Section.GENERIC_COUNT, ms.get(k + 1).surface());
        if ((m.tag() == POS.Tag.VV || m.tag() == POS.Tag.NNG) && !modifier
            && (m.surface().length() > 1 || w.stem().equals(m.surface()))) {
          Optional<MeasureLexicon.HeadMatch> cue = measures.forHead(m.surface(), unit);
          if (cue.isPresent() && cue.get().prefix().isEmpty()) {
            return cue.get().cue().attribute();
          }
        }
      }
    }
    if (unit == QuantityUnit.PERCENT_POINT) {
      // 투표율 67% … 지난 총선보다 0.8%p 올랐다: a difference of points is the change of the rate the
      // clause measures, not that rate
      for (SentenceContext.Word w : clause) {
        Optional<MeasureLexicon.HeadMatch> rate = measures.forHead(w.stem(), QuantityUnit.PERCENT);
        if (rate.isPresent() && (rate.get().prefix().isEmpty() || ctx.endsInNoun(w))
            && !(w.start() < q.end() && q.start() < w.end())) {
          return rate.get().cue().attribute() + " 증감";
        }
      }
    }
    return grammar.counted(q).orElse("");
  }

  /** Whether a word stands after the figure past a comma or a bullet: in the list's next item. */
  private static boolean nextItem(SentenceContext ctx, QuantityMention q, SentenceContext.Word w) {
    for (int i = q.end(); i < w.start(); i++) {
      char c = ctx.text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || SentenceContext.BULLETS.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * -0.7%, 마이너스(-0.3%), and a fall by the figure (4.2% 감소했다) are negative, and a figure
   * passed or not reached (6%를 넘긴) a bound, as the claim frames read them.
   */
  private Quantity signed(SentenceContext ctx, QuantityMention q, FigureReading reading) {
    // 216.97포인트(8.10%) 내린: the verb after the figure's aside, as the claim frames read it
    String after = MeasureFrames.skipAside(MeasureFrames.skipClose(ctx.after(q.end())));
    // 1%대로 떨어졌다 is the level it fell to, not the size of the fall
    boolean fall = reading.change() && !grammar.startsWith(Grammar.Section.TO_VALUE, after)
        && grammar.changesDown(after);
    // 6%를 넘긴, 1명이 안 되는: a figure the clause says was passed or not reached bounds the value
    Quantity value = MeasureFrames.signed(q.quantity(), MeasureFrames.negative(ctx, q) || fall);
    // (not 잠재성장률(2.0%)에 못 미쳤다, 종전 기록(4년·152억원)을 넘어섰다: what was passed or fell short
    // is the noun the bracket stands beside)
    boolean besideNoun = ctx.after(q.end()).startsWith(")") || MeasureFrames.recordValue(grammar, ctx, q);
    return besideNoun ? value : MeasureFrames.bounded(grammar, value, after);
  }

  /** How far before a length its place may be written (지하차도에서 약 200m). */
  private static final int APART_REACH = 12;

  /**
   * Whether a length is how far something lies from a place (지하차도에서 200m가량 떨어진 하천,
   * 역으로부터 3km 떨어져): 떨어지다 after a length with 에서 or 로부터 before it says apart, not
   * a fall.
   */
  private static boolean apart(SentenceContext ctx, QuantityMention q, String linked) {
    if (q.quantity().unit() != dev.sasil.factcheck.quantity.QuantityUnit.METERS || !linked.startsWith("떨어")) {
      return false;
    }
    String before = ctx.text.substring(Math.max(0, q.start() - APART_REACH), q.start());
    return before.contains("에서") || before.contains("로부터");
  }

  /**
   * Whose an amount is, whether it is a change, of which period, and whether it is stated plainly;
   * previous when a single arrow leads away from it ({@code arrowedFrom}) or a change word does.
   */
  private FigureReading reading(Article article, SentenceContext ctx, QuantityMention q, boolean arrowedFrom) {
    String after = MeasureFrames.skipClose(ctx.after(q.end()));
    String linked = grammar.afterLink(after);
    boolean change = grammar.changes(linked) && !apart(ctx, q, linked);
    boolean derived = ctx.inParenthesesAfterFigure(q); // 34만777명(65.2%): the share of the figure before
    String before = ctx.text.substring(Math.max(0, q.start() - 8), q.start());
    boolean compared = before.contains("보다") || before.contains("대비");
    int clauseEnd = Math.min(ctx.text.length(), q.end() + 30);
    int clauseStart = MeasureFrames.clauseStart(ctx, q.start());
    String clause = ctx.text.substring(clauseStart, clauseEnd);
    // 8% 이상 하락이 1분간 지속되면: a rule's threshold, compared with other sources' rules only
    boolean condition = MeasureFrames.supposed(grammar, ctx, q.end());
    boolean forecast = grammar.contains(Grammar.Section.FORECAST, clause)
        && !grammar.contains(Grammar.Section.AGAINST_FORECAST, clause)
        && !MeasureFrames.estimatedFact(ctx.text.substring(q.end(), clauseEnd), grammar)
        || MeasureFrames.forecastList(grammar, ctx, q) || condition;
    String period = "";
    for (TimeMention t : ctx.times) {
      if (t.end() > q.start()) {
        break; // times are in text order
      }
      if (t.value() == null || t.end() < clauseStart && t.value().granularity() == Granularity.DAY
          || ctx.comparedTime(t, grammar)
          || ctx.timeOfComparedNoun(t, grammar) && !ctx.bracketedAfterTime(t, q.start())
          || ctx.timeOfComparedFigure(t.end(), grammar)) {
        continue; // 1년 전보다 1.6%, 지난해 동기 대비: the base of a comparison, not the figure's period
      }
      boolean stood = stoodAt(ctx.after(t.end()));
      if (t.value().granularity() != Granularity.DAY || stood) {
        // the last before it: 2020년 21대 총선(66.2%), 지난해 4분기 2.6%, 오후 5시 53분 기준 177명
        period = stood ? ClockTime.of(t, ctx.after(t.end()), ctx.halfBefore(t.start())).<String>map(ClockTime::normalized)
            .orElse(t.value().normalized()) : t.value().normalized();
      }
    }
    Optional<TimeMention> apposed = MeasureFrames.apposedTime(ctx, q);
    if (apposed.isPresent()) {
      period = apposed.get().value().normalized(); // 전날(365명)보다: the day before's figure, as the claim frames read it
    }
    // 15~64세 고용률은 68.7%: the figure of a part, as an edition's is (△16대 57.2%), not the whole's
    String edition = ctx.editionBefore(q);
    if (edition.isEmpty()) {
      edition = AgeGroups.groupOf(ctx, q.start()).map(g -> g.entity().canonical()).orElse("");
    }
    return new FigureReading(owner(ctx, q), change || compared && !linked.startsWith("로"), period, edition,
        !derived && !forecast, forecast, publishedDay(article),
        article.published().source() == dev.sasil.core.DateSource.STORY, condition, arrowedFrom || changedFrom(ctx, q),
        grammar.startsWith(Grammar.Section.BASE_OF_NOUN, after.stripLeading()));
  }

  /**
   * Whether a figure is the value a change its sentence states moved away from: a word of
   * grammar.txt's CHANGED_FROM after it (에서, 인), then a figure of the same unit written before
   * one of TO_VALUE (로), with a change word between them or right after (연 3.5%에서 3.25%로
   * 낮췄다, 3.50%인 기준금리를 0.25%포인트 낮춘 3.25%로 결정했다).
   */
  private boolean changedFrom(SentenceContext ctx, QuantityMention q) {
    if (!grammar.startsWith(Grammar.Section.CHANGED_FROM, MeasureFrames.skipClose(ctx.after(q.end())).stripLeading())) {
      return false;
    }
    for (QuantityMention to : ctx.quantities) {
      if (to.start() < q.end() || to.quantity().unit() != q.quantity().unit()) {
        continue;
      }
      if (!grammar.startsWith(Grammar.Section.TO_VALUE, MeasureFrames.skipClose(ctx.after(to.end())).stripLeading())) {
        return false; // 3.5%에서 3.25%를: the next such figure is no value changed to
      }
      String span = ctx.text.substring(q.end(), Math.min(ctx.text.length(), to.end() + CHANGE_REACH));
      return grammar.contains(Grammar.Section.CHANGE_UP, span) || grammar.contains(Grammar.Section.CHANGE_DOWN, span);
    }
    return false;
  }

  /**
   * The figure the one arrow of a sentence leads to from {@code q} (1.75%→2.25%, 10만→12만명: q is
   * the value the change moved away from), in q's unit or giving a bare number its own; null when
   * there is none, or when the sentence writes more arrows: a series (303→290→304명), whose
   * earlier values are each of a time the text does not name, or a list of changes (▲가람대
   * 40명→90명 ▲나래대 60명→100명), whose items a level's claim may name wrongly, a mistake the old
   * value would repeat.
   */
  private static QuantityMention arrowTarget(SentenceContext ctx, QuantityMention q) {
    Matcher arrow = MeasureFrames.ARROW.matcher(ctx.after(q.end()));
    if (!arrow.lookingAt() || MeasureFrames.ARROW.matcher(ctx.text).results().count() > 1) {
      return null;
    }
    int toStart = q.end() + arrow.end();
    for (QuantityMention to : ctx.quantities) {
      if (to.start() == toStart) {
        return to.quantity().unit() == q.quantity().unit()
            || q.quantity().unit() == QuantityUnit.NUMBER && to.quantity().unit() != QuantityUnit.NUMBER ? to : null;
      }
    }
    return null;
  }

  /** How far after the value changed to its change word may be written (3.25%로 0.25%포인트 인하했다). */
  private static final int CHANGE_REACH = 20;

  private static String publishedDay(Article article) {
    java.time.LocalDate d = ClaimExtractor.published(article);
    return d == null ? "" : d.toString();
  }

  /** A figure opening a bracket glued to the noun of its own word (의성(40.4도), 전남(69.0%)). */
  private static final java.util.regex.Pattern GLUED_BRACKET = java.util.regex.Pattern.compile("([가-힣]{2,})\\(\\s*");

  /**
   * The noun written right before an amount in its clause, bare or as a topic, subject or genitive
   * (서울 69.3%, 재학생이 24만명, 빅컷(0.5%p)); empty when none, or when it is a year or an ordinal
   * (2004학년도 18만명) or a place the amount is in (지역구에서는 122석).
   */
  private String owner(SentenceContext ctx, QuantityMention q) {
    QuantityMention whole = ctx.wholeInBrackets(q);
    if (whole != null) {
      return owner(ctx, whole); // 108석(지역구 90석, 비례 18석): the parts of the whole's owner
    }
    int at = ctx.wordIndexAt(q.start());
    if (at < 0) {
      return "";
    }
    Matcher glued = GLUED_BRACKET.matcher(ctx.text.substring(ctx.words.get(at).start(), q.start()));
    if (glued.matches() && GenericNouns.standard().isTitle(glued.group(1))) {
      return ""; // 박 후보(16.41%): a title alone names no one two sources could share
    }
    if (glued.matches() && !grammar.is(Grammar.Section.MODIFIER, glued.group(1))
        && !grammar.is(Grammar.Section.UNINFORMATIVE, glued.group(1))) {
      return glued.group(1); // 경북 의성(40.4도): the noun the bracket is glued to, not the words before it
    }
    if (at == 0) {
      return "";
    }
    SentenceContext.Word prev = ctx.words.get(at - 1);
    String between = ctx.text.substring(prev.end(), q.start());
    boolean owning = prev.role() == Role.TOPIC || prev.role() == Role.SUBJECT || prev.role() == Role.GENITIVE
        || prev.role() == Role.BARE;
    if (owning && GenericNouns.standard().isTitle(prev.stem())) {
      SentenceContext.Word name = at >= 2 ? ctx.words.get(at - 2) : null;
      String word = name == null ? "" : ctx.text.substring(name.start(), name.end());
      // 나경원 후보 14.58%: the person the title names; 인요한 후보는 17.5% (a name Nori does not
      // read as one): a title alone names no one two sources could share
      return name != null && name.role() == Role.BARE && MeasureFrames.personName(ctx, name, word) ? word : "";
    }
    if (owning && ctx.endsInNoun(prev) && !ctx.inTime(prev.start()) && !ctx.inQuantity(prev.start(), prev.end())
        && prev.stem().chars().noneMatch(Character::isDigit)
        && !grammar.is(Grammar.Section.UNINFORMATIVE, prev.stem()) && !grammar.is(Grammar.Section.MODIFIER, prev.stem())
        && !ctx.listedApart(prev, q.start())) {
      // 서울 공시가격, not the nation's; 저장장치(SSD) 20.1%: SSD, not the word with half its bracket
      Optional<String> genitive = measureOwner(ctx, at - 1, q);
      if (genitive.isPresent()) {
        return genitive.get();
      }
      return ctx.regionBefore(at - 1).orElse("") + beforeBracket(prev.stem().replace(" ", ""));
    }
    // 국미래 18석·민주연합 14석: a list written without spaces, the item glued to the figure before
    String written = ctx.text.substring(prev.start(), Math.max(prev.start(), prev.stemEnd()));
    int cut = Math.max(written.lastIndexOf('·'), written.lastIndexOf(','));
    if (owning && ctx.endsInNoun(prev) && cut >= 0 && between.isBlank()) {
      String item = written.substring(cut + 1).strip();
      int itemStart = prev.start() + cut + 1;
      if (item.length() >= 2 && item.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3)
          && !ctx.inQuantity(itemStart, itemStart + item.length()) && !ctx.inTime(itemStart)
          && !grammar.is(Grammar.Section.UNINFORMATIVE, item) && !grammar.is(Grammar.Section.MODIFIER, item)) {
        return item;
      }
    }
    return "";
  }

  /** How many bare nouns may stand between a measure word and the genitive that owns it (IPO의 평균 상승률). */
  private static final int MEASURE_MODIFIERS = 3;

  /**
   * The genitive owner of the measure word {@code at} an amount is written after (IPO의 평균
   * 상승률은 66%, 서울의 투표율은 69.3%), past a few bare nouns between them: whose the figure is,
   * where the measure word alone would make one owner of every source's rate (평균 상승률 of
   * large listings and of all). Empty when the word names no measure of the amount's unit, or no
   * genitive owns it.
   */
  private Optional<String> measureOwner(SentenceContext ctx, int at, QuantityMention q) {
    SentenceContext.Word measure = ctx.words.get(at);
    if (measures.forHead(measure.stem(), q.quantity().unit()).filter(h -> h.prefix().isEmpty()).isEmpty()) {
      return Optional.empty();
    }
    for (int i = at - 1; i >= 0 && i >= at - 1 - MEASURE_MODIFIERS; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if (!ctx.endsInNoun(w) || ctx.inTime(w.start()) || ctx.inQuantity(w.start(), w.end())
          || w.stem().chars().anyMatch(Character::isDigit)) {
        return Optional.empty();
      }
      if (w.role() == Role.GENITIVE) {
        return grammar.is(Grammar.Section.UNINFORMATIVE, w.stem()) ? Optional.empty()
            : Optional.of(beforeBracket(w.stem().replace(" ", "")));
      }
      if (w.role() != Role.BARE) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the figure in word {@code at} is one of several that a word of grammar.txt's
   * RESPECTIVELY (각각) between the clause's first word and the figure deals out: two figures or
   * more stand between that word and the clause's end after the figure.
   */
  private boolean dealtOut(SentenceContext ctx, int first, int at) {
    int word = -1;
    for (int i = first; i < at; i++) {
      if (grammar.is(Grammar.Section.RESPECTIVELY, ctx.words.get(i).stem())) {
        word = i;
      }
    }
    if (word < 0) {
      return false;
    }
    int to = ctx.text.length();
    for (int i = at; i < ctx.words.size(); i++) {
      if (ctx.endsClause(ctx.words.get(i))) {
        to = ctx.words.get(i).end();
        break;
      }
    }
    // the figures from 각각 on, found by index (a run-on text has thousands), two being enough
    int next = ctx.quantityIndexFrom(ctx.words.get(word).end());
    return next + 1 < ctx.quantities.size() && ctx.quantities.get(next + 1).end() <= to;
  }

  /** The names and content nouns of a word, outside the figure and outside times and other figures. */
  private List<String> anchorsOf(SentenceContext ctx, SentenceContext.Word w, int start, int end) {
    List<String> out = new ArrayList<>();
    ctx.mentionOf(w).ifPresent(m -> out.add(m.entity().canonical().replace(" ", "")));
    compound(ctx, w, start, end).ifPresent(out::add);
    for (Morpheme m : ctx.morphemesOf(w)) {
      int s = m.start() - ctx.base;
      int e = m.end() - ctx.base;
      if (s < end && start < e || ctx.inTime(s) || ctx.mentionOverlaps(s, e) || ctx.inQuantity(s, e)) {
        continue;
      }
      boolean noun = m.tag() == POS.Tag.NNG || m.tag() == POS.Tag.NNP || m.tag() == POS.Tag.SH;
      boolean latin = m.tag() == POS.Tag.SL && m.surface().length() >= 2;
      if ((noun && m.surface().length() >= 2 || latin) && !grammar.is(Grammar.Section.UNINFORMATIVE, m.surface())) {
        out.add(m.surface());
      }
    }
    return out;
  }

  /**
   * A word of several nouns as one anchor (금통위, which Nori reads 금+통+위; 사망자): an
   * abbreviation or compound is said the same way in the other article more often than its parts.
   */
  private Optional<String> compound(SentenceContext ctx, SentenceContext.Word w, int start, int end) {
    if (!(w.start() < end && start < w.end())) {
      Optional<String> dotted = dotted(ctx.text, w.start(), w.end());
      if (dotted.isPresent()) {
        return dotted; // 시·도, 시·군·구: Nori reads 도 of 시·도 as a particle, yet the word is one noun
      }
    }
    String stem = beforeBracket(w.stem().replace(" ", ""));
    if (stem.length() < 2 || stem.length() > 12 || w.start() < end && start < w.stemEnd()
        || grammar.is(Grammar.Section.UNINFORMATIVE, stem)) {
      return Optional.empty();
    }
    List<Morpheme> ms = ctx.morphemesIn(w.start(), w.stemEnd());
    if (ms.size() < 2) {
      return Optional.empty();
    }
    for (Morpheme m : ms) {
      boolean part = m.isNoun() || m.tag() == POS.Tag.XSN || m.tag() == POS.Tag.SL || m.tag() == POS.Tag.SH;
      if (!part || ctx.inTime(m.start() - ctx.base)) {
        return Optional.empty();
      }
    }
    return Optional.of(stem);
  }

  /**
   * A word's stem without the bracket it opens, whose close the stem leaves out: the abbreviation
   * in it when it holds Latin letters alone, as other sources write the name (EPL of
   * 프리미어리그(EPL), SSD of 저장장치(SSD)), else the noun before it (진단키트 of 진단키트(자가검사용)).
   */
  private static String beforeBracket(String stem) {
    int open = stem.indexOf('(');
    if (open <= 0) {
      return stem;
    }
    String gloss = bare(stem);
    boolean abbreviation = !gloss.isEmpty() && gloss.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))
        && gloss.chars().anyMatch(Character::isLetter);
    return abbreviation ? gloss : stem.substring(0, open);
  }

  /** Whether word {@code i} is a figure counted with the bare counter 개 (17개), the noun after it what it counts. */
  private static boolean countedByGae(SentenceContext ctx, int i) {
    SentenceContext.Word w = ctx.words.get(i);
    return w.stemEnd() > w.start() && w.stemEnd() == w.end() && ctx.text.charAt(w.stemEnd() - 1) == '개'
        && ctx.quantities.stream().anyMatch(q -> q.end() == w.end() && q.start() >= w.start());
  }

  /**
   * The noun a word starts with when that is single syllables joined by middle dots (시·도, 시·군·구,
   * 한·미; 시·도에서): a list abbreviated to one noun, without its dots; empty when none.
   */
  private static Optional<String> dotted(String text, int from, int to) {
    if (from >= to || !Hangul.isSyllable(text.charAt(from))) {
      return Optional.empty();
    }
    StringBuilder noun = new StringBuilder().append(text.charAt(from));
    int i = from + 1;
    while (i + 1 < to && text.charAt(i) == '·' && Hangul.isSyllable(text.charAt(i + 1))) {
      noun.append(text.charAt(i + 1));
      i += 2;
    }
    return noun.length() >= 2 ? Optional.of(noun.toString()) : Optional.empty();
  }

  /** 근대5종, 제2공장: digits glued to the word before them are part of a name, not an amount. */
  private static boolean insideWord(SentenceContext ctx, QuantityMention q) {
    if (q.start() == 0 || !Character.isDigit(q.text().charAt(0))) {
      return false;
    }
    char before = ctx.text.charAt(q.start() - 1);
    return Character.UnicodeBlock.of(before) == Character.UnicodeBlock.HANGUL_SYLLABLES && "약총단각및등".indexOf(before) < 0;
  }

  /** 22대 총선, 3차 발사, 제5회: a small count of a series counter right before a noun, or after 제. */
  private static boolean ordinal(SentenceContext ctx, QuantityMention q) {
    return (MeasureFrames.ordinal(ctx, q) || beforeNoun(ctx, q)) && ORDINAL.matcher(q.text()).find()
        && q.quantity().value().compareTo(java.math.BigDecimal.valueOf(1000)) < 0 && !q.text().contains("만");
  }

  /** 14대 총선(71.9%): the next word begins with a noun, whatever follows it. */
  private static boolean beforeNoun(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(Math.max(q.start(), q.end() - 1));
    if (w < 0 || w + 1 >= ctx.words.size() || ctx.words.get(w).end() != q.end()) {
      return false;
    }
    SentenceContext.Word next = ctx.words.get(w + 1);
    List<Morpheme> ms = ctx.morphemesOf(next);
    return next.start() == q.end() + 1 && !ms.isEmpty() && ms.get(0).isNoun();
  }
}
