package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.core.Morpheme;
import dev.sasil.core.text.Hangul;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.Entity;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.EntityType;
import dev.sasil.factcheck.entity.Quotes;
import dev.sasil.factcheck.entity.Regions;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.entity.Surnames;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityLexicon;
import dev.sasil.factcheck.quantity.QuantityMention;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.time.Granularity;
import dev.sasil.factcheck.time.TimeLexicon;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.ko.POS;

/**
 * Reads measure claims from any figure of a sentence, with an open vocabulary: the attribute is
 * the head noun of the quantity phrase ({@code 민간소비 성장률은 1.8%}: 성장률 of 민간소비), mapped
 * to a measure of {@code measures.txt} when it names one and kept as its own lemma otherwise. A
 * percentage followed by a verb of change is the change of the phrase's noun ({@code 수출은 2.6%
 * 늘었다}: growth of 수출; {@code 4.2% 감소}: −4.2). Each claim carries its period (the nearest time
 * before the figure of month, quarter, half or year granularity; a figure in parentheses after a
 * time, {@code 2022년(2.6%)}, is that time's value) and its scope ({@code grammar.txt}: 전기 대비,
 * 일평균, 국내 …) as qualifiers {@code period=…} and {@code scope=…}.
 *
 * <p>The head is found by these rules, in order: a noun written against the figure inside its
 * own word ({@code 잠재성장률(2.0%)}); the nearest noun before the figure in its clause with no
 * other phrase between (times, scopes and modifiers may stand between); the topic of the sentence
 * (은/는/도); the previous figure's head in the same sentence (a list: 2분기 0.6%, 3분기 0.6%); for
 * a figure with its own time, the last measure of the previous sentence. Claims from the last two
 * rules are not firm: they can agree but never contradict. A figure that is the base of a
 * comparison (대비, 보다, 에서 …로, →) or stated in a forecast is no claim.
 *
 * <p>Immutable and thread-safe. Known weaknesses: heads after the figure (121만 대가 팔렸다) are
 * not read; a clause is cut at the first verb with a connective ending, so a head beyond it is
 * found only as the sentence topic.
 */
final class MeasureFrames {

  /** A parenthesised acronym right after a noun: 국내총생산(GDP). */
  private static final Pattern APPOSITION = Pattern.compile("([가-힣]+)\\s*\\(([A-Z][A-Z0-9]{1,9})\\)");
  /** A number with a Latin unit ending a word: 234.64p, 12.5GW. */
  private static final Pattern AMOUNT_BEFORE = Pattern.compile("(^|[\\s·])[\\d.,]+[A-Za-z]+$");
  /** A bracket opening right before a figure, its sign aside: 가람( of 가람(12명), 가람(- of 가람(-2.5%). */
  private static final Pattern OPEN = Pattern.compile("\\(\\s*[-+–−]?\\s*$");
  private static final Pattern GLOSS = Pattern.compile("\\([^()]*\\)");
  /** The characters {@link #STEM_PUNCTUATION} removes from a stem. */
  static final String STEM_PUNCTUATION_CHARS = ")][‘’'“”\"「」『』<>◇■▲△·▷▶●○";
  static final Pattern STEM_PUNCTUATION = Pattern.compile("[)\\]\\[‘’'“”\"「」『』<>◇■▲△·▷▶●○]");
  /** The words of a total: between two figures they make the second a part of the first (770명 중 … 총). */
  private static final String TOTAL_WORDS = "(등|모두|총|합계|합쳐|전체)";
  /** A word between two figures that makes the second a part of the first, not the next item of a list. */
  private static final Pattern TOTAL_GAP = Pattern.compile(".*" + TOTAL_WORDS + ".*");
  /** A name written as letters then a number (예스24, 채널A1): Nori ends it with the number. */
  private static final Pattern NAME_WITH_NUMBER = Pattern.compile("[가-힣A-Za-z]{2,}\\d{1,3}");
  /** What stands between the two values of a change written with an arrow (49명→200명). */
  static final Pattern ARROW = Pattern.compile("\\s*(→|->|⇒)\\s*");

  /**
   * Whether an arrow leads away from the figure to another (49명→200명, 303명→290명→…): the
   * figure is a value left behind, an old quota or a day of a series, which the text does not date.
   */
  static boolean arrowedFrom(SentenceContext ctx, QuantityMention q) {
    return ARROW.matcher(ctx.text).region(q.end(), ctx.text.length()).lookingAt();
  }

  /**
   * Whether an arrow leads from a figure written right after its own time to a figure written
   * after another (2028년 41%→2030년 69%): each value is of its time, the first no base left
   * undated.
   */
  private static boolean datedSeries(SentenceContext ctx, QuantityMention q) {
    Matcher arrow = ARROW.matcher(ctx.text).region(q.end(), ctx.text.length());
    if (!arrow.lookingAt()) {
      return false;
    }
    return timeBefore(ctx, q.start()).isPresent() && ctx.times.stream().anyMatch(t -> t.start() == arrow.end());
  }

  /** A figure followed by 중반, 초반, 후반 or 안팎의: a rough level, not a value. */
  private static final Pattern ROUGH_AFTER = Pattern.compile("^\\s*(중반|초반|후반|안팎의)[\\s\\S]*");

  /** What names a measure: its attribute and owner, and whether it was read or carried over. */
  record Head(String attribute, String owner, boolean firm, int at) {

    Head carried() {
      return new Head(attribute, owner, false, -1);
    }
  }

  private final MeasureLexicon lexicon;
  private final Grammar grammar;
  /** A comparison's base marked right before a figure (grammar.txt COMPARISON): 지난해 2분기 대비, 전월보다. */
  private final Pattern compared;
  /** A comparison right after a time: 2023년 대비, 2023년보다. */
  private final Pattern comparedAfter;
  /** A comparison right after a time that is a clause of its own: 2023년과 비교해, 2023년과 비교하면. */
  private final Pattern comparedClause;
  private final AttributeCatalog catalog = AttributeCatalog.standard();
  private final AsOfClock asOfClock;

  MeasureFrames(MeasureLexicon lexicon, Grammar grammar) {
    this.lexicon = lexicon;
    this.grammar = grammar;
    this.asOfClock = new AsOfClock(grammar);
    String comparison = grammar.alternation(Grammar.Section.COMPARISON);
    this.compared = Pattern.compile(comparison + "\\s*$");
    this.comparedAfter = Pattern.compile("\\s*" + comparison);
    this.comparedClause = Pattern.compile("\\s*" + comparison + "[\\s,]*");
  }

  void read(Article article, SentenceContext ctx, Discourse discourse, LocalDate published, List<ExtractedClaim> claims) {
    List<ExtractedClaim> out = new ArrayList<>();
    readAll(article, ctx, discourse, published, out);
    claims.addAll(unambiguous(out));
  }

  /**
   * Drops figures the sentence does not tell apart: two claims without an owner, of one measure,
   * period and scope, with different values (금메달 2개 … 금메달 1개 in a list of sports whose
   * names were not read) cannot both be that measure; each would read as the total.
   */
  private static List<ExtractedClaim> unambiguous(List<ExtractedClaim> in) {
    List<ExtractedClaim> kept = new ArrayList<>();
    for (ExtractedClaim c : in) {
      Claim x = c.claim();
      boolean ambiguous = x.subject().isEmpty() && in.stream().map(ExtractedClaim::claim).anyMatch(y -> y != x
          && y.subject().isEmpty() && y.attribute().equals(x.attribute()) && y.qualifiers().equals(x.qualifiers())
          && !y.value().equals(x.value()));
      if (!ambiguous) {
        kept.add(c);
      }
    }
    return kept;
  }

  private void readAll(Article article, SentenceContext ctx, Discourse discourse, LocalDate published,
      List<ExtractedClaim> out) {
    Head previous = null;
    Map<QuantityMention, Head> wholes = new HashMap<>(); // the head of each figure read, for the parts in brackets after it
    QuantityUnit previousUnit = null;
    int previousFigureEnd = 0; // where the figure whose head is 'previous' ends
    String previousOwner = "";
    boolean previousForecast = false;
    int previousClaimEnd = -1;
    String sentencePeriod = null;
    boolean severalPeriods = false; // 2022년 4분기(-0.3%) … 지난해 1분기(0.3%): a series, no one period
    boolean followedPeriod = false; // a period written as a record followed (2015년(1051억 달러)에 이어)
    // a sentence that writes no time and no final count goes on reporting the moment of the one before
    String carriedAsOf = ctx.times.isEmpty() && !asOfClock.saysFinal(ctx) ? discourse.asOf : null;
    String listPeriod = null; // the period of the sentence's last figure read with one, not a comparison's base
    int previousPeriodEnd = 0; // where that figure ends
    int previousEnd = -1;
    Head beforeAside = null; // the list's head before a figure's bracketed aside, for the item after it
    QuantityUnit unitBeforeAside = null;
    boolean afterAside = false;
    for (QuantityMention q : ctx.quantities) {
      String gap = previousEnd >= 0 && previousEnd <= q.start() ? ctx.text.substring(previousEnd, q.start()) : "";
      boolean aside = ctx.inParenthesesAfterFigure(q) || ctx.labelledInBracketAfterFigure(q);
      if (aside && !afterAside) {
        beforeAside = previous;
        unitBeforeAside = previousUnit;
      } else if (!aside && afterAside) {
        // 경기 66.7%(773만1874명), 강원 66.6%(88만7434명): the count in brackets is an aside to the
        // rate, and the list goes on with the rate's measure
        previous = beforeAside;
        previousUnit = unitBeforeAside;
      }
      afterAside = aside;
      if (TOTAL_GAP.matcher(gap).matches() || grammar.is(Grammar.Section.PARTITIVE, gap.strip())) {
        previous = null; // 770명 중 700명: a part of the first figure, not the next item of a list
      }
      previousEnd = q.end();
      Quantity quantity = q.quantity();
      Optional<String> counted = grammar.counted(q); // 98승: 승수
      if (!countable(quantity.unit()) || ctx.inNameOrTime(q) || ctx.classNamed(q)
          || quantity.unit() == QuantityUnit.RANK && counted.isEmpty()) {
        // a place in a ranking only as 위 writes it: 세 번째 counts occasions, not places
        continue;
      }
      String after = rest(ctx, q.end());
      if (streak(after)) {
        continue; // 2회 연속 3위: how many times running, the next figure's modifier
      }
      if (namedInBrackets(ctx, q)) {
        continue; // 금리 격차(가람국 3.25%·나래국 5%): each name's own figure, not the noun before the bracket
      }
      if (ctx.editionOfNext(q)) {
        continue; // △16대 57.2%: the number of the item, not a count
      }
      if (remainder(ctx, q)) {
        continue; // 제방 유실 10건, 기타 98건: the rest of the list, counting nothing it names
      }
      if (derivedShare(ctx, q)) {
        // 32만702표(62.84%): the share of the figure before, a measure of its own only where the
        // grammar names the rate of that figure's measure (득표율 of 득표수)
        shareOfWhole(ctx, q, out, article).ifPresent(out::add);
        continue;
      }
      if (rateNamedAfterFigure(ctx, q)) {
        Optional<ExtractedClaim> share = shareOfWhole(ctx, q, out, article);
        if (share.isPresent()) {
          out.add(share.get()); // 1639만표(득표율 48.56%): the rate the bracket names, of the figure's owner
          continue;
        }
      }
      if (ordinal(ctx, q) || identifier(ctx, q, grammar) || ROUGH_AFTER.matcher(after).matches() || perUnit(after)
          || grammar.is(Grammar.Section.ORDINAL_COUNTER, QuantityMention.counterOf(q.text()))) {
        // 26만8699명(51.4%): a share of the figure before; 22대 총선, 7회초: an ordinal; 1만 명 중반대;
        // 투자자 1명당, 1천명 당: the unit a rate is counted per
        continue;
      }
      Optional<TimeMention> apposed = apposedTime(ctx, q);
      String afterClose = skipAside(skipClose(after)); // 234.64포인트(8.77%) 내린: the verb after the aside
      if (apposed.isEmpty() && grammar.startsWith(Grammar.Section.BASE_AFTER, afterClose)
          && !(after.startsWith(")") && rateBesideAmount(ctx, q) != null) && !placeInSeries(q, afterClose)
          && !datedSeries(ctx, q)) {
        continue; // not 누리(900억 달러, 3.1%)에서: the particle is the bracketed name's
      }
      String afterText = predicateText(ctx, q.end());
      if (grammar.contains(Grammar.Section.NEGATED, afterText)) {
        continue; // 단 한 번의 위기도 없이: a figure said not to exist
      }
      if (required(ctx, q)) {
        continue; // 재적 3분의 2(200명) 이상이 찬성해야 가결된다: a condition to be met, no count
      }
      if (leftToGo(grammar, ctx, q)) {
        continue; // 1000만 관중까지 5만6000명만 남겨두고: what is left before a goal, and the goal
      }
      boolean target = afterText.contains("목표");
      if (!target && ((grammar.contains(Grammar.Section.FORECAST, afterText) || conjectured(grammar, ctx, q.end()))
          && !estimatedFact(afterText, grammar) || forecastList(grammar, ctx, q))) {
        continue; // 2위를 차지할 것이다, 50~80mm 쏟아지겠다: what will be, no fact
      }
      Optional<String> period = apposed.or(() -> periodBefore(ctx, q.start(), published))
          .or(() -> periodOfModified(ctx, q)).map(t -> past(t, published));
      String changeText = changeText(ctx, q, afterClose); // the verb after the list's last item
      // 매출은 8.3%, 영업이익은 0.2% 증가했다: a change whichever item the verb follows
      boolean change = changes(quantity.unit(), afterClose) || changesLater(ctx, q) || changes(quantity.unit(), changeText);
      Optional<String> fromYear = period.isPresent() || !change ? Optional.empty() : yearAfterBase(ctx, q, published);
      if (fromYear.isPresent()) {
        period = fromYear; // 현대차는 2023년 대비 1.8% 감소했다: the change into the year after the base
      }
      if (comparedWith(ctx, q)) {
        continue; // 라마1보다 40% 늘어난 데이터: a difference from something else, named after the figure
      }
      Head term = apposed.isPresent() ? null : termOf(ctx, q);
      if (term == null && apposed.isEmpty()) {
        term = rateOfAside(ctx, q);
      }
      if (term == null && window(ctx, q)) {
        continue; // 1시간 동안 비가 141.5mm 내렸다: the span another figure is counted over, no length of anything
      }
      Head head = term != null ? term : apposed.isPresent() ? null : lengthOf(ctx, q);
      if (head == null && apposed.isEmpty()) {
        head = head(ctx, q, change, change || changeVerb(afterClose), discourse);
      }
      boolean vagueHead = head == null || !catalog.knows(head.attribute());
      Head after_ = apposed.isPresent() ? null : headAfter(ctx, q, vagueHead && genitiveFigure(ctx, q));
      if (after_ == null && head == null && apposed.isEmpty()) {
        after_ = headAfter(ctx, q, true);
      }
      if (after_ != null && !fragment(after_.attribute())) {
        head = after_; // not 연면적 4000㎡의 지하 2층~지상 4층 건물: a phrase of figures names nothing
      }
      if (head == null && apposed.isEmpty()) {
        head = headByVerb(ctx, q);
        if (head == null) {
          head = headByVerb(ctx, lastOfList(ctx, q)); // 각각 414만대, 308만대를 판매했다: the verb after the list
        }
        if (head == null) {
          head = headByRelative(ctx, q);
        }
        if (head == null) {
          head = parallelLevel(ctx, q);
        }
      } else if (apposed.isEmpty() && !change) {
        Head byVerb = measuredByVerb(ctx, q, head);
        if (byVerb != null) {
          head = byVerb;
        }
      }
      if (apposed.isEmpty() && partOf(ctx, q)) {
        // 직원 770명 중 700명이 서명했다: a part of a whole is what its own verb counts, or no claim;
        // 지원자 중 18만명이 졸업생이었다: what its copula says it is
        Head byVerb = headByVerb(ctx, q);
        Head open = byVerb;
        if (byVerb == null || !catalog.knows(byVerb.attribute())) {
          Head took = tookPart(ctx, q, byVerb);
          byVerb = took != null ? took : copulaNoun(ctx, q, quantity.unit());
        }
        if (byVerb == null && open != null && quantity.unit() == QuantityUnit.PERCENT) {
          // 응답자 중 35%가 찬성했다: the share of the whole that did what its verb says
          String whole = wholeNoun(ctx, q);
          byVerb = whole.isEmpty() ? null : new Head(open.attribute(), whole, false, open.at());
        }
        if (byVerb == null && !(counted.isPresent() && countedAlike(ctx, q, -1))) {
          continue;
        }
        // 93표 중 80표를 얻었다: a part counted as its whole is counted is what its counter counts
        head = byVerb;
      }
      if (apposed.isEmpty() && counted.isPresent() && wholeOfPart(ctx, q) && countedAlike(ctx, q, 1)) {
        continue; // 93표 중 80표: the whole of the votes, no one's count
      }
      if (previous != null && !lexicon.allows(previous.attribute(), quantity.unit(), previousUnit)) {
        previous = null;
      }
      boolean continued = false;
      boolean itemSaysWhat = false;
      if (head == null && apposed.isPresent()) {
        head = apposedLabel(ctx, q, apposed.get()); // 지난해 동기(영업손실 1조원): the label's measure, of that time
      }
      if (head == null && previous != null && apposed.isEmpty()) {
        head = copulaNoun(ctx, q, quantity.unit()); // 170명은 한국인, 5명은 태국인이었다: each item says what it is
        itemSaysWhat = head != null;
      }
      if (head == null && previous != null && apposed.isPresent()) {
        head = previous; // 1.2%로 2029년(3.4%)보다: the same measure of the same owner, another year
      } else if (head == null && previous != null && ownCount(counted, previous).isPresent()) {
        // 98승 52패: each counter counts its own thing, of the same owner
        head = new Head(counted.get(), previous.owner(), previous.at() >= 0, -1);
        continued = true;
      } else if (head == null && previous != null && !clauseBetween(ctx, previousFigureEnd, q.start())) {
        // the next item of a list: the previous figure's measure, owned by this item's own noun (not
        // 위원 4명이 퇴장한 가운데 23명 중: a figure after a clause ends is no item of a list before it)
        head = new Head(previous.attribute(), itemBefore(ctx, q), previous.at() >= 0, previous.at());
        continued = true;
      }
      if (head == null && apposed.isPresent() && ctx.wordIndexAt(q.start()) >= 0) {
        head = topicMeasure(ctx, ctx.wordIndexAt(q.start()), quantity.unit()); // 매출은 … 2022년 1분기(77조원)의
      }
      if (head == null && apposed.isPresent()) {
        head = sentenceMeasure(ctx, q).orElse(null); // 1998년(-5.1%) … 성장률이 1%를 밑돌았다
      }
      if (head == null && apposed.isPresent() && discourse.lastMeasure != null
          && lexicon.allows(discourse.lastMeasure.attribute(), quantity.unit(), discourse.lastMeasureUnit)) {
        head = discourse.lastMeasure.carried();
      }
      if (head == null && (change || countChange(quantity.unit(), afterClose)) && apposed.isEmpty()
          && discourse.lastMeasure != null && (change && quantity.unit() == QuantityUnit.PERCENT
              || lexicon.allows(discourse.lastMeasure.attribute(), quantity.unit(), discourse.lastMeasureUnit))
          && changesWhatCameBefore(ctx, q)) {
        // 최저임금이 1만30원으로 결정됐다. 올해보다 170원 올랐다: a change that names nothing changes the measure before
        // (버스 요금: the change is the 버스요금's, as 버스 요금이 150원 올랐다 would say)
        Head last = discourse.lastMeasure;
        head = last.owner().isEmpty() && !discourse.lastMeasureNoun.isEmpty()
            ? new Head(last.attribute(), discourse.lastMeasureNoun, false, -1) // 매출은 …였다. 이는 23% 증가한 수치다
            : last.owner().isEmpty() || catalog.knows(last.attribute()) ? last.carried()
            : new Head(last.owner().replace(" ", "") + last.attribute(), "", false, -1);
      }
      if (head != null && !catalog.knows(head.attribute()) && !rightBefore(ctx, q, head.at()) && counted.isPresent()) {
        // 1세이브 평균자책점 2.80, 평균자책점 2.23, 204탈삼진: a noun not right before the figure
        // names another; the counter says what this one counts (김 대표는 전당대회에서 32만표를: the
        // counter's measure, of the title's holder)
        head = GenericNouns.standard().isTitle(head.attribute()) && !head.owner().isEmpty()
            ? new Head(counted.get(), head.owner(), head.firm(), -1) : null;
      }
      if (head == null) {
        // 48석이 걸린 서울에서는: no measure written, but the counter's own noun (석: 의석), owned by
        // the name or place the figure's relative clause modifies
        // 류현진은 통산 98승 52패를 거뒀다: else the name its clause is about
        Optional<String> owner = counted.isPresent() ? relativeHead(ctx, q).or(() -> namedOwner(ctx, q.start(), true))
            : Optional.empty();
        if (owner.isPresent()) {
          head = new Head(counted.get(), owner.get(), true, -1);
        } else if (counted.isPresent() && gapFollows(ctx, q)) {
          // 24만7077표 차로 신승: a gap between two counts, whoever it was won by
          head = new Head(counted.get(), "", true, -1);
        } else if (counted.isEmpty() && discourse.lastMeasure != null
            && discourse.lastMeasureSentence == ctx.sentence.index() - 1 && carriesOver(discourse.lastMeasure, quantity.unit())
            && lexicon.allows(discourse.lastMeasure.attribute(), quantity.unit(), discourse.lastMeasureUnit)
            && ctx.cues(lexicon).stream().noneMatch(c -> c.cue().units().contains(quantity.unit()))
            && !ctx.inParentheses(q.start()) && !ctx.text.startsWith("도", q.end())) {
          // 공시지원금은 8만~45만원이다. SK텔레콤은 8만~26만원을 책정했다: the amount of a name the
          // sentence is about, in a sentence naming no measure, is of the measure the sentence
          // before read; carried, so never firm (not 최대풍속 19㎧(시속 68㎞), a conversion; not 한 명도)
          Optional<String> named = topicName(ctx, q);
          if (named.isEmpty() && listed(ctx, q)) {
            named = subjectRightBefore(ctx, q); // 타파스가 4600억 원, 멜론이 2270억 원 등이다: each item's subject
          }
          if (named.isEmpty() && Regions.standard().of(discourse.lastMeasure.owner()).isPresent()) {
            // 투표율은 서울 61.2%였다. 이외에 충북 58.4%, 충남 57.9% 등이다: the places' list goes on
            named = Regions.standard().of(itemBefore(ctx, q));
          }
          if (named.isEmpty()) {
            continue;
          }
          head = new Head(discourse.lastMeasure.attribute(), named.get(), false, -1);
        } else {
          continue;
        }
      }
      QuantityMention wholeAt = ctx.wholeInBrackets(q);
      Head whole = wholeAt == null ? null : wholes.get(wholeAt);
      String part = whole == null ? null : part(whole, head, quantity.unit());
      if (part != null) {
        // 108석(지역구 90석, 비례 18석): a part of the whole before the bracket, owned by the whole's owner
        head = new Head(whole.attribute(), whole.owner(), head.firm(), head.at());
      } else if (!continued && !placeInSeries(q, afterClose)) {
        head = listItem(ctx, q, head, itemSaysWhat, discourse);
      }
      String lead = head.at() < 0 ? "" : ctx.text.substring(leadStart(ctx, head.at()), Math.max(head.at(), q.start()));
      boolean forecast = false;
      if (grammar.contains(Grammar.Section.FORECAST, lead) && !grammar.contains(Grammar.Section.AGAINST_FORECAST, lead)) {
        // 목표 금메달, 예상 매출은 80조원: a target or a consensus, compared only with its own kind
        // (not 목표한 궤도, the one aimed at and reached)
        target = lead.contains("목표");
        forecast = !target;
      }
      head = genericCount(ctx, countedNoun(ctx, q, head));
      if (quantity.unit() == QuantityUnit.DURATION && !head.owner().isEmpty() && lengthNoun(head.attribute())) {
        // 장애 시간은 89분: the length of the outage, 장애시간 as written together
        head = new Head(head.owner().replace(" ", "") + head.attribute(), "", head.firm(), head.at());
      }
      boolean inBracket = bracketed(ctx, head, q);
      Head measured = inBracket ? head : changeOf(ctx, head, quantity.unit(), changeText);
      Head level = measured.attribute().equals(MeasureLexicon.GROWTH_RATE) ? levelBefore(ctx, q, wholes) : null;
      if (level != null) {
        // 영업이익 15조원으로 전년보다 54% 증가했다: the change of the amount it reached, not of the topic
        measured = new Head(MeasureLexicon.GROWTH_RATE, grammar.owner(changing(ctx, level)), measured.firm(), measured.at());
      }
      // 인수금액(80억달러)을 뛰어넘는: the verb after a bracketed figure is its noun's, no change of the figure
      if (measured == head && whole != null && signedAside(ctx, q)) {
        // 200명(+75명): a signed figure in brackets right after one of its unit is the change to it, of the same owner
        measured = new Head(MeasureLexicon.CHANGE, whole.owner().isEmpty() ? whole.attribute() : whole.owner(), whole.firm(), whole.at());
      } else if (measured == head && !inBracket && !changes(quantity.unit(), afterClose)
          && (countChange(quantity.unit(), afterClose) || countChangesLater(ctx, q) || toFromChange(ctx, q, afterClose))
          && !earned(head, afterClose)) {
        // 졸업생은 2042명 증가한: the size of a change, not the count itself
        String changed = grammar.owner(changing(ctx, head));
        // 가람은 23일 30만명을 추가했다: what a verb read as the head adds to is its actor's
        measured = new Head(MeasureLexicon.CHANGE, changed.isEmpty() ? namedOwner(ctx, q.start(), false).orElse("") : changed, head.firm(), head.at());
      }
      if (grammar.isScopeWord(measured.owner())) {
        // 내수(4만7046대) 판매가: a scope (scope=domestic), not whose sales
        measured = new Head(measured.attribute(), "", measured.firm(), measured.at());
      }
      boolean carriedOwner = false;
      Optional<String> lastOwner = measured.owner().isEmpty() && ctx.mentions.isEmpty() && discourse.lastMeasure != null
          && catalog.knows(measured.attribute()) && fieldBefore(ctx, q, false).isEmpty()
          ? lastMeasureOwner(discourse) : Optional.empty();
      if (lastOwner.isPresent()) {
        // 매출은 16조원으로 집계됐다, after a sentence on SK하이닉스's 영업이익: the previous measure's owner
        // (not 유도에서는 13개의 메달(금 4, 은 6): a field of its own owns them)
        measured = new Head(measured.attribute(), lastOwner.get(), measured.firm(), measured.at());
        carriedOwner = true;
      }
      String reference = "";
      if (quantity.unit() == QuantityUnit.METERS && !measured.owner().isEmpty() && measured.at() >= 0 && measured.at() < q.start()
          && grammar.contains(Grammar.Section.REFERENCE, ctx.text.substring(measured.at(), q.start()))) {
        // 강화 북동쪽 50㎞ 지점을 지나고 있다: where the distance is measured from; the topic is that far
        // (not 가람청은 … 북쪽 9㎞ 지점에서 지진이 발생했다고 발표했다: who reports it is nowhere)
        reference = measured.owner();
        String located = ctx.reports() ? "" : topicOwner(ctx, ctx.wordIndexAt(q.start()));
        measured = new Head(measured.attribute(), located, measured.firm(), measured.at());
      }
      if (gapFollows(ctx, q)) {
        // 0.73%p(24만7077표) 차였다, 기온이 10도 이상 차이가 났다: the gap between two figures, not
        // either; a gap of a measure no word names is no claim rather than a level it is not
        Optional<String> gapOf = gapMeasure(q, measured);
        if (gapOf.isEmpty()) {
          continue;
        }
        measured = new Head(gapOf.get(), measured.owner(), measured.firm(), measured.at());
      }
      if (quantity.unit() == QuantityUnit.PERCENT_POINT && measured.attribute().equals(MeasureLexicon.GROWTH_RATE)
          && rateAsObject(ctx, q)) {
        // 건설투자가 성장률을 0.7%p 깎아내렸다: a part's contribution to a rate, not its own growth
        measured = new Head("기여도", measured.owner(), measured.firm(), measured.at());
      }
      Head ratePointed = null; // what a later sentence's figures may be of: the rate, not the change in its points
      if (quantity.unit() == QuantityUnit.PERCENT_POINT && measured.attribute().equals(MeasureLexicon.GROWTH_RATE)
          && rateNamed(ctx, measured)) {
        // 성장률은 전년보다 0.3%포인트 낮아졌다: points are the change of the rate named, no rate of growth
        ratePointed = measured;
        measured = new Head(MeasureLexicon.CHANGE, grammar.owner(changing(ctx, measured)), measured.firm(), measured.at());
      }
      // 상승률이 1%대로 떨어졌다: the level a rate reached, whatever verb brought it there
      boolean sizeOfChange = (measured != head || change && measured.attribute().equals(MeasureLexicon.GROWTH_RATE) && !rateNamed(ctx, measured))
          && (!grammar.startsWith(Grammar.Section.TO_VALUE, afterClose) || afterSize(afterClose) != null);
      // points are always a change: 빅컷(0.50%포인트 인하) is a cut whatever measure the bracket follows,
      // 234.64포인트(8.77%) 하락한 a fall of the index
      boolean points = quantity.unit() == QuantityUnit.PERCENT_POINT || quantity.unit() == QuantityUnit.POINTS;
      // 각각 15.7%, 10.2% 하락했다: the verb after a list of changes signs every item, as it names their measure
      Quantity value = negative(ctx, q) ? signed(quantity, true)
          : signed(quantity, (sizeOfChange || points) && changesDown(changeText));
      if (measured == head && !negative(ctx, q) && namedAsNegative(ctx, head, quantity.unit())) {
        value = signed(value, true); // 영업손실 3000억원, 하락률 18%: the measure's negative
      }
      Optional<Balance> balance = quantity.unit().isCurrency() && !negative(ctx, q) ? balanceOf(measured, afterClose) : Optional.empty();
      if (balance.isPresent()) {
        measured = balance.get().head(); // 무역수지는 472억 달러 적자를, 무역수지 적자가 472억 달러: the balance, below zero
        value = signed(value, balance.get().deficit());
      }
      if (!apposedInBrackets(ctx, q, after) && !recordValue(grammar, ctx, q) && !forecastApposed(ctx, q)) {
        value = bounded(grammar, value, afterCountedNoun(ctx, q).orElse(boundText(ctx, q, afterClose))); // not 잠재성장률(2.0%)에 못 미쳤다: what fell short is the subject
      }
      // 38라운드에서 … 23골로, 30라운드에 나서 2골을: where in a series a match was heads no list after it
      previous = inSeries(q) ? null : head;
      previousFigureEnd = q.end();
      previousUnit = quantity.unit();
      wholes.put(q, measured);
      List<String> qualifiers = new ArrayList<>();
      if (part != null) {
        qualifiers.add("part=" + part);
      }
      String periodText = period.orElse(null);
      String topic = sentencePeriod != null ? sentencePeriod : discourse.measurePeriod;
      // 지난해 동기(영업손실 1조원): the text's period in that year, as a period counted back is
      boolean samePart = apposed.isPresent() && samePartApposed(ctx, apposed.get(), q);
      if (samePart) {
        topic = partOfYearBefore(ctx, apposed.get(), published).orElse(topic); // 2분기 영업이익은 전년 동기(1조원) 대비
      }
      boolean countedBack = apposed.isPresent() && (samePart || BasePeriods.countedBack(grammar, ctx, apposed.get(), published));
      if (countedBack && topic != null) {
        // 135만대로 1년 전(144만대)보다: the year before the one the text is about, not before its date
        periodText = BasePeriods.before(topic, apposed.get(), published).orElse(null);
      }
      boolean carriedPeriod = false;
      boolean samePeriod = grammar.contains(Grammar.Section.SAME_PERIOD, ctx.text.substring(0, q.start()));
      if (periodText == null && discourse.measurePeriod != null && samePeriod) {
        periodText = discourse.measurePeriod; // 같은 기간 영업이익은: the period of the figures before
        sentencePeriod = periodText;
      }
      if (periodText == null && listPeriod != null && !countedBack && !timeBetween(ctx, previousPeriodEnd, q.start())
          && !contrastBetween(ctx, previousPeriodEnd, q.start())
          && !grammar.contains(Grammar.Section.PRESENT, ctx.text.substring(0, q.start()))) {
        // 4분기 매출은 41조원으로, 전년 대비 8.3% 증가했다: the figures of one sentence are of the period it wrote
        periodText = listPeriod;
      }
      if (periodText == null && measured.at() > q.end()) {
        periodText = headPeriod(ctx, q.end(), measured.at()).orElse(null);
      }
      // (a time the sentence compares with, 전년 대비, says nothing of its own period)
      if (periodText == null && ctx.times.stream().allMatch(t -> ctx.comparedTime(t, grammar))
          && discourse.measurePeriod != null && (carriedOwner || continuesUnowned(ctx, measured, discourse))
          && !grammar.contains(Grammar.Section.PRESENT, ctx.text)) {
        periodText = discourse.measurePeriod;
        carriedPeriod = true;
      }
      if (periodText == null && catalog.values(measured.attribute()) == AttributeCatalog.Values.DAILY) {
        periodText = dayOf(ctx, q, published); // 이날 2441.55에 마감했다: the close of the day
      }
      if (periodText != null) {
        // not 2022년(0.78명) 대비 0.06명 감소, 지난달 말(574조원) 대비: a base's period is not the sentence's
        // nor 1년 전(50만명)과 비교해, 2022년 3분기(10조원) 이후: a time a comparison or a stretch counts from
        boolean base = grammar.startsWith(Grammar.Section.BASE_AFTER, afterClose)
            || grammar.startsWith(Grammar.Section.NOT_PERIOD, afterClose.stripLeading());
        boolean followed = grammar.startsWith(Grammar.Section.FOLLOWED, afterClose.stripLeading());
        listPeriod = base ? listPeriod : periodText;
        previousPeriodEnd = base ? previousPeriodEnd : q.end();
        qualifiers.add("period=" + periodText);
        followedPeriod |= followed;
        if (!countedBack && !followed) {
          // the base of a comparison (전년(4.1%) 대비) or a record followed (2015년(1051억 달러)에
          // 이어) is not the period the text is about: a 전년 after it counts from the text's own
          severalPeriods |= sentencePeriod != null && !sentencePeriod.equals(periodText);
          sentencePeriod = periodText;
        }
      }
      if (periodText == null) {
        // 오전 3시 40분께 개표율 97.67%를 보인 가운데 48.58%: a running count at that moment, not the
        // final one; a sentence after it that writes no time goes on reporting that moment
        asOfClock.before(ctx, q.start()).or(() -> Optional.ofNullable(carriedAsOf))
            .ifPresent(a -> qualifiers.add("asof=" + a));
      }
      String edition = ctx.editionBefore(q);
      if (!edition.isEmpty()) {
        qualifiers.add("edition=" + edition); // △16대 57.2%: the figure of one edition of a series
      }
      String yearPeriod = periodText;
      scope(ctx, q, measured, quantity.unit(), afterClose).or(() -> fromYear.map(y -> "yoy"))
          .filter(s -> !(s.equals(ANNUAL) && yearPeriod != null && YEAR.matcher(yearPeriod).matches()))
          .ifPresent(s -> qualifiers.add("scope=" + s)); // 2023년 연간 매출 is 2023's 매출
      if (!reference.isEmpty()) {
        qualifiers.add("from=" + reference);
      }
      if (target) {
        qualifiers.add("target"); // 금메달 목표를 5개로 잡았다: a goal, compared only with goals
        measured = aimedMeasure(ctx, measured, quantity.unit());
      }
      String clause = clauseAfter(ctx, q, afterClose);
      if (grammar.contains(Grammar.Section.PROPOSED, clause) || grammar.holds(Grammar.Section.REQUEST_ENDING, clause)
          || proposalTopic(ctx, q)) {
        qualifiers.add("proposed"); // 징역 30년을 구형했다: what was sought, not what was decided
      }
      boolean nextMeasure = previousClaimEnd >= 0 && nextMeasure(ctx, previousClaimEnd, q.start(), measured);
      if (!forecast && !target && previousForecast && nextMeasure) {
        forecast = true; // 예상 매출은 80조원, 영업이익은 10조원: the list is of forecasts
      }
      if (forecast) {
        qualifiers.add("forecast");
      }
      // 현대차와 기아는 각각 414만대, 308만대: 각각 deals the figures out to the names in order
      Optional<String> respective = respectiveOwner(ctx, q);
      String imposed = measured.attribute();
      Optional<String> label = respective.or(() -> quotedOwner(ctx, q)).or(() -> recipient(ctx, q, discourse, imposed));
      if (label.isEmpty()) {
        // SSG는 1만5866명, … NC 1만243명의 관중: the item's own name, not the topic
        label = itemLabel(ctx, q, measured).map(m -> m.entity().canonical());
      }
      if (label.isEmpty() && !measured.owner().isEmpty() && grammar.is(Grammar.Section.IMPOSED, imposed)
          && imposedByOwner(ctx, q)) {
        // 공정위는 … 행위에 과징금 724억원을 부과했다: who imposed it owns no fine
        measured = new Head(measured.attribute(), "", measured.firm(), measured.at());
      }
      if (label.isPresent()) {
        // 면적은 강릉 1만2040ha, 동해 3150ha: the name written right before an item owns it
        measured = new Head(measured.attribute(), label.get(), measured.firm(), measured.at());
      } else if (measured.owner().isEmpty() && !previousOwner.isEmpty() && previousClaimEnd >= 0
          && !labelledItem(ctx, q, measured)
          && (listContinues(ctx, previousClaimEnd, q.start()) || nextMeasure
              || measureBetween(ctx, previousClaimEnd, q.start(), measured))) {
        // 펜싱에서는 금메달 2개, 은메달 1개: the next item of a list keeps its field;
        // 한빛의 매출은 5조원, 영업이익은 3000억원: the next measure of the same owner
        measured = new Head(measured.attribute(), previousOwner, measured.firm(), measured.at());
      } else if ((measured.owner().isEmpty() || fragment(measured.owner())) && whole != null && !whole.owner().isEmpty()
          && catalog.knows(measured.attribute()) && !measured.attribute().equals(whole.attribute())) {
        // 가람국은 금메달 75개(은메달 56개, 동메달 74개): other measures in a bracket after an owned figure are its owner's
        measured = new Head(measured.attribute(), whole.owner(), measured.firm(), measured.at());
      }
      // (not 나경원 후보와 윤상현 후보는 각각 …: the person 각각 deals a figure to keeps it)
      if (measured.owner().isEmpty() || grammar.is(Grammar.Section.MODIFIER, measured.owner())
          || grammar.is(Grammar.Section.UNINFORMATIVE, measured.owner()) || endsInTitle(measured.owner())
          || Surnames.standard().mayBeFullName(measured.owner()) && respective.isEmpty() && label.isEmpty()) {
        // 김태우 국민의힘 후보는 득표율 39.37%에 그쳤다: the person a title topic names owns the clause's
        // figures, also over a person named in an earlier clause (권수정 후보는 …, 권혜인 후보는 1.38%)
        Optional<String> holder = titledActor(ctx, q, discourse);
        if (holder.isPresent()) {
          measured = new Head(measured.attribute(), holder.get(), measured.firm(), measured.at());
        }
      }
      if (measured.owner().isEmpty() && label.isEmpty()) {
        // 양궁은 금메달 4개를 땄다, 사이클 역시 금메달 4개로: a plain noun the figure's clause is about
        // owns its measure as a name would (not 사격에서 3개: that field is read as a place is)
        Optional<String> field = fieldTopic(ctx, q, quantity.unit(), measured.at());
        if (field.isPresent()) {
          measured = new Head(measured.attribute(), field.get(), measured.firm(), measured.at());
        }
      }
      Head rankOf = quantity.unit() == QuantityUnit.RANK && ctx.inParenthesesAfterFigure(q)
          ? wholes.get(ctx.quantityBefore(q)) : null;
      if (rankOf != null && !rankOf.attribute().equals(measured.attribute())) {
        // 2017년 5737억 달러(2위): the place of the figure before in its measure's ranking, of its owner
        qualifiers.removeIf(x -> x.startsWith("part="));
        qualifiers.add("part=" + rankOf.attribute());
        measured = new Head(measured.attribute(), rankOf.owner(), measured.firm(), measured.at());
      } else if (quantity.unit() == QuantityUnit.RANK && measureWord(measured.owner())) {
        // 득점 2위, 매출 3위: the ranking a place is in, not its holder
        qualifiers.add("part=" + measured.owner());
        measured = new Head(measured.attribute(), namedOwner(ctx, q.start(), true).orElse(""), measured.firm(), measured.at());
      }
      Optional<String> ranked = quantity.unit() == QuantityUnit.RANK ? nameRightAfter(ctx, q) : Optional.empty();
      if (ranked.isPresent()) {
        // 3위 가람은 9위 나래에 졌다: a place written right before a name is that name's
        measured = new Head(measured.attribute(), ranked.get(), measured.firm(), measured.at());
      }
      if (measured.owner().isEmpty() || ownedByField(ctx, measured)) {
        // 공항에서 승객 181명을 태운 한빛항공 여객기가: the one the clause is about, not where
        Optional<String> relative = relativeHead(ctx, q);
        if (relative.isPresent()) {
          measured = new Head(measured.attribute(), relative.get(), measured.firm(), measured.at());
        }
      }
      if ((measured.owner().isEmpty() || grammar.is(Grammar.Section.MODIFIER, measured.owner()))
          && !writtenAsSubject(ctx, measured)) {
        // 양궁에서 금메달 5개, 유도에서는 은메달 2개: the field a figure was won or counted in owns it,
        // also after a country no claim keeps as its subject (한국은 양궁에서 금메달 5개); not a
        // noun written as the figure's subject (경기에선 민주당이 53곳: 민주당 is who won, no measure)
        String field = fieldBefore(ctx, q, true);
        if (!field.isEmpty() && !field.equals(measured.attribute())) {
          measured = new Head(measured.attribute(), field, measured.firm(), measured.at());
        }
        if (field.isEmpty() && part == null) {
          // 지상 2층에서 18명이 숨진 채 발견됐다: the floor's count, a part of the building's
          floorBefore(ctx, q).ifPresent(floor -> qualifiers.add("part=" + floor));
        }
      } else if (part == null) {
        part = fieldAfterOwner(ctx, q, measured); // 민주당은 지역구에서 161석: the part of the owner's whole
        if (part != null) {
          qualifiers.add("part=" + part);
        }
      }
      Optional<String> happening = happeningDescribed(ctx, q);
      String owner = measured.owner();
      if (happening.isPresent() && ctx.owners.stream().noneMatch(m -> m.entity().canonical().equals(owner) && !isRegion(m))) {
        // 규모 2.6의 여진이 발생했다, 가람시 북쪽 9km 지점에서 규모 5.4의 지진: the happening the
        // figure describes owns it, not where it struck; a name that is no place keeps it
        measured = new Head(measured.attribute(), happening.get(), measured.firm(), measured.at());
      }
      if (!catalog.knows(measured.attribute()) && (grammar.is(Grammar.Section.CATEGORY, measured.attribute())
          || sortsBy(measured.attribute()))) {
        continue; // 국어 영역은 51만명, 성별로는: a category names the items, not what is counted
      }
      if (grammar.is(Grammar.Section.INCLUDING, measured.attribute())) {
        continue; // 금메달 4개 포함 31개: a whole of what 포함 does not name
      }
      if (quantity.unit() == QuantityUnit.DURATION && lexicon.measuredIn(measured.attribute())
          && !lexicon.allows(measured.attribute(), quantity.unit(), quantity.unit())) {
        continue; // 1시간 동안의 강수량: the window a measure of millimetres is taken over, not its value
      }
      if (!catalog.knows(measured.attribute()) && measured.at() > q.start() && genitiveFigure(ctx, q)
          && lexicon.namesOtherUnits(measured.attribute(), quantity.unit())) {
        continue; // 256GB의 한국 출고가: the model a price is of, not the price
      }
      if (!catalog.knows(measured.attribute()) && measured.at() > q.start() && !quantity.unit().countsThings()
          && grammar.is(Grammar.Section.UNINFORMATIVE, measured.attribute())) {
        // 선택약정 25%의 경우에는: a word after the figure that says nothing names no measure (but
        // 13번의 회의 counts meetings)
        continue;
      }
      if (!catalog.knows(measured.attribute()) && namesSomeone(ctx, measured)) {
        continue; // 경기 66곳 … 정부는: a name or place is never a measure
      }
      if (!catalog.knows(measured.attribute()) && !lexicon.measuredIn(measured.attribute())
          && labelsEarlierFigure(ctx, measured, q, wholes)) {
        continue; // 국민의힘은 17곳, 민주당은 8곳: the label of the list's item before, not what 8곳 counts
      }
      if (fragment(measured.attribute())) {
        continue; // 108석…개표: a headline fragment, not a measure
      }
      if (!catalog.knows(measured.attribute())
          && GenericNouns.standard().isTitle(measured.attribute())) {
        continue; // 진교훈 후보가 56.52%인: a title names whose figure it is, not what it measures
      }
      if (!catalog.knows(measured.attribute()) && measured.attribute().endsWith("적") && measured.at() >= 0
          && ctx.wordIndexAt(measured.at()) >= 0
          && attributive(ctx, ctx.words.get(ctx.wordIndexAt(measured.at())))) {
        continue; // 이와 대조적으로 … 40도: a noun in -적 says how, never what is measured
      }
      if (namesItsMeasure(measured, quantity.unit())) {
        // 가결 정족수는 148명, IPO의 평균 상승률은 66%: the measure's own word is no owner of it
        measured = new Head(measured.attribute(), "", measured.firm(), measured.at());
      }
      if (fragment(measured.owner()) || grammar.is(Grammar.Section.FORECAST, measured.owner())) {
        // (실적 컨센서스는 매출 8조원: a forecast is of someone's figure, never its owner)
        measured = new Head(measured.attribute(), "", measured.firm(), measured.at());
      }
      String sorter = measured.owner();
      if (sortsBy(sorter) && ctx.mentions.stream().noneMatch(m -> m.entity().canonical().equals(sorter))) {
        // 지역별로는 동남아(15.4%): a breakdown owns none of the items that follow; the item a
        // figure is bracketed after does (a name that ends so, '한별', is no breakdown)
        measured = new Head(measured.attribute(), bracketedAfter(ctx, q), measured.firm(), measured.at());
      }
      if (!measured.owner().isEmpty() && saysAfter(ctx, q, afterClose, Grammar.Section.FOUND)
          && (actor(ctx, q.start()).filter(measured.owner()::equals).isPresent()
              || measured.owner().equals(topicOwner(ctx, ctx.wordIndexAt(q.start()))))) {
        // 소방당국은 사망자 1명을 발견했다: who finds or counts a figure does not own it
        measured = new Head(measured.attribute(), "", measured.firm(), measured.at());
      }
      if (sumOfJoined(ctx, q, measured)) {
        continue; // 기권과 무효 10표: the two together, neither's own figure
      }
      wholes.put(q, measured); // 펜싱에서 금메달 6개(은 3, 동 6): the parts in brackets see the owner found last
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text,
          ctx.base + q.start(), ctx.base + q.end(), q.text());
      previousOwner = measured.owner();
      previousForecast = forecast;
      previousClaimEnd = q.end();
      out.add(new ExtractedClaim(
          new Claim(abbreviated(ctx, measured.owner()), measured.attribute(), value, qualifiers, evidence, ""),
          measured.firm() && !carriedPeriod && !carriedOwner
              && (periodText != null || !measured.owner().isEmpty() || ofTheStory(ctx, measured.attribute(), value, published))
              && !milestone(ctx, q) && !apposed.filter(t -> yearFromAnchor(ctx, t)).isPresent()));
      if (measured.firm() || carriedOwner) {
        Head last = ratePointed != null ? ratePointed : measured;
        discourse.lastMeasure = last;
        discourse.lastMeasureNoun = last.owner().isEmpty() && last.at() >= 0 ? grammar.owner(changing(ctx, last)) : "";
        discourse.lastMeasureUnit = quantity.unit();
        discourse.lastMeasureSentence = ctx.sentence.index();
        if (catalog.knows(measured.attribute())) {
          discourse.knownMeasure = measured;
          discourse.knownMeasureUnit = quantity.unit();
        }
      }
    }
    if (sentencePeriod != null) {
      discourse.measurePeriod = sentencePeriod;
      discourse.measurePeriodAlone = !severalPeriods;
    } else if (!ctx.times.isEmpty() && !followedPeriod) {
      discourse.measurePeriod = null; // (a sentence that writes only a record followed keeps the text's period)
    }
    Optional<String> asOf = asOfClock.before(ctx, ctx.text.length());
    if (asOf.isPresent() || !ctx.times.isEmpty() || asOfClock.saysFinal(ctx)) {
      discourse.asOf = asOf.orElse(null);
    }
  }

  /**
   * The part a figure in brackets after a whole of its unit names (지역구 of 108석(지역구 90석),
   * 비례 of its 비례 18석), when the whole was read with an owner and the noun before the figure is
   * no measure of its own; null otherwise.
   */
  private String part(Head whole, Head head, QuantityUnit unit) {
    if (whole.owner().isEmpty()) {
      return null;
    }
    String part = head.attribute().equals(whole.attribute()) ? head.owner() : head.attribute();
    if (part.isEmpty() || part.equals(whole.owner()) || catalog.knows(part)
        || lexicon.forHead(part, unit).isPresent()) {
      return null;
    }
    return part;
  }

  /**
   * A figure in a list (숙소는 경기 66곳, 충남 18곳 …): the noun before each figure names the item,
   * not the measure. When the head is not a known measure and the sentence has another figure of
   * the unit, the item is the owner and the measure is the sentence's topic, or its known measure.
   */
  private Head listItem(SentenceContext ctx, QuantityMention q, Head head, boolean saysWhat, Discourse discourse) {
    if (head.at() < 0 || catalog.knows(head.attribute()) || head.attribute().equals(MeasureLexicon.GROWTH_RATE)
        || ctx.inParentheses(head.at())) {
      return head; // 47만9000명(영향률 2.8%), …: a measure a bracket names is its own
    }
    QuantityUnit unit = q.quantity().unit();
    if (!listed(ctx, q) || wholeOfPart(ctx, q)) {
      return head; // 재석의원 280명 중 찬성 200표, 반대 70표: the whole the list is parts of is no item
    }
    List<MeasureLexicon.CueMatch> cues = ctx.cues(lexicon);
    if (head.owner().isEmpty() && head.at() < q.start() && besideOfUnit(ctx, q, o -> ctx.listedTogether(o, q) && knownHead(ctx, o, discourse))) {
      return head; // 재석 297명, 찬성 139명, 반대 138명: a list of measures, each item names its own
    }
    String item = head.owner().isEmpty() ? head.attribute() : head.owner() + head.attribute();
    for (MeasureLexicon.CueMatch c : cues) {
      if (c.cue().units().contains(unit) && c.start() > q.end() && afterExamples(ctx, c.start())) {
        return new Head(c.cue().attribute(), grammar.owner(item), head.firm(), head.at()); // 가람 X, 누리 Y 등 산림 Z: the whole's measure
      }
    }
    // the measure of the list: the nearest plain noun before its first item, never a name
    // (정부는 대원들이 머물 숙소로 경기 66개소: 숙소)
    int first = ctx.wordIndexAt(head.at());
    for (int i = first - 1; i >= 0; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.endsClause(w)) {
        break; // 태풍으로 … 대피했고, 도로 676곳과 둔치주차장 290곳: another clause's noun measures no item here
      }
      String st = stem(ctx, w);
      boolean role = w.role() == Role.TOPIC || w.role() == Role.SUBJECT || w.role() == Role.OBJECT
          || w.role() == Role.BY || w.role() == Role.ALSO;
      if (!role || !ctx.endsInNoun(w) || ctx.beginsWithTime(w) || st.isEmpty() || grammar.is(Grammar.Section.MODIFIER, st)
          || attributive(ctx, w)) {
        continue;
      }
      boolean labelsFigure = i + 1 < ctx.words.size() && ctx.startsFigure(ctx.words.get(i + 1));
      if (saysWhat && labelsFigure) {
        continue; // 승객 175명은 한국인이 173명, 나머지 2명은 태국인: an earlier item, not the list's measure
      }
      if (labelsFigure && head.owner().isEmpty() && (w.role() == Role.TOPIC || w.role() == Role.SUBJECT)
          && lexicon.forHead(st, unit).isEmpty() && ctx.words.get(first).role() == w.role() && grammar.counted(q).isEmpty()) {
        // 재학생은 34만명, 졸업생은 16만명: the label of an earlier item, no measure of the list (but
        // 국민의힘이 26석, 민주당이 14석: the counter names the measure, and the names are owners)
        continue;
      }
      if (w.role() == Role.BY && GenericNouns.standard().isHappening(st.substring(st.lastIndexOf(' ') + 1))) {
        continue; // 이번 산불로 가람 9명, 나래 6명이 숨졌다: a happening in 로 is the cause, not what is counted
      }
      if (nameIn(ctx, w.start(), w.stemEnd()).isPresent() || namesSomeone(ctx, new Head(st.replace(" ", ""), "", true, w.start()))) {
        if (w.role() == Role.TOPIC) {
          break; // 동해안은 속초 31.7도: a place heading the list; no measure is written before it
        }
        continue;
      }
      SentenceContext.Word counted = ctx.words.get(countedBy(ctx, i));
      Head topic = named(stem(ctx, counted), "", unit, ctx, counted.start());
      if (sameKind(head.attribute(), topic.attribute())) {
        return head; // 영업이익률은 15%, 순이익률 10%: the item names a measure of the list's kind, its own
      }
      return new Head(topic.attribute(), grammar.owner(item), head.firm(), head.at());
    }
    // (not 1614만표를 득표, 두 후보의 표 차이는 24만표: a word of difference after figures names
    // the gap between them, none of them)
    Optional<String> cue = listCue(ctx, unit, cues.stream()
        .filter(c -> c.start() < q.end() || !gapCue(c.cue()))
        .toList());
    if (cue.isPresent()) {
      return new Head(cue.get(), grammar.owner(item), head.firm(), head.at());
    }
    // (not 3가지 모델(70억개, 130억개)로 제공돼: the noun a bracket of figures follows labels none of them)
    boolean bracketFollows = ctx.inParentheses(q.start()) && ctx.wordIndexAt(head.at()) == ctx.wordIndexAt(q.start());
    Optional<String> verbNoun = bracketFollows ? Optional.empty() : verbNounAfter(ctx, q);
    // (자동차 및 부품 관세는 15%로 인하: a figure a change led to, 로, is the level, no change)
    boolean change = verbNoun.isPresent() && grammar.changes(verbNoun.get());
    if (verbNoun.isPresent() && !catalog.knows(verbNoun.get()) && !grammar.is(Grammar.Section.VALUE_VERB, verbNoun.get())
        && (!change || unit == QuantityUnit.PERCENT && !grammar.startsWith(Grammar.Section.TO_VALUE, ctx.after(q.end())))) {
      // △가람대 40명 △나래대 35명이 증원됐다, 자동차(12.5%), 조선(8.1%) 등이 증가했다: the items
      // are the owners of what the verb after the list names, a change a rate of change (not
      // 중국(1622억 달러, 14.2%) … 증가했다: an amount in a list of changes is no change); the
      // item's own noun, not the field the list is in (동부권에서는 △가람대 40명)
      String attribute = change ? MeasureLexicon.GROWTH_RATE : verbNoun.get();
      boolean ownerWritten = !head.owner().isEmpty()
          && ctx.text.substring(Math.max(0, head.at() - head.owner().length() - 2), head.at()).replace(" ", "").endsWith(head.owner().replace(" ", ""));
      // not firm, as the items of a list are read by the verb after them; but a figure whose clause
      // ends before the list's next figure or starts after the one before has a verb of its own
      // (현대차는 1.8% 감소했지만, 기아는 0.1% 증가했다), and the rates of one owner that each name
      // their own base say which is which (지수는 전월 대비 0.4%, 전년 동월 대비 4.5% 각각 상승했다)
      boolean ownBase = !ownerWritten && change && unit == QuantityUnit.PERCENT
          && namesOwnBase(ctx, q);
      return new Head(attribute, grammar.owner(ownerWritten ? item : head.attribute()),
          (ownClause(ctx, q) || ownBase) && head.firm(), head.at());
    }
    Optional<String> verbCue = verbNoun.isPresent() || bracketFollows ? Optional.empty() : verbCueAfter(ctx, q);
    if (verbCue.isPresent()) {
      // 가람 9명, 나래 6명 등 모두 15명이 숨졌다: the items own what the verb after the list counts
      // (a place is its own owner, whatever Nori joined to it: 이번 불로 안동 4명)
      boolean place = Regions.standard().of(head.attribute()).isPresent();
      return new Head(verbCue.get(), grammar.owner(head.owner().isEmpty() || place ? head.attribute() : item), false, head.at());
    }
    if (Regions.standard().of(head.attribute()).isPresent() && discourse.lastMeasure != null
        && catalog.knows(discourse.lastMeasure.attribute())
        && lexicon.allows(discourse.lastMeasure.attribute(), unit, discourse.lastMeasureUnit)) {
      // 최고기온은 홍천이 41도였다. 동해안은 속초 31.7도, 강릉 33.5도: regions listed with no measure
      // of their own are the last measure's places; carried, so never firm
      return new Head(discourse.lastMeasure.attribute(), head.attribute(), false, head.at());
    }
    if (bulleted(ctx, head) && discourse.knownMeasure != null && head.owner().isEmpty()
        && lexicon.allows(discourse.knownMeasure.attribute(), unit, discourse.knownMeasureUnit)) {
      // 정원은 … ▲가람대 40명→120명 ▲나래대 40명→100명: a bullet starts an item's name, not a measure;
      // the items are owners of the last measure the catalog knows the article read
      return new Head(discourse.knownMeasure.attribute(), head.attribute(), false, head.at());
    }
    if (partOfMeasureBefore(ctx, q, head, discourse) && cues.stream().noneMatch(c -> c.cue().units().contains(unit))) {
      // 가람전자 매출은 8조원이었다. 반도체가 4조원, 가전이 2조원 등이다: items naming no measure,
      // right after a sentence that read one, are its parts (not 가람 6명, 나래 1명 등 찬성이 예상되는
      // 120명: the whole after them says what they count); carried, so never firm
      return new Head(discourse.lastMeasure.attribute(), head.attribute(), false, head.at());
    }
    return new Head(head.attribute(), head.owner(), false, head.at());
  }

  /**
   * Whether a word in (으)로 gives a cause or a means, not what a figure measures: a list of
   * examples (grammar.txt EXAMPLES: 하락, 세율 인하 등으로), or any noun in 로 right before an
   * amount a change verb follows ({@code beforeChange}: 부진으로 12조원 줄었다).
   */
  private boolean causes(SentenceContext ctx, SentenceContext.Word w, String stem, boolean beforeChange) {
    String text = ctx.text.substring(w.start(), w.end());
    return (text.endsWith("로") || text.endsWith("로써"))
        && (beforeChange && w.role() == Role.BY && ctx.endsInNoun(w)
            || grammar.is(Grammar.Section.EXAMPLES, stem.substring(stem.lastIndexOf(' ') + 1)));
  }

  /** Whether a bullet (▲, △ …) stands right before the head's word: the word names a list item. */
  private static boolean bulleted(SentenceContext ctx, Head head) {
    if (head.at() >= 0 && head.at() < ctx.text.length() && SentenceContext.BULLETS.indexOf(ctx.text.charAt(head.at())) >= 0) {
      return true; // the word starts with its bullet
    }
    int p = head.at() - 1;
    while (p >= 0 && ctx.text.charAt(p) == ' ') {
      p--;
    }
    return p >= 0 && SentenceContext.BULLETS.indexOf(ctx.text.charAt(p)) >= 0;
  }

  /** The name written as the topic of the figure's clause before it (SK텔레콤은 8만~26만원을), or empty. */
  private static Optional<String> topicName(SentenceContext ctx, QuantityMention q) {
    Optional<String> found = Optional.empty();
    for (EntityMention m : ctx.mentions) {
      if (m.end() <= q.start() && m.role() == Role.TOPIC && !ctx.inParentheses(m.start())) {
        found = Optional.of(m.entity().canonical());
      }
    }
    return found;
  }

  /**
   * Whether word {@code w}, whose stem is {@code noun}, is a measure that names none alone
   * (grammar.txt BOUND_MEASURE: 폭) written apart after the bare noun it is the size of (적자 폭).
   */
  private boolean sizeOfNounBefore(SentenceContext ctx, int w, String noun) {
    if (w < 1 || !grammar.is(Grammar.Section.BOUND_MEASURE, noun)) {
      return false;
    }
    SentenceContext.Word before = ctx.words.get(w - 1);
    return before.role() == Role.BARE && ctx.endsInNoun(before) && !ctx.beginsWithTime(before);
  }

  /**
   * Whether an item of a list, its head a noun of no owner that labels it (재학생이 34만명, 173명은
   * 한국인; not 29명의 이탈표, which names what it counts), may be a part of the measure the
   * sentence right before read (listItem's last resort): that measure, one that may carry over,
   * was read firmly, in the figure's unit, and is no change; the sentence has two figures of the
   * unit or more outside brackets (not 본원소득수지는 47억달러를 기록해 2023년 같은달(38억달러)에
   * 비해: one figure and its bases), the figure's counter names no measure of its own, and no total
   * of the list follows it.
   */
  private boolean partOfMeasureBefore(SentenceContext ctx, QuantityMention q, Head head, Discourse discourse) {
    QuantityUnit unit = q.quantity().unit();
    return head.owner().isEmpty() && head.firm() && !(head.at() > q.start() && genitiveFigure(ctx, q))
        && discourse.lastMeasure != null && discourse.lastMeasureSentence == ctx.sentence.index() - 1 && discourse.lastMeasure.firm()
        && !MeasureLexicon.CHANGE.equals(discourse.lastMeasure.attribute())
        && lexicon.allows(discourse.lastMeasure.attribute(), unit, discourse.lastMeasureUnit)
        && carriesOver(discourse.lastMeasure, unit)
        && ctx.quantities.stream().filter(o -> o.quantity().unit() == unit && !ctx.inParentheses(o.start())).count() >= 2
        && grammar.counted(q).isEmpty() && !wholeAfterList(ctx, q);
  }

  /** What starts the words between a list's last figure and a total of it (등 가결표가 예상되는 120명, 등 모두 15명). */
  private static final Pattern TOTAL_AFTER = Pattern.compile("^[)\\s]*" + TOTAL_WORDS);

  /**
   * Whether a later figure of {@code q}'s unit, outside brackets, is the total of the list {@code q}
   * is in: the words between it and the figure before it start with a word of a total.
   */
  private static boolean wholeAfterList(SentenceContext ctx, QuantityMention q) {
    QuantityMention before = q;
    for (QuantityMention o : ctx.quantities) {
      if (o.start() < q.end() || o.quantity().unit() != q.quantity().unit() || ctx.inParentheses(o.start())) {
        continue;
      }
      if (TOTAL_AFTER.matcher(ctx.text.substring(before.end(), o.start())).find()) {
        return true;
      }
      before = o;
    }
    return false;
  }

  /** The name that is the subject written right before a figure (타파스가 4600억 원), or empty. */
  private static Optional<String> subjectRightBefore(SentenceContext ctx, QuantityMention q) {
    int qw = ctx.wordIndexAt(q.start());
    if (qw < 1 || ctx.words.get(qw - 1).role() != Role.SUBJECT) {
      return Optional.empty();
    }
    SentenceContext.Word w = ctx.words.get(qw - 1);
    return ctx.mentions.stream().filter(m -> m.start() >= w.start() && m.end() <= w.end() && m.role() == Role.SUBJECT
            && !ctx.inParentheses(m.start())) // not 미레시(25·이탈리아)가: the country in the aside
        .map(m -> m.entity().canonical()).findFirst();
  }

  /**
   * Whether a head read earlier may measure a later figure: a measure the catalog knows or the
   * lexicon reads as one of the unit, or a noun read as a firm head of its own (공시지원금은 …),
   * never a place.
   */
  private boolean carriesOver(Head head, QuantityUnit unit) {
    return catalog.knows(head.attribute()) || lexicon.forHead(head.attribute(), unit).isPresent()
        || head.firm() && head.at() >= 0 && head.attribute().chars().allMatch(Hangul::isSyllable)
            && Regions.standard().of(head.attribute()).isEmpty() && GenericNouns.standard().anyPlace(head.attribute()).isEmpty();
  }

  /**
   * The word that names what word {@code i} counts: the bare noun before a word of GENERIC_COUNT
   * (다운로드 수는, 환자 수는: downloads, patients; of two, a known measure: 정원 of 정원 배정 변화는),
   * else word {@code i} itself.
   */
  private int countedBy(SentenceContext ctx, int i) {
    if (!grammar.is(Grammar.Section.GENERIC_COUNT, stem(ctx, ctx.words.get(i)))) {
      return i;
    }
    // of the bare nouns right before it, a known measure (정원 of 정원 배정 변화), else the nearest
    int nearest = i;
    for (int k = i - 1; k >= 0 && k >= i - 2 && ctx.words.get(k).role() == Role.BARE && ctx.endsInNoun(ctx.words.get(k)); k--) {
      if (nearest == i) {
        nearest = k;
      }
      if (catalog.knows(stem(ctx, ctx.words.get(k)).replace(" ", ""))) {
        return k;
      }
    }
    return nearest;
  }

  /**
   * Whether the bare noun of word {@code i} is what a count written right before it counts, with no
   * particle between (9개 업체, 3곳 학교): it names that count's thing, not a measure of its own.
   */
  private boolean countedByFigure(SentenceContext ctx, int i) {
    if (i < 1 || ctx.words.get(i - 1).role() != Role.BARE) {
      return false;
    }
    SentenceContext.Word before = ctx.words.get(i - 1);
    return ctx.quantities.stream().anyMatch(o -> o.start() >= before.start() && o.end() == before.end()
        && o.quantity().unit() == QuantityUnit.COUNT && grammar.counted(o).isEmpty());
  }

  /** Whether the word before offset {@code p} closes a list of examples (… 등 산림 2만923ha): what follows names the whole list. */
  private boolean afterExamples(SentenceContext ctx, int p) {
    int w = ctx.wordIndexAt(p);
    return w > 0 && grammar.is(Grammar.Section.EXAMPLES, stem(ctx, ctx.words.get(w - 1)));
  }

  /**
   * The known measure of several words written in the text that ends on word {@code w}'s stem,
   * which alone names none (유권자 수, 선거인 수 of 선거인 수는): the cue read as written, where the
   * words' analysis splits it (수 counts the noun before it) or misreads a word (선거인 as 선거 + the
   * copula); else null.
   */
  private Head writtenCue(SentenceContext ctx, SentenceContext.Word w, QuantityUnit unit) {
    if (lexicon.forHead(stem(ctx, w).replace(" ", ""), unit).isPresent()) {
      return null; // 합계 출산율, 사전 판매량: the word alone names the measure, and the usual reading finds its owner
    }
    int i = ctx.wordIndexAt(w.start());
    for (int k = i - 1; k >= 0 && i - k <= 2; k--) {
      int from = ctx.words.get(k).start();
      String written = ctx.text.substring(from, w.stemEnd());
      Optional<MeasureLexicon.Cue> cue = lexicon.phraseAt(ctx.text, from, unit)
          .filter(c -> c.text().replace(" ", "").equals(written.replace(" ", "")));
      if (cue.isPresent()) {
        return named(written, "", unit, ctx, from);
      }
    }
    return null;
  }

  /**
   * Whether a bare word other than the figure's measure stands right before it as the label of its
   * item (강릉 250㏊, 인제 25㏊: 인제, which no table knows as a place): the item is not the one
   * before's, whose owner it does not keep.
   */
  private boolean labelledItem(SentenceContext ctx, QuantityMention q, Head measured) {
    int qw = ctx.wordIndexAt(q.start());
    if (qw <= 0 || ctx.words.get(qw).start() != q.start()) {
      return false;
    }
    SentenceContext.Word w = ctx.words.get(qw - 1);
    String written = ctx.text.substring(w.start(), w.end());
    return w.role() == Role.BARE && w.start() != measured.at() && !ctx.beginsWithTime(w) && !inParentheses(ctx, w)
        && written.chars().allMatch(Hangul::isSyllable) && !grammar.is(Grammar.Section.MODIFIER, written)
        && lexicon.forHead(written, q.quantity().unit()).isEmpty() && ctx.listedTogether(previousFigure(ctx, q), q);
  }

  /** The figure right before {@code q} in its sentence, or {@code q} itself when none. */
  private static QuantityMention previousFigure(SentenceContext ctx, QuantityMention q) {
    int i = ctx.quantityIndexFrom(q.start());
    return i > 0 ? ctx.quantities.get(i - 1) : q;
  }

  /** The name written as the bare word right before a figure that is an item of a list (강릉 1만2040ha, 동해 3150ha). */
  private Optional<EntityMention> itemLabel(SentenceContext ctx, QuantityMention q, Head head) {
    int qw = ctx.wordIndexAt(q.start());
    if (qw <= 0 || ctx.words.get(qw).start() != q.start()) {
      return Optional.empty();
    }
    SentenceContext.Word w = ctx.words.get(qw - 1);
    if (qw >= 2 && w.role() == Role.BARE && GenericNouns.standard().isTitle(stem(ctx, w)) && besideAnItem(ctx, q)) {
      // 김가람 후보가 10만표, 박나래 후보 8만표: the person the item's own title follows
      SentenceContext.Word name = ctx.words.get(qw - 2);
      String word = ctx.text.substring(name.start(), name.end());
      Optional<EntityMention> known = nameIn(ctx, name.start(), name.stemEnd());
      if (name.role() != Role.BARE) {
        return Optional.empty();
      }
      if (known.isEmpty() && personName(ctx, name, word)) {
        return Optional.of(new EntityMention(new Entity(word, "", EntityType.PERSON, false, " "),
            name.start(), name.end(), name.role(), EntityMention.Source.UNKNOWN));
      }
      return known.filter(m -> m.entity().type() == EntityType.PERSON || personName(ctx, name, word));
    }
    // not the measure's own word (중상 19명, 기권 3표), whatever name it resembles
    return w.role() == Role.BARE && ctx.endsInNoun(w) && !inParentheses(ctx, w) && w.start() != head.at()
        && lexicon.forHead(stem(ctx, w).replace(" ", ""), q.quantity().unit()).isEmpty() && besideAnItem(ctx, q)
        ? regionBeforeBracket(ctx, w).or(() -> nameIn(ctx, w.start(), w.stemEnd())).or(() -> regionIn(ctx, w))
        : Optional.empty();
  }

  /** The region written before a bracket in word {@code w} (철원(동송): the station in brackets is in 철원). */
  private static Optional<EntityMention> regionBeforeBracket(SentenceContext ctx, SentenceContext.Word w) {
    int open = ctx.text.indexOf('(', w.start());
    return open <= w.start() || open >= w.end() ? Optional.empty()
        : Regions.standard().of(ctx.text.substring(w.start(), open)).map(r -> SentenceContext.placeMention(r, w));
  }

  /**
   * The name a figure belongs to when 각각 deals a list of figures out to as many names written
   * before it (현대차와 기아는 각각 414만대, 308만대): the name in the figure's place in the list.
   */
  private Optional<String> respectiveOwner(SentenceContext ctx, QuantityMention q) {
    int qw = ctx.wordIndexAt(q.start());
    int k = qw - 1;
    while (k >= 0 && qw - k <= REACH && !grammar.is(Grammar.Section.RESPECTIVELY, wordText(ctx, k))) {
      k--;
    }
    if (k < 0 || qw - k > REACH) {
      return Optional.empty();
    }
    int after = ctx.words.get(k).end();
    List<QuantityMention> items = commaList(ctx, after, q.quantity().unit()); // the figures from 각각 on
    int at = items.indexOf(q);
    if (at < 0 || items.size() < 2) {
      return Optional.empty();
    }
    // the names of the clause before 각각, as many as the figures
    int from = ctx.words.get(k).start();
    for (int i = k - 1; i >= 0 && !ctx.endsClause(ctx.words.get(i)); i--) {
      from = ctx.words.get(i).start();
    }
    int start = from;
    List<EntityMention> names = ctx.owners.stream().filter(m -> m.start() >= start && m.end() <= after).toList();
    if (names.size() == items.size()) {
      return Optional.of(names.get(at).entity().canonical());
    }
    // 현대차(005380)와 기아(000270)는 각각: nouns joined by 와/과 up to the topic (or 도), names or not
    List<String> joined = new ArrayList<>();
    for (int i = ctx.wordIndexAt(start); i >= 0 && i < k; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      // 매출과 영업이익 모두 각각: a word after the last noun closes the list as a particle would
      boolean closed = w.role() == Role.BARE && !joined.isEmpty() && i + 1 < k
          && grammar.is(Grammar.Section.LIST_CLOSE, ctx.words.get(i + 1).stem());
      // 덕성과 서남도 각각: 도 ends the list as 은/는 does; 가람센터와 나래학교에 각각: the places given to
      boolean last = w.role().isActor() || w.role() == Role.TO || closed;
      if (w.role() == Role.WITH || last && !joined.isEmpty()) {
        joined.add(nameIn(ctx, w.start(), w.stemEnd()).map(m -> m.entity().canonical())
            .orElse(stem(ctx, w).replaceAll("\\(.*", "").strip()));
      } else {
        joined.clear();
      }
      if (last) {
        break;
      }
    }
    return joined.size() == items.size() && joined.stream().noneMatch(String::isEmpty)
        ? Optional.of(joined.get(at)) : Optional.empty();
  }

  /**
   * The quoted title a figure stands in brackets right after, alone or first (‘명량’(1761만명),
   * ‘택시운전사’(1218만명)): the title's own figure, whoever the sentence is about.
   */
  private static Optional<String> quotedOwner(SentenceContext ctx, QuantityMention q) {
    int open = q.start() - 1;
    while (open >= 0 && ctx.text.charAt(open) == ' ') {
      open--;
    }
    if (open < 2 || ctx.text.charAt(open) != '(' || !Quotes.closes(ctx.text.charAt(open - 1))) {
      return Optional.empty();
    }
    int close = open - 1;
    int start = close - 1;
    while (start >= 0 && start > close - 30 && !Quotes.opens(ctx.text.charAt(start))) {
      start--;
    }
    if (start < 0 || start <= close - 30) {
      return Optional.empty();
    }
    String title = ctx.text.substring(start + 1, close).strip();
    return title.isEmpty() || title.chars().anyMatch(Character::isDigit) ? Optional.empty() : Optional.of(title);
  }

  /**
   * The measure of a level that ends a clause of its own topic, when the next level of the
   * sentence, of another topic, names it by its verb (코스피 지수는 234.64포인트 내린 2441.55, 코스닥
   * 지수는 88.05포인트 내린 691.28에 장을 마감했다: both closes, each its own topic's); else null.
   */
  private Head parallelLevel(SentenceContext ctx, QuantityMention q) {
    if (q.quantity().unit() != QuantityUnit.SCORE || !ctx.text.startsWith(",", q.end())) {
      return null;
    }
    QuantityMention next = null;
    for (int i = ctx.quantityIndexFrom(q.end()); i < ctx.quantities.size() && next == null; i++) {
      if (ctx.quantities.get(i).quantity().unit() == QuantityUnit.SCORE) {
        next = ctx.quantities.get(i);
      }
    }
    int qw = ctx.wordIndexAt(q.start());
    int nw = next == null ? -1 : ctx.wordIndexAt(next.start());
    if (qw < 0 || nw < 0) {
      return null;
    }
    String own = topicOwner(ctx, qw);
    String theirs = topicOwner(ctx, nw);
    Head verb = headByVerb(ctx, next);
    return verb == null || own.isEmpty() || own.equals(theirs) ? null : new Head(verb.attribute(), own, true, -1);
  }

  /** The last figure of the comma list of one unit that {@code q} begins or continues: {@code q} when none follows. */
  private static QuantityMention lastOfList(SentenceContext ctx, QuantityMention q) {
    List<QuantityMention> list = commaList(ctx, q.start(), q.quantity().unit());
    return list.get(list.size() - 1);
  }

  /**
   * The figures of {@code unit} from offset {@code from} on that form one list, each apart from
   * the one before by a comma alone (414만대, 308만대); figures of other units are passed over.
   */
  private static List<QuantityMention> commaList(SentenceContext ctx, int from, QuantityUnit unit) {
    List<QuantityMention> items = new ArrayList<>();
    for (int i = ctx.quantityIndexFrom(from); i < ctx.quantities.size(); i++) {
      QuantityMention o = ctx.quantities.get(i);
      if (o.quantity().unit() != unit) {
        continue;
      }
      // 7만4419표(14.6%), 1만9051표(3.7%): a bracketed aside after an item is no part of the gap
      // 528명과 29명: two figures joined by 과 or 와 are a list as two apart by a comma are
      if (!items.isEmpty()) {
        String gap = skipAside(between(ctx.text, items.get(items.size() - 1), o)).strip();
        if (!LIST_JOINT.matcher(gap).matches()) {
          break;
        }
      }
      items.add(o);
    }
    return items;
  }

  /**
   * Whether another figure of the unit stands apart from this one by a comma or a bullet: an item
   * of a list. A figure an arrow leads to is of the item the arrow starts from (▲가 49명→200명).
   */
  private static boolean listed(SentenceContext ctx, QuantityMention q) {
    QuantityUnit unit = q.quantity().unit();
    QuantityMention item = q;
    for (int i = ctx.quantityIndexFrom(q.start()) - 1;
        i >= 0 && ARROW.matcher(between(ctx.text, ctx.quantities.get(i), item)).matches(); i--) {
      item = ctx.quantities.get(i);
    }
    for (QuantityMention o : ctx.quantities) {
      if (o != item && o.quantity().unit() == unit
          && ctx.listedTogether(o, item)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a figure is one item of a list of names, each with its figure in brackets: 가람(-2.5%)과
   * 나래(-3.1%), 가람(12명), 나래(9명). Its nearest figure of the unit on either side is in the
   * brackets of the next or the previous name, joined by a comma, a middle dot or 과/와/및.
   */
  private static boolean bracketedItem(SentenceContext ctx, QuantityMention q) {
    return besideOfUnit(ctx, q, o -> BRACKET_ITEMS.matcher(between(ctx.text, o, q)).matches());
  }

  /** What stands between the figures of two names' brackets in a list: {@code )과 나래(-}. */
  private static final Pattern BRACKET_ITEMS = Pattern.compile("\\)\\s*(?:[과와,·]|및)?\\s*[가-힣A-Za-z]{1,12}\\s*\\(\\s*[-+–−]?");

  /** As {@link #listed}, looking only at the nearest figure of the unit on each side: cheap enough for every figure. */
  private static boolean besideAnItem(SentenceContext ctx, QuantityMention q) {
    return besideOfUnit(ctx, q, o -> ctx.listedTogether(o, q));
  }

  /**
   * Whether the nearest figure of {@code q}'s unit on either side passes {@code item}: an item of a
   * list has a neighbour item, and only the nearest need be looked at.
   */
  private static boolean besideOfUnit(SentenceContext ctx, QuantityMention q,
      java.util.function.Predicate<QuantityMention> item) {
    int at = ctx.quantityIndexFrom(q.start());
    for (int step = -1; step <= 1; step += 2) {
      for (int i = at + step; i >= 0 && i < ctx.quantities.size(); i += step) {
        QuantityMention o = ctx.quantities.get(i);
        if (o != q && o.quantity().unit() == q.quantity().unit()) {
          if (item.test(o)) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  /** Whether the noun written right before a figure names a measure the catalog knows (찬성 139명). */
  private boolean knownHead(SentenceContext ctx, QuantityMention o, Discourse discourse) {
    Head h = head(ctx, o, false, false, discourse);
    return h != null && h.at() >= 0 && h.at() < o.start() && h.owner().isEmpty() && catalog.knows(h.attribute()) && !ctx.inParentheses(h.at());
  }

  /** The known measure of the unit the sentence names anywhere but right before a figure: a list's measure (울진 X, 삼척 Y 등 산림 피해). */
  private Optional<String> listCue(SentenceContext ctx, QuantityUnit unit, List<MeasureLexicon.CueMatch> cues) {
    for (MeasureLexicon.CueMatch c : cues) {
      // not 일본(203개·금73,은56)은: a gloss lists figures and names no list, and a one-syllable
      // abbreviation (금, 은) names only the figure written against it
      if (c.cue().units().contains(unit) && !ctx.inParentheses(c.start()) && c.end() - c.start() >= 2
          && endsItsWord(ctx, c.end())
          && (!writtenBeforeAFigure(ctx, c.end(), unit) || afterExamples(ctx, c.start()))) {
        return Optional.of(c.cue().attribute());
      }
    }
    return Optional.empty();
  }

  /** Whether offset {@code end} ends a word's stem, or only a plural 들 follows: 경상 in 경상국립대가 names no injured. */
  private static boolean endsItsWord(SentenceContext ctx, int end) {
    int w = ctx.wordIndexAt(end - 1);
    if (w < 0) {
      return true;
    }
    int stemEnd = ctx.words.get(w).stemEnd();
    return stemEnd == end || stemEnd == end + 1 && ctx.text.charAt(end) == '들';
  }

  /**
   * Whether two different Hangul nouns are of one kind: one ends in the other (유실, 침수유실), or
   * both end in the same syllable, their head, being compounds (순이익률, 영업이익률) or of one length
   * (시급, 월급); not a noun of two syllables and a longer one, whose last syllable is as often a
   * suffix (남자 and 사망자).
   */
  private static boolean sameKind(String a, String b) {
    if (a.equals(b) || a.length() < 2 || b.length() < 2 || !a.chars().allMatch(Hangul::isSyllable)
        || !b.chars().allMatch(Hangul::isSyllable)) {
      return false;
    }
    boolean alike = a.length() == b.length() || a.length() >= 3 && b.length() >= 3;
    return a.endsWith(b) || b.endsWith(a) || alike && a.charAt(a.length() - 1) == b.charAt(b.length() - 1);
  }

  private static String between(String text, QuantityMention a, QuantityMention b) {
    int from = Math.min(a.end(), b.end());
    int to = Math.max(a.start(), b.start());
    return from < to ? text.substring(from, to) : "";
  }

  /**
   * The measure a relative clause names when its noun only says "people" (다친 사람은 12명, 숨진
   * 이들은 7명): the clause's verb, when it is a cue of a known measure of the unit; else null.
   */
  private Head personByClause(SentenceContext ctx, int h, QuantityUnit unit) {
    if (h <= 0 || !grammar.is(Grammar.Section.PEOPLE, stem(ctx, ctx.words.get(h)))) {
      return null;
    }
    SentenceContext.Word clause = ctx.words.get(h - 1);
    if (!ctx.adnominal(clause)) {
      return null;
    }
    List<Morpheme> ms = ctx.morphemesOf(clause);
    if (ms.isEmpty()) {
      return null;
    }
    String verb = ms.get(0).surface();
    return lexicon.forHead(verb, unit).filter(m -> m.prefix().isEmpty())
        .map(m -> new Head(m.cue().attribute(), "", true, clause.start())).orElse(null);
  }

  /**
   * A rate written after an amount in the brackets of a name, in a sentence that says what grew
   * (중국(1622억달러, 14.2%), 아세안(1002억달러, 5.3%) … 증가했다): the growth of that name's
   * amount; else null.
   */
  private Head rateBesideAmount(SentenceContext ctx, QuantityMention q) {
    if (q.quantity().unit() != QuantityUnit.PERCENT) {
      return null;
    }
    int open = ctx.text.lastIndexOf('(', q.start());
    if (open <= 0 || ctx.text.substring(open, q.start()).indexOf(')') >= 0) {
      return null;
    }
    String inside = ctx.text.substring(open + 1, q.start());
    boolean amountFirst = ctx.quantities.stream().anyMatch(o -> o != q && o.start() > open && o.end() <= q.start()
        && o.quantity().unit() != QuantityUnit.PERCENT) && inside.strip().endsWith(",");
    int close = ctx.text.indexOf(')', q.end());
    if (!amountFirst || close < 0 || !grammar.contains(Grammar.Section.CHANGE_UP, ctx.text.substring(close))
        && !grammar.contains(Grammar.Section.CHANGE_DOWN, ctx.text.substring(close))) {
      return null;
    }
    int w = ctx.wordIndexAt(open);
    if (w < 0 || ctx.words.get(w).start() >= open) {
      return null;
    }
    String owner = ctx.text.substring(ctx.words.get(w).start(), open).strip();
    if (owner.isEmpty() || !owner.chars().allMatch(Character::isLetter)) {
      return null;
    }
    Optional<EntityMention> name = nameIn(ctx, ctx.words.get(w).start(), open);
    // not firm: a rate of a list in brackets names no measure of the next sentence
    return new Head(MeasureLexicon.GROWTH_RATE, name.map(m -> m.entity().canonical()).orElse(owner), false, ctx.words.get(w).start());
  }

  /**
   * The claim a percentage in brackets right after a figure makes (32만702표(62.84%), or with the
   * rate's name, 32만702표(득표율 62.84%)): the rate of the figure's measure (grammar.txt RATE_OF),
   * of the figure's owner and qualifiers; empty when the figure made no claim, its measure has no
   * rate or the bracket names another.
   */
  private Optional<ExtractedClaim> shareOfWhole(SentenceContext ctx, QuantityMention q, List<ExtractedClaim> out,
      Article article) {
    int open = ctx.text.lastIndexOf('(', q.start());
    if (open < 0) {
      return Optional.empty();
    }
    String named = ctx.text.substring(open + 1, q.start()).strip(); // 1639만표(득표율 48.56%): the rate named
    // the claims are in text order: only this sentence's, from its last back
    for (int i = out.size() - 1; i >= 0 && out.get(i).claim().evidence().sentenceIndex() == ctx.sentence.index(); i--) {
      Claim whole = out.get(i).claim();
      if (whole.evidence().end() == ctx.base + open) {
        ExtractedClaim w = out.get(i);
        if (!w.firm() || whole.subject().isEmpty()) {
          return Optional.empty(); // a share of no one, or of a guess, leaves the figure to the words around it
        }
        // (신주 1억주(지분율 63.88%): the rate named by a cue of it)
        return grammar.rateOf(whole.attribute()).filter(rate -> named.isEmpty() || named.equals(rate)
                || lexicon.forHead(named, q.quantity().unit()).filter(h -> h.cue().attribute().equals(rate)).isPresent())
            .map(rate -> new ExtractedClaim(new Claim(whole.subject(), rate,
            q.quantity(), whole.qualifiers(), new Evidence(article.id(), ctx.sentence.index(), ctx.text,
                ctx.base + q.start(), ctx.base + q.end(), q.text()), ""), w.firm(), w.stage()));
      }
    }
    return Optional.empty();
  }

  /** 1천여대의 버스: the figure is written as the genitive of the noun it counts. */
  private static boolean genitiveFigure(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(Math.max(q.start(), q.end() - 1));
    return w >= 0 && ctx.words.get(w).role() == Role.GENITIVE && ctx.words.get(w).end() - q.end() <= 1;
  }

  /**
   * Whether a name is a number or a fragment of a headline (26만8699명, 108석…개표): Hangul and
   * digits with no Latin letter, not a name that only ends in its number (예스24) nor one whose
   * number is an ordinal's (제2외국어).
   */
  private static boolean fragment(String name) {
    return name.chars().anyMatch(Character::isDigit) && name.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)
        && !name.matches(".*[A-Za-z].*") && !NAME_WITH_NUMBER.matcher(name).matches()
        && !ORDINAL_NAME.matcher(name).matches()
        || name.contains("…") || name.contains("...");
  }

  /** The noun a figure is written in brackets right after (동남아 of 동남아(15.4%)), or empty. */
  private static String bracketedAfter(SentenceContext ctx, QuantityMention q) {
    if (q.start() < 2 || ctx.text.charAt(q.start() - 1) != '(' || !Hangul.isSyllable(ctx.text.charAt(q.start() - 2))) {
      return "";
    }
    int from = q.start() - 2;
    while (from > 0 && Hangul.isSyllable(ctx.text.charAt(from - 1))) {
      from--;
    }
    return ctx.text.substring(from, q.start() - 1);
  }

  /**
   * Whether a word says by what figures are broken down (지역별, 연도별, 성별): it sorts the items
   * that follow, never owns nor names what they count. A name may end so too ('한별'): callers
   * that read names ask whether the word is one.
   */
  private static boolean sortsBy(String word) {
    return word.endsWith("별");
  }

  /** A name whose only number follows the ordinal prefix 제 and precedes a word (제2외국어, 제3자): not 제2차 100명. */
  private static final Pattern ORDINAL_NAME = Pattern.compile("[^\\d]*제\\d{1,2}[가-힣]{2,}[^\\d]*");

  /**
   * The rate a percentage is when a count in brackets right after it has a counter whose measure
   * has one (48.56%(1639만표): 득표율, grammar.txt COUNTED and RATE_OF), or null.
   */
  private Head rateOfAside(SentenceContext ctx, QuantityMention q) {
    if (q.quantity().unit() != QuantityUnit.PERCENT) {
      return null;
    }
    QuantityMention aside = ctx.quantityAfter(q);
    if (aside == null || !ctx.inParenthesesAfterFigure(aside)) {
      return null;
    }
    return grammar.counted(aside).flatMap(grammar::rateOf)
        .map(rate -> new Head(rate, "", true, -1)).orElse(null);
  }

  /** 1639만표(득표율 48.56%): a percentage in parentheses after another figure and one word naming it. */
  private static boolean rateNamedAfterFigure(SentenceContext ctx, QuantityMention q) {
    QuantityMention o = ctx.quantityBefore(q);
    if (q.quantity().unit() != QuantityUnit.PERCENT || o == null) {
      return false;
    }
    String gap = ctx.text.substring(o.end(), q.start()).strip();
    return gap.length() > 2 && gap.charAt(0) == '(' && gap.substring(1).strip().chars().allMatch(Hangul::isSyllable);
  }

  /** 26만8699명(51.4%): a percentage in parentheses right after another figure is a share derived from it. */
  private static boolean derivedShare(SentenceContext ctx, QuantityMention q) {
    if (q.quantity().unit() != QuantityUnit.PERCENT) {
      return false;
    }
    return ctx.inParenthesesAfterFigure(q);
  }

  /**
   * A head that only says "the number of" (메달 수(32개), 환자 수는): the bare noun before it names
   * the measure, as {@link #countedBy} finds it; the head as it is when none stands there.
   */
  private Head genericCount(SentenceContext ctx, Head head) {
    if (head.at() < 0 || !head.owner().isEmpty() || !grammar.is(Grammar.Section.GENERIC_COUNT, head.attribute())) {
      return head;
    }
    int w = ctx.wordIndexAt(head.at());
    int c = w < 0 ? w : countedBy(ctx, w);
    if (c == w || ctx.beginsWithTime(ctx.words.get(c))) {
      return head;
    }
    SentenceContext.Word counted = ctx.words.get(c);
    return new Head(stem(ctx, counted).replace(" ", ""), "", head.firm(), counted.start());
  }

  /**
   * The measure a counter names when the words before the figure name none (민주당 175석 in a
   * sentence about 총선 counts seats): the counter's noun (COUNTED in grammar.txt), the noun the
   * head held becoming the owner when it had none (하늘당은 17석); also when the words name a
   * known measure of other units (득표율 before 13만7066표).
   */
  private Head countedNoun(SentenceContext ctx, QuantityMention q, Head head) {
    boolean known = catalog.knows(head.attribute());
    QuantityUnit unit = q.quantity().unit();
    if (known && lexicon.allows(head.attribute(), unit, unit)) {
      return head;
    }
    Optional<String> noun = grammar.counted(q);
    if (noun.isEmpty() || noun.get().equals(head.attribute())) {
      return head;
    }
    if (known) {
      // 득표율은 56.52%(13만7066표): a measure of another unit names the figure before; the counter names this one
      return new Head(noun.get(), head.owner(), head.firm(), head.at());
    }
    String owner = head.owner().isEmpty() ? head.attribute() : head.owner(); // 하늘당은 17석: 하늘당's seats
    return new Head(noun.get(), owner, head.firm(), head.at());
  }

  /**
   * The field written before a figure with 에서 (양궁에서 금메달 5개; 유도에서는 은메달 2개, 동메달 3개):
   * the nearest such noun of the figure's clause with no verb between them, not a time nor the end
   * of a gloss (허깅페이스(… 커뮤니티)에서); empty when none. With {@code actorFirst}, none written
   * before the clause's topic or subject either: that is where the one the clause is about acted
   * (대회에서 한국은 금메달 5개를 땄다), and none after an occasion (grammar OCCASION: 파리올림픽에서),
   * which says when the figure was won, not by whom.
   */
  private String fieldBefore(SentenceContext ctx, QuantityMention q, boolean actorFirst) {
    int at = ctx.wordIndexAt(q.start());
    for (int i = at - 1; i >= 0 && i >= at - REACH; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.endsClause(w) || ctx.adnominal(w)) {
        return "";
      }
      if (actorFirst && (w.role() == Role.TOPIC || w.role() == Role.SUBJECT)
          && (ctx.mentionOf(w).isPresent() || GenericNouns.standard().anyPlace(w.stem()).isPresent())) {
        // 대회에서 한국은 금메달 5개를: where the one the clause is about won it, not a field of it
        return "";
      }
      if (actorFirst && w.role() == Role.FROM && grammar.endsWith(Grammar.Section.OCCASION, w.stem())) {
        return ""; // 한국은 … 파리올림픽에서 금메달 13개: the games it was won at, not who won
      }
      if (w.role() == Role.FROM && ctx.endsInNoun(w) && !ctx.beginsWithTime(w) && w.stem().chars().noneMatch(Character::isDigit)
          && !STEM_PUNCTUATION.matcher(w.stem()).find()
          && !grammar.is(Grammar.Section.MODIFIER, w.stem()) && !grammar.isScopeWord(w.stem())) {
        SentenceContext.Word named = sectorNamed(ctx, i);
        if (named == null && grammar.is(Grammar.Section.CATEGORY, w.stem())) {
          // 경기 지역에서는 5명이: the region the word before names; 남남서쪽 9km 지역에서 규모 5.1:
          // where, in a word that names no one field
          SentenceContext.Word before = i > 0 ? ctx.words.get(i - 1) : null;
          return before != null && before.role() == Role.BARE && ctx.endsInNoun(before)
              ? ctx.regionOf(before, before.stem()).orElse("") : "";
        }
        return grammar.owner((named == null ? w.stem() : stem(ctx, named)).replace(" ", ""));
      }
      Optional<String> place = i + 1 < ctx.words.size() && ctx.particleVerb(ctx.words.get(i + 1))
          ? Optional.empty() : locativePlace(ctx, w);
      if (place.isPresent()) {
        return place.get(); // 철원에도 150mm의 비가: where it was measured
      }
    }
    return "";
  }

  /** The bare noun before word {@code i} when the word is a sector noun it names (낸드 of 낸드 부문에서); null otherwise. */
  private SentenceContext.Word sectorNamed(SentenceContext ctx, int i) {
    if (i < 1 || !grammar.is(Grammar.Section.SECTOR, ctx.words.get(i).stem())) {
      return null;
    }
    SentenceContext.Word before = ctx.words.get(i - 1);
    return before.role() == Role.BARE && ctx.endsInNoun(before) && !ctx.beginsWithTime(before) ? before : null;
  }

  /**
   * A named place written with 에, 에는 or 에도 (서울에는, 철원에도): where a figure was measured, as
   * with 에서; the caller leaves out a compound particle's 에 (경기에 앞서: the match, not 경기도).
   */
  private Optional<String> locativePlace(SentenceContext ctx, SentenceContext.Word w) {
    return grammar.is(Grammar.Section.LOCATIVE, ctx.text.substring(w.stemEnd(), w.end())) && ctx.endsInNoun(w)
        ? ctx.regionOf(w, w.stem()) : Optional.empty();
  }

  /**
   * The floor written with 에서 before a figure in its clause (지상 2층에서 18명, 지하 2층에서는 4명),
   * with 지상 or 지하 when written before it; empty when none.
   */
  private Optional<String> floorBefore(SentenceContext ctx, QuantityMention q) {
    int at = ctx.wordIndexAt(q.start());
    for (int i = at - 1; i >= 0 && i >= at - REACH; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.endsClause(w) || ctx.adnominal(w)) {
        return Optional.empty();
      }
      String stem = w.stem().replace(" ", "");
      if (w.role() == Role.FROM && FloorFrames.FLOOR.matcher(stem).matches()) {
        String level = i > 0 ? ctx.words.get(i - 1).stem() : "";
        return Optional.of(FloorFrames.level(level) ? level + stem : stem);
      }
    }
    return Optional.empty();
  }

  /**
   * The field written with 에서 in a figure's clause that also names its owner (민주당은 지역구에서
   * 161석, 국민의힘은 90석; 누리전자는 반도체에서 3조원): the part of the owner's whole the figure
   * is; null when none, when it is a place (미국에서), or when the owner is not written near it.
   * Known weakness: a field written before the owner as where something happened (회의에서
   * 누리전자는 …) is read as a part too.
   */
  private String fieldAfterOwner(SentenceContext ctx, QuantityMention q, Head measured) {
    String field = fieldBefore(ctx, q, false);
    String owner = measured.owner().replace(" ", "");
    if (field.isEmpty() || owner.length() < 2 || field.equals(measured.attribute()) || field.equals(owner)
        || GenericNouns.standard().place(field).isPresent() || grammar.changes(field)) {
      return null; // (not 16조원 증가에서 19조원으로: the change it came from, no field)
    }
    int at = ctx.wordIndexAt(q.start());
    for (int i = at - 1; i >= 0 && i >= at - REACH; i--) {
      if (ctx.words.get(i).role() == Role.FROM && grammar.owner(stem(ctx, ctx.words.get(i)).replace(" ", "")).equals(field)) {
        if (i > 0 && ctx.adnominal(ctx.words.get(i - 1))) {
          return null; // 킨텍스에서 열린 전당대회에서: the occasion a clause describes, not a part
        }
        for (int k = at - 1; k >= 0 && k >= i - REACH; k--) {
          if (k != i && namesOwner(ctx, k, owner)) {
            // 민주당은 지역구에서 161석, 국민의힘은 90석: the field of a list holds for each owner; not
            // where an owner written only after it acted (보궐선거에서 진 후보가 13만표를 얻었다)
            return k < i || actsInParallel(ctx, k, i) ? field : null;
          }
        }
        return null;
      }
    }
    return null;
  }

  /** Whether word {@code k} writes the owner: its name, or its family name before a title (한 후보는 for 한동훈). */
  private static boolean namesOwner(SentenceContext ctx, int k, String owner) {
    String st = stem(ctx, ctx.words.get(k)).replace(" ", "");
    return st.contains(owner) || st.length() == 1 && owner.length() > 1 && owner.startsWith(st)
        && k + 1 < ctx.words.size() && GenericNouns.standard().isTitle(stem(ctx, ctx.words.get(k + 1)));
  }

  /**
   * Whether the owner at word {@code k}, written after the field at word {@code field}, is the topic
   * or subject of a clause that parallels one whose actor precedes the field (민주당은 지역구에서
   * 161석, 국민의힘은 90석), not a name listed after it (중국(금 132개), 일본(…)).
   */
  private static boolean actsInParallel(SentenceContext ctx, int k, int field) {
    // the owner's own word, or a title right after it (김 후보는), not the figure after a label (중국(금 132개·은 …)
    boolean titled = k + 1 < ctx.words.size() && acts(ctx.words.get(k + 1)) && !ctx.startsFigure(ctx.words.get(k + 1));
    if (!acts(ctx.words.get(k)) && !titled) {
      return false;
    }
    for (int j = 0; j < field; j++) {
      if (acts(ctx.words.get(j)) && ctx.endsInNoun(ctx.words.get(j)) && !ctx.beginsWithTime(ctx.words.get(j))) {
        return true;
      }
    }
    return false;
  }

  private static boolean acts(SentenceContext.Word w) {
    return w.role() == Role.TOPIC || w.role() == Role.SUBJECT || w.role() == Role.ALSO;
  }

  /** How far after a figure its words are read: its particles, its verb, the rest of its clause. */
  private static final int AFTER_CHARS = 160;

  /** The text after offset {@code p}, at most {@value #AFTER_CHARS} characters: never the whole rest of a long text. */
  private static String rest(SentenceContext ctx, int p) {
    return ctx.text.substring(p, Math.min(ctx.text.length(), p + AFTER_CHARS));
  }

  /**
   * 기호 7번, 등번호 99번: a number written after a noun that says it names one thing, not a count;
   * and 형사합의22부, 민사 12부: a court's panel, named by the kind of case and its number with 부.
   */
  static boolean identifier(SentenceContext ctx, QuantityMention q, Grammar grammar) {
    int at = ctx.wordIndexAt(q.start());
    if (at >= 1 && grammar.is(Grammar.Section.IDENTIFIER, stem(ctx, ctx.words.get(at - 1)).replace(" ", ""))) {
      return true;
    }
    if (at < 0 || !q.text().endsWith(PANEL_COUNTER)) {
      return false;
    }
    int own = ctx.words.get(at).start();
    String glued = ctx.text.substring(own, q.start()); // 형사합의 of 형사합의22부
    return grammar.is(Grammar.Section.PANEL, glued.isEmpty() && at >= 1 ? stem(ctx, ctx.words.get(at - 1)) : glued);
  }

  /** The counter a court's panel is numbered with (형사합의22부). */
  private static final String PANEL_COUNTER = "부";

  /** A day written as a name, its month and day joined by a middle dot (4·10, 6·25). */
  private static final java.util.regex.Pattern DATE_NAME = java.util.regex.Pattern.compile("\\d{1,2}[·ㆍ]\\d{1,2}");

  /** 22대 총선, 3개 부문: a count without a particle right before a noun is an ordinal or modifies the noun. */
  static boolean ordinal(SentenceContext ctx, QuantityMention q) {
    if (q.quantity().unit() != QuantityUnit.COUNT || q.quantity().bound() != dev.sasil.factcheck.quantity.Bound.EXACT) {
      return false;
    }
    if (q.start() > 0 && ctx.text.charAt(q.start() - 1) == '제') {
      return true;
    }
    int w = ctx.wordIndexAt(Math.max(q.start(), q.end() - 1));
    if (w < 0 || w + 1 >= ctx.words.size() || ctx.words.get(w).end() != q.end()) {
      return false;
    }
    // 22대 4·10 총선: the day an election or an event is named by may stand between
    SentenceContext.Word after = ctx.words.get(w + 1);
    boolean dayNamed = DATE_NAME.matcher(ctx.text.substring(after.start(), after.end())).matches()
        && w + 2 < ctx.words.size();
    SentenceContext.Word next = dayNamed ? ctx.words.get(w + 2) : after;
    if (!dayNamed && startsWithDigit(ctx, next)) {
      return false; // 98승 52패: the next item of a record, not a noun this one modifies
    }
    if (!dayNamed && w >= 1 && startsWithDigit(ctx, ctx.words.get(w - 1)) && w + 2 < ctx.words.size()
        && startsWithDigit(ctx, ctx.words.get(w + 2))) {
      return false; // 52패 1세이브 평균자책점 2.80: the noun names the figure after it
    }
    QuantityMention following = ctx.quantityAfter(q);
    if (!dayNamed && w >= 1 && following != null && w + 2 < ctx.words.size() && ctx.words.get(w + 2).start() == following.start()
        && Grammar.standard().counted(q).isPresent()
        && OWNER_ROLES.contains(ctx.words.get(w - 1).role())
        && following.quantity().unit() != q.quantity().unit()) {
      // 김나래는 48패 평균자책점 3.27: a record's count after its owner, then the noun of the next
      // figure, of another unit (not 4이닝 동안 7피안타, 190경기 출전 98승)
      return false;
    }
    return after.start() == q.end() + 1 && ctx.endsInNoun(next) && next.role() != Role.OTHER
        && !ctx.text.substring(q.end(), next.start()).contains(",")
        && !Grammar.standard().is(Grammar.Section.INCLUDING, next.stem()); // 금메달 4개 포함 31개: a count of its own
  }

  /** The roles of a word that names whose a record is (김나래는, 김나래가, 김나래도). */
  private static final java.util.Set<Role> OWNER_ROLES = java.util.EnumSet.of(Role.TOPIC, Role.SUBJECT, Role.ALSO);

  /** What a list item's counter counts when that is not what the item before measured (52패 after 98승). */
  private Optional<String> ownCount(Optional<String> counted, Head previous) {
    return counted.filter(c -> !c.equals(previous.attribute()) && !catalog.knows(previous.attribute()));
  }

  /** Whether a head stands in the word right before the figure's (통산 190경기, 지역구 161석). */
  private static boolean rightBefore(SentenceContext ctx, QuantityMention q, int at) {
    int w = ctx.wordIndexAt(q.start());
    return w >= 1 && at >= ctx.words.get(w - 1).start() && at < q.start();
  }

  private static boolean startsWithDigit(SentenceContext ctx, SentenceContext.Word w) {
    return Character.isDigit(ctx.text.charAt(w.start()));
  }

  /** Units that measure something: not bare numbers, ranks, ages or factors. */
  private static boolean countable(QuantityUnit unit) {
    return switch (unit) {
      case NUMBER, AGE, MULTIPLE -> false;
      default -> true;
    };
  }

  /** The time a figure stands in parentheses after: 2022년(2.6%), 지난해 1분기(0.3%). */
  static Optional<TimeMention> apposedTime(SentenceContext ctx, QuantityMention q) {
    for (TimeMention t : ctx.times) {
      if (t.value() != null && t.end() <= q.start() && q.start() - t.end() <= 4 + APPOSED_LABEL + SAME_PART_LENGTH
          && APPOSED.matcher(skipSamePart(ctx.text.substring(t.end(), q.start()))).matches()) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** How long a word of grammar.txt's SAME_PART between a time and its bracket may be (같은 분기). */
  private static final int SAME_PART_LENGTH = 6;

  /** The text after a time without a leading word of grammar.txt's SAME_PART (동기(…) of 지난해 동기(…)). */
  private static String skipSamePart(String afterTime) {
    String rest = Grammar.standard().after(Grammar.Section.SAME_PART, afterTime);
    return rest == null ? afterTime : rest;
  }

  /** The last quarter, half or month the sentence writes before time {@code t}, as a period. */
  private static Optional<String> partOfYearBefore(SentenceContext ctx, TimeMention t, LocalDate published) {
    String part = null;
    for (TimeMention o : ctx.times) {
      if (o.end() <= t.start() && o.value() != null && o.duration() == null
          && (o.value().granularity() == Granularity.QUARTER || o.value().granularity() == Granularity.HALF
              || o.value().granularity() == Granularity.MONTH)) {
        part = past(o, published);
      }
    }
    return Optional.ofNullable(part);
  }

  /** Whether a word of grammar.txt's SAME_PART stands between a time and the figure apposed to it. */
  private static boolean samePartApposed(SentenceContext ctx, TimeMention t, QuantityMention q) {
    String between = ctx.text.substring(t.end(), q.start());
    return !skipSamePart(between).equals(between);
  }

  /** How long a label before a figure in brackets after a time may be (지난해 동기(영업손실 1조원)). */
  private static final int APPOSED_LABEL = 12;

  /** Between a time and the figure in brackets after it: the bracket, a label of a word or none, a sign. */
  private static final Pattern APPOSED = Pattern.compile("\\s*\\(\\s*(?:\\p{IsHangul}{2,10}\\s+)?[\\s\\-−–+]*");

  /**
   * The measure a label names before a figure in brackets after a time (지난해 동기(영업손실
   * 1조원): the operating profit, negative), or null when the bracket has no label that names one.
   */
  private Head apposedLabel(SentenceContext ctx, QuantityMention q, TimeMention t) {
    String between = ctx.text.substring(t.end(), q.start());
    int open = between.indexOf('(');
    String label = between.substring(open + 1).replaceAll("[\\s\\-−–+]+$", "").strip();
    if (label.isEmpty() || lexicon.forHead(label, q.quantity().unit()).isEmpty()) {
      return null;
    }
    return named(label, "", q.quantity().unit(), ctx, t.end() + between.indexOf(label, open));
  }

  /**
   * Whether a year counted from another (전년, 이듬해: the lexicon's REFYEAR) has no year before it in
   * its sentence to count from, and so was counted from the publication date. A figure apposed to
   * it is not firm: 성장률이 1.8%로 전년(4.1%) 대비 in a January article is of the year before the
   * one the 1.8% is of, which the sentence does not say, while 전년(9337건) 대비 of this year's count
   * is of last year.
   */
  private static boolean yearFromAnchor(SentenceContext ctx, TimeMention t) {
    return TimeLexicon.standard().startsWithWord(TimeLexicon.WordClass.REFYEAR, t.text(), 0) && !ctx.knownYearBefore(t.start());
  }

  /**
   * The period of a figure: the nearest time before it in the sentence, of month granularity or
   * coarser (a day is when a figure was announced, not what it counts), and not itself the time
   * of a parenthesised figure; a day written with a year before the article's ({@code published},
   * null when unknown) is the year of a past figure (1980년 1월 8일 … 규모 5.3의 지진, the
   * strongest quake before this one).
   */
  private Optional<TimeMention> periodBefore(SentenceContext ctx, int p, LocalDate published) {
    TimeMention found = null;
    int clause = clauseStart(ctx, p);
    for (TimeMention t : ctx.times) {
      if (t.end() > p || t.start() < clause || t.value() == null || t.duration() != null) {
        continue;
      }
      String rest = ctx.text.substring(t.end(), Math.min(ctx.text.length(), t.end() + 10)).stripLeading();
      if (SPAN_END.matcher(rest).lookingAt()) {
        found = null; // 작년 1월 … 2월부터 8월까지 13번: a span after an earlier time is the figure's, and no period
        continue;
      }
      if (rest.startsWith("(") || comparisonBase(ctx, t) && !ctx.bracketedAfterTime(t, p)) {
        continue; // 전년 대비, 지난해보다, 2023년 798만대 대비: the base of a comparison, not the figure's period
      }
      if (fromFigureAfter(ctx, t, p)) {
        continue; // 2021년 7위에서 6위로 올랐다: the time of the level before, written right before it
      }
      int next = ctx.wordIndexFrom(t.end());
      if (next >= 0 && next < ctx.words.size() && ctx.words.get(next).role() == Role.WITH
          && ctx.endsInNoun(ctx.words.get(next)) && ctx.words.get(next).end() <= p) {
        continue; // 6월 모의평가와 수능 접수자의 차이: the time of one of two things compared
      }
      if (next >= 0 && next < ctx.words.size() && nounClause(ctx, ctx.words.get(next), p)) {
        continue; // 1979년 준공, 연간 2300만개를 생산하는: the time of a noun's own clause, not the figure's
      }
      Granularity g = t.value().granularity();
      if (g == Granularity.YEAR || g == Granularity.HALF || g == Granularity.QUARTER || g == Granularity.MONTH) {
        found = t; // only times of the figure's own clause: 1988년 … 이후 of another clause is not its
      } else if (found == null && pastYearWritten(t, published)) {
        found = new TimeMention(t.text(), t.start(), t.end(), TimeValue.ofYear(t.value().year()), null, false);
      } else if (found != null && TimeLexicon.standard().writesYear(t.text()) && t.value().yearKnown()
          && found.value().yearKnown() && !t.value().year().equals(found.value().year())) {
        found = null; // 서울 1907년 … 1942년 8월 1일 대구(40.0도): a nearer day of another year is the figure's
      }
    }
    return found != null ? Optional.of(found) : framePeriod(ctx, p);
  }

  /**
   * Whether a figure in 에서 stands right after a time and before offset {@code p} (2021년 7위에서
   * 6위로): the level a change started from, which the time dates.
   */
  private static boolean fromFigureAfter(SentenceContext ctx, TimeMention t, int p) {
    for (QuantityMention o : ctx.quantities) {
      if (o.start() >= t.end() && o.end() < p && ctx.text.substring(t.end(), o.start()).isBlank()) {
        int w = ctx.wordIndexAt(o.start());
        return w >= 0 && ctx.words.get(w).role() == Role.FROM && ctx.words.get(w).end() <= p;
      }
    }
    return false;
  }

  /**
   * Whether a word before offset {@code p} is a bare noun closed by a comma that measures nothing
   * (1979년 준공, 2019년 출범,): a clause of its own, of the time before it; not 지난해 매출, 영업이익은,
   * a list of measures that time is the period of.
   */
  private boolean nounClause(SentenceContext ctx, SentenceContext.Word w, int p) {
    if (w.end() > p || w.role() != Role.BARE || !ctx.endsInNoun(w) || ctx.text.charAt(w.end() - 1) != ','
        || ctx.inTime(w.start())) {
      return false;
    }
    String noun = stem(ctx, w).replace(" ", "");
    // the sentence's cues, found once, say whether the word holds one (no new search of the lexicon)
    return !noun.isEmpty() && noun.chars().allMatch(Hangul::isSyllable)
        && ctx.cues(lexicon).stream().noneMatch(c -> c.start() >= w.start() && c.end() <= w.stemEnd());
  }

  /**
   * The period a framing clause before {@code p} writes for the rest of its sentence (지난해
   * 4분기만 놓고 보면 매출은 41조원, 영업이익은 3조원: both of the fourth quarter): a time whose clause
   * ends in a word of grammar.txt's PERIOD_FRAME; the last such time.
   */
  private Optional<TimeMention> framePeriod(SentenceContext ctx, int p) {
    TimeMention found = null;
    for (TimeMention t : ctx.times) {
      if (t.end() > p) {
        break;
      }
      if (t.value() == null || t.duration() != null) {
        continue;
      }
      Granularity g = t.value().granularity();
      if (g != Granularity.YEAR && g != Granularity.HALF && g != Granularity.QUARTER && g != Granularity.MONTH) {
        continue;
      }
      for (int i = Math.max(0, ctx.wordIndexFrom(t.end())); i < ctx.words.size() && ctx.words.get(i).end() <= p; i++) {
        SentenceContext.Word w = ctx.words.get(i);
        if (ctx.endsClause(w)) {
          if (grammar.endsWith(Grammar.Section.PERIOD_FRAME, ctx.text.substring(w.start(), w.end()))) {
            found = t;
          }
          break;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** Whether a day writes its year, one before the article's (1942년 8월 5일 in an article of 2022). */
  private static boolean pastYearWritten(TimeMention t, LocalDate published) {
    return published != null && t.value().granularity() == Granularity.DAY && t.value().yearKnown()
        && t.value().year() < published.getYear() && TimeLexicon.standard().writesYear(t.text());
  }

  /**
   * The year of the noun phrase a relative clause holding the figure modifies (269명이 사망한 1983년
   * 대한항공 격추 사건: the deaths of 1983): the clause's verb right before a year, within the
   * figure's clause.
   */
  private Optional<TimeMention> periodOfModified(SentenceContext ctx, QuantityMention q) {
    int i = ctx.wordIndexAt(q.start());
    if (i < 0) {
      return Optional.empty();
    }
    for (int last = Math.min(ctx.words.size() - 2, i + 3); i <= last; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.has(w, POS.Tag.ETM)) {
        SentenceContext.Word next = ctx.words.get(i + 1);
        for (TimeMention t : ctx.times) {
          if (t.start() == next.start() && t.value() != null && t.duration() == null
              && t.value().granularity() == Granularity.YEAR) {
            return Optional.of(t);
          }
        }
        return Optional.empty();
      }
      if (ctx.endsClause(w)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The day a figure of one value a day is of: the nearest day written before it in its sentence
   * (5일 코스피는, 이날), else the publication date when the sentence writes no time; null when
   * neither says.
   */
  private String dayOf(SentenceContext ctx, QuantityMention q, LocalDate published) {
    TimeMention day = null;
    boolean based = false;
    for (TimeMention t : ctx.times) {
      if (t.end() <= q.start() && t.value() != null && t.duration() == null
          && t.value().granularity() == Granularity.DAY && t.value().yearKnown()) {
        if (comparisonBase(ctx, t)) {
          based = true; // 전날보다 216.97포인트 내린 2441.55에: the day compared with, not the close's
        } else {
          day = t;
        }
      }
    }
    if (day != null) {
      return day.value().normalized();
    }
    boolean undated = ctx.times.isEmpty() || based && ctx.times.stream().allMatch(t -> comparisonBase(ctx, t));
    return undated && published != null ? TimeValue.of(published).normalized() : null;
  }

  /**
   * Whether a time is the base a figure is compared with (전년 대비, 지난해보다, 전날보다, 2023년
   * 798만대 대비), not when the figure is of.
   */
  private boolean comparisonBase(SentenceContext ctx, TimeMention t) {
    String rest = ctx.text.substring(t.end(), Math.min(ctx.text.length(), t.end() + 10)).stripLeading();
    if (rest.startsWith(")")) {
      rest = rest.substring(1).stripLeading(); // 전년(2022년) 대비: the base, written again in brackets
    }
    return grammar.startsWith(Grammar.Section.NOT_PERIOD, rest) || ctx.timeOfComparedNoun(t, grammar)
        || ctx.timeOfComparedFigure(t.end(), grammar);
  }


  /**
   * The year a change is into when its clause names only the year it is compared with (2023년 대비
   * 1.8% 감소: 2024's change), when that year is the publication's or the one before: news compares
   * the latest year with the one before it, and an older base (2019년 대비, before a pandemic) says
   * nothing of the period.
   */
  private Optional<String> yearAfterBase(SentenceContext ctx, QuantityMention q, LocalDate published) {
    if (published == null) {
      return Optional.empty();
    }
    int clause = clauseStart(ctx, q.start());
    for (TimeMention t : ctx.times) {
      Granularity g = t.value() == null ? null : t.value().granularity();
      // 2022년과 비교해 매출은 14.4% 늘었다: the clause of the comparison's verb leads into the figure's
      boolean ownClause = t.end() <= clause && clause <= q.start()
          && comparedClause.matcher(ctx.text.substring(t.end(), clause)).matches();
      if (t.end() > q.start() || (t.start() < clause && !ownClause) || t.value() == null || t.duration() != null
          || (g != Granularity.YEAR && g != Granularity.QUARTER && g != Granularity.HALF)
          || !comparedAfter.matcher(ctx.text).region(t.end(), q.start()).lookingAt()) {
        continue;
      }
      String n = t.value().normalized();
      if (!n.matches("\\d{4}.*") || !t.text().contains(n.substring(0, 4))) {
        continue; // a year written out (2023년 대비), not 전년 대비: the year before the figure's, not the article's
      }
      int into = Integer.parseInt(n.substring(0, 4)) + 1;
      if (into == published.getYear() || into == published.getYear() - 1) {
        return Optional.of(into + n.substring(4)); // 2022년 4분기보다: the fourth quarter of 2023
      }
    }
    return Optional.empty();
  }

  /** The end of a span's bound right after a time (2월부터, 8월까지). */
  private static final java.util.regex.Pattern SPAN_END = java.util.regex.Pattern.compile("(부터|까지)");

  /**
   * Whether the predicate after a figure estimates what is or was so, not what will be: a past or
   * present adnominal before 것으로 and the estimate after it (27명이 투숙한 것으로 추정됐다,
   * 투숙했던 걸로 추정 중이다), as 것으로 파악됐다 reports a count; 늘어날 것으로 추정된다 is a
   * forecast.
   */
  static boolean estimatedFact(String afterText, Grammar grammar) {
    int k = afterText.indexOf("것으로");
    k = k >= 0 ? k : afterText.indexOf("걸로"); // spoken: 투숙했던 걸로 추정
    String before = k < 0 ? "" : afterText.substring(0, k).stripTrailing();
    if (before.isEmpty() || grammar.contains(Grammar.Section.FORECAST, before)
        || !grammar.contains(Grammar.Section.ESTIMATE, afterText.substring(k))) {
      return false; // 5회 수행하는 것으로 계획했다: a plan, whatever its tense
    }
    char c = before.charAt(before.length() - 1);
    boolean finalN = dev.sasil.core.text.Hangul.finalConsonant(c) == dev.sasil.core.text.Hangul.FINAL_N; // 한, 진, 난: a past adnominal
    return finalN || c == '던' || c == '는';
  }

  /** The text from the end of a figure to the end of its predicate word (the next word after particles). */
  private static String predicateText(SentenceContext ctx, int p) {
    int k = predicateEnd(ctx, p);
    return k < 0 ? ctx.text.substring(p) : ctx.text.substring(p, Math.max(p, ctx.words.get(k).end()));
  }

  /** The first word of the predicate after offset {@code p}: the figure's own word when it goes on (10만명일 것), or -1. */
  private static int predicateStart(SentenceContext ctx, int p) {
    int own = p > 0 ? ctx.wordIndexAt(p - 1) : -1;
    return own >= 0 && ctx.words.get(own).end() > p ? own : ctx.wordIndexFrom(p);
  }

  /**
   * The last word of the predicate after offset {@code p}: the figure's own word when it ends its
   * clause (14명이며), else the first of the next four words that ends a clause or a copula (부상자는
   * 14명이며 중상자는 없다: the next clause's verb is not this figure's); -1 when no word follows.
   */
  private static int predicateEnd(SentenceContext ctx, int p) {
    int own = p > 0 ? ctx.wordIndexAt(p - 1) : -1;
    if (own >= 0 && ctx.words.get(own).end() > p && ctx.endsClauseOrCopula(ctx.words.get(own))) {
      return own;
    }
    int w = ctx.wordIndexFrom(p);
    if (w < 0) {
      return -1;
    }
    int last = Math.min(ctx.words.size() - 1, w + 3);
    int k = w;
    while (k < last && !ctx.endsClauseOrCopula(ctx.words.get(k))) {
      k++;
    }
    return k;
  }

  /**
   * Whether the predicate after offset {@code p} (the words {@link #predicateText} reads) says what
   * will or may be (grammar.txt CONJECTURE, PROSPECTIVE before PROSPECTIVE_NOUN): 쏟아지겠다,
   * 차지할 것이다, 넘어설 것으로; or what would be if something were ({@link #supposed}).
   */
  static boolean conjectured(Grammar grammar, SentenceContext ctx, int p) {
    int first = predicateStart(ctx, p);
    int last = predicateEnd(ctx, p);
    for (int k = Math.max(first, 0); first >= 0 && k <= last; k++) {
      List<Morpheme> ms = ctx.morphemesOf(ctx.words.get(k));
      boolean prospective = !ms.isEmpty() && ms.getLast().tag() == POS.Tag.ETM
          && grammar.is(Grammar.Section.PROSPECTIVE, ms.getLast().surface());
      if (ms.stream().anyMatch(m -> m.tag() == POS.Tag.EP && grammar.is(Grammar.Section.CONJECTURE, m.surface()))
          || prospective && k + 1 < ctx.words.size()
              && grammar.startsWith(Grammar.Section.PROSPECTIVE_NOUN, ctx.after(ctx.words.get(k + 1).start()))) {
        return true;
      }
    }
    return supposed(grammar, ctx, p);
  }

  /** The tags a condition's ending follows as a verb's (Nori also reads 면 of 읍·면 as an ending after a noun). */
  private static final java.util.Set<POS.Tag> VERB_BEFORE_CONDITION = java.util.EnumSet.of(POS.Tag.VV, POS.Tag.VA,
      POS.Tag.VX, POS.Tag.VCP, POS.Tag.VCN, POS.Tag.XSV, POS.Tag.XSA);

  /**
   * Whether the predicate after offset {@code p}, in the figure's own clause (before any comma),
   * is a condition that supposes what is not said to be (grammar.txt CONDITION: 8% 이상 하락이
   * 지속되면 발동된다, 8년을 채우면): a threshold or a hypothesis, no figure of what happened; not
   * a verb of reckoning (RECKONING: 포함하면, 비교하면, 빼면), whose condition only says how a
   * stated figure is counted.
   */
  static boolean supposed(Grammar grammar, SentenceContext ctx, int p) {
    int first = predicateStart(ctx, p);
    int last = predicateEnd(ctx, p);
    for (int k = Math.max(first, 0); first >= 0 && k <= last; k++) {
      SentenceContext.Word w = ctx.words.get(k);
      if (ctx.text.substring(Math.min(p, w.start()), w.start()).indexOf(',') >= 0) {
        return false; // 매출 8조원, 영업이익은 … 빼면: the condition of the next clause
      }
      List<Morpheme> ms = ctx.morphemesOf(w);
      if (ms.size() >= 2 && ms.get(ms.size() - 1).tag() == POS.Tag.ETM && grammar.is(Grammar.Section.PROSPECTIVE, ms.get(ms.size() - 1).surface())
          && k + 1 < ctx.words.size() && grammar.is(Grammar.Section.CONDITION_NOUN, ctx.words.get(k + 1).stem())) {
        return true; // 1억 명 이상일 경우, 한도를 넘을 시: a case supposed, as 이상이면 is
      }
      for (int i = 1; i < ms.size(); i++) {
        if (ms.get(i).tag() == POS.Tag.EC && grammar.is(Grammar.Section.CONDITION, ms.get(i).surface())) {
          int v = i - 1;
          while (v > 0 && ms.get(v).tag() == POS.Tag.EP) {
            v--; // 채웠으면: the verb before the tense
          }
          Morpheme verb = ms.get(v);
          if (!VERB_BEFORE_CONDITION.contains(verb.tag())) {
            continue; // 읍·면: Nori's ending is a noun after a dot
          }
          if ((verb.tag() == POS.Tag.XSV || verb.tag() == POS.Tag.XSA) && v >= 1) {
            verb = ms.get(v - 1); // 비교/NNG 하/XSV 면/EC: the noun names the verb
          }
          return !grammar.is(Grammar.Section.RECKONING, verb.surface());
        }
      }
    }
    return false;
  }

  /**
   * From the head, or the figure when the head follows it (1시간 동안 141.5mm의 비), with the two
   * words before it (at most 40 characters back), to the end of the figure's word: where its scope
   * is written.
   */
  private static String scopeWindow(SentenceContext ctx, QuantityMention q, int headAt) {
    int w = ctx.wordIndexAt(q.start());
    int end = w < 0 ? q.end() : Math.max(q.end(), ctx.words.get(w).end());
    int headWord = headAt < 0 ? -1 : w >= 0 && headAt > q.start() ? w : ctx.wordIndexAt(headAt);
    int phraseStart = headWord < 0 ? 0 : ctx.words.get(Math.max(0, headWord - 2)).start();
    int from = Math.max(Math.max(0, q.start() - 40), phraseStart);
    for (SentenceContext.Word x : ctx.words) {
      if (x.end() <= q.start() && x.start() >= from && ctx.endsClause(x)) {
        from = x.end(); // only the figure's own clause
      }
    }
    return ctx.text.substring(Math.min(from, q.start()), end);
  }

  /** The scope of a year's running total (연간 매출), which a figure of a whole year is anyway. */
  private static final String ANNUAL = "annual";
  /** A period that is one whole year. */
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /**
   * Whether a time other than a comparison's base (전년 대비, 2022년보다) is written between two
   * offsets: the figures after it may be of another period (2월부터 8월까지 11번).
   */
  private boolean timeBetween(SentenceContext ctx, int from, int to) {
    for (TimeMention t : ctx.times) {
      if (t.start() >= from && t.end() <= to && !comparedAfter.matcher(ctx.text).region(t.end(), ctx.text.length()).lookingAt()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a scope is a comparison with an earlier period (전분기, 전년, 전월 대비). */
  private static boolean comparison(String scope) {
    return MeasureLexicon.COMPARISON_SCOPES.contains(scope);
  }

  /** Whether a figure's item in a list names the base it is compared with (전분기 대비 80%, 전년 동월 대비 4.5%). */
  private boolean namesOwnBase(SentenceContext ctx, QuantityMention q) {
    return compared.matcher(itemWords(ctx, q)).find();
  }

  /** The words of a figure's item in a list: from the comma before it (or the sentence's start) to the figure. */
  private static String itemWords(SentenceContext ctx, QuantityMention q) {
    return ctx.text.substring(ctx.text.lastIndexOf(',', q.start()) + 1, q.start());
  }

  /**
   * The scope of a figure: written in its own clause, from its head phrase on; 국내 and 글로벌 only
   * in the head phrase itself (글로벌 금융위기 is no scope of a growth rate); a comparison (전기
   * 대비, 전년 대비) only for rates and changes, and anywhere in the clause before the figure.
   */
  private Optional<String> scope(SentenceContext ctx, QuantityMention q, Head head, QuantityUnit unit, String afterClose) {
    boolean rate = unit == QuantityUnit.PERCENT || unit == QuantityUnit.PERCENT_POINT
        || head.attribute().equals(MeasureLexicon.CHANGE) || countChange(unit, afterClose);
    Optional<String> respective = rate ? respectiveBase(ctx, q) : Optional.empty();
    if (respective.isPresent()) {
      return respective; // 전년 동기와 전분기 대비 각각 5.9%, 11.8% 증가: yoy, then qoq
    }
    // a comparison is the scope of rates and changes alone: of others' windows, the scope before it
    Optional<String> s = grammar.scopeIn(scopeWindow(ctx, q, head.at()), x -> rate || !comparison(x));
    String item = rate ? itemWords(ctx, q) : "";
    if (rate && namesOwnBase(ctx, q)) {
      // 전분기 대비 80%, 지난해 2분기 대비 250% 증가: an item that names its own base is compared with it
      // alone, a base no scope names (지난해 2분기) giving none
      return grammar.scopeIn(item).filter(MeasureFrames::comparison);
    }
    if (s.isEmpty()) {
      // 전년 동기 대비 매출은 17%, 영업이익은 274% 증가했다: a comparison heading the clause holds for its
      // list, and so does the books the clause's figures come from (별도 기준으로 매출은 2조원)
      s = grammar.scopeIn(scopeWindow(ctx, q, -1), x -> rate && comparison(x) || grammar.is(Grammar.Section.CLAUSE_SCOPE, x))
          .or(() -> fieldScope(ctx, q));
    }
    if (s.isEmpty()) {
      return grammar.is(Grammar.Section.FLOW, head.attribute()) && throughPeriod(ctx, head) ? Optional.of(CUMULATIVE) : s;
    }
    String label = s.get();
    if (lexicon.everyCue(head.attribute(), cue -> grammar.namesScope(label, cue))) {
      return Optional.empty(); // 누적 관객, 누적관객: a measure every name of which states the scope needs none
    }
    if (grammar.is(Grammar.Section.PLACE_SCOPE, label)) {
      String phrase = head.at() < 0 ? "" : ctx.text.substring(Math.max(0, head.at() - 12), Math.max(head.at(), Math.min(q.start(), head.at() + 12)));
      // or the item of a list the figure heads (판매량은 국내는 4.2% 감소, 해외는 1.0% 증가)
      String ownItem = itemWords(ctx, q);
      return grammar.scopeIn(ownItem).or(() -> grammar.scopeIn(phrase)).or(() -> fieldScope(ctx, q))
          .filter(x -> x.equals(label));
    }
    return s;
  }

  /** How far before 각각 the bases it distributes may be written. */
  private static final int RESPECTIVE_REACH = 40;

  /**
   * The base of comparison a rate takes from a list of bases given 각각, by its place among the
   * figures of its unit after 각각 in its clause (전년 동기와 전분기 대비 각각 5.9%, 11.8% 증가: the
   * second is the quarter's); empty when fewer than two bases are written or the figures outnumber them.
   */
  private Optional<String> respectiveBase(SentenceContext ctx, QuantityMention q) {
    int each = grammar.words(Grammar.Section.RESPECTIVELY).stream()
        .mapToInt(w -> ctx.text.lastIndexOf(w, q.start())).max().orElse(-1);
    if (each < 0 || clauseEndsBetween(ctx, each, q.start())) {
      return Optional.empty();
    }
    // the bases of 각각's own clause (전년 대비 5% 늘었고, 이익은 전분기 대비 각각 …)
    int from = Math.max(Math.max(0, each - RESPECTIVE_REACH), clauseStart(ctx, each));
    List<String> bases = grammar.joinedScopes(ctx.text.substring(from, each)).stream()
        .filter(MeasureFrames::comparison).toList();
    if (bases.size() < 2) {
      return Optional.empty();
    }
    int k = (int) ctx.quantities.stream().filter(o -> o.start() > each && o.start() < q.start()
        && o.quantity().unit() == q.quantity().unit()).count();
    return k < bases.size() ? Optional.of(bases.get(k)) : Optional.empty();
  }

  /**
   * The scope a field in 에서 of the figure's clause is all of (내수시장에선 … 19만대가 팔렸다,
   * 해외에서는): where everything its clause counts was counted.
   */
  private Optional<String> fieldScope(SentenceContext ctx, QuantityMention q) {
    Optional<String> found = Optional.empty();
    for (SentenceContext.Word w : ctx.words) {
      if (w.end() > q.start()) {
        break;
      }
      if (ctx.endsClause(w)) {
        found = Optional.empty(); // a field of an earlier clause scopes that clause's figures
      } else if (w.role() == Role.FROM && grammar.isScopeWord(w.stem())) {
        found = grammar.scopeIn(w.stem());
      }
    }
    return found;
  }

  /** The scope of a figure summed from the start of a period on. */
  private static final String CUMULATIVE = "cumulative";

  /**
   * Whether the measure at the head is written right after a month, quarter or half in 까지 that
   * no 부터 or range opens (올해 3분기까지 영업이익은, 1~9월까지의 매출): for money that flows in over a
   * period (grammar.txt FLOW), summed up to then, not the last period's own; a day or an hour in
   * 까지 is the moment a count stood at, a year in 까지 the term of a contract (2028년까지 연봉).
   */
  private static boolean throughPeriod(SentenceContext ctx, Head head) {
    if (head.at() < 0) {
      return false;
    }
    for (TimeMention t : ctx.times) {
      if (t.value() != null && SUMMED_UP_TO.contains(t.value().granularity()) && t.end() <= head.at()
          && THROUGH.matcher(ctx.text.substring(t.end(), head.at())).matches()) {
        String before = ctx.text.substring(Math.max(0, t.start() - RANGE_REACH), t.start());
        return !before.contains("부터") && !t.text().contains("부터");
      }
    }
    return false;
  }

  /** The periods whose end a figure of money may be summed up to. */
  private static final java.util.Set<Granularity> SUMMED_UP_TO =
      java.util.EnumSet.of(Granularity.HALF, Granularity.QUARTER, Granularity.MONTH);
  /** What stands between a time and the measure it sums to: 까지, 까지의. */
  private static final Pattern THROUGH = Pattern.compile("까지(의)?\\s+");
  /** How many characters before such a time a 부터 makes it a stretch's end. */
  private static final int RANGE_REACH = 15;

  /**
   * A reported figure's period lies in the past: a quarter or month written without its year that
   * would fall after the publication date is last year's (4분기 in a January article), and so is a
   * quarter or half that would not have ended by then (1분기 beside the 4분기 results of a January
   * article: the first quarter of the year before); one whose year is written (올해 3분기: a
   * forecast, or a plan) keeps it.
   */
  private static String past(TimeMention t, LocalDate published) {
    TimeValue v = t.value();
    String n = v.normalized();
    if (published == null || !v.yearKnown() || v.year() != published.getYear()
        || TimeLexicon.standard().writesYear(t.text())) {
      return n;
    }
    boolean open = (v.granularity() == Granularity.QUARTER || v.granularity() == Granularity.HALF)
        && v.lastDay().isAfter(published);
    if (!v.firstDay().isAfter(published) && !open) {
      return n;
    }
    return String.format(java.util.Locale.ROOT, "%04d", v.year() - 1) + n.substring(4);
  }

  /**
   * Whether a noun is one of a length of time (시간, 기간: the quantity lexicon's LENGTH_NOUN), which
   * measures what the noun before it names.
   */
  private static boolean lengthNoun(String noun) {
    return QuantityLexicon.standard().entries(QuantityLexicon.WordClass.LENGTH_NOUN).stream()
        .anyMatch(e -> e.word().equals(noun));
  }

  /** Whether {@code text} has one of {@code chars}. */
  private static boolean hasAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** How far ahead an aside's closing bracket is looked for. */
  private static final int ASIDE_REACH = 40;

  /**
   * {@code text} without the bracketed aside it starts with and the spaces after it (the 8.77% of
   * 234.64포인트(8.77%) 내린), when the aside closes within {@value #ASIDE_REACH} characters.
   */
  static String skipAside(String text) {
    if (text.isEmpty() || text.charAt(0) != '(') {
      return text;
    }
    int close = text.indexOf(')');
    if (close < 0 || close > ASIDE_REACH || text.lastIndexOf('(', close) != 0) {
      return text;
    }
    return text.substring(close + 1).stripLeading();
  }

  /** {@code text} without the spaces and closing parentheses it starts with. */
  static String skipClose(String text) {
    int i = 0;
    while (i < text.length() && (isRegexSpace(text.charAt(i)) || text.charAt(i) == ')')) {
      i++; // what the regex ^[\\s)]* would remove, without a matcher per figure
    }
    return text.substring(i);
  }

  /**
   * A word's stem without glosses and brackets: 성장률(직전분기대비·속보치)이 gives 성장률,
   * 국내총생산(GDP) gives 국내총생산; a word opening a parenthesis is cut there.
   */
  private static String stem(SentenceContext ctx, SentenceContext.Word w) {
    String raw = ctx.text.substring(w.start(), Math.max(w.start(), w.stemEnd()));
    String t = raw.indexOf('(') < 0 ? raw : GLOSS.matcher(raw).replaceAll("");
    int open = t.indexOf('(');
    if (open >= 0) {
      t = t.substring(0, open);
    }
    return (hasAny(t, STEM_PUNCTUATION_CHARS) ? STEM_PUNCTUATION.matcher(t).replaceAll("") : t).strip();
  }

  /** Whether a word starts inside parentheses (전분기 대비) in 성장률(전분기 대비)은). */
  private static boolean inParentheses(SentenceContext ctx, SentenceContext.Word w) {
    return ctx.inParentheses(w.start());
  }

  /**
   * Where the words that may say a measure is forecast begin: two words before its name in its
   * clause (시장 전망치는 2분기 매출), or eight characters when the name is not at a word.
   */
  private static int leadStart(SentenceContext ctx, int headAt) {
    int w = ctx.wordIndexAt(headAt);
    if (w < 0) {
      return Math.max(0, headAt - 8);
    }
    // up to two words before the head, in its clause (입장할 수 있으며, 경쟁률은: no forecast of the rate)
    int k = w;
    while (k > 0 && w - k < 2 && !ctx.endsClause(ctx.words.get(k - 1))) {
      k--;
    }
    return Math.min(headAt, ctx.words.get(k).start());
  }

  /** What comes before the last item a bracketed figure follows in its word (정보통신기기(37.0%)·반도체(): up to 반도체. */
  private static final Pattern LISTED_ITEM_START = Pattern.compile(".*[\\s·ㆍ,)]");

  /** What stands between an amount and a rate in brackets right after it: 원(-9.6%), 원(+2.1%). */
  private static final Pattern ASIDE_OPEN = Pattern.compile("\\(\\s*[-+−]?\\s*");

  /**
   * The measure and owner the words before a figure name. {@code change} is true for a rate
   * of change, {@code moved} for any figure a change verb follows (12조원 줄었다): a cause in 로
   * right before such a figure stands between it and its head as an adverb would (소득세는
   * 부진으로 12조원 줄었다).
   */
  private Head head(SentenceContext ctx, QuantityMention q, boolean change, boolean moved, Discourse discourse) {
    int qw = ctx.wordIndexAt(q.start());
    if (qw < 0) {
      return null;
    }
    QuantityUnit unit = q.quantity().unit();
    SentenceContext.Word own = ctx.words.get(qw);
    String inWord = ctx.text.substring(own.start(), q.start());
    if (OPEN.matcher(inWord).find()) {
      String noun = OPEN.matcher(inWord).replaceFirst("").strip();
      String listed = LISTED_ITEM_START.matcher(noun).replaceFirst("");
      if (change && unit == QuantityUnit.PERCENT && !listed.isEmpty() && lexicon.forHead(listed, unit).isEmpty()
          && verbOfBracketedList(ctx, q).isPresent()) {
        // 가람(-1.3%), 나래(-2.1%)는 내렸다, 가람(3.1%)·나래(2.5%)가 늘었다: each item's own rate
        // of change, read by the list's verb, so not firm (points are a contribution or a rate's
        // change: 정부투자(-0.1%p)는 성장률을 깎아내렸다)
        int at = own.start() + noun.length() - listed.length();
        Optional<EntityMention> name = nameIn(ctx, at, at + listed.length());
        return new Head(MeasureLexicon.GROWTH_RATE, name.map(n -> n.entity().canonical()).orElse(listed), false, at);
      }
      Optional<EntityMention> quoted = quotedBefore(ctx, own.start() + noun.length());
      if (quoted.isPresent()) {
        return ofName(ctx, q, quoted.get(), qw, change); // ‘가람의 노래’(120만 명): the quoted name's, of no measure it names
      }
      // not 234.64포인트(8.77%), 234.64p(-8.77%): a bracket after another figure is an aside to that
      // figure (rateBesideAmount), though its unit be one the lexicon does not read
      int nounEnd = own.start() + noun.length();
      boolean afterFigure = AMOUNT_BEFORE.matcher(noun).find()
          || ctx.quantities.stream().anyMatch(o -> o != q && o.start() >= own.start() && o.end() <= nounEnd)
          || unit == QuantityUnit.PERCENT && ctx.quantities.stream().anyMatch(o -> o.end() > own.start() && o.end() <= nounEnd); // 2조 원(-9.6%)
      if (!noun.isEmpty() && Character.isLetter(noun.charAt(noun.length() - 1)) && !afterFigure
          && !grammar.is(Grammar.Section.MODIFIER, noun.replaceAll(".*[\\s\\d]", ""))
          && ctx.times.stream().noneMatch(t -> t.start() < q.start() && t.end() > own.start())) {
        Optional<EntityMention> name = nameIn(ctx, own.start(), own.start() + noun.length());
        String item = noun.replaceAll(".*[\\s·]", "");
        if (name.isPresent()) {
          Head of = ofName(ctx, q, name.get(), qw, change);
          if (of != null || !isRegion(name.get())) {
            return of;
          }
        }
        if (!change && lexicon.forHead(item, unit).isEmpty() && bracketedItem(ctx, q)) {
          Optional<String> cue = listCue(ctx, unit, ctx.cues(lexicon));
          Optional<String> place = Regions.standard().of(item);
          if (place.isPresent() && cue.isPresent()) {
            return new Head(cue.get(), place.get(), true, own.start()); // 서울(-2.5%)과 부산(-3.1%) 가격 변동률
          }
          if (place.isEmpty() && cue.isEmpty()) {
            return null; // 가전(-18.3%), 철강(-0.6%) 등의 수출: the items' measure is no known one, and the item no measure
          }
        }
        if (qw >= 2 && AMOUNT_WORD.matcher(wordText(ctx, qw - 1)).matches()
            && ctx.endsInNoun(ctx.words.get(qw - 2))) {
          // 상금 1100만 크로나(약 13억원): the converted amount of a currency not read, named by the noun before the amount
          SentenceContext.Word before = ctx.words.get(qw - 2);
          return named(stem(ctx, before), "", unit, ctx, before.start());
        }
        boolean measure = lexicon.forHead(noun, unit).isPresent();
        if (!measure && grammar.counted(q).isPresent()) {
          // 케인(17골)은: a count in a noun's parentheses is that noun's (the counter names the measure),
          // not the clause actor's
          String last = noun.replaceAll(".*[\\s·]", "");
          if (GenericNouns.standard().isTitle(last)) {
            // 박정훈 후보(16만4919표): the person the title names
            return titleHolder(ctx, qw, discourse).map(h -> new Head(last, h, true, own.start())).orElse(null);
          }
          return new Head(last, canonicalOwner(last, ctx, own.start()), true, own.start());
        }
        Head topic = measure ? null : topicMeasure(ctx, qw, unit);
        // 투표율은 2020년 총선(66.2%)과 비교해: the topic's measure, of the occasion the bracket follows
        return topic != null ? new Head(topic.attribute(), noun.replaceAll(".*\\s", ""), topic.firm(), topic.at())
            : named(noun, "", unit, ctx, own.start());
      }
    }
    if (inWord.contains("…")) {
      return null; // 여객기 참사…179명 사망: the headline's clause starts at the figure
    }
    QuantityMention amount = ctx.quantityBefore(q);
    if (amount != null && change && ASIDE_OPEN.matcher(ctx.text.substring(amount.end(), q.start())).matches()
        && ctx.wordIndexAt(amount.start()) >= 0 && ctx.wordIndexAt(amount.start()) < qw) {
      // 2조 원(-9.6%) 줄었다: the rate of the change is named by the words before the amount, as
      // for 2조원(-9.6%); a rate that changes nothing (19만 건(-9.8%)으로) is left as it was
      qw = ctx.wordIndexAt(amount.start());
    }
    Head bracketRate = rateBesideAmount(ctx, q);
    if (bracketRate != null) {
      return bracketRate;
    }
    Head listed = listedMeasure(ctx, q);
    if (listed != null) {
      return listed;
    }
    Head contribution = contribution(ctx, q, qw);
    if (contribution != null) {
      return contribution;
    }
    Head labelled = bracketLabel(ctx, q, qw, unit);
    if (labelled != null) {
      return labelled;
    }
    boolean adjacent = true;
    boolean acrossChange = false; // the relative clause of the figure's change stands between
    boolean afterCause = false; // a cause in 로 stands between the figure and the word
    int bracket = ctx.bracketOpening(q.start());
    int floor = ctx.speechFloor(q.start());
    for (int i = qw - 1; i >= 0 && i >= qw - REACH && ctx.words.get(i).end() > floor; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      String st = stem(ctx, w);
      if (bracket >= w.start() && bracket < w.end()) {
        return null; // 금리 격차(한국 2.75%·미국 4.5%)는: a figure in a word's bracket is an aside to it, not its value
      }
      int base = i == qw - 1 ? comparedBase(ctx, i) : -1;
      if (base >= 0) {
        // 최저임금이 올해 9860원보다 170원 올랐다: the level compared with, and its time, stand
        // between the measure and its change as an adverb would
        i = base;
        continue;
      }
      if (i == qw - 1 && w.role() == Role.BARE && grammar.is(Grammar.Section.EXAMPLES, st)) {
        break; // 수도권 등 8곳: the nouns before 등 are examples of what is counted, not its name (not 검정고시 등은 10.5%)
      }
      if (i == qw - 1 && ctx.has(w, POS.Tag.ETM) && changeVerb(ctx.text.substring(w.start(), w.end()))
          && LEVEL_AFTER_CHANGE.matcher(skipAside(rest(ctx, q.end()))).lookingAt()) {
        int k = changeClauseStart(ctx, i, unit);
        if (k < i) {
          // 최저임금이 올해보다 170원 오른 1만30원으로: the level the change reached, named before the
          // relative clause of its change (the change's figure and the base it is compared with),
          // which stands between them as an adverb would
          i = k;
          acrossChange = true;
          continue;
        }
      }
      if (causes(ctx, w, st, moved && i == qw - 1)) {
        // 공시지가 하락, 세율 인하 등으로 2조원 감소했다, 세수 부진으로 12조원 줄었다: the phrase
        // says why it changed, not what; the words before it are the cause's, and the topic
        // before them names the figure
        // (not past 역시 of 정부소비 역시 물건비 위주로: the adverb makes the noun before it the topic)
        while (i >= 1 && (ctx.words.get(i - 1).role() == Role.BARE || ctx.words.get(i - 1).role() == Role.WITH)
            && !grammar.is(Grammar.Section.TOPIC_ADVERB, wordText(ctx, i - 1))) {
          i--;
        }
        adjacent = false;
        afterCause = true;
        continue;
      }
      // 규모 is a modifier of amounts (3조원 규모) but names a bare number's measure (규모 5.8)
      // (but 기간 of a span is the length it names: 계약 기간 8년, as 계약기간 8년)
      if (grammar.is(Grammar.Section.COMPARED_BY, st) && (w.role() == Role.BARE || w.role() == Role.BY
          || w.role() == Role.TOPIC) && i >= 1 && ctx.words.get(i - 1).role() == Role.BARE) {
        // 공시가격은 초안 대비 0.5%포인트 하락, 예산 대비로는 56조원 규모의 결손: the base compared
        // with is no head of the figure
        i--;
        continue;
      }
      boolean modifier = grammar.is(Grammar.Section.MODIFIER, st) && lexicon.forHead(st, unit).isEmpty()
          && !(unit == QuantityUnit.DURATION && lengthNoun(st));
      if (ctx.beginsWithTime(w) || inParentheses(ctx, w) || modifier || st.isEmpty()
          || sortsBy(st) || ctx.adverb(w)) {
        continue; // 판매가 마침내 100만 부를: an adverb stands between a head and its figure
      }
      if (i >= 1 && ctx.particleVerb(w)) {
        // 요금은 요금제에 따라 3만원: a compound particle's phrase (SentenceContext#particlePhraseStart)
        // stands between a head and its figure as an adverb would; a figure that is its verb's
        // subject (당국에 의해 40명이 구조되고) is counted by that verb, and the topic beyond the
        // phrase names it only when it is a known measure
        i = ctx.particlePhraseStart(i);
        adjacent &= particleAfter(ctx, q) != Role.SUBJECT;
        continue;
      }
      Optional<QuantityMention> other = ctx.quantities.stream().filter(o -> o.start() >= w.start() && o.end() <= w.end()).findFirst();
      if (other.isPresent() && streak(rest(ctx, other.get().end()))) {
        continue; // 2회 연속 3위: a streak stands between a head and its figure as an adverb would
      }
      if (other.isPresent()) {
        if (onlyTimesBetween(ctx, i, qw) && w.role() == Role.FROM && fromSameUnit(ctx, w, unit)
            && particleAfter(ctx, q) != Role.GENITIVE) {
          // 관세는 25%에서 15%로: the level before, the same measure's, its own time between them or
          // not (실업자는 1월 5만명에서 2월 8만명으로); a bare noun right before it is its own label
          // (정원은 현원 2023명에서 3662명으로), not the measure's name
          if (i >= 1 && ctx.words.get(i - 1).role() == Role.BARE && ctx.endsInNoun(ctx.words.get(i - 1))
              && (i < 2 || ctx.words.get(i - 2).role() != Role.BARE)) {
            i--;
          }
          continue;
        }
        if (i == qw - 1 && otherUnitBeside(ctx, other.get(), q)) {
          continue; // 득표 차는 0.73%p, 24만7077표다: the same gap in another unit, named by the words before both
        }
        break; // another figure's phrase
      }
      if (ctx.endsClause(w) || ctx.text.substring(w.start(), w.end()).contains("…")) {
        break; // 여객기 참사…179명 사망: a headline's parts are clauses of their own
      }
      boolean noun = ctx.endsInNoun(w);
      if (i >= 1 && framedTopic(ctx, i - 1)) {
        adjacent = false;
        continue; // 건설투자의 경우 2.7%: the frame's noun says nothing of the figure
      }
      boolean topic = w.role() == Role.TOPIC || w.role() == Role.ALSO || topicalMeasure(ctx, i, st, unit)
          || w.role() == Role.BARE && i + 1 < qw && grammar.is(Grammar.Section.TOPIC_ADVERB, wordText(ctx, i + 1)) // 정부소비 역시
          || framedTopic(ctx, i);
      if (!topic && ctx.listedApart(w, q.start())) {
        break; // 2명 구조, 177명 사망: a noun before a comma ends the item before
      }
      // 투자 상한을 200억 달러로 정했다, 가격을 30만원으로 낮췄다: the object a figure in 로 sets is its measure
      // (not 금메달 목표를 5개로 잡았다: a target's figure is the thing aimed at, as 목표 금메달 5개)
      boolean setTo = w.role() == Role.OBJECT && particleAfter(ctx, q) == Role.BY
          && !grammar.contains(Grammar.Section.FORECAST, st);
      boolean near = adjacent && (w.role() == Role.BARE || w.role() == Role.GENITIVE || w.role() == Role.SUBJECT || setTo);
      if (noun && near && i == qw - 1 && w.role() == Role.BARE && lexicon.forHead(st, unit).isEmpty()
          && !grammar.is(Grammar.Section.INCLUDING, st) && countedByFigure(ctx, i)) {
        break; // 9개 업체 78명: the noun is what the count before it counts, not the next figure's measure
      }
      if (noun && (near || topic)) {
        Head written = writtenCue(ctx, w, unit);
        if (written != null) {
          return written; // 선거인 수는 4419만명: the cue as written, whatever the words' analysis
        }
        int h = countedBy(ctx, i);
        SentenceContext.Word hw = ctx.words.get(h);
        Optional<EntityMention> name = nameIn(ctx, hw.start(), hw.stemEnd())
            .filter(m -> lexicon.forHead(wordsBefore(ctx, hw.start()) + stem(ctx, hw).replace(" ", ""), unit).isEmpty())
            .or(() -> quotedBefore(ctx, closingQuoteEnd(ctx, hw)))
            .or(() -> ctx.longerQuotedName(hw)); // '서울의 봄(김성수 감독)'이: the film, not 서울's 봄
        if (name.isEmpty() && hw.role() == Role.SUBJECT) {
          name = ownerAt(ctx.placeOwners, hw); // 투표율은 세종이 70.2%로: a place as the figure's subject
        }
        if (name.isPresent() && acrossChange) {
          return null; // 고려아연은 전일 대비 2만1000원 오른 81만4000원을: a name's level of a measure not written
        }
        if (name.isPresent()) {
          Head of = ofName(ctx, q, name.get(), qw, change);
          // 항공기 수는 가람항공 158대: a name written bare right before the figure labels an item,
          // as a place does, of the measure written before it
          boolean label = h == qw - 1 && hw.role() == Role.BARE && name.get().entity().type() == EntityType.ORG;
          if (of != null || !isRegion(name.get()) && !label) {
            return of;
          }
        }
        if (GenericNouns.standard().isTitle(stem(ctx, hw))) {
          Optional<String> holder = titleHolder(ctx, h, discourse);
          if (holder.isPresent()) {
            // 김태우 국민의힘 후보는 39.37%, 진 후보는 13만7065표: the person the title names owns it
            return new Head(stem(ctx, hw), holder.get(), true, hw.start());
          }
        }
        Head byClause = personByClause(ctx, h, unit);
        if (byClause != null) {
          return byClause; // 다친 사람은 12명: the people the clause says were hurt
        }
        if (!adjacent && !change && !afterCause && lexicon.forHead(stem(ctx, hw), unit).isEmpty()) {
          return null; // a topic far from the figure names it only when it is a known measure
        }
        if (acrossChange && !change && lexicon.forHead(stem(ctx, hw), unit).isEmpty()
            && (itemFollows(ctx, q) || measureCarried(ctx, discourse, unit))) {
          // 재학생이 1만명 증가한 34만명, 졸업생은 …: an item of a list the sentence goes on with, or
          // of the measure the sentence before named (응시자는 52만명이다. 재학생은 …), names no measure
          return null;
        }
        Optional<String> modified = setTo ? relativeHead(ctx, q) : Optional.empty();
        if (modified.isPresent()) {
          return new Head(stem(ctx, hw), modified.get(), true, hw.start()); // 득점을 23골로 늘린 손흥민은
        }
        if (hw.role().isActor() && grammar.is(Grammar.Section.ACTOR, stem(ctx, hw).replace(" ", ""))) {
          return null; // 소방당국은 12명을 구조했고: who acted, not what the figure counts (경찰 80명: counted)
        }
        return named(stem(ctx, hw), ownerBefore(ctx, h), unit, ctx, hw.start());
      }
      adjacent = false;
    }
    // the topic of the sentence scopes over its clauses: 민간소비는 지출이 늘며 0.2% 증가했다; but
    // not over a clause with a subject of its own (내수는 … 줄었으나 수출이 254만대로 1.0% 늘었다)
    int ownSubject = -1; // the subject written in the figure's own clause
    boolean inFiguresClause = true; // no clause has ended between the word and the figure
    boolean actorSeen = false; // a topic or subject stands between the word and the figure
    int clausesCrossed = 0; // clause endings passed since the figure's clause was left
    int innerSubject = -1; // the subject of the one clause right before the figure's
    for (int i = qw - 1; i >= 0 && i >= qw - REACH && ctx.words.get(i).end() > floor; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      String st = stem(ctx, w);
      if (!inFiguresClause && ctx.endsClause(w)) {
        clausesCrossed++;
      }
      if (ownSubject < 0 && ctx.endsClause(w)
          && !(!actorSeen && subjectNamed(ctx, i) && LINKS.links(ctx.connective(w)) && !modifiesNoun(ctx, q.start()))) {
        // 소비지출이 늘면서 0.2% 증가했다: the subject of a clause before the figure's (but 가람은행이
        // 회의를 열고 기준금리를 0.5%포인트 올렸다: a name the joined clauses share)
        inFiguresClause = false;
      }
      if (!inFiguresClause && clausesCrossed == 0 && w.role() == Role.SUBJECT && ctx.endsInNoun(w)
          && !inParentheses(ctx, w) && !st.isEmpty()) {
        if (innerSubject < 0) {
          innerSubject = i;
        } else if (!ctx.beginsWithTime(w) && !relativeBetween(ctx, i, innerSubject)
            && !grammar.is(Grammar.Section.MODIFIER, st) && !ctx.figureBetween(w.end(), q.start())) {
          // 설비투자가 반도체 수요가 늘면서 3.1% 증가했다: the clause before the figure's has a
          // subject of its own, so the subject before it is the figure's, as a topic would be (not
          // 가공식품이 8.2%, 석유류가 35.1% 오르면서: subjects listed with their own figures)
          return ownerOfTopic(ctx, q, i, qw, unit, change);
        }
      }
      boolean subjectOfClause = ownSubject < 0 && inFiguresClause && w.role() == Role.SUBJECT && !inParentheses(ctx, w);
      Optional<EntityMention> subjectName = subjectOfClause ? nameIn(ctx, w.start(), w.stemEnd()) : Optional.empty();
      if (subjectName.isPresent() && !relativeBetween(ctx, i, qw)) {
        // 가람은행이 기준금리를 현 수준인 1.50%에서 1.75%로 올렸다: a name that is the subject of the
        // figure's own clause owns it as a topic would (not 가람이 발사한 위성이 3m 크기의: the
        // subject of a relative clause)
        Head of = ofName(ctx, q, subjectName.get(), qw, change);
        if (of != null) {
          return of;
        }
      }
      if (subjectOfClause && ctx.endsInNoun(w) && !ctx.beginsWithTime(w) && !st.isEmpty() && subjectName.isEmpty()) {
        ownSubject = i;
      } else if (ownSubject >= 0 && ctx.endsClause(w)) {
        SentenceContext.Word subjectWord = ctx.words.get(ownSubject);
        String subject = stem(ctx, subjectWord);
        return change || lexicon.forHead(subject, unit).isPresent()
            ? named(subject, ownerBefore(ctx, ownSubject), unit, ctx, subjectWord.start()) : null;
      }
      if ((w.role() == Role.TOPIC || w.role() == Role.ALSO || framedTopic(ctx, i)) && ctx.endsInNoun(w) && !ctx.beginsWithTime(w)
          && !inParentheses(ctx, w) && !st.isEmpty() && !grammar.is(Grammar.Section.MODIFIER, st)) {
        return ownerOfTopic(ctx, q, i, qw, unit, change);
      }
      actorSeen |= w.role().isActor(); // 김가람이 땄고 박나래 등이 6개를 더했다: the later clause's own subject
    }
    return null;
  }

  /** Whether every word between word {@code i} and word {@code qw} is a time (2월 of 5만명에서 2월 8만명으로). */
  private static boolean onlyTimesBetween(SentenceContext ctx, int i, int qw) {
    return IntStream.range(i + 1, qw).allMatch(k -> ctx.beginsWithTime(ctx.words.get(k)));
  }

  /** The head a topic (or a subject standing as one) at word {@code i} gives the figure. */
  private Head ownerOfTopic(SentenceContext ctx, QuantityMention q, int i, int qw, QuantityUnit unit, boolean change) {
    SentenceContext.Word w = ctx.words.get(i);
    Optional<EntityMention> name = nameIn(ctx, w.start(), w.stemEnd());
    if (name.isPresent()) {
      Head of = ofName(ctx, q, name.get(), qw, change);
      if (of != null || !isRegion(name.get())) {
        return of;
      }
    }
    Head byClause = personByClause(ctx, i, unit);
    if (byClause != null) {
      return byClause; // 숨진 투숙객은 남자 4명과 여자 3명 등 총 7명: the people the clause says died
    }
    String st = stem(ctx, w);
    return change || lexicon.forHead(st, unit).isPresent() ? named(st, ownerBefore(ctx, i), unit, ctx, w.start()) : null;
  }

  /**
   * Whether a verb with an adnominal ending stands in words (from, to), other than the copula of
   * a level (현 수준인): the word at {@code from} belongs to that relative clause.
   */
  private static boolean relativeBetween(SentenceContext ctx, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      SentenceContext.Word w = ctx.words.get(k);
      if (ctx.has(w, POS.Tag.ETM) && !ctx.has(w, POS.Tag.VCP)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a head's owner is only a word of its own measure (정족수 of 정족수, 상승률 of growth.rate). */
  private boolean namesItsMeasure(Head head, QuantityUnit unit) {
    String owner = head.owner().replace(" ", "");
    return !owner.isEmpty() && (owner.equals(head.attribute())
        || lexicon.forHead(owner, unit).filter(h -> h.prefix().isEmpty())
            .map(h -> h.cue().attribute().equals(head.attribute())).orElse(false));
  }

  /**
   * The measure a bracket names before the figure in it: 3000억원(영업이익률 15%), where the bracket
   * opens right after another figure on the word before the figure's and holds a noun of two
   * syllables or more.
   */
  private Head bracketLabel(SentenceContext ctx, QuantityMention q, int qw, QuantityUnit unit) {
    if (qw < 1 || !ctx.inParentheses(q.start())) {
      return null;
    }
    SentenceContext.Word before = ctx.words.get(qw - 1);
    String word = ctx.text.substring(before.start(), before.end());
    int open = word.lastIndexOf('(');
    int at = before.start() + open;
    if (open < 0 || word.indexOf(')', open) >= 0 || ctx.quantities.stream().noneMatch(o -> o.end() == at)) {
      return null; // only a bracket right after another figure (빅컷(기준금리 0.5%p 인하) explains the noun)
    }
    String label = word.substring(open + 1).strip();
    int labelEnd = before.start() + word.length();
    boolean noun = ctx.morphemesOf(before).stream().filter(m -> m.end() - ctx.base == labelEnd)
        .noneMatch(m -> m.tag().name().startsWith("J")); // not 공시지원금의 15%, a share of something
    if (label.length() < 2 || !noun || !label.chars().allMatch(Hangul::isSyllable) || grammar.is(Grammar.Section.MODIFIER, label)
        || ctx.times.stream().anyMatch(t -> t.start() <= before.start() + open + 1 && t.end() > before.start() + open + 1)) {
      return null;
    }
    return named(label, "", unit, ctx, before.start() + open + 1);
  }

  /**
   * The quoted name a bracket opens right after (‘가람의 노래’(120만 명)): the name whose quotes close
   * at {@code end}, over however many words it spans; empty when the word before does not close a quote.
   */
  private static Optional<EntityMention> quotedBefore(SentenceContext ctx, int end) {
    if (end <= 0 || !Quotes.closes(ctx.text.charAt(end - 1))) {
      return Optional.empty();
    }
    for (EntityMention m : ctx.mentions) {
      if (m.end() >= end - 2 && m.end() <= end && m.start() < end - 1) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Where the quote that closes a word ends (the ’ of 남자’(1051만 명)), or -1 when it closes none. */
  private static int closingQuoteEnd(SentenceContext ctx, SentenceContext.Word w) {
    for (int i = w.start(); i < w.end(); i++) {
      if (Quotes.closes(ctx.text.charAt(i))) {
        return i + 1;
      }
    }
    return -1;
  }

  /** The name a word's stem is, if it is one (알리바바의, xAI는). */
  private static Optional<EntityMention> nameIn(SentenceContext ctx, int from, int to) {
    for (EntityMention m : ctx.mentions) {
      if (m.start() >= from && m.end() <= to + 1 && m.start() < to) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * A name in the head's place owns the figure; what it measures is then said elsewhere: a known
   * measure as the clause's object (기업 가치를 … 400억달러로), the noun after a counter (70억 개
   * 파라미터), or a measuring verb after the figure (1억달러를 유치했다). With none, no claim.
   */
  private Head ofName(SentenceContext ctx, QuantityMention q, EntityMention name, int qw, boolean change) {
    QuantityUnit unit = q.quantity().unit();
    String owner = name.entity().canonical();
    if (change && unit == QuantityUnit.POINTS) {
      return new Head(MeasureLexicon.CHANGE, owner, true, name.start()); // 코스피는 216.97포인트 내렸다: the index's change in points
    }
    if (change && unit != QuantityUnit.PERCENT_POINT) {
      return new Head(MeasureLexicon.GROWTH_RATE, owner, true, name.start()); // GDP는 0.6% 증가했다
    }
    // 한빛은행은 기준금리를 0.25%포인트 낮췄다: points of change are of the rate written as the object
    QuantityUnit measured = unit == QuantityUnit.PERCENT_POINT ? QuantityUnit.PERCENT : unit;
    for (int i = qw - 1; i >= 0 && ctx.words.get(i).start() >= name.end(); i--) {
      SentenceContext.Word w = ctx.words.get(i);
      String st = stem(ctx, w) ;
      if (w.role() == Role.OBJECT && lexicon.forHead(wordsBefore(ctx, w.start()) + st.replace(" ", ""), measured).isPresent()) {
        Head h = named(st, "", measured, ctx, w.start());
        return new Head(h.attribute(), owner, true, w.start());
      }
    }
    if (change || unit == QuantityUnit.PERCENT && (name.role() == Role.TOPIC || name.role() == Role.SUBJECT)
        && grammar.is(Grammar.Section.GROWN_IN_PERCENT, owner)) {
      // GDP는 1분기 0.3%로 반등했다, GDP는 -0.4%를 기록했다: a percentage of an economy's output is its growth
      return new Head(MeasureLexicon.GROWTH_RATE, owner, true, name.start());
    }
    int after = qw + 1;
    while (after < ctx.words.size() && ctx.words.get(after).start() < q.end()) {
      after++;
    }
    if (after < ctx.words.size()) {
      SentenceContext.Word own = ctx.words.get(after - 1);
      SentenceContext.Word next = ctx.words.get(after);
      String st = stem(ctx, next);
      if (grammar.is(Grammar.Section.MODIFIER, st) || grammar.startsWith(Grammar.Section.BOUND_MORE, st)
          || grammar.startsWith(Grammar.Section.BOUND_LESS, st)) {
        return null;
      }
      // 1만8천463㏊, 삼척 2천460㏊: a noun after a comma is the next item, not what the figure counts
      boolean bareCounter = own.role() == Role.BARE && ctx.endsInNoun(next) && nameIn(ctx, next.start(), next.stemEnd()).isEmpty()
          && ctx.text.substring(Math.min(q.end(), next.start()), next.start()).isBlank();
      Optional<MeasureLexicon.Cue> phrase = lexicon.phraseAt(ctx.text, next.start(), unit);
      if (phrase.isPresent()) {
        return new Head(phrase.get().attribute(), owner, true, next.start()); // 코스피는 … 2441.44로 거래를 마감했다
      }
      Optional<MeasureLexicon.HeadMatch> cue = lexicon.forHead(leadingNoun(ctx, next), unit);
      if (bareCounter || cue.isPresent()) {
        String attribute = cue.map(c -> c.cue().attribute()).orElse(st.replace(" ", ""));
        return attribute.isEmpty() ? null : new Head(attribute, owner, true, next.start());
      }
    }
    Head topic = topicMeasure(ctx, name, unit);
    boolean besideName = name.role() == Role.BARE && ctx.wordIndexAt(name.start()) == qw - 1 && listed(ctx, q);
    if (topic == null && (besideName || bracketedItem(ctx, q))) {
      // 울진 1만8463ha, 삼척 2184ha 등 산림 피해; 가람(-2.5%)과 나래(-3.1%) 가격 변동률: the name owns an item of
      // the list's measure
      return listCue(ctx, unit, ctx.cues(lexicon)).map(a -> new Head(a, owner, true, name.start())).orElse(null);
    }
    return topic;
  }

  /**
   * The measure the sentence's topic names, owned by the name written as a figure's subject
   * (영업이익은 한빛이 9조원, 투표율은 세종이 70.2%로 가장 높고 제주가 …).
   */
  private Head topicMeasure(SentenceContext ctx, EntityMention name, QuantityUnit unit) {
    Head h = topicMeasure(ctx, ctx.wordIndexAt(name.start()), unit);
    return h == null ? null : new Head(h.attribute(), name.entity().canonical(), true, h.at());
  }

  /**
   * The measure the topic before word {@code n} names (투표율은, 매출은): the nearest topic, over
   * clause endings, when it is a known measure of {@code unit} and no name; null otherwise.
   */
  private Head topicMeasure(SentenceContext ctx, int n, QuantityUnit unit) {
    for (int i = n - 1; i >= 0 && i >= n - REACH; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      // 영업이익 역시 크게 늘어: a bare noun before 역시 is the topic, as 영업이익도 would be
      boolean adverbTopic = i + 1 < n && ctx.endsInNoun(w)
          && grammar.is(Grammar.Section.TOPIC_ADVERB, wordText(ctx, i + 1))
          && stem(ctx, w).equals(ctx.text.substring(w.start(), w.end()));
      if (w.role() != Role.TOPIC && !adverbTopic || inParentheses(ctx, w)) {
        continue;
      }
      String st = stem(ctx, w);
      if (!ctx.endsInNoun(w) || ctx.beginsWithTime(w) || st.isEmpty() || ctx.mentionOf(w).isPresent()
          || ownerAt(ctx.placeOwners, w).isPresent()
          || lexicon.forHead(wordsBefore(ctx, w.start()) + st.replace(" ", ""), unit).isEmpty()) {
        return null;
      }
      return named(st, "", unit, ctx, w.start());
    }
    return null;
  }

  /**
   * Whether a measure that names no one goes on with the quarter or half year of the sentence right
   * before it (4분기 영업이익은 3조원으로 … 영업이익률은 8.2%로 나타났다: the quarter's margin), in a
   * sentence that names no one itself, when that sentence wrote that period alone (no series of
   * quarters). Not a year or a month: a year written once (2016년 리우 대회) is seldom the period of
   * the figures after it.
   */
  private static boolean continuesUnowned(SentenceContext ctx, Head measured, Discourse discourse) {
    return ctx.mentions.isEmpty() && discourse.lastMeasureSentence == ctx.sentence.index() - 1
        && (measured.owner().isEmpty() || measured.at() < 0) && discourse.measurePeriodAlone
        && partOfYear(discourse.measurePeriod);
  }

  /** Whether a period the frames wrote is a quarter or a half year (2023-Q4, 2024-H1). */
  private static boolean partOfYear(String period) {
    try {
      Granularity g = TimeValue.parse(period).granularity();
      return g == Granularity.QUARTER || g == Granularity.HALF;
    } catch (IllegalArgumentException e) {
      return false; // a period written otherwise (a span): no part of a year
    }
  }

  /**
   * The name the last measure read belongs to, when the sentences before named it: its owner, or
   * the name its owner starts with (가람전자매출 of 가람전자's growth in 매출 is 가람전자's).
   */
  private static Optional<String> lastMeasureOwner(Discourse discourse) {
    String owner = discourse.lastMeasure.owner();
    // the longest such name: 한국은행's, not 한국's
    return discourse.recent.stream().map(Entity::canonical)
        .filter(name -> !name.isEmpty() && owner.startsWith(name)).max(java.util.Comparator.comparingInt(String::length));
  }

  /** The noun a word starts with (유치 of 유치했다, 판매 of 판매됐다), or its stem. */
  private static String leadingNoun(SentenceContext ctx, SentenceContext.Word w) {
    for (Morpheme m : ctx.morphemesOf(w)) {
      int s = m.start() - ctx.base;
      if (s == w.start() && m.isNoun()) {
        return m.surface();
      }
    }
    return "";
  }


  /**
   * The period a time written between a figure and its head after it gives (673조원 규모의 내년도
   * 예산안: 2025), a year, quarter or month; empty for none.
   */
  private static Optional<String> headPeriod(SentenceContext ctx, int figureEnd, int head) {
    for (TimeMention t : ctx.times) {
      if (t.start() >= figureEnd && t.end() <= head && t.value() != null && t.duration() == null
          && t.value().granularity() != Granularity.DAY) {
        return Optional.of(t.value().normalized());
      }
    }
    return Optional.empty();
  }

  /**
   * A head written after the figure as its genitive: 10억달러(약 1조3000억원) 규모의 공모, 1조원의
   * 매출. Parenthesised conversions between are skipped.
   */
  private Head headAfter(SentenceContext ctx, QuantityMention q, boolean anyNoun) {
    int w = ctx.wordIndexAt(q.start());
    if (w < 0) {
      return null;
    }
    int i = w;
    while (i + 1 < ctx.words.size() && ctx.words.get(i).role() != Role.GENITIVE
        && (i == w || ctx.words.get(i).end() <= q.end() || inParentheses(ctx, ctx.words.get(i)))) {
      i++;
    }
    if (i - w > 4) {
      return null;
    }
    int noun;
    SentenceContext.Word own = ctx.words.get(i);
    if (own.role() == Role.GENITIVE) {
      String between = ctx.text.substring(Math.min(q.end(), own.stemEnd()), own.stemEnd())
          .replaceAll("\\([^()]*\\)", "").strip();
      if (!between.isEmpty() && !grammar.is(Grammar.Section.MODIFIER, between)
          && !grammar.startsWith(Grammar.Section.BOUND_MORE, between)) {
        return null;
      }
      noun = i + 1;
    } else if (i == w && ctx.adnominal(own)) {
      noun = w + 1; // 700명대인 오픈AI 임직원
    } else if (ctx.words.get(w).role() == Role.BY && w + 3 < ctx.words.size()
        && grammar.is(Grammar.Section.SUPERLATIVE, wordText(ctx, w + 1)) && ctx.adnominal(ctx.words.get(w + 2))
        && ctx.words.get(w + 3).role() == Role.OBJECT) {
      noun = w + 3; // 83.9%로 가장 높은 투표율을 기록했다: the record's measure, of the figure in 로
    } else {
      int link = i == w ? w + 1 : i;
      if (link >= ctx.words.size() || !grammar.startsWith(Grammar.Section.BOUND_MORE, ctx.text.substring(
          ctx.words.get(link).start())) && !ctx.text.startsWith("달하", ctx.words.get(link).start())
          && !ctx.text.startsWith("이르", ctx.words.get(link).start()) || !ctx.adnominal(ctx.words.get(link))) {
        return null;
      }
      noun = link + 1; // 2000만회가 넘는 다운로드, 3만명에 달하는 관중
    }
    if (noun + 1 < ctx.words.size() && ctx.words.get(noun).role() == Role.BARE && ctx.inTime(ctx.words.get(noun).start())
        && ctx.inTime(ctx.words.get(noun).stemEnd() - 1)) {
      noun++; // 673조원 규모의 내년도 예산안: the time says whose year, the noun after it is the measure
    }
    if (noun >= ctx.words.size() || !ctx.endsInNoun(ctx.words.get(noun))) {
      return null;
    }
    SentenceContext.Word next = ctx.words.get(noun);
    if (nameIn(ctx, next.start(), next.stemEnd()).isPresent()) {
      return null;
    }
    String st = stem(ctx, next);
    if (next.role() == Role.BARE && noun + 1 < ctx.words.size() && ctx.endsInNoun(ctx.words.get(noun + 1))) {
      String two = st + stem(ctx, ctx.words.get(noun + 1));
      if (lexicon.forHead(two, q.quantity().unit()).filter(h -> h.prefix().isEmpty()).isPresent()
          || anyNoun && lexicon.forHead(st, q.quantity().unit()).isEmpty()
              && nameIn(ctx, ctx.words.get(noun + 1).start(), ctx.words.get(noun + 1).stemEnd()).isEmpty()) {
        st = two; // 19%의 판매 비중: a measure of two words; 750달러의 중고 보상: a compound, its first noun no measure
      }
    }
    if (!anyNoun && lexicon.forHead(st, q.quantity().unit()).isEmpty()) {
      return null; // unless nothing before names it, only a known measure: 1조원의 돈 is no claim about 돈
    }
    return named(st, "", q.quantity().unit(), ctx, next.start(), true);
  }

  /**
   * A figure whose own words name nothing, measured by the verb after it: 121만대가 팔렸다
   * (판매), 23명이 숨졌다 (사망자). The verb must be a cue of a known measure.
   */
  private Head headByVerb(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(q.start());
    int next = w + 1;
    while (next < ctx.words.size() && ctx.words.get(next).start() < q.end()) {
      next++; // past the word that holds the figure's end (20만 부가)
    }
    if (next < ctx.words.size() && !ctx.inParentheses(q.start()) && ctx.inParentheses(ctx.words.get(next).start())) {
      return null; // 12개(금 3, 은 4)가 나왔다: what stands in brackets after the figure is no verb of it
    }
    if (w >= 0 && next + 1 < ctx.words.size() && bound(ctx, ctx.words.get(next))) {
      next++; // 26만 부가 넘게 팔렸다: the bound stands between the figure and its verb
    }
    if (w < 0 || next >= ctx.words.size()) {
      return null;
    }
    if (headsNextItem(ctx, q, ctx.words.get(next))) {
      return null; // 위중증 360명, 사망 30명: the next item's own noun, no verb of this figure
    }
    if (particleAfter(ctx, q) == Role.SUBJECT || particleAfter(ctx, q) == Role.TOPIC) {
      // 14명이 타박상 등 상처를 입었다, 2명이 현장에서 숨졌다, 나머지 7명은 결국 숨진 채: the
      // subject's or topic's predicate may stand a few words on, in the same clause
      for (int k = next; k < ctx.words.size() && k <= next + SUBJECT_REACH; k++) {
        SentenceContext.Word x = ctx.words.get(k);
        if (lexicon.phraseAt(ctx.text, x.start(), q.quantity().unit()).isPresent()
            || firstCue(ctx, x, q.quantity().unit()).isPresent()) {
          next = k;
          break;
        }
        if (describes(ctx, k)) {
          continue; // 8명이 크고 작은 부상을 입었다: adjectives of the noun after them take no subject
        }
        if (ctx.endsClause(x) || ctx.adnominal(x)) {
          break;
        }
      }
    }
    SentenceContext.Word verb = ctx.words.get(next);
    Optional<MeasureLexicon.Cue> phrase = lexicon.phraseAt(ctx.text, verb.start(), q.quantity().unit());
    if (phrase.isPresent()) {
      // 2441.44로 거래를 마감했다: a verb with its object names the measure; 코스피 지수는 … 2441.55에
      // 거래를 마쳤다: what the topic's noun phrase names owns it
      // (not 응급 환자는 없었으나 14명이 상처를 입었다: a figure that is its clause's subject is no topic's)
      boolean subject = particleAfter(ctx, q) == Role.SUBJECT;
      String owner = namedOwner(ctx, q.start(), true).orElseGet(() -> subject ? "" : topicOwner(ctx, w));
      return new Head(phrase.get().attribute(), owner, true, verb.start());
    }
    Optional<MeasureLexicon.HeadMatch> cue = firstCue(ctx, verb, q.quantity().unit());
    if (cue.isEmpty()) {
      return openPredicate(ctx, q, next, w);
    }
    // 23명이 숨졌다고 밝혔다: a figure that is the verb's subject belongs to no reporting topic;
    // 5000억원에 인수했다고 밝혔다: one the verb takes as its price or object, to the clause's
    // topic, which buys, whoever reports it
    Role role = particleAfter(ctx, q);
    Optional<String> owner = role == Role.TO || role == Role.OBJECT
        ? Optional.of(actor(ctx, q.start()).orElseGet(() -> topicOwner(ctx, w)))
        : namedOwner(ctx, q.start(), true);
    return new Head(cue.get().cue().attribute(), owner.orElse(""), true, verb.start());
  }

  /**
   * Whether word {@code k} is an adjective modifying the noun after it (작은 부상), or one of
   * adjectives joined with 고 that do (크고 작은): it describes a noun, it is no clause of its own.
   */
  private static boolean describes(SentenceContext ctx, int k) {
    int i = adjectiveEndingIn(ctx, k, POS.Tag.EC) ? k + 1 : k; // 크고 작은: joined adjectives
    if (!adjectiveEndingIn(ctx, i, POS.Tag.ETM) || i + 1 >= ctx.words.size()) {
      return false;
    }
    List<Morpheme> noun = ctx.morphemesOf(ctx.words.get(i + 1));
    return !noun.isEmpty() && noun.get(0).isNoun();
  }

  /** Whether word {@code i} is an adjective ending in {@code ending}: ETM (작은), or EC as 고 (크고). */
  private static boolean adjectiveEndingIn(SentenceContext ctx, int i, POS.Tag ending) {
    List<Morpheme> ms = i < ctx.words.size() ? ctx.morphemesOf(ctx.words.get(i)) : List.of();
    if (ms.isEmpty() || ms.get(0).tag() != POS.Tag.VA) {
      return false;
    }
    Morpheme last = ms.get(ms.size() - 1);
    return last.tag() == ending && (ending != POS.Tag.EC || last.surface().equals("고"));
  }


  /**
   * The open predicate a figure is the subject or object of when no measure names it (486만주가
   * 배정됐다, 70억달러를 지급한다): the verb's lemma, a noun with 하다/되다 or a verb of two syllables
   * or more; none for verbs that report, state, compare or change a figure (기록했다, 달했다,
   * 늘었다), which name no measure of their own.
   */
  private Head openPredicate(SentenceContext ctx, QuantityMention q, int v, int w) {
    Role role = particleAfter(ctx, q);
    if (role != Role.SUBJECT && role != Role.OBJECT || ctx.inParentheses(q.start())) {
      return null;
    }
    Optional<String> lemma = EventFrames.verbLemma(ctx, ctx.words.get(v));
    while (lemma.isEmpty() && v + 1 < ctx.words.size() && v + 1 <= w + SUBJECT_REACH) {
      // 70억달러를 인텔에 현금으로 지급한다: the verb after the clause's other arguments
      SentenceContext.Word before = ctx.words.get(v);
      if (!ctx.endsInNoun(before) || before.role() == Role.BARE || ctx.endsClause(before) || ctx.adnominal(before)) {
        return null;
      }
      v++;
      lemma = EventFrames.verbLemma(ctx, ctx.words.get(v));
    }
    if (lemma.isEmpty() || lemma.get().length() < 2) {
      return null;
    }
    String l = lemma.get();
    PredicateLexicon predicates = PredicateLexicon.standard();
    SentenceContext.Word verb = ctx.words.get(v);
    String rest = ctx.text.substring(verb.start());
    if (EventFrames.serialBeforeVerb(ctx, v)) {
      return null; // 두 골을 연달아 넣었다: of two verbs in a row the second says what happened
    }
    if (alternative(ctx, verb)) {
      return null; // 101곳이 전소되거나 일부가 탔다: either verb's figure, neither's alone
    }
    if (predicates.reporting(l) || predicates.connective(l) || predicates.light(l)
        || grammar.is(Grammar.Section.VALUE_VERB, l) || grammar.is(Grammar.Section.ELAPSED, l)
        || grammar.startsWith(Grammar.Section.CHANGE_UP, rest) || grammar.startsWith(Grammar.Section.CHANGE_DOWN, rest)
        || grammar.startsWith(Grammar.Section.BOUND_MORE, rest)
        || grammar.startsWith(Grammar.Section.BOUND_LESS, rest) || grammar.contains(Grammar.Section.FORECAST, l)) {
      return null;
    }
    Optional<String> owner = role == Role.OBJECT
        ? Optional.of(actor(ctx, q.start()).orElseGet(() -> topicOwner(ctx, w)))
        : namedOwner(ctx, q.start(), true);
    return new Head(l, owner.orElse(""), false, verb.start());
  }

  /**
   * What a count of people is, as the relative clause right before it says (숨진 2명은, 중경상을 입은
   * 8명은): the measure its verb, or its object noun, names; null when none does.
   */
  private Head headByRelative(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(q.start());
    if (w < 1 || ctx.inParentheses(q.start()) || ctx.words.get(w).start() != q.start()) {
      return null;
    }
    SentenceContext.Word verb = ctx.words.get(w - 1);
    List<Morpheme> ms = ctx.morphemesOf(verb);
    if (!ctx.has(verb, POS.Tag.ETM) || ctx.has(verb, POS.Tag.VCP) || ms.size() < 2
        || ms.get(0).isNoun() && ms.get(1).tag() != POS.Tag.XSV && ms.get(1).tag() != POS.Tag.XSA) {
      // not 공모가는 2만6000원, a noun and its topic that Nori may read as 공모 + 가 + 는 (but 인상한,
      // which Nori reads as 인상 + 하/XSA + ᆫ, is a verb's relative)
      return null;
    }
    Optional<MeasureLexicon.HeadMatch> cue = firstCue(ctx, verb, q.quantity().unit());
    int o = w - 2;
    while (o >= 1 && (ctx.startsFigure(ctx.words.get(o)) || besideFigure(ctx, ctx.words.get(o)))) {
      // 기준금리를 (현 수준인) 1.75%에서 0.5%포인트 올린 2.25%: the level before, what it is, and
      // the size of the change stand between the object and its verb
      o--;
    }
    if (cue.isEmpty() && o >= 0 && ctx.words.get(o).role() == Role.OBJECT) {
      SentenceContext.Word object = ctx.words.get(o);
      Optional<MeasureLexicon.HeadMatch> objectCue =
          lexicon.forHead(ctx.text.substring(object.start(), object.stemEnd()), q.quantity().unit())
              .filter(c -> c.prefix().isEmpty());
      if (objectCue.isPresent()) {
        // 가람은행이 기준금리를 0.5%포인트 올린 2.25%로 정했다: the level of the object the
        // relative clause changed, owned as that object would be
        return new Head(objectCue.get().cue().attribute(), namedOwner(ctx, object.start(), false).orElse(""), true,
            verb.start());
      }
    }
    return cue.map(c -> new Head(c.cue().attribute(), "", true, verb.start())).orElse(null);
  }

  /** Whether a word only says what the figure after it is: a determiner (현) or a copula's relative (수준인). */
  private static boolean besideFigure(SentenceContext ctx, SentenceContext.Word w) {
    List<Morpheme> ms = ctx.morphemesOf(w);
    return ctx.has(w, POS.Tag.VCP) && ctx.has(w, POS.Tag.ETM)
        || !ms.isEmpty() && ms.stream().allMatch(m -> m.tag() == POS.Tag.MM);
  }

  /**
   * The owner the nearest topic before word {@code n} names (코스피 지수는: 코스피): the nouns before
   * the topic's noun when there are, else that noun; empty when no plain noun is the topic.
   */
  private String topicOwner(SentenceContext ctx, int n) {
    int floor = n < ctx.words.size() ? ctx.speechFloor(ctx.words.get(n).start()) : 0;
    for (int i = n - 1; i >= 0 && i >= n - REACH && ctx.words.get(i).end() > floor; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      // 코스닥 지수도 … 691.28에 마감했다: a topic with 도 names its owner as one with 는 does
      if (w.role() != Role.TOPIC && w.role() != Role.ALSO || !ctx.endsInNoun(w) || ctx.beginsWithTime(w)
          || inParentheses(ctx, w)) {
        continue;
      }
      String st = stem(ctx, w);
      String before = ownerBefore(ctx, i);
      String owner = before.isEmpty() ? st : before;
      return owner.isEmpty() || grammar.is(Grammar.Section.MODIFIER, owner)
          || grammar.is(Grammar.Section.UNINFORMATIVE, owner) ? "" : grammar.owner(owner);
    }
    return "";
  }

  /**
   * The plain noun the figure's clause is about (양궁은 금메달 4개를 땄다; 사이클 역시 금메달 4개로):
   * its topic, in 도, or bare before an adverb that makes it the topic (TOPIC_ADVERB), with no
   * clause ending and no field in 에서 between it and the figure, whose verb says it holds or won
   * it ({@link #holdsFigure}). Empty in a sentence that reports, and when that noun is a name
   * (names own a figure by {@link #ofName}, which tells an owner from an agent: 경찰은 사망자 2명을
   * 확인했다), a noun that stands for something named elsewhere, a happening, a place, an
   * occasion, a time, a modifier, a title, a count or a figure of something (인원, 수치), or a
   * measure itself (매출은 4조원, 번호이동 건수는).
   */
  private Optional<String> fieldTopic(SentenceContext ctx, QuantityMention q, QuantityUnit unit, int measureAt) {
    if (ctx.reports()) {
      return Optional.empty(); // (가람청은 실업자 3만명을 기록했다고 밝혔다: who reports a figure is no owner of it)
    }
    int qw = ctx.wordIndexAt(q.start());
    int floor = ctx.speechFloor(q.start());
    GenericNouns generic = GenericNouns.standard();
    for (int i = qw - 1; i >= 0 && i >= qw - REACH && ctx.words.get(i).end() > floor; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.endsClause(w) || ctx.adnominal(w) || w.role() == Role.FROM) {
        return Optional.empty(); // (가람국은 레슬링에서 금메달 3개: the field the figure was won in names it)
      }
      boolean beforeAdverb = w.role() == Role.BARE && i + 1 < qw
          && grammar.is(Grammar.Section.TOPIC_ADVERB, wordText(ctx, i + 1));
      if (w.role() != Role.TOPIC && w.role() != Role.ALSO && !beforeAdverb) {
        continue;
      }
      String st = stem(ctx, w);
      if ((grammar.is(Grammar.Section.DIVISION, st) || grammar.is(Grammar.Section.TEAM, st)) && i >= 1
          && ctx.words.get(i - 1).role() == Role.BARE
          && ctx.endsInNoun(ctx.words.get(i - 1)) && !ctx.beginsWithTime(ctx.words.get(i - 1))) {
        // 전장 분야도 매출 10조원을 넘었다, 태권도 대표팀도 금메달 5개를 땄다: the division or the
        // side the word names; a side named by its country or its name (한국 선수단은) is that name's
        boolean team = grammar.is(Grammar.Section.TEAM, st);
        SentenceContext.Word named = ctx.words.get(i - 1);
        st = stem(ctx, named);
        String word = st;
        Optional<String> side = team ? nameIn(ctx, named.start(), named.stemEnd()).map(m -> m.entity().canonical())
            .or(() -> generic.anyPlace(word)) : Optional.empty();
        if (side.isPresent()) {
          return holdsFigure(ctx, qw) ? side : Optional.empty();
        }
      }
      if (st.length() < 2 || !st.chars().allMatch(Hangul::isSyllable) || !ctx.endsInNoun(w) || ctx.beginsWithTime(w)
          || inParentheses(ctx, w) || nameIn(ctx, w.start(), w.stemEnd()).isPresent()
          || grammar.is(Grammar.Section.MODIFIER, st) || grammar.is(Grammar.Section.UNINFORMATIVE, st)
          || grammar.endsWith(Grammar.Section.OCCASION, st) || grammar.is(Grammar.Section.RESULTS, st)
          || grammar.is(Grammar.Section.GENERIC_COUNT, st) || grammar.is(Grammar.Section.FIGURE_NOUN, st) || generic.type(st).isPresent()
          || generic.isHappening(st) || generic.isContent(st) || generic.anyPlace(st).isPresent()
          || lexicon.forHead(st, unit).isPresent() || measureWord(st) || endsInTitle(st)
          || measureAt >= 0 && measureAt < w.end()) {
        return Optional.empty(); // (번호이동 건수는 56만건을 기록했다: the topic is the measure's own phrase)
      }
      return holdsFigure(ctx, qw) ? Optional.of(st) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether the predicate of the figure at word {@code qw} says its topic holds or won it: the
   * first word after it that ends a clause or modifies a noun is a HOLD_VERB (4개를 땄다, 4개로
   * 선전했다); not a copula, whose topic is mostly what the figure counts (다친 사람은 9명이다).
   */
  private boolean holdsFigure(SentenceContext ctx, int qw) {
    for (int k = qw; k < ctx.words.size(); k++) {
      SentenceContext.Word w = ctx.words.get(k);
      if (k > qw && grammar.startsWith(Grammar.Section.HOLD_VERB, wordText(ctx, k))) {
        return !ctx.adnominal(w); // (기록(46초80)을 보유한 가람이: the noun the verb modifies holds it)
      }
      if (ctx.endsClause(w) || ctx.adnominal(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a name is a Korean region: when {@link #ofName} finds no measure for it, the figure is
   * an item of a list whose measure the topic names (참가율은 강원이 71.5%로), read as any other noun.
   */
  private static boolean isRegion(EntityMention name) {
    return name.entity().type() == EntityType.PLACE && Regions.standard().of(name.entity().canonical()).isPresent();
  }

  /** Whether an owner is a title, or ends in one after a party or office (진보당후보): its holder is the owner. */
  private static boolean endsInTitle(String owner) {
    for (int k = 2; k <= 3 && k <= owner.length(); k++) {
      if (GenericNouns.standard().isTitle(owner.substring(owner.length() - k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The person a title written as the topic or subject of the figure's clause names (김태우 국민의힘
   * 후보는 득표율 39.37%에): the holder {@link #titleHolder} finds; empty when the sentence reports
   * what someone said (관계자는 … 밝혔다), or no such title stands before the figure.
   */
  private Optional<String> titledActor(SentenceContext ctx, QuantityMention q, Discourse discourse) {
    if (ctx.reports()) { // not 선관위에 따르면 …: a source named apart from the clause takes nothing from its actor
      return Optional.empty();
    }
    int qw = ctx.wordIndexAt(q.start());
    int floor = ctx.speechFloor(q.start()); // 김 실장은 "2000억달러 투자가 …": the speaker owns nothing quoted
    for (int i = qw - 1; i >= 0 && i >= qw - REACH; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.endsClause(w) || ctx.adnominal(w) || w.start() < floor) {
        return Optional.empty();
      }
      if ((w.role() == Role.TOPIC || w.role() == Role.SUBJECT) && !inParentheses(ctx, w)) {
        if (GenericNouns.standard().isTitle(stem(ctx, w))) {
          return titleHolder(ctx, i, discourse);
        }
        // 진 후보의 득표율은 56.52%: the title the topic's noun is of (past 최종, 올해: 진 후보의 최종 득표율은)
        int t = i - 1;
        while (t > 0 && ctx.words.get(t).role() == Role.BARE && (ctx.beginsWithTime(ctx.words.get(t))
            || grammar.is(Grammar.Section.MODIFIER, stem(ctx, ctx.words.get(t)))
            || grammar.is(Grammar.Section.UNINFORMATIVE, stem(ctx, ctx.words.get(t))))) {
          t--;
        }
        boolean ofTitle = t >= 0 && t < i && ctx.words.get(t).role() == Role.GENITIVE
            && GenericNouns.standard().isTitle(stem(ctx, ctx.words.get(t)));
        return ofTitle ? titleHolder(ctx, t, discourse) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The person a title names: a person's or unknown name among the two words before it, past an
   * organisation's (김태우 국민의힘 후보), or a surname alone right before it standing for the one full
   * name the article gave with it (진 후보 after 진교훈: only with the article's {@code discourse},
   * which may be null where none is at hand); empty otherwise.
   */
  static Optional<String> titleHolder(SentenceContext ctx, int title, Discourse discourse) {
    // a name no table knows that starts with no family name (녹색당 of 김유리 녹색당 후보, or 트럼프)
    // is the holder only when no name with one stands before it
    Optional<String> unsure = Optional.empty();
    for (int k = title - 1; k >= 0 && title - k <= 3; k--) {
      SentenceContext.Word w = ctx.words.get(k);
      if (w.role() != Role.BARE || inParentheses(ctx, w)) {
        return unsure;
      }
      Optional<EntityMention> m = nameIn(ctx, w.start(), w.stemEnd());
      if (m.isPresent() && Discourse.fullName(m.get().entity())) {
        String name = m.get().entity().canonical();
        if (surelyPerson(m.get().entity())) {
          return Optional.of(name);
        }
        if (unsure.isEmpty()) {
          unsure = Optional.of(name);
        }
        continue;
      }
      String word = ctx.text.substring(w.start(), w.end());
      if (m.isEmpty() && personName(ctx, w, word)) {
        return Optional.of(word); // 권혜인 진보당 후보: a name Nori does not know, written before the title
      }
      if (k == title - 1 && word.length() == 1 && Hangul.isSyllable(word.charAt(0))) {
        return discourse == null ? Optional.empty() : discourse.personBySurname(word, ctx, w.start()).map(Entity::canonical);
      }
      if (k < title - 2 || !ctx.endsInNoun(w)) {
        // a party's or an organisation's name and an office may stand between (한빛당 시장 후보), nothing else
        return unsure;
      }
    }
    return unsure;
  }

  /**
   * Whether an entity is surely a person: one the table types so, or a name no table knows written
   * as a family name and a given name (김유리, not 녹색당 or 트럼프).
   */
  static boolean surelyPerson(Entity e) {
    return e.type() == EntityType.PERSON || Discourse.fullName(e) && Surnames.standard().mayBeFullName(e.canonical());
  }

  /**
   * Whether a word Nori found no entity in is a person's full name: a family name and a given
   * name, which Nori tags as one proper noun (고영일) or splits at the family name (권/혜인), not a
   * compound of common nouns (정의/당, 민주/당).
   */
  static boolean personName(SentenceContext ctx, SentenceContext.Word w, String word) {
    if (!Surnames.standard().mayBeFullName(word)) {
      return false;
    }
    List<Morpheme> all = ctx.morphemesOf(w);
    if (all.size() >= 2 && !all.get(0).isNoun() && all.get(0).surface().length() == 1
        && Surnames.standard().isSurname(all.get(0).surface())
        && all.subList(1, all.size()).stream().allMatch(Morpheme::isNoun)
        && String.join("", all.stream().map(Morpheme::surface).toList()).equals(word)) {
      return true; // 권/XSN 혜인/NNG after "%),": Nori reads the family name as a suffix or particle
    }
    List<Morpheme> nouns = all.stream().filter(Morpheme::isNoun).toList();
    if (nouns.isEmpty() || !String.join("", nouns.stream().map(Morpheme::surface).toList()).equals(word)) {
      return false;
    }
    return nouns.size() == 1 ? nouns.get(0).tag() == POS.Tag.NNP : Surnames.standard().isSurname(nouns.get(0).surface());
  }

  /**
   * Whether a figure with neither owner nor period is still the story's own, to be compared (투숙객
   * 68명 and 23명 of one fire): an exact amount of a measure the catalog counts once (single), in a
   * sentence that names no year before the article's last
   * (2004년 3월 표결 때는 … 반대 2표: another event's count, whose period the frame missed).
   */
  private boolean ofTheStory(SentenceContext ctx, String attribute, Quantity value, LocalDate published) {
    return value.bound() == Bound.EXACT && catalog.isMeasure(attribute)
        && catalog.values(attribute) == AttributeCatalog.Values.SINGLE
        && ctx.times.stream().noneMatch(t -> t.value() != null && t.value().year() != null
            && (published == null || t.value().year() < published.getYear() - 1));
  }

  /**
   * Whether the figure stands in a relative clause that ends in a milestone the sentence counts
   * from (1986 서울 대회에서 금메달 93개를 딴 이래 가장 적은 …): the clause's verb, within two words of
   * the figure, modifies 이래 or 이후.
   */
  private boolean milestone(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexFrom(q.end());
    if (w < 0) {
      return false; // the figure ends the sentence
    }
    for (int k = w; k < ctx.words.size() - 1 && k <= w + 2; k++) {
      SentenceContext.Word word = ctx.words.get(k);
      if (ctx.adnominal(word)) {
        return grammar.is(Grammar.Section.MILESTONE, stem(ctx, ctx.words.get(k + 1)));
      }
      if (ctx.endsClause(word)) {
        return false;
      }
    }
    return false;
  }

  /** Whether a figure and its noun stand together in parentheses: 280명(재적의원 290명). */
  private static boolean asideWithNoun(SentenceContext ctx, QuantityMention q, Head head) {
    return head.at() >= 0 && head.at() < q.start() && ctx.inParentheses(head.at())
        && ctx.text.lastIndexOf('(', q.start()) <= head.at() && ctx.text.indexOf(')', head.at()) > q.start();
  }

  /** 직원 770명 중 700명, 재석의원 280명(재적 290명) 가운데: the figure is the whole of a part after it. */
  private boolean wholeOfPart(SentenceContext ctx, QuantityMention q) {
    return grammar.startsWithWord(Grammar.Section.PARTITIVE, skipAside(skipClose(ctx.after(q.end()))));
  }

  /**
   * Whether the figure next to {@code q} ({@code step} 1: after it, -1: before it) is written with
   * the same counter (93표 중 80표): a part and its whole of one count.
   */
  private static boolean countedAlike(SentenceContext ctx, QuantityMention q, int step) {
    QuantityMention next = step > 0 ? ctx.quantityAfter(q) : ctx.quantityBefore(q);
    return next != null && QuantityMention.counterOf(next.text()).equals(QuantityMention.counterOf(q.text()));
  }

  /**
   * 유권자 4439만명 중 3524만명이 참여했다: a part of a whole that took part (its own verb one of
   * grammar.txt's TAKING_PART) is counted as TOOK_PART labels the whole's measure (the ballots cast
   * of an electorate); null when the verb or the whole is of no such kind.
   */
  private Head tookPart(SentenceContext ctx, QuantityMention q, Head verb) {
    QuantityMention whole = ctx.quantityBefore(q);
    if (verb == null || !grammar.is(Grammar.Section.TAKING_PART, verb.attribute()) || whole == null
        || whole.quantity().unit() != q.quantity().unit()) {
      return null;
    }
    int w = ctx.wordIndexAt(whole.start());
    if (w < 1) {
      return null;
    }
    // 총 선거인 수 4419만명 (a measure's cue, which Nori may not read as one noun), 전체 유권자 4439만명
    // (a noun of no measure)
    SentenceContext.Word last = ctx.words.get(w - 1);
    String written = ctx.text.substring(ctx.words.get(Math.max(0, w - 2)).start(), last.end()).replace(" ", "");
    String noun = stem(ctx, last).replace(" ", "");
    return lexicon.forHead(written, q.quantity().unit()).map(h -> h.cue().attribute()).or(() -> Optional.of(noun))
        .flatMap(grammar::tookPart).map(a -> new Head(a, "", true, verb.at())).orElse(null);
  }

  /** 770명 중 700명, 응답자 가운데 64%: the figure is a part of the whole written before it. */
  private boolean partOf(SentenceContext ctx, QuantityMention q) {
    return grammar.endsWithWord(Grammar.Section.PARTITIVE, ctx.text.substring(Math.max(0, q.start() - 8), q.start()));
  }

  /** The noun a part is taken from (응답자 of 응답자 중 35%가), written right before the partitive word; empty if none. */
  private String wholeNoun(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(q.start());
    if (w < 2 || !grammar.is(Grammar.Section.PARTITIVE, stem(ctx, ctx.words.get(w - 1)))) {
      return "";
    }
    SentenceContext.Word whole = ctx.words.get(w - 2);
    if (!ctx.endsInNoun(whole) || whole.role() != Role.BARE || whole.stem().chars().anyMatch(Character::isDigit)) {
      return "";
    }
    String noun = stem(ctx, whole);
    if (w >= 3 && ctx.words.get(w - 3).role() == Role.BARE && ctx.endsInNoun(ctx.words.get(w - 3))
        && ctx.words.get(w - 3).stem().chars().noneMatch(Character::isDigit)) {
      noun = stem(ctx, ctx.words.get(w - 3)) + noun; // 정전 가구 중: the compound
    }
    return grammar.owner(noun);
  }

  /** A word that bounds the figure before it (넘게, 이상, 가량): not yet the figure's predicate. */
  private boolean bound(SentenceContext ctx, SentenceContext.Word w) {
    String word = ctx.text.substring(w.start(), w.end());
    return grammar.startsWith(Grammar.Section.BOUND_MORE, word) || grammar.startsWith(Grammar.Section.BOUND_LESS, word)
        || grammar.is(Grammar.Section.MODIFIER, word);
  }

  /**
   * 소설은 30만부가 팔렸다: when the noun before a figure is no known measure and the figure's verb
   * is one (팔리, 숨지), the verb says what is counted and the noun whose it is. Null otherwise.
   */
  private Head measuredByVerb(SentenceContext ctx, QuantityMention q, Head head) {
    if (head == null || wholeOfPart(ctx, q) || asideWithNoun(ctx, q, head)) {
      // 재석의원 280명 중 찬성 200표로: the whole is its own noun's, the verb counts the part;
      // 280명(재적의원 290명)의 찬성으로: the verb is the figure's before the aside
      return null;
    }
    // 직원 2명이 숨졌다: a role that is also a measure (employees) is the group the verb's measure counts
    String group = roleWritten(ctx, head).orElse(null);
    if (group == null && catalog.knows(head.attribute()) || head.attribute().equals(MeasureLexicon.GROWTH_RATE)) {
      return null;
    }
    Head verb = headByVerb(ctx, q);
    if (verb == null || !catalog.knows(verb.attribute())) {
      return null;
    }
    Role role = particleAfter(ctx, q);
    if (role == Role.TO) {
      return verb; // 사업 부문 전체를 10조원에 인수한다: a price is the buyer's, not the noun's before it
    }
    int qw = ctx.wordIndexAt(q.start());
    if (role == Role.SUBJECT && (head.at() < 0 || ctx.wordIndexAt(head.at()) < qw - 1)) {
      // 응급 환자는 없었으나 14명이 상처를 입었다: a figure that is its own clause's subject is
      // no part of a topic further back
      return verb;
    }
    String owner = group != null ? group : head.owner().isEmpty() ? head.attribute() : head.owner();
    boolean plain = !owner.isEmpty() && !grammar.is(Grammar.Section.MODIFIER, owner)
        && !grammar.is(Grammar.Section.UNINFORMATIVE, owner) && !grammar.is(Grammar.Section.CATEGORY, owner);
    return new Head(verb.attribute(), plain ? grammar.owner(owner) : verb.owner(), true, verb.at());
  }

  /** Units a word may be the measure of, for {@link #measureWord}. */
  private static final List<QuantityUnit> MEASURED = List.of(QuantityUnit.COUNT, QuantityUnit.PERSONS,
      QuantityUnit.KRW, QuantityUnit.USD, QuantityUnit.PERCENT);

  /** Whether a word names a measure (득점, 매출, 판매량): what is counted, never who holds a figure. */
  private boolean measureWord(String word) {
    return !word.isEmpty() && (catalog.knows(word) || grammar.countedNoun(word)
        || MEASURED.stream().anyMatch(u -> lexicon.forHead(word, u).filter(h -> h.prefix().isEmpty()).isPresent()));
  }

  /** What ends a label written inside a bracket: the first character that is no syllable. */
  private static final Pattern LABEL_END = Pattern.compile("[^\\p{IsHangul}].*");

  /**
   * Whether a head is written as a cue that names its measure's negative (영업손실, 하락률), or,
   * named elsewhere in its sentence (△인천 24.05% 등 순으로 하락률이 높았다), every cue of its
   * measure there does.
   */
  private boolean namedAsNegative(SentenceContext ctx, Head head, QuantityUnit unit) {
    if (!lexicon.namesNegative(head.attribute())) {
      return false; // most measures have no such cue: no sentence is searched for one
    }
    int at = head.at() < 0 ? -1 : ctx.wordIndexAt(head.at());
    SentenceContext.Word w = at < 0 ? null : ctx.words.get(at);
    // 1년 전(영업손실 5조원): a label inside a word's bracket is written from the head on
    String written = w == null ? "" : head.at() > w.start() ? LABEL_END.matcher(ctx.text.substring(head.at(), w.end())).replaceFirst("")
        : wordsBefore(ctx, head.at()) + stem(ctx, w).replace(" ", "");
    Optional<MeasureLexicon.HeadMatch> own = w == null ? Optional.empty() : lexicon.forHead(written, unit)
        .filter(h -> h.cue().attribute().equals(head.attribute()));
    if (own.isPresent()) {
      return own.get().cue().negative();
    }
    List<MeasureLexicon.CueMatch> cues = ctx.cues(lexicon).stream()
        .filter(c -> c.cue().attribute().equals(head.attribute()) && c.cue().units().contains(unit)).toList();
    return !cues.isEmpty() && cues.stream().allMatch(c -> c.cue().negative());
  }

  /** The role noun (grammar PEOPLE: 직원, 승객) a head is written as. */
  private Optional<String> roleWritten(SentenceContext ctx, Head head) {
    int at = head.at() < 0 ? -1 : ctx.wordIndexAt(head.at());
    if (at < 0) {
      return Optional.empty();
    }
    String written = stem(ctx, ctx.words.get(at)).replace(" ", "");
    return grammar.is(Grammar.Section.PEOPLE, written) ? Optional.of(written) : Optional.empty();
  }

  /** Whether a word is a verb offered as one of alternatives (ALTERNATIVE_ENDING: 숨지거나, 전소되거나). */
  private boolean alternative(SentenceContext ctx, SentenceContext.Word w) {
    return grammar.endsWith(Grammar.Section.ALTERNATIVE_ENDING, ctx.text.substring(w.start(), w.end()));
  }

  /** The measure a word's first morpheme names when it is a noun or verb cue of one alone (경상을, 숨졌다). */
  private Optional<MeasureLexicon.HeadMatch> firstCue(SentenceContext ctx, SentenceContext.Word w, QuantityUnit unit) {
    if (alternative(ctx, w)) {
      return Optional.empty(); // 5명이 숨지거나 다쳤다: either verb's figure, neither's alone
    }
    for (Morpheme m : ctx.morphemesOf(w)) {
      if (m.start() - ctx.base == w.start() && (m.isNoun() || m.tag() == POS.Tag.VV)) {
        return lexicon.forHead(m.surface(), unit).filter(c -> c.prefix().isEmpty());
      }
    }
    return Optional.empty();
  }

  /**
   * The one a figure is given to, written before it in its clause with a RECIPIENT particle of
   * grammar.txt (박 전 대통령에게 징역 24년을 선고했다, 주민들에게 50만원을 지급한다): a name, the
   * person a title names, or the noun; for a measure grammar.txt calls IMPOSED, also a name that
   * is no place in 에 (가람모빌리티에 과징금 700억원을 부과했다); empty when none.
   */
  private Optional<String> recipient(SentenceContext ctx, QuantityMention q, Discourse discourse, String attribute) {
    int qw = ctx.wordIndexAt(q.start());
    for (int i = qw - 1; i >= 0 && i >= qw - REACH; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.endsClause(w) || ctx.adnominal(w)) {
        return Optional.empty();
      }
      String particle = ctx.text.substring(w.stemEnd(), w.end());
      if (w.role() != Role.TO) {
        continue;
      }
      Optional<EntityMention> name = nameIn(ctx, w.start(), w.stemEnd());
      if (!grammar.startsWith(Grammar.Section.RECIPIENT, particle)) {
        if (name.isPresent() && !isRegion(name.get()) && grammar.is(Grammar.Section.IMPOSED, attribute)) {
          return Optional.of(name.get().entity().canonical()); // 가람모빌리티에 과징금 700억원을: a body fined in 에
        }
        if (name.isEmpty() && i >= 1 && ctx.adnominal(ctx.words.get(i - 1)) && grammar.is(Grammar.Section.IMPOSED, attribute)) {
          // 가람모빌리티가 경쟁사의 호출을 차단한 행위에 과징금 700억원을: the body whose act was fined
          return actorOfRelative(ctx, i - 1);
        }
        continue;
      }
      if (name.isPresent()) {
        return Optional.of(name.get().entity().canonical());
      }
      if (GenericNouns.standard().isTitle(stem(ctx, w))) {
        return titleHolder(ctx, i, discourse); // a title whose holder is not written is no owner
      }
      String st = stem(ctx, w).replace(" ", "");
      return st.isEmpty() || grammar.is(Grammar.Section.UNINFORMATIVE, st) ? Optional.empty() : Optional.of(grammar.owner(st));
    }
    return Optional.empty();
  }

  /**
   * The name in the subject of the relative clause whose verb is word {@code verb} (가람모빌리티가
   * 호출을 차단한: 가람모빌리티), walking back at most {@value #REACH} words past adverbs and
   * connectives (늦게 준); empty if a topic or a comma comes first, or the subject is no name.
   */
  private Optional<String> actorOfRelative(SentenceContext ctx, int verb) {
    for (int k = verb - 1; k >= 0 && k >= verb - REACH; k--) {
      SentenceContext.Word w = ctx.words.get(k);
      if (w.role() == Role.TOPIC || ctx.text.substring(w.start(), w.end()).endsWith(",")) {
        break;
      }
      if (w.role() == Role.SUBJECT) {
        return nameIn(ctx, w.start(), w.stemEnd()).filter(m -> !isRegion(m)).map(m -> m.entity().canonical());
      }
    }
    return Optional.empty();
  }

  /** How far after a figure, in characters, the verb {@link #saysAfter} looks for may stand. */
  private static final int AFTER_REACH = 24;

  /**
   * Whether the figure's own clause, after it, has a word of {@code section}: PROPOSED (징역
   * 30년과 벌금 1185억원을 구형했다, 12.7% 인상을 요구했다), FOUND (사망자 1명을 발견했다).
   */
  private boolean saysAfter(SentenceContext ctx, QuantityMention q, String afterClose, Grammar.Section section) {
    return grammar.contains(section, clauseAfter(ctx, q, afterClose));
  }

  /**
   * Whether the figure is the topic of a sentence that ends in a noun of proposal and the copula
   * (최저임금 1만원은 … 노동계의 요구다): what is asked for, not what is.
   */
  private boolean proposalTopic(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(q.end() - 1);
    if (w < 0 || ctx.words.get(w).role() != Role.TOPIC) {
      return false;
    }
    SentenceContext.Word last = ctx.words.get(ctx.words.size() - 1);
    return last.start() > q.end() && ctx.has(last, POS.Tag.VCP) && grammar.is(Grammar.Section.PROPOSED, last.stem());
  }

  /**
   * Whether the verb right after a figure imposes it in the active (과징금 724억원을 부과했다,
   * 징역 3년을 선고했다: grammar.txt's IMPOSING, with no PASSIVE_LIGHT verb): its clause's topic is
   * the imposer.
   */
  private boolean imposedByOwner(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(q.end() - 1);
    if (w < 0 || w + 1 >= ctx.words.size()) {
      return false;
    }
    SentenceContext.Word verb = ctx.words.get(w + 1);
    List<Morpheme> ms = ctx.morphemesOf(verb);
    return !ms.isEmpty() && grammar.is(Grammar.Section.IMPOSING, ms.getFirst().surface())
        && ms.stream().noneMatch(m -> (m.tag() == POS.Tag.VV || m.tag() == POS.Tag.XSV || m.tag() == POS.Tag.VX)
            && grammar.is(Grammar.Section.PASSIVE_LIGHT, m.surface()));
  }

  /** The figure's own clause after it, to its first clause end or adnominal word, at most {@value #AFTER_REACH} characters. */
  private static String clauseAfter(SentenceContext ctx, QuantityMention q, String afterClose) {
    int end = Math.min(afterClose.length(), AFTER_REACH);
    int k = clauseEndAfter(ctx, q);
    if (k >= 0) {
      end = Math.min(end, Math.max(0, ctx.words.get(k).end() - q.end()));
    }
    return afterClose.substring(0, Math.min(end, afterClose.length()));
  }

  /**
   * The word that ends the figure's own clause after it, a clause end or an adnominal word starting
   * within {@value #AFTER_REACH} characters of the figure; -1 for none.
   */
  private static int clauseEndAfter(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(q.end() - 1);
    for (int k = w + 1; w >= 0 && k < ctx.words.size() && ctx.words.get(k).start() - q.end() <= AFTER_REACH; k++) {
      SentenceContext.Word x = ctx.words.get(k);
      if (ctx.endsClause(x) || ctx.adnominal(x)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the verb that ends the figure's clause, within {@link #AFTER_REACH} of it, ends in an
   * ending of necessity (grammar NECESSITY_ENDING: 찬성해야, 넘어야): the figure is a condition.
   */
  private boolean required(SentenceContext ctx, QuantityMention q) {
    int k = clauseEndAfter(ctx, q);
    return k >= 0 && grammar.is(Grammar.Section.NECESSITY_ENDING, ctx.connective(ctx.words.get(k)));
  }

  /** How many words after a figure that is a subject its predicate may stand. */
  private static final int SUBJECT_REACH = 3;

  /** How many syllables a measure word written right before a figure may have ({@link #listedWord}). */
  private static final int LISTED_LENGTH = 6;
  /** What may stand before such a word: a space (as {@code \\s} of a regex), a bracket, a list's comma or dot. */
  private static final String LISTED_AFTER = " \t\n\u000B\f\r(,·";
  /** The noun a bracket follows: 중국 of 중국(금 40개. */
  private static final Pattern BRACKETED = Pattern.compile("([가-힣A-Za-z0-9]+)\\([^()]*$");

  /**
   * 중국(금 40개, 은 27개, 동 24개): a known measure written right before the figure in brackets,
   * or a one-syllable one anywhere (금 12개), names it, and the noun the bracket follows owns it;
   * null otherwise.
   */
  private Head listedMeasure(SentenceContext ctx, QuantityMention q) {
    String before = ctx.text.substring(Math.max(0, q.start() - 40), q.start());
    String word = listedWord(before);
    if (word == null) {
      return null;
    }
    Optional<MeasureLexicon.HeadMatch> cue = lexicon.forHead(word, q.quantity().unit());
    if (cue.isEmpty() || !cue.get().prefix().isEmpty() || !catalog.knows(cue.get().cue().attribute())) {
      return null;
    }
    java.util.regex.Matcher b = BRACKETED.matcher(before);
    boolean bracketed = before.indexOf('(') >= 0 && b.find();
    if (!bracketed && word.length() > 1) {
      return null; // a word the phrase reading below knows, with its owner
    }
    // (not 12개의 메달(금5, 은5): a measure word before the bracket sums the figures, owns none)
    String owner = bracketed && !grammar.is(Grammar.Section.MODIFIER, b.group(1))
        && lexicon.forHead(b.group(1), q.quantity().unit()).filter(h -> h.prefix().isEmpty()).isEmpty() ? b.group(1)
        : namedOwner(ctx, q.start(), false).orElse("");
    return new Head(cue.get().cue().attribute(), owner, true, q.start() - word.length());
  }

  /**
   * The word of one to {@value #LISTED_LENGTH} Hangul syllables that ends {@code before} (but for
   * spaces), written at its start or after a space, a bracket or a list's comma or dot: {@code 은}
   * of {@code 중국(금 40개, 은 }; null if none. A scan back from the end, where the regex
   * {@code (?:^|[\\s(,·])([가-힣]{1,6})\\s*$} tried every offset.
   */
  static String listedWord(String before) {
    int end = before.length();
    if (end > 0 && "\u0085\u2028\u2029".indexOf(before.charAt(end - 1)) >= 0) {
      end--; // as $ does, the end of the text may be read before a last line separator
    }
    while (end > 0 && isRegexSpace(before.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && end - start <= LISTED_LENGTH && Hangul.isSyllable(before.charAt(start - 1))) {
      start--;
    }
    if (start == end || end - start > LISTED_LENGTH
        || (start > 0 && LISTED_AFTER.indexOf(before.charAt(start - 1)) < 0)) {
      return null;
    }
    return before.substring(start, end);
  }

  /** Whether {@code c} is a space as a regex's {@code \\s} reads it: ASCII white space only. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The one a topic or subject names before word {@code k} in its clause, the nearest; empty if none,
   * or when a noun in the genitive stands between (한국 수영의 세계선수권 메달은: its owner).
   */
  private static Optional<String> actorBefore(SentenceContext ctx, int k) {
    for (int j = k - 1; j >= 0; j--) {
      SentenceContext.Word w = ctx.words.get(j);
      if (ctx.endsClause(w) || w.role() == Role.GENITIVE) {
        return Optional.empty();
      }
      if (w.role().isActor()) {
        Optional<String> name = ctx.mentionOf(w).map(m -> m.entity().canonical()).or(() -> ctx.regionOf(w, w.stem()));
        if (name.isPresent()) {
          return name; // 김가람은, 한국은
        }
      }
    }
    return Optional.empty();
  }

  /** The nouns written right before word {@code i} that name its owner (민간 소비, 정부 소비, 갤럭시 S24 판매). */
  private String ownerBefore(SentenceContext ctx, int i) {
    StringBuilder owner = new StringBuilder();
    int floor = ctx.speechFloor(ctx.words.get(i).end() - 1); // 간담회에서 "물가상승률이: no owner outside the quotation
    for (int k = i - 1; k >= 0 && i - k <= 1 && ctx.words.get(k).start() >= floor; k--) {
      SentenceContext.Word w = ctx.words.get(k);
      String st = stem(ctx, w);
      if (ctx.beginsWithTime(w) || grammar.is(Grammar.Section.MODIFIER, st) || sortsBy(st)) {
        continue;
      }
      // 사격에서 금메달 3개; not 부산에선 미래당이 14곳 nor 선거에서 미래당은 12곳, where the noun
      // after the field is its subject or topic
      boolean field = w.role() == Role.FROM && grammar.scopeIn(st).isEmpty()
          && !ctx.words.get(i).role().isActor();
      if ((w.role() != Role.BARE && w.role() != Role.GENITIVE && !field) || !nameOrNoun(ctx, w) || ctx.adnominal(w)
          || inParentheses(ctx, w) || st.isEmpty() || grammar.is(Grammar.Section.INCLUDING, st)
          || ctx.text.charAt(w.end() - 1) == ','
              && ctx.quantities.stream().anyMatch(o -> o.start() < w.end() && o.end() > w.start())) {
        // 1만8463ha, 삼척 2184ha: a figure is no owner of the next item (512GB 모델 is); nor is
        // a verb noun that holds one figure in another (교사 2명을 포함 참가자 30명)
        break;
      }
      if ((grammar.is(Grammar.Section.CATEGORY, st) || grammar.is(Grammar.Section.DIVISION, st)) && k >= 1
          && ctx.words.get(k - 1).role() == Role.BARE
          && ctx.endsInNoun(ctx.words.get(k - 1)) && !ctx.beginsWithTime(ctx.words.get(k - 1))) {
        // 직업탐구 영역 선택자는, 콘텐츠 부문 매출은: the item the category or division word names
        return stem(ctx, ctx.words.get(k - 1));
      }
      owner.insert(0, st);
    }
    return owner.toString();
  }

  /**
   * Whether a figure's measure word, written right before it, is joined by 과/와 to another known
   * measure of the figure's unit (기권과 무효 10표, 사망자와 부상자 30명): the figure counts both
   * together and is neither's.
   */
  private boolean sumOfJoined(SentenceContext ctx, QuantityMention q, Head measured) {
    int w = ctx.wordIndexAt(q.start());
    if (w < 2 || measured.at() < 0 || ctx.wordIndexAt(measured.at()) != w - 1 || !catalog.knows(measured.attribute())) {
      return false;
    }
    SentenceContext.Word joined = ctx.words.get(w - 2);
    return joined.role() == Role.WITH && lexicon.forHead(stem(ctx, joined), q.quantity().unit())
        .filter(m -> m.prefix().isEmpty() && catalog.knows(m.cue().attribute())).isPresent();
  }

  /**
   * The measure a target is of, when the head read is the word of aim itself (영업이익률 목표는
   * 8~9%: 영업이익률, not a measure named 목표 owned by 영업이익률): the owner's measure, as
   * measures.txt names it or as written; the head as it was when the owner is a name or none.
   */
  private Head aimedMeasure(SentenceContext ctx, Head measured, QuantityUnit unit) {
    String aim = measured.attribute();
    String owner = measured.owner().replace(" ", "");
    if (!grammar.is(Grammar.Section.FORECAST, aim) || owner.isEmpty()) {
      return measured;
    }
    String of = owner.endsWith(aim) ? owner.substring(0, owner.length() - aim.length()) : owner;
    if (of.length() < 2 || !of.chars().allMatch(Hangul::isSyllable) || namesSomeone(ctx, new Head(of, "", false, -1))) {
      return measured;
    }
    String attribute = lexicon.forHead(of, unit).filter(m -> m.prefix().isEmpty()).map(m -> m.cue().attribute()).orElse(of);
    // (가람전자는 영업이익률 목표를: the clause's name owns the measure aimed at)
    return new Head(attribute, namedOwner(ctx, measured.at(), false).orElse(""), measured.firm(), measured.at());
  }

  /** Whether word {@code k} is a figure written right after a known measure of its unit (찬성 175표). */
  private boolean measuredFigure(SentenceContext ctx, int k) {
    SentenceContext.Word w = ctx.words.get(k);
    String before = stem(ctx, ctx.words.get(k - 1));
    return ctx.words.get(k - 1).role() == Role.BARE && !before.isEmpty() && ctx.quantities.stream()
        .anyMatch(o -> o.start() == w.start() && o.end() >= w.stemEnd()
            && lexicon.forHead(before, o.quantity().unit()).filter(m -> m.prefix().isEmpty()).isPresent());
  }

  /**
   * Whether a word ends in a noun, or is a name that ends in its number (예스24는 약 43만 부,
   * 아이폰15 지원금), which Nori reads as a number.
   */
  private static boolean nameOrNoun(SentenceContext ctx, SentenceContext.Word w) {
    return ctx.endsInNoun(w) || NAME_WITH_NUMBER.matcher(stem(ctx, w)).matches();
  }

  /** The attribute and owner a head phrase names: a known measure and what precedes it, else the phrase's last noun. */
  private Head named(String phrase, String ownerWords, QuantityUnit unit, SentenceContext ctx, int at) {
    return named(phrase, ownerWords, unit, ctx, at, false);
  }

  /**
   * The attribute and owner a head phrase names. {@code actorOwns}: the clause's topic or subject
   * name may own it, as for a head after the figure (xAI는 … 10억달러 규모의 공모에); a head
   * before the figure has its owner written with it or none.
   */
  private Head named(String phrase, String ownerWords, QuantityUnit unit, SentenceContext ctx, int at,
      boolean actorOwns) {
    String clean = phrase.replace(" ", "");
    int w = ctx.wordIndexAt(at);
    if (w >= 0 && sizeOfNounBefore(ctx, w, clean)) {
      // 적자 폭은: the noun before says what the size is of, as 적자폭 would; the words before it own
      // it, or else whoever would own 적자폭 written where 폭 is (비은행은 감소 폭이: the topic)
      return named(stem(ctx, ctx.words.get(w - 1)) + clean, ownerBefore(ctx, w - 1), unit, ctx, at, actorOwns);
    }
    String before = wordsBefore(ctx, at);
    Optional<MeasureLexicon.HeadMatch> known = lexicon.forHead(before + clean, unit)
        .filter(h -> h.prefix().length() <= before.length())
        // 1시간 동안 비가: words before the noun that make no cue with it leave the noun's own
        .or(() -> lexicon.forHead(clean, unit).filter(h -> h.prefix().isEmpty()));
    String attribute;
    String owner;
    if (known.isPresent()) {
      attribute = known.get().cue().attribute();
      String prefix = known.get().prefix();
      prefix = withoutModifiers(ctx, at, prefix); // 이번 잼버리 총사업비: the owner is 잼버리
      boolean scopeOnly = grammar.scopeIn(prefix).isPresent() && prefix.length() <= 4; // 글로벌 판매량
      // 연도별 합계출산율: a "by …" prefix sorts the figures, it owns none
      owner = prefix.isEmpty() || scopeOnly || grammar.is(Grammar.Section.MODIFIER, prefix) || sortsBy(prefix) ? "" : prefix;
      if (grammar.endsWith(Grammar.Section.OCCASION, owner) && ctx.wordIndexAt(at) > 0) {
        // 김가람은 올림픽 금메달 2개를: the games they were won at, not who won them
        owner = actorBefore(ctx, ctx.wordIndexAt(at) - 1).orElse(owner);
      }
      if (attribute.equals(MeasureLexicon.GROWTH_RATE)) {
        owner = regionOfRate(ctx, at, owner).orElse(owner);
      }
    } else {
      attribute = clean;
      owner = ownerWords;
    }
    if (owner.isEmpty()) {
      owner = namedOwner(ctx, at, actorOwns).or(() -> nameBeforeTimes(ctx, at)).or(() -> topicOfSubject(ctx, at)).orElse("");
      return new Head(attribute, owner, true, at);
    }
    return new Head(attribute, canonicalOwner(owner, ctx, at), true, at);
  }

  /**
   * The topic of a clause whose subject is the measure at {@code at} (가계대출은 3분기 말 잔액이
   * 1795조원으로: 가계대출's 잔액), a plain noun no name lookup finds; empty when the sentence
   * reports what someone said, or the measure is no subject.
   */
  private Optional<String> topicOfSubject(SentenceContext ctx, int at) {
    int w = ctx.wordIndexAt(at);
    if (w < 1 || ctx.words.get(w).role() != Role.SUBJECT || ctx.words.get(w - 1).role() == Role.GENITIVE || ctx.reports()
        || ctx.mentionOf(ctx.words.get(w)).isPresent() || GenericNouns.standard().anyPlace(stem(ctx, ctx.words.get(w))).isPresent()) {
      return Optional.empty(); // (not 고객은 40대의 비율이: the noun in 의 owns it; nor 참가율은 강원이: a place)
    }
    int floor = ctx.speechFloor(at); // 김 총재는 "물가상승률이 6%를 넘었다"며: the speaker owns nothing quoted
    for (int i = w - 1; i >= 0 && i >= w - REACH; i--) {
      SentenceContext.Word t = ctx.words.get(i);
      if (ctx.endsClause(t) || t.role() == Role.FROM || t.start() < floor) {
        return Optional.empty(); // (not 가람국은 레슬링에서 메달이: the field owns it)
      }
      if (t.role() == Role.TOPIC) {
        // (not 참가율은 강원이 71.5%로: a topic that is itself a measure names what, not whose)
        String owner = topicOwner(ctx, i + 1);
        return owner.isEmpty() || !lexicon.find(owner).isEmpty() ? Optional.empty() : Optional.of(owner);
      }
    }
    return Optional.empty();
  }

  /**
   * The name written bare right before the times before a head (가람전자 3분기 영업익 7.3조,
   * 가람전자, 지난해 매출 5조원: a headline's owner, who takes no particle), or empty.
   */
  private Optional<String> nameBeforeTimes(SentenceContext ctx, int at) {
    int k = ctx.wordIndexAt(at) - 1;
    int times = 0;
    while (k >= 0 && times < 2 && ctx.words.get(k).role() == Role.BARE && ctx.beginsWithTime(ctx.words.get(k))) {
      k--;
      times++;
    }
    if (times == 0 || k < 0 || ctx.words.get(k).role() != Role.BARE) {
      return Optional.empty();
    }
    SentenceContext.Word w = ctx.words.get(k);
    return nameIn(ctx, w.start(), w.stemEnd()).filter(m -> !isRegion(m)).map(m -> m.entity().canonical());
  }

  /**
   * The region a rate of change is of, when the phrase names one before what changed: 서울
   * 공시가격 하락률 (the prefix starts with a region) and 서울의 평균 공시가격 하락률 (a region in
   * the genitive before the phrase) are 서울's rate, as 서울은 17.32% 하락했다 is. A region is a
   * place two sources name alike, where a company's segment (나래전자의 서버 매출) is no rate.
   */
  private Optional<String> regionOfRate(SentenceContext ctx, int at, String prefix) {
    for (int n = Math.min(4, prefix.length() - 1); n >= 2; n--) {
      Optional<String> region = Regions.standard().of(prefix.substring(0, n));
      if (region.isPresent()) {
        return region;
      }
    }
    int k = ctx.wordIndexAt(at) - 1;
    for (int words = 0; k >= 0 && words < 2; k--, words++) {
      SentenceContext.Word x = ctx.words.get(k);
      if (x.role() != Role.BARE || ctx.beginsWithTime(x) || !ctx.endsInNoun(x)) {
        break;
      }
    }
    if (k < 0 || ctx.words.get(k).role() != Role.GENITIVE) {
      return Optional.empty();
    }
    return ctx.regionOf(ctx.words.get(k), stem(ctx, ctx.words.get(k)));
  }

  /**
   * An owner prefix without the modifier and forecast words it starts with (이번, 올해, 누적, 예상 …),
   * and without an organization's generic noun (업체, 기업: generic-nouns.txt) that a name after it
   * stands for.
   */
  private String withoutModifiers(SentenceContext ctx, int at, String prefix) {
    int w = ctx.wordIndexAt(at);
    String p = prefix;
    for (int k = Math.max(0, w - 2); k < w && k >= 0; k++) {
      String st = stem(ctx, ctx.words.get(k)).replace(" ", "");
      if ((grammar.is(Grammar.Section.MODIFIER, st) || grammar.is(Grammar.Section.FORECAST, st)
          || grammar.is(Grammar.Section.UNINFORMATIVE, st)) && p.startsWith(st)) {
        p = p.substring(st.length()); // 이번 잼버리 총사업비, 예상 매출, 후보의 최종 득표율: no owner
      } else if (appositionHead(st) && p.startsWith(st) && p.length() > st.length()
          && GenericNouns.standard().type(p.substring(st.length())).isEmpty()
          && !grammar.is(Grammar.Section.DIVISION, p.substring(st.length()))) {
        p = p.substring(st.length()); // 전장 업체 하만 인수금액: the generic head of an apposition, then the name
      }
      List<Morpheme> ms = ctx.morphemesOf(ctx.words.get(k));
      if (!ms.isEmpty() && ms.getFirst().tag() == POS.Tag.MM && p.startsWith(ms.getFirst().surface())) {
        p = p.substring(ms.getFirst().surface().length()); // 한낮 최고 기온: 한 (a determiner, as Nori reads it) owns nothing
      }
    }
    return p;
  }

  /**
   * Whether a word is a generic noun of an organization (업체, 기업, 회사: generic-nouns.txt) that a
   * name written after it stands for; not a product's (플랫폼, 모델: as often a division's own name)
   * nor a person's title (시장 of 시장 선거).
   */
  private static boolean appositionHead(String word) {
    return GenericNouns.standard().type(word).filter(t -> t == dev.sasil.factcheck.entity.EntityType.ORG).isPresent();
  }

  /** The text of up to two plain words right before {@code at} (no times), spaces removed: 누적 in 누적 투자금. */
  private String wordsBefore(SentenceContext ctx, int at) {
    int w = ctx.wordIndexAt(at);
    StringBuilder b = new StringBuilder();
    for (int k = w - 1; k >= 0 && w - k <= 2; k--) {
      SentenceContext.Word x = ctx.words.get(k);
      if (x.role() != Role.BARE || ctx.beginsWithTime(x) || inParentheses(ctx, x) || !nameOrNoun(ctx, x)
          || k >= 1 && measuredFigure(ctx, k) || grammar.is(Grammar.Section.INCLUDING, stem(ctx, x))) {
        break; // (찬성 175표 반대: the figure of the item before; 2명을 포함 부상자: a verb noun)
      }
      b.insert(0, stem(ctx, x));
    }
    return b.toString().replace(" ", "");
  }

  /**
   * The role of the particle written right after a figure (에 of 10조원에, 를 of 1억달러를), or
   * BARE when none is: not that of a word the figure stands in brackets in (사직구장(2만명)에).
   */
  private static Role particleAfter(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(q.end() - 1);
    return w >= 0 && ctx.words.get(w).stemEnd() == q.end() ? ctx.words.get(w).role() : Role.BARE;
  }

  /**
   * Whether the text after a count makes it the unit a rate is counted per: the word written on
   * the count (1인당) or as a word of its own (1천명 당), not a word it begins (3명 당선).
   */
  private boolean perUnit(String after) {
    boolean written = !after.isEmpty() && !Character.isWhitespace(after.charAt(0));
    return written && grammar.startsWith(Grammar.Section.PER, after) || grammar.startsWithWord(Grammar.Section.PER, after);
  }

  /** The last name written before {@code at} as a topic or subject: the actor of the clause, reported or not. */
  private Optional<String> actor(SentenceContext ctx, int at) {
    EntityMention actor = null;
    int floor = ctx.speechFloor(at);
    for (EntityMention m : ctx.owners) {
      if (m.end() <= at && m.start() >= floor && (m.role() == Role.TOPIC || m.role() == Role.SUBJECT)) {
        actor = m;
      }
    }
    return Optional.ofNullable(actor).map(m -> jointName(ctx, m));
  }

  /** Whether the word after a name in the genitive is a noun of results (가람전자의 잠정실적을, grammar.txt RESULTS). */
  private boolean ofResults(SentenceContext ctx, EntityMention m) {
    int w = ctx.wordIndexAt(m.start());
    return w >= 0 && w + 1 < ctx.words.size() && ctx.words.get(w).stemEnd() == m.end()
        && grammar.is(Grammar.Section.RESULTS, stem(ctx, ctx.words.get(w + 1)));
  }

  /** The name owning a measure when no noun is written against it: a genitive, topic or subject name before it (한빛폰 X13의 판매량). */
  private Optional<String> namedOwner(SentenceContext ctx, int at, boolean actorOwns) {
    EntityMention genitive = null;
    EntityMention actor = null;
    boolean reports = ctx.reports(); // 소방청은 … 수습했다고 발표했다: the topic reports
    // 업계에 따르면 가람전자는 …: the source is named apart, and the topic after it acts
    int sourceEnd = ctx.sourceEnd();
    int floor = ctx.speechFloor(at);
    for (EntityMention m : ctx.owners) {
      if (m.end() > at || m.start() < floor) {
        continue;
      }
      boolean reported = reports || sourceEnd >= 0 && (m.start() < sourceEnd || m.role() != Role.TOPIC);
      if (m.role() == Role.GENITIVE && (at - m.end() <= 12 || ofResults(ctx, m))) {
        genitive = m; // 가람전자의 잠정실적을 분석한 결과, 매출 9조원: the results named are the figures'
      } else if ((m.role() == Role.TOPIC || m.role() == Role.SUBJECT) && !reported
          && !(m.role() == Role.SUBJECT && subjectOfAnotherNoun(ctx, m, at)) && !labelsItemBefore(ctx, m, at)
          && (actorOwns || sameClause(ctx, m.end(), at)
              || m.role() == Role.TOPIC && !ctx.inParentheses(m.start()) && noActorBetween(ctx, m.end(), at)
              || m.role() == Role.SUBJECT && linkedClause(ctx, m.end(), at) && !modifiesNoun(ctx, at))) {
        actor = m; // SK하이닉스가 2분기 영업이익 5조원을 거뒀다: the subject of the figure's own clause
      } else if (m.role() == Role.ALSO && actor == null && !reported && sameClause(ctx, m.end(), at)
          && noActorBetween(ctx, m.end(), at)) {
        actor = m; // 춘천도 낮 최고기온이 40도를 넘었다: 도 marks the clause's topic, as 은 would (no topic before it)
      }
    }
    EntityMention found = genitive != null ? genitive : actor;
    return Optional.ofNullable(found).map(m -> bodyOf(ctx, m)).map(m -> jointName(ctx, m))
        .or(() -> divisionTopic(ctx, at, floor));
  }

  /**
   * Whether a topic or subject is the label of a list's item before the topic or subject at offset
   * {@code at}: its own figure follows it right away (타파스가 4600억 원, 멜론이 2270억 원: 타파스 owns
   * no figure after its own; but 세종이 81.2%로 가장 높은 투표율을: the figure is its own, the head after it).
   */
  private static boolean labelsItemBefore(SentenceContext ctx, EntityMention m, int at) {
    int w = ctx.wordIndexAt(m.end() - 1);
    int h = ctx.wordIndexAt(at);
    return (m.role() == Role.SUBJECT || m.role() == Role.TOPIC) && w >= 0 && h > w + 1 && ctx.startsFigure(ctx.words.get(w + 1))
        && ctx.words.get(h).role() == m.role() && ctx.text.substring(ctx.words.get(w + 1).start(), at).contains(",");
  }

  /**
   * The known organisation written right before a name no table knows, which is then one of its
   * bodies (가람은행 통화위원회가: 가람은행); else the name itself.
   */
  private static EntityMention bodyOf(SentenceContext ctx, EntityMention m) {
    if (m.how() != EntityMention.Source.UNKNOWN || m.start() < 2 || ctx.text.charAt(m.start() - 1) != ' ') {
      return m;
    }
    for (EntityMention o : ctx.mentions) {
      if (o.end() == m.start() - 1 && o.role() == Role.BARE && o.how() == EntityMention.Source.TABLE
          && o.entity().type() == EntityType.ORG) {
        return o;
      }
    }
    return m;
  }

  /**
   * The division a topic before {@code at} names in its clause, by the nouns before its division
   * word (생활가전 사업은 매출 30조원을 냈다: 생활가전), or none.
   */
  private Optional<String> divisionTopic(SentenceContext ctx, int at, int floor) {
    for (int i = 0; i < ctx.words.size() && ctx.words.get(i).end() <= at; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (w.role() != Role.TOPIC || w.start() < floor || !sameClause(ctx, w.end(), at)) {
        continue;
      }
      String stem = stem(ctx, w);
      if (grammar.namesDivision(stem) && !fragment(stem)) {
        return Optional.of(grammar.owner(stem)); // H&A사업본부는: the division word written on its name
      }
      int from = w.start();
      if (i > 0 && ctx.words.get(i - 1).role() == Role.BARE && ctx.words.get(i - 1).start() >= floor
          && grammar.is(Grammar.Section.DIVISION, stem(ctx, ctx.words.get(i - 1)) + stem)) {
        from = ctx.words.get(i - 1).start(); // VS 사업 본부는: the division word written in two
      } else if (!grammar.is(Grammar.Section.DIVISION, stem)) {
        continue;
      }
      // the owner is named without its division word (grammar.owner): the words before it
      String before = withoutModifiers(ctx, from, wordsBefore(ctx, from));
      return before.isEmpty() || fragment(before) ? Optional.empty() : Optional.of(grammar.owner(before));
    }
    return Optional.empty();
  }

  /**
   * A name with the names coordinated right before it (현대차와 기아가, 현대차·기아의): the figure
   * is theirs together, not the last one's; unless the sentence gives each its own (각각).
   */
  private String jointName(SentenceContext ctx, EntityMention last) {
    String name = last.entity().canonical();
    Optional<String> other = partnerBefore(ctx, last).filter(o -> !o.equals(name));
    // the sentence is searched for 각각 only when a partner is written
    return other.isEmpty() || grammar.contains(Grammar.Section.RESPECTIVELY, ctx.text) ? name : other.get() + "·" + name;
  }

  /** The name coordinated right before a name: 현대차 of 현대차·기아의, 현대자동차 of 현대자동차와 기아가; empty for none. */
  private Optional<String> partnerBefore(SentenceContext ctx, EntityMention last) {
    int w = ctx.wordIndexAt(last.start());
    if (w < 0) {
      return Optional.empty();
    }
    SentenceContext.Word word = ctx.words.get(w);
    String before = ctx.text.substring(word.start(), last.start());
    if (!before.isEmpty()) {
      Matcher joined = JOINED_BEFORE.matcher(before); // 현대차·기아의
      return !joined.matches() ? Optional.empty()
          : Optional.of(ctx.mentions.stream().filter(m -> m.start() == word.start() && m.end() == last.start() - 1)
              .findFirst().map(m -> m.entity().canonical()).orElse(joined.group(1)));
    }
    if (w == 0 || ctx.words.get(w - 1).role() != Role.WITH || !ctx.endsInNoun(ctx.words.get(w - 1))) {
      return Optional.empty();
    }
    SentenceContext.Word partner = ctx.words.get(w - 1); // 현대자동차와 기아가
    return ctx.mentionOf(partner).map(m -> m.entity().canonical()).or(() -> plainOwner(ctx, partner));
  }

  /** Names joined to the next one without a particle (the 현대차· of 현대차·기아). */
  private static final Pattern JOINED_BEFORE = Pattern.compile("([\\p{L}\\d·ㆍ]*[\\p{L}\\d])[·ㆍ]");

  /**
   * Whether a name written as a subject before offset {@code at} is the subject of a relative
   * clause that describes another noun of the sentence (나아름이 분전한 사이클 역시 금메달 4개로: the
   * cycling team's golds), not the figure's own phrase (양의지가 두산과 계약한 4+2년 최대 152억원:
   * his): a noun of no figure and no modifier stands between the clause's verb and the figure.
   */
  private boolean subjectOfAnotherNoun(SentenceContext ctx, EntityMention m, int at) {
    int figure = ctx.wordIndexAt(at);
    for (int k = ctx.wordIndexAt(m.end() - 1) + 1; k >= 1 && k < figure; k++) {
      if (ctx.relativeVerb(k)) {
        for (int j = k + 1; j < figure; j++) {
          SentenceContext.Word w = ctx.words.get(j);
          if (ctx.endsInNoun(w) && w.stem().chars().noneMatch(Character::isDigit)
              && !grammar.is(Grammar.Section.MODIFIER, w.stem())) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /** The name written right after a figure, with a space or none between (9위 NC에), or empty. */
  private static Optional<String> nameRightAfter(SentenceContext ctx, QuantityMention q) {
    int at = q.end() < ctx.text.length() && ctx.text.charAt(q.end()) == ' ' ? q.end() + 1 : q.end();
    for (EntityMention m : ctx.mentions) {
      if (m.start() == at) {
        return Optional.of(m.entity().canonical());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a figure stands in brackets right after a name written inside them (격차(한국 3.25%·
   * 미국 5%)): the bracket lists the names' own figures, of a measure the text does not name.
   */
  private static boolean namedInBrackets(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(q.start());
    if (w <= 0) {
      return false;
    }
    SentenceContext.Word before = ctx.words.get(w - 1);
    // the bracket opens within the word before (격차(한국 3.25%), not at the figure (잠재성장률(2.0%))
    int open = before.end() - 1;
    while (open >= before.start() && ctx.text.charAt(open) != '(') {
      open--;
    }
    if (open < before.start() || ctx.text.substring(open, q.start()).indexOf(')') >= 0) {
      return false;
    }
    return ctx.mentionOf(before).or(() -> ownerAt(ctx.placeOwners, before)).isPresent()
        || ctx.morphemesIn(Math.max(open + 1, before.start()), before.stemEnd()).stream()
            .anyMatch(m -> m.tag() == POS.Tag.NNP);
  }

  /** Whether word {@code w} after figure {@code q} is the noun of the next item of its list (360명, 사망 30명). */
  private static boolean headsNextItem(SentenceContext ctx, QuantityMention q, SentenceContext.Word w) {
    int i = ctx.quantityIndexFrom(q.end());
    return i < ctx.quantities.size() && ctx.listedTogether(q, ctx.quantities.get(i))
        && writtenBeforeAFigure(ctx, w.stemEnd(), q.quantity().unit());
  }

  /**
   * Whether a figure of the unit follows offset {@code p} with only spaces, or the particle of a
   * topic or subject, between: 국비 200억원 is an item of a list, and 득표율은 56.52% a measure of
   * its own figure, not the list's measure.
   */
  private static boolean writtenBeforeAFigure(SentenceContext ctx, int p, QuantityUnit unit) {
    int i = ctx.quantityIndexFrom(p);
    if (i >= ctx.quantities.size()) {
      return false;
    }
    QuantityMention o = ctx.quantities.get(i);
    if (o.quantity().unit() != unit) {
      return false;
    }
    if (o.start() - p <= 2 && ctx.text.substring(p, o.start()).isBlank()) {
      return true;
    }
    int w = ctx.wordIndexAt(p - 1);
    if (w < 0 || w + 1 >= ctx.words.size() || ctx.words.get(w + 1).start() != o.start()) {
      return false;
    }
    Role role = ctx.words.get(w).role();
    return ctx.words.get(w).stemEnd() == p && (role == Role.TOPIC || role == Role.SUBJECT || role == Role.ALSO);
  }

  /**
   * The name a relative clause holding the figure modifies, as its topic or subject (금메달 40개를
   * 딴 미국이, 매출 3조원을 올린 한빛전자는, 기온이 40도를 넘은 홍천은): the one who did what the clause says, so the owner; or
   * the place it modifies right after the verb (48석이 걸린 서울에서는).
   */
  private static Optional<String> relativeHead(SentenceContext ctx, QuantityMention q) {
    int i = ctx.wordIndexAt(q.start());
    if (i < 0) {
      return Optional.empty();
    }
    int last = Math.min(ctx.words.size() - 1, i + RELATIVE_REACH);
    for (; i < last; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.mentionOf(w).isPresent() || ownerAt(ctx.placeOwners, w).isPresent()) {
        return Optional.empty(); // a name between the figure and the verb: the figure is its item
      }
      if (ctx.has(w, POS.Tag.ETM)) {
        // the noun phrase it modifies, up to its topic or subject word (… 태운 한빛항공 301편 여객기가)
        int end = i + 1;
        while (end < ctx.words.size() - 1 && end - i <= HEAD_PHRASE && ctx.words.get(end).role() == Role.BARE
            && ctx.endsInNoun(ctx.words.get(end))) {
          end++;
        }
        SentenceContext.Word head = ctx.words.get(end);
        if (head.role() == Role.FROM && end == i + 1) {
          // 60석이 걸린 경기에선: the place the clause describes owns its figure; 122석이 걸린
          // 수도권(서울·경기·인천)에서: the place before the bracket, not the last one listed in it
          String word = ctx.text.substring(head.start(), head.end());
          int open = word.indexOf('(');
          if (open > 0) {
            int cut = head.start() + open;
            String before = word.substring(0, open);
            return ctx.mentions.stream().filter(m -> m.start() >= head.start() && m.end() <= cut).findFirst()
                .map(m -> m.entity().canonical())
                .or(() -> Regions.standard().of(before).map(r -> before))
                .or(() -> GenericNouns.standard().place(before));
          }
          return ctx.mentionOf(head).map(m -> m.entity().canonical())
              .or(() -> GenericNouns.standard().place(head.stem()));
        }
        // the topic or subject it modifies; or, whatever its role in the sentence, a person (9만5492표를
        // 얻은 김태우 후보를 앞섰다: the one who got the votes)
        boolean actor = head.role() == Role.TOPIC || head.role() == Role.SUBJECT;
        for (int k = i + 1; k < end; k++) {
          Optional<EntityMention> name = ctx.mentionOf(ctx.words.get(k));
          if (name.isPresent() && (actor || surelyPerson(name.get().entity()))) {
            return name.map(m -> m.entity().canonical());
          }
        }
        if (!actor) {
          return Optional.empty();
        }
        // 기온이 40도를 넘은 홍천은: a region heads the clause as a name does
        return ctx.mentionOf(head).or(() -> ownerAt(ctx.placeOwners, head)).map(m -> m.entity().canonical())
            .or(() -> ctx.regionOf(head, head.stem()));
      }
      if (ctx.endsClause(w)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** How many plain words the noun phrase a relative clause modifies may have before its marked word. */
  private static final int HEAD_PHRASE = 3;

  /** How many words a relative clause holding a figure may run before the name it modifies. */
  private static final int RELATIVE_REACH = 12;

  /** The place owner within a word (owners are in order and apart: a binary search). */
  private static Optional<EntityMention> ownerAt(List<EntityMention> owners, SentenceContext.Word w) {
    int lo = 0;
    int hi = owners.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (owners.get(mid).end() <= w.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < owners.size() && owners.get(lo).start() < w.end() ? Optional.of(owners.get(lo)) : Optional.empty();
  }

  /**
   * The abbreviation a sentence writes in brackets after an owner's name, which names the owner
   * (국내총생산(GDP)은 1.3% 증가, 국내총생산(GDP) 성장률: GDP), else the owner as it is.
   */
  private static String abbreviated(SentenceContext ctx, String owner) {
    if (owner.isEmpty() || ctx.text.indexOf('(') < 0) {
      return owner;
    }
    Matcher m = APPOSITION.matcher(ctx.text);
    while (m.find()) {
      if (owner.endsWith(m.group(1))) {
        return m.group(2);
      }
    }
    return owner;
  }

  /** An owner by the name its text gives it: an apposed acronym, an alias of the grammar, a known name. */
  private String canonicalOwner(String owner, SentenceContext ctx, int at) {
    if (owner.isEmpty()) {
      return "";
    }
    String abbreviation = abbreviated(ctx, owner);
    if (!abbreviation.equals(owner)) {
      return abbreviation;
    }
    for (EntityMention e : ctx.mentions) {
      if (e.end() <= at + owner.length() + 1 && owner.endsWith(e.entity().canonical().replace(" ", ""))) {
        return e.entity().canonical();
      }
    }
    int w = ctx.wordIndexAt(at);
    String last = w >= 1 ? stem(ctx, ctx.words.get(w - 1)).replace(" ", "") : "";
    if (!last.isEmpty() && owner.endsWith(last) && GenericNouns.standard().type(last).isPresent()) {
      int lastStart = ctx.words.get(w - 1).start();
      for (EntityMention e : ctx.mentions) {
        // 아이폰15 시리즈 지원금: the series of a name is the name's, whether the name takes in the
        // series word (series-words.txt) or ends before it
        if (e.start() < lastStart && e.end() >= lastStart - 1 && e.end() <= ctx.words.get(w - 1).end()) {
          return e.entity().canonical();
        }
      }
    }
    return grammar.owner(owner);
  }

  /**
   * What changes when a head's figure is a change: the head noun as written (영업이익, not the id),
   * with its owner only when the owner is written right before it (정부 소비 → 정부소비; not
   * 매출은 17%, 영업이익은 … → 매출영업이익).
   */
  private String changing(SentenceContext ctx, Head head) {
    if (head.at() < 0) {
      // a measure carried from before may be named by a catalog key (units.sold), no word of the
      // text: the change has no owner then, rather than the key (합계출산율 is a word)
      return !head.owner().isEmpty() ? head.owner() : head.attribute().chars().allMatch(Hangul::isSyllable) ? head.attribute() : "";
    }
    int w = ctx.wordIndexAt(head.at());
    if (w >= 0 && !ctx.endsInNoun(ctx.words.get(w))) {
      return ""; // 2점과 1점을 추가하며: a verb read as the head names nothing that changed
    }
    String noun = w < 0 ? head.attribute() : stem(ctx, ctx.words.get(w)).replace(" ", "");
    if (w > 0 && sizeOfNounBefore(ctx, w, noun)) {
      noun = stem(ctx, ctx.words.get(w - 1)).replace(" ", "") + noun; // 흑자 폭이 …억 달러 증가했다: 흑자폭
    }
    if (w > 0 && grammar.isScopeWord(noun) && ctx.words.get(w).role() == Role.BARE) {
      // GDP 전기비 0.6% 증가: the noun the scope is written after changed, not the scope (nor 회복 of
      // 회복에 전기비 0.6% 증가, a cause)
      SentenceContext.Word before = ctx.words.get(w - 1);
      return before.role() == Role.BARE && ctx.endsInNoun(before) && ctx.text.substring(before.end(), ctx.words.get(w).start()).isBlank()
          ? changing(ctx, new Head(head.attribute(), head.owner(), head.firm(), before.start())) : "";
    }
    if (noun.isEmpty() || fragment(noun)) {
      noun = head.attribute();
    }
    if (w >= 0 && GenericNouns.standard().type(noun).isPresent()) {
      java.util.regex.Matcher quoted = QUOTED_BEFORE.matcher(ctx.text.substring(Math.max(0, ctx.words.get(w).start() - 40), ctx.words.get(w).start()));
      if (quoted.find()) {
        return quoted.group(1).replace(" ", ""); // ‘울트라’ 모델이 60%를 차지했다: the name, not the generic noun
      }
    }
    Optional<String> region = w < 0 ? Optional.empty() : ctx.regionBefore(w);
    if (region.isPresent()) {
      return region.get(); // 서울(의) 공동주택 공시가격은 17.32% 낮아진다: the region's change, as 서울은 17.32% 하락했다 says
    }
    String before = ctx.text.substring(Math.max(0, head.at() - 16), head.at()).replace(" ", "");
    for (String division : grammar.words(Grammar.Section.DIVISION)) {
      if (!head.owner().isEmpty() && before.endsWith(head.owner() + division)) {
        before = before.substring(0, before.length() - division.length()); // 콘텐츠 부문 매출: 콘텐츠매출
        break;
      }
    }
    if (!head.owner().isEmpty() && before.endsWith(head.owner()) && !noun.startsWith(head.owner())) {
      return head.owner() + noun;
    }
    String measure = noun;
    // 현대차의 2024년 기록은 2.4% 줄어든: a noun that names nothing (기록) leaves the owner alone
    boolean names = !grammar.is(Grammar.Section.UNINFORMATIVE, measure);
    return w < 0 ? measure : ownerOfChanging(ctx, w)
        .map(o -> measure.startsWith(o) ? measure : names ? o + measure : o).orElse(measure);
  }

  /**
   * Whose measure changed when the clause names it apart from the measure: the noun in 의 right
   * before it (가람전자의 매출이 10% 늘었다), or the clause's topic when the measure is its subject
   * (eSSD는 1분기보다 매출이 50% 늘었다: 이/가 after 은/는, the topic owns the subject); empty for
   * none, a time, or a word that names nothing (이는).
   */
  private Optional<String> ownerOfChanging(SentenceContext ctx, int w) {
    SentenceContext.Word measure = ctx.words.get(w);
    int g = w - 1;
    while (g > 0 && ctx.words.get(g).role() == Role.BARE && ctx.beginsWithTime(ctx.words.get(g))
        && ctx.inTime(ctx.words.get(g).end() - 1)) {
      g--; // 가람전자의 지난해 매출은: a time between the genitive and the measure
    }
    if (g >= 0 && g < w && ctx.words.get(g).role() == Role.GENITIVE) {
      return plainOwner(ctx, ctx.words.get(g));
    }
    if (w >= 1 && measure.role() == Role.TOPIC && ctx.words.get(w - 1).role() == Role.BARE
        && !grammar.isScopeWord(ctx.words.get(w - 1).stem()) && (w < 2 || ctx.words.get(w - 2).role() != Role.BARE)) {
      // 판매신용 잔액은 2조원 늘었다: the noun the measure is written with, alone before it
      Optional<String> compound = plainOwner(ctx, ctx.words.get(w - 1));
      if (compound.isPresent()) {
        return compound;
      }
    }
    if (measure.role() != Role.SUBJECT || reportedAfter(ctx, w)) {
      return Optional.empty(); // 본부는 확진자가 … 늘었다고 밝혔다: the topic is who said it
    }
    for (int i = w - 1; i >= 0; i--) {
      SentenceContext.Word x = ctx.words.get(i);
      if (ctx.endsClause(x)) {
        return Optional.empty();
      }
      if (x.role() == Role.TOPIC) {
        return plainOwner(ctx, x);
      }
    }
    return Optional.empty();
  }

  /** Whether a reporting verb (밝히, 전하) follows word {@code w} in its sentence: the clause before it is what was said. */
  private static boolean reportedAfter(SentenceContext ctx, int w) {
    PredicateLexicon predicates = PredicateLexicon.standard();
    for (int i = w + 1; i < ctx.words.size(); i++) {
      for (Morpheme m : ctx.morphemesOf(ctx.words.get(i))) {
        if ((m.tag() == POS.Tag.VV || m.isNoun()) && predicates.reporting(m.surface())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A word's noun as an owner: its name when it is one, else its stem; empty for a time or a word that names nothing. */
  private Optional<String> plainOwner(SentenceContext ctx, SentenceContext.Word x) {
    if (!ctx.endsInNoun(x) || ctx.beginsWithTime(x) || ctx.inSpeech(x.start()) || grammar.is(Grammar.Section.UNINFORMATIVE, x.stem())
        || grammar.is(Grammar.Section.MODIFIER, x.stem())) {
      return Optional.empty();
    }
    // 청년층(15~29세) 취업자는: the group, without the bracket that glosses it (nor the ages in it)
    Optional<EntityMention> name = ctx.mentionOf(x).filter(n -> !ctx.inParentheses(n.start()));
    String owner = name.map(n -> n.entity().canonical()).orElse(ASIDE.matcher(x.stem()).replaceAll("")).replace(" ", "");
    return owner.isEmpty() || !owner.codePoints().allMatch(Character::isLetterOrDigit) ? Optional.empty() : Optional.of(owner);
  }

  /** A bracketed aside inside a word, closed or cut by the stem's end: the (15~29세) of 청년층(15~29세). */
  private static final Pattern ASIDE = Pattern.compile("\\([^()]*(?:\\)|$)");

  /** A word that is a bare amount, in digits or with Korean numerals (1천100만, 2,500). */
  private static final java.util.regex.Pattern AMOUNT_WORD = java.util.regex.Pattern.compile("[\\d,.]+[십백천만억조\\d,.]*");

  /** A quoted name right before a word (the ‘울트라’ of ‘울트라’ 모델). */
  private static final java.util.regex.Pattern QUOTED_BEFORE =
      java.util.regex.Pattern.compile("[‘'“\"「『]([^‘'“\"「『’”」』]{1,30})[’'”\"」』]\\s*$");

  /** What tells a length (87분간) from other spans of time (징역 24년). */
  private static final dev.sasil.factcheck.quantity.QuantityNormalizer LENGTHS = dev.sasil.factcheck.quantity.QuantityNormalizer.standard();

  /** How many plain nouns may stand between a length and the noun that lasted it (89분간의 유무선 인터넷 마비가). */
  private static final int LENGTH_PHRASE = 3;

  /**
   * What lasted a length (87분간 정상회담을 가졌다, 89분간의 인터넷 마비가, 3시간 동안 회의를): the
   * object, subject or topic right after it, past the plain nouns of its phrase; null when none
   * follows (회담은 87분간 진행됐다 is named by its topic, as any figure is).
   */
  private Head lengthOf(SentenceContext ctx, QuantityMention q) {
    if (!LENGTHS.lasts(ctx.text, q)) {
      return activityAfter(ctx, q);
    }
    int k = ctx.wordIndexFrom(q.end());
    if (k >= 0 && ctx.words.get(k).start() > q.end() && stem(ctx, ctx.words.get(k)).equals("동안")) {
      k++; // 87분 동안
    }
    for (int n = 0; k >= 0 && k < ctx.words.size() && n <= LENGTH_PHRASE; k++, n++) {
      SentenceContext.Word w = ctx.words.get(k);
      if (!ctx.endsInNoun(w) || ctx.beginsWithTime(w)) {
        return null;
      }
      if (w.role() == Role.OBJECT || w.role() == Role.SUBJECT || w.role() == Role.TOPIC) {
        if (k + 1 < ctx.words.size() && ctx.adnominal(ctx.words.get(k + 1))) {
          return null; // 213시간 동안 방향을 가늠할 수 없는 강풍을 타고: the noun of a clause that modifies another
        }
        return named(stem(ctx, w), "", q.quantity().unit(), ctx, w.start());
      }
      if (w.role() != Role.BARE) {
        return null;
      }
    }
    return null;
  }

  /**
   * What a length in seconds written right before a noun lasted (플라즈마 48초 운전, 30초 유지하며):
   * that noun, the activity, owned by the clause's name; else null.
   */
  private Head activityAfter(SentenceContext ctx, QuantityMention q) {
    if (!LENGTHS.inSeconds(q)) {
      return null;
    }
    int k = ctx.wordIndexFrom(q.end());
    if (k < 0 || k >= ctx.words.size() || ctx.words.get(k).start() == q.end() || ctx.beginsWithTime(ctx.words.get(k))) {
      return null;
    }
    SentenceContext.Word w = ctx.words.get(k);
    List<Morpheme> ms = ctx.morphemesOf(w);
    if (ms.isEmpty() || !ms.get(0).isNoun() || ms.get(0).surface().length() < 2) {
      return null;
    }
    return new Head(ms.get(0).surface(), namedOwner(ctx, q.start(), true).orElse(""), true, w.start());
  }

  /**
   * The term of a deal a span of years is when written bare right before a word of DEAL_TERM in
   * grammar.txt (4년 총액 170억원: a four-year deal), or null.
   */
  private Head termOf(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(q.start());
    if (q.quantity().unit() != QuantityUnit.DURATION || w < 0 || ctx.words.get(w).end() != q.end()
        || w + 1 >= ctx.words.size()) {
      return null;
    }
    SentenceContext.Word next = ctx.words.get(w + 1);
    if (!ctx.text.substring(q.end(), next.start()).isBlank()) {
      return null; // 계약 기간 4년, 총액 60억원: a list of the deal's terms, the span is not before the total
    }
    String noun = stem(ctx, next);
    if (!ctx.endsInNoun(next) || !grammar.is(Grammar.Section.DEAL_TERM, noun)
        || noun.equals(grammar.first(Grammar.Section.DEAL_TERM))) {
      return null;
    }
    return new Head(grammar.first(Grammar.Section.DEAL_TERM), namedOwner(ctx, q.start(), true).orElse(""), true, next.start());
  }

  /** Whether a span of time is followed, within its clause, by another figure that it is the span of. */
  static boolean window(SentenceContext ctx, QuantityMention q) {
    if (!LENGTHS.lasts(ctx.text, q)) {
      return false;
    }
    int k = ctx.wordIndexFrom(q.end());
    for (int n = 0; k >= 0 && k < ctx.words.size() && n <= LENGTH_PHRASE; k++, n++) {
      SentenceContext.Word w = ctx.words.get(k);
      if (ctx.quantities.stream().anyMatch(o -> o.start() >= w.start() && o.start() < w.end())) {
        return true;
      }
      if (ctx.endsClause(w)) {
        return false;
      }
    }
    return false;
  }

  /** Whether word {@code w} is a figure of {@code unit} and its particle 에서 alone (25%에서). */
  private static boolean fromSameUnit(SentenceContext ctx, SentenceContext.Word w, QuantityUnit unit) {
    return ctx.quantities.stream().anyMatch(o -> o.start() >= w.start() && o.end() == w.stemEnd()
        && o.quantity().unit() == unit);
  }

  /** Whether a figure is a change: a percentage, or points of an index, followed by a verb of change. */
  private boolean changes(QuantityUnit unit, String afterClose) {
    if (unit != QuantityUnit.PERCENT && unit != QuantityUnit.PERCENT_POINT && unit != QuantityUnit.POINTS) {
      return false;
    }
    if (grammar.startsWith(Grammar.Section.TO_VALUE, afterClose)) {
      // 기준금리를 3.25%로 내렸다: the level it was brought to, not the size of the change; but
      // 30.71%로 가장 큰 폭으로 떨어졌다 says the size
      String size = afterSize(afterClose);
      return size != null && changeVerb(size);
    }
    return changeVerb(afterClose);
  }

  /** Whether the change after a figure is down, past the size said after 로 (30.71%로 가장 큰 폭으로 떨어졌다). */
  private boolean changesDown(String afterClose) {
    String size = afterSize(afterClose);
    return grammar.changesDown(size != null ? size : afterClose);
  }

  /**
   * The text after the size of a change said right after a figure, in 로 or past it: a phrase of
   * grammar.txt's CHANGE_SIZE, past one word of where (30.71%로 전국에서 가장 큰 폭으로 떨어졌다);
   * null when the text after the figure says none.
   */
  private String afterSize(String afterClose) {
    String t = afterClose.stripLeading();
    String to = grammar.after(Grammar.Section.TO_VALUE, t);
    if (to != null) {
      t = to.stripLeading();
    }
    int space = t.indexOf(' ');
    if (space > 0 && grammar.endsWith(Grammar.Section.WHERE_ENDING, t.substring(0, space))) {
      t = t.substring(space + 1);
    }
    return grammar.after(Grammar.Section.CHANGE_SIZE, t);
  }

  /** Whether no word between offsets {@code from} and {@code to} ends a clause. */
  private static boolean sameClause(SentenceContext ctx, int from, int to) {
    int i = ctx.wordIndexFrom(from);
    for (; i >= 0 && i < ctx.words.size() && ctx.words.get(i).end() <= to; i++) {
      if (ctx.endsClause(ctx.words.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the subject ending at {@code from} is also the subject at {@code to}, a later clause
   * joined by connectives (가람은행이 회의를 열고 기준금리를 2.25%로 올렸다): a clause ends between
   * them, each that does with a connective, no topic, subject or contrast stands between, and no relative
   * clause before the first connective (가람이 인수한 나래의: the relative's subject is not the head's).
   */
  private static boolean linkedClause(SentenceContext ctx, int from, int to) {
    boolean linked = false;
    int i = ctx.wordIndexFrom(from);
    for (; i >= 0 && i < ctx.words.size() && ctx.words.get(i).end() <= to; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      // (nor a contrast in 는 after a particle: 가공식품 중에는 빵(12.6%)이, a frame of its own)
      if (w.role() == Role.TOPIC || w.role() == Role.SUBJECT || w.role() == Role.ALSO || !linked && ctx.adnominal(w)
          || ctx.has(w, POS.Tag.JX)) {
        return false;
      }
      if (ctx.endsClause(w)) {
        if (!LINKS.links(ctx.connective(w))) {
          return false;
        }
        linked = true;
      }
    }
    return linked;
  }

  private static final ClauseLinks LINKS = ClauseLinks.standard();

  /**
   * Whether the clause at offset {@code at} is a relative clause of a name or noun after it (지분을
   * 100% 보유한 가람㈜에): a verb's relative ending, before any end of a clause, and a name or a
   * content noun right after it.
   */
  private static boolean modifiesNoun(SentenceContext ctx, int at) {
    for (int i = Math.max(0, ctx.wordIndexFrom(at)); i < ctx.words.size(); i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.endsClause(w)) {
        return false;
      }
      if (ctx.has(w, POS.Tag.ETM) && !ctx.has(w, POS.Tag.VCP)) {
        if (i + 1 >= ctx.words.size()) {
          return false;
        }
        SentenceContext.Word head = ctx.words.get(i + 1);
        List<Morpheme> ms = ctx.morphemesOf(head);
        // (not 올린 2.25%로, a figure the clause leads to; nor 보유한 것으로, a bound noun)
        return ctx.mentionOf(head).isPresent() || !ctx.startsFigure(head) && !ms.isEmpty()
            && (ms.get(0).tag() == POS.Tag.NNG || ms.get(0).tag() == POS.Tag.NNP);
      }
    }
    return false;
  }

  /** Whether the nearest subject before word {@code i}, in its clause, is a name. */
  private static boolean subjectNamed(SentenceContext ctx, int i) {
    for (int k = i - 1; k >= 0; k--) {
      SentenceContext.Word w = ctx.words.get(k);
      if (w.role() == Role.SUBJECT || w.role() == Role.TOPIC) {
        return w.role() == Role.SUBJECT && ctx.mentionOf(w).isPresent();
      }
      if (ctx.endsClause(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether no word between {@code from} and {@code to} is a topic or subject, nor a relative
   * clause: a topic then scopes over the clauses after it (가람전자는 신제품을 내놓으며 점유율 30%를
   * 기록했다).
   */
  private static boolean noActorBetween(SentenceContext ctx, int from, int to) {
    int i = ctx.wordIndexFrom(from);
    for (; i >= 0 && i < ctx.words.size() && ctx.words.get(i).start() <= to; i++) {
      SentenceContext.Word w = ctx.words.get(i); // up to the word at 'to': 내수는 …, 수출이 254만대로
      if (w.role() == Role.TOPIC || w.role() == Role.SUBJECT || w.role() == Role.ALSO || ctx.adnominal(w)) {
        return false;
      }
    }
    return true;
  }

  /** The most words looked back over for a figure's head or clause: a head further away is none. */
  private static final int REACH = 40;

  /** Where the clause containing offset {@code p} starts: after the last clause-ending word before it (at most {@link #REACH} words back). */
  static int clauseStart(SentenceContext ctx, int p) {
    int w = ctx.wordIndexAt(p);
    if (w < 0) {
      w = ctx.wordIndexFrom(p);
    }
    if (w < 0) {
      w = ctx.words.size();
    }
    for (int i = w - 1; i >= 0 && i >= w - REACH; i--) {
      SentenceContext.Word x = ctx.words.get(i);
      if (x.end() <= p && ctx.endsClause(x)) {
        return x.end();
      }
    }
    return w - REACH > 0 ? ctx.words.get(w - REACH).start() : 0;
  }

  /** Whether the head's owner is the place or field written right before it (사격에서 금메달, 공항에서 승객). */
  private static boolean ownedByField(SentenceContext ctx, Head head) {
    int w = head.at() < 0 ? -1 : ctx.wordIndexAt(head.at());
    if (w <= 0) {
      return false;
    }
    SentenceContext.Word before = ctx.words.get(w - 1);
    return before.role() == Role.FROM && stem(ctx, before).replace(" ", "").equals(head.owner());
  }

  /**
   * Whether a rate (a word ending in 률 or 율: 성장률, 투표율) is an object before the figure in its
   * sentence, in its clause or in an earlier one whose object it shares (수출이 성장률을 0.8%p
   * 끌어올렸지만, 건설투자가 0.7%p 깎아내렸다).
   */
  private static boolean rateAsObject(SentenceContext ctx, QuantityMention q) {
    int qw = ctx.wordIndexAt(q.start());
    for (int i = qw - 1; i >= 0 && i >= qw - REACH; i--) {
      if (rateObject(ctx.words.get(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word is a rate written as an object (성장률을, 투표율을). */
  private static boolean rateObject(SentenceContext.Word w) {
    return w.role() == Role.OBJECT && (w.stem().endsWith("률") || w.stem().endsWith("율"));
  }

  /**
   * Points written right after a rate as the object, with a subject before it (관광 수출이 성장률을
   * 0.4%p 끌어올렸다): the subject's contribution to the rate, or null.
   */
  private Head contribution(SentenceContext ctx, QuantityMention q, int qw) {
    if (q.quantity().unit() != QuantityUnit.PERCENT_POINT || qw < 2) {
      return null;
    }
    if (!rateObject(ctx.words.get(qw - 1))) {
      return null;
    }
    for (int i = qw - 2; i >= 0 && i >= qw - REACH; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.endsClause(w)) {
        return null;
      }
      if ((w.role() == Role.SUBJECT || w.role() == Role.TOPIC) && ctx.endsInNoun(w) && !ctx.beginsWithTime(w)) {
        Optional<EntityMention> name = nameIn(ctx, w.start(), w.stemEnd());
        String owner = name.isPresent() ? name.get().entity().canonical()
            : grammar.owner((ownerBefore(ctx, i) + stem(ctx, w)).replace(" ", ""));
        return new Head("기여도", owner, true, w.start());
      }
    }
    return null;
  }

  /**
   * The noun a figure is said to be by a copula right after it (18만명이 졸업생이었다, 170명은 한국인,
   * 5명은 태국인이었다: a list may leave all but its last copula out), or null.
   */
  private Head copulaNoun(SentenceContext ctx, QuantityMention q, QuantityUnit unit) {
    int qw = ctx.wordIndexAt(q.start());
    if (qw < 0 || qw + 1 >= ctx.words.size()) {
      return null;
    }
    SentenceContext.Word own = ctx.words.get(qw);
    if (own.role() != Role.SUBJECT && own.role() != Role.TOPIC) {
      return null;
    }
    SentenceContext.Word next = ctx.words.get(qw + 1);
    boolean copula = ctx.has(next, POS.Tag.VCP)
        || ctx.endsInNoun(next) && next.role() == Role.BARE && ctx.text.startsWith(",", next.stemEnd());
    if (!copula) {
      return null;
    }
    String noun = stem(ctx, next).replace(" ", "");
    return noun.isEmpty() || ctx.beginsWithTime(next) ? null : named(noun, "", unit, ctx, next.start());
  }

  /**
   * Whether the head's word carries a subject particle and is a name or no known measure (미래당이
   * 14곳: who won them); not a noun of what is counted (13개의 메달이 나왔다, 비가 300mm 쏟아졌다).
   */
  private boolean writtenAsSubject(SentenceContext ctx, Head head) {
    int w = head.at() < 0 ? -1 : ctx.wordIndexAt(head.at());
    if (w < 0 || ctx.words.get(w).role() != Role.SUBJECT) {
      return false;
    }
    SentenceContext.Word word = ctx.words.get(w);
    return !catalog.knows(head.attribute()) || ctx.mentionOf(word).or(() -> ownerAt(ctx.placeOwners, word)).isPresent()
        || GenericNouns.standard().anyPlace(word.stem()).isPresent();
  }

  /** Whether a word's noun ends in the suffix 적 (대조적으로, 기록적인): it says how, it names nothing measured. */
  private static boolean attributive(SentenceContext ctx, SentenceContext.Word w) {
    List<Morpheme> stem = ctx.morphemesIn(w.start(), w.stemEnd());
    Morpheme last = stem.isEmpty() ? null : stem.get(stem.size() - 1);
    return last != null && last.tag() == POS.Tag.XSN && last.surface().equals("적");
  }

  /** A region the word names (속초 of 속초 31.7도), as a place mention. */
  private static Optional<EntityMention> regionIn(SentenceContext ctx, SentenceContext.Word w) {
    return ctx.regionOf(w, w.stem()).map(r -> SentenceContext.placeMention(r, w));
  }

  /** Whether an attribute is a name or a proper noun of the sentence (a person, an organization, a place). */
  private static boolean namesSomeone(SentenceContext ctx, Head head) {
    if (GenericNouns.standard().anyPlace(head.attribute()).isPresent()) {
      return true; // 화천 40.6도, 미국 4.75%: a place is where, never what is measured
    }
    if (ctx.mentions.stream().anyMatch(m -> m.entity().canonical().replace(" ", "").equals(head.attribute())
        || ctx.text.substring(m.start(), m.end()).replace(" ", "").equals(head.attribute()))) {
      return true; // 더불어민주당 written 민주당
    }
    if (head.at() < 0) {
      return false;
    }
    for (Morpheme m : ctx.morphemesIn(head.at(), ctx.text.length())) {
      if (head.attribute().endsWith(m.surface()) && m.tag() == POS.Tag.NNP) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a head no lexicon knows is the label of an earlier item of a list, not what {@code q}
   * measures: the last word before the figure that writes the head stands right before an earlier
   * figure, whose owner it is (국민의힘은 17곳, 민주당은 8곳), or, written bare, the item right
   * before in a list of names (시대전환 1명, 한국의희망 1명); and the figure's own owner is
   * written between the two. Not a measure of a whole before its parts (피해 신고는 143건으로,
   * 화재 7건), nor a level the figure changed from (관세는 20%에서 12%로), whose owner is written
   * before both, nor a head written again right before the figure (임기제 공무원 50명과 일반직
   * 공무원 55명).
   */
  private static boolean labelsEarlierFigure(SentenceContext ctx, Head head, QuantityMention q,
      Map<QuantityMention, Head> read) {
    int at = ctx.wordIndexAt(q.start());
    if (head.owner().isEmpty() || at < 1 || writes(ctx.words.get(at - 1), head.attribute())) {
      return false;
    }
    // (within REACH words: a run-on text's figures never look back over all of it)
    for (int w = at - 2; w >= 0 && w >= at - REACH; w--) {
      SentenceContext.Word label = ctx.words.get(w);
      if (!writes(label, head.attribute())) {
        continue;
      }
      int k = ctx.quantityIndexFrom(ctx.words.get(w + 1).start());
      QuantityMention earlier = k < ctx.quantities.size() ? ctx.quantities.get(k) : null;
      if (earlier == null || earlier == q || earlier.start() != ctx.words.get(w + 1).start() || earlier.end() > q.start()) {
        return false;
      }
      boolean ownerBetween = false;
      for (int x = ctx.wordIndexFrom(earlier.end()); x >= 0 && x < at && !ownerBetween; x++) {
        ownerBetween = writes(ctx.words.get(x), head.owner());
      }
      if (!ownerBetween) {
        return false;
      }
      Head its = read.get(earlier);
      boolean owned = its != null && its.owner().replace(" ", "").equals(head.attribute());
      boolean itemBefore = label.role() == Role.BARE && ctx.quantityBefore(q) == earlier;
      return owned || itemBefore;
    }
    return false;
  }

  /** Whether a word's stem, spaces aside, is {@code noun}. */
  private static boolean writes(SentenceContext.Word w, String noun) {
    String stem = w.stem();
    return stem.indexOf(' ') < 0 ? stem.equals(noun) : stem.replace(" ", "").equals(noun);
  }

  /** Whether the text between two figures only continues a list (", ", "와 "): no verb, no new field or topic. */
  private static boolean listContinues(SentenceContext ctx, int from, int to) {
    String between = ctx.text.substring(from, to);
    if (!(between.contains(",") || between.contains("와") || between.contains("과"))) {
      return false;
    }
    for (SentenceContext.Word w : ctx.words) {
      if (w.start() >= from && w.end() <= to && (ctx.endsClause(w) || w.role() == Role.FROM || w.role() == Role.TOPIC)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the figure at {@code to} follows the last figure, ending at {@code from}, with nothing
   * between but the one word that names its known measure (찬성 175표 반대 116표 기권 4표, as a
   * headline writes a list without commas).
   */
  private boolean measureBetween(SentenceContext ctx, int from, int to, Head measured) {
    String between = ctx.text.substring(from, to).strip();
    return !between.isEmpty() && between.chars().noneMatch(Character::isWhitespace) && measured.at() >= from
        && measured.at() < to && catalog.knows(measured.attribute());
  }

  /**
   * Whether the figure at {@code to} is the next item of the list whose last figure ends at {@code
   * from}, named by its own measure word as a topic or subject (매출은 5조원, 영업이익은 3000억원):
   * after a comma, nothing between but that word (and modifiers), no clause ending, no field.
   */
  private boolean nextMeasure(SentenceContext ctx, int from, int to, Head measured) {
    if (measured.at() < from || measured.at() >= to || !ctx.text.substring(from, measured.at()).contains(",")) {
      return false;
    }
    int first = ctx.wordIndexFrom(from); // the last figure's own word, 5조원, starts before: not between
    for (int i = Math.max(first, 0); first >= 0 && i < ctx.words.size() && ctx.words.get(i).start() < to; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      boolean head = w.start() <= measured.at() && measured.at() < w.end();
      if (ctx.endsClause(w) || w.role() == Role.FROM
          || !head && !ctx.beginsWithTime(w) && !grammar.is(Grammar.Section.MODIFIER, stem(ctx, w))) {
        return false;
      }
    }
    return true;
  }

  /** The noun right before a list item's figure (세종으로 716명, 서울 17개소), or none. */
  private String itemBefore(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(q.start());
    if (w <= 0) {
      return "";
    }
    SentenceContext.Word x = ctx.words.get(w - 1);
    String st = stem(ctx, x);
    boolean noun = nameOrNoun(ctx, x) && !ctx.beginsWithTime(x)
        && !grammar.is(Grammar.Section.MODIFIER, st) && x.role() != Role.OBJECT && !fragment(st) && !st.isEmpty()
        && !ctx.listedApart(x, q.start()) && !ctx.inQuantity(x.start(), x.start() + 1); // (not 0.5%p: a figure names no item)
    return noun ? grammar.owner(st.replace(" ", "")) : "";
  }

  /** A known measure named in the sentence after the figure (…이후 성장률이 1%를 밑돌았다), fitting its unit. */
  private Optional<Head> sentenceMeasure(SentenceContext ctx, QuantityMention q) {
    for (MeasureLexicon.CueMatch c : ctx.cues(lexicon)) {
      if (c.start() >= q.end() && c.cue().units().contains(q.quantity().unit())) {
        return Optional.of(new Head(c.cue().attribute(), "", true, c.start()));
      }
    }
    return Optional.empty();
  }

  /** 매출은 17.21%, 영업이익은 274.49% 증가했다: a verb of change after the last item of a list. */
  private boolean changesLater(SentenceContext ctx, QuantityMention q) {
    return laterInList(ctx, q, after -> changes(q.quantity().unit(), after));
  }

  /** 은메달 1개와 동메달 1개를 추가했다: a count of a list whose last item's verb is a change. */
  private boolean countChangesLater(SentenceContext ctx, QuantityMention q) {
    return laterInList(ctx, q, after -> countChange(q.quantity().unit(), after));
  }

  /** Whether the text after a later item of the figure's list (same unit) passes {@code verb}. */
  private boolean laterInList(SentenceContext ctx, QuantityMention q, java.util.function.Predicate<String> verb) {
    QuantityMention last = q;
    for (QuantityMention o : ctx.quantities.subList(ctx.quantityIndexFrom(q.end()), ctx.quantities.size())) {
      if (o.start() > q.end() + AFTER_CHARS) {
        break; // a list item further away is another list
      }
      if (o.start() < q.end() || o.quantity().unit() != q.quantity().unit()) {
        continue;
      }
      if (!listContinues(ctx, last.end(), o.start())) {
        return false;
      }
      if (verb.test(skipClose(rest(ctx, o.end())))) {
        return true;
      }
      last = o;
    }
    return false;
  }

  /** The text whose verb says whether the figure is a change: its own, or that of the list's last item. */
  private String changeText(SentenceContext ctx, QuantityMention q, String afterClose) {
    if (changes(q.quantity().unit(), afterClose)) {
      return grammar.afterLink(afterClose);
    }
    // 예비비 2조원과 이자 상환 5000억원이 삭감됐다: an amount joined to the next item has no verb
    // of its own, and the list's verb says what happened to it
    boolean joined = listed(afterClose);
    Optional<String> later = afterLaterItem(ctx, q, a -> changes(q.quantity().unit(), a) || joined && changeVerb(a));
    return later.or(() -> verbOfBracketedList(ctx, q).filter(a -> changes(q.quantity().unit(), a)))
        .map(grammar::afterLink).orElse(afterClose);
  }

  /**
   * Whether word {@code i} is a noun in 의 before a word of grammar.txt's TOPIC_FRAME (건설투자의
   * 경우 … 2.7% 늘었다): the topic of the clause after, as 건설투자는 would be, for the figure it heads.
   */
  private boolean framedTopic(SentenceContext ctx, int i) {
    return ctx.words.get(i).role() == Role.GENITIVE && i + 1 < ctx.words.size()
        && grammar.is(Grammar.Section.TOPIC_FRAME, wordText(ctx, i + 1));
  }

  /** The text of word {@code i}, particles and all. */
  private static String wordText(SentenceContext ctx, int i) {
    return ctx.text.substring(ctx.words.get(i).start(), ctx.words.get(i).end());
  }

  /**
   * The happening a figure describes, written right after it, bare or in 의 (규모 2.6의 여진이,
   * 규모 5.4 지진이): the noun GenericNouns calls a happening, or empty.
   */
  private static Optional<String> happeningDescribed(SentenceContext ctx, QuantityMention q) {
    int at = ctx.wordIndexAt(q.start());
    SentenceContext.Word own = at < 0 ? null : ctx.words.get(at);
    if (own == null || at + 1 >= ctx.words.size() || own.stemEnd() != q.end()
        || own.role() != Role.GENITIVE && own.role() != Role.BARE) {
      return Optional.empty();
    }
    String noun = stem(ctx, ctx.words.get(at + 1)).replace(" ", "");
    return GenericNouns.standard().isHappening(noun) ? Optional.of(noun) : Optional.empty();
  }

  /**
   * Whether {@code other} is written right before {@code q}, apart by no more than a comma, a
   * middle dot or a space, in another unit: one quantity given two ways (0.73%p, 24만7077표).
   */
  private static boolean otherUnitBeside(SentenceContext ctx, QuantityMention other, QuantityMention q) {
    return other.end() <= q.start() && other.quantity().unit() != q.quantity().unit()
        && APPOSED_JOINT.matcher(ctx.text.substring(other.end(), q.start())).matches();
  }

  /** Between two figures that give one quantity two ways: 0.73%p, 24만7077표; 0.73%p·24만7077표. */
  private static final Pattern APPOSED_JOINT = Pattern.compile("\\s*[,·ㆍ]?\\s*");

  /** Whether a cue ends in a word of difference (표 차이, 격차; grammar.txt GAP): it names the gap between figures, none of them. */
  private boolean gapCue(MeasureLexicon.Cue cue) {
    return grammar.words(Grammar.Section.GAP).stream().anyMatch(cue.text()::endsWith);
  }

  /** Whether a word of difference follows the figure, past a bracket beside it (grammar.txt GAP): 0.73%p(24만7077표) 차였다. */
  private boolean gapFollows(SentenceContext ctx, QuantityMention q) {
    return grammar.gapAtStart(skipAside(skipClose(rest(ctx, q.end())))) != null;
  }

  /**
   * The measure of the gap a figure is when a word of difference follows it (grammar.txt GAP):
   * the one measures.txt gives the figure's counter with that word (24만표 차이: 표차) or the word
   * alone (0.7%p 차로: 격차), else the measure it was read as with the word (10도 차이 of 기온:
   * 기온차); empty if the measure read is no noun of its own. The caller has seen the word follow.
   */
  private Optional<String> gapMeasure(QuantityMention q, Head read) {
    QuantityUnit unit = q.quantity().unit();
    String counter = QuantityMention.counterOf(q.text());
    for (String w : grammar.words(Grammar.Section.GAP)) {
      Optional<MeasureLexicon.HeadMatch> m = lexicon.forHead(counter + w, unit).or(() -> lexicon.forHead(w, unit));
      if (m.isPresent()) {
        return Optional.of(m.get().cue().attribute());
      }
    }
    String measure = read.attribute();
    return !measure.isEmpty() && measure.chars().allMatch(c -> Hangul.isSyllable((char) c))
        ? Optional.of(measure + grammar.words(Grammar.Section.GAP).get(0)) : Optional.empty();
  }

  /**
   * The text from the verb of the clause a list of bracketed figures is the subject of, when
   * {@code q} is one of them (자동차(12.5%), 조선(8.1%) 등이 증가했다; 가람(-1.3%), 나래(-2.1%)는
   * 내렸다; 가람(3.1%) 등 6개 품목이 각각 늘었다): the verb says what happened to every item; empty
   * if the list closes with no 등 and no topic or subject, or its clause has no verb of its own.
   */
  private Optional<String> verbOfBracketedList(SentenceContext ctx, QuantityMention q) {
    QuantityMention last = q;
    for (QuantityMention o : ctx.quantities.subList(ctx.quantityIndexFrom(q.end()), ctx.quantities.size())) {
      if (o.quantity().unit() == q.quantity().unit() && o.start() >= last.end()) {
        if (!BRACKETED_NEXT.matcher(ctx.text.substring(last.end(), o.start())).matches()) {
          break;
        }
        last = o;
      }
    }
    int at = ctx.wordIndexAt(last.start());
    if (at < 0 || !ctx.inParentheses(last.start())) {
      return Optional.empty();
    }
    SentenceContext.Word own = ctx.words.get(at);
    int from = at + 1;
    if (!own.role().isActor()) {
      if (from >= ctx.words.size() || !grammar.is(Grammar.Section.EXAMPLES, stem(ctx, ctx.words.get(from)))) {
        return Optional.empty();
      }
      from++;
    }
    for (int i = from; i < ctx.words.size(); i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (EventFrames.verbLemma(ctx, w).isPresent()) {
        return ctx.adnominal(w) ? Optional.empty() : Optional.of(ctx.text.substring(w.start()));
      }
      if (ctx.endsClause(w)) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Between one bracketed figure of a list and the next: the bracket's close, a comma or a middle dot and the next item's name (%), 조선(). */
  private static final Pattern BRACKETED_NEXT = Pattern.compile("\\)\\s*[,·ㆍ]\\s*[^\\s,·ㆍ()]+(?:\\s[^\\s,·ㆍ()]+)?\\s*\\(\\s*[-+−]?");

  /** A list's mark right after a figure: the next item follows (2조원, 5000억원이 삭감됐다). */
  private static final Pattern LIST_MARK = Pattern.compile("^[,·]");

  /**
   * The text after the first later item of a figure's list (its unit, in its clause, within {@link
   * #AFTER_CHARS}) that {@code wanted} accepts, or empty: what a list's last verb says of every item.
   */
  private static Optional<String> afterLaterItem(SentenceContext ctx, QuantityMention q, java.util.function.Predicate<String> wanted) {
    return laterItem(ctx, q, wanted).map(o -> skipClose(rest(ctx, o.end())));
  }

  /** The later item of a figure's list {@link #afterLaterItem} reads the text after. */
  private static Optional<QuantityMention> laterItem(SentenceContext ctx, QuantityMention q,
      java.util.function.Predicate<String> wanted) {
    for (QuantityMention o : ctx.quantities.subList(ctx.quantityIndexFrom(q.end()), ctx.quantities.size())) {
      if (o.start() > q.end() + AFTER_CHARS) {
        break;
      }
      if (o.start() >= q.end() && o.quantity().unit() == q.quantity().unit()) {
        if (clauseEndsBetween(ctx, q.end(), o.start())) {
          break; // 0.8%p 끌어올렸지만, 건설투자가 0.7%p 깎아내렸다: the next clause's verb is not this figure's
        }
        if (wanted.test(skipClose(rest(ctx, o.end())))) {
          return Optional.of(o);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a figure is an item of a list, joined to the next by a comma, 과 or 와, whose last item's
   * predicate says what will be (가람 후보가 51.7%, 나래 후보가 39.3%를 얻을 것으로 예측됐다): so
   * does every item's.
   */
  static boolean forecastList(Grammar grammar, SentenceContext ctx, QuantityMention q) {
    if (!listed(skipClose(rest(ctx, q.end())))) {
      return false;
    }
    // the list's last item's predicate; not 정의당 6명, 무소속 2명 등 가결표가 예상되는 120명: a
    // list closed by 등 is a noun phrase, and what a clause after it expects is of the next noun
    return laterItem(ctx, q, a -> !listed(a))
        .filter(o -> !grammar.startsWith(Grammar.Section.EXAMPLES, skipClose(rest(ctx, o.end())).stripLeading()))
        .map(o -> predicateText(ctx, o.end()))
        .filter(p -> grammar.contains(Grammar.Section.FORECAST, p) && !estimatedFact(p, grammar))
        .isPresent();
  }

  /** Whether the text after a figure goes on to the next item of its list (, 과 or 와). */
  private static boolean listed(String after) {
    return JOINED.matcher(after).find() || LIST_MARK.matcher(after).find();
  }

  /** A figure joined to the next one of a list by 과 or 와 (매출 160조원과 영업이익 15조원을 넘겼다). */
  private static final Pattern JOINED = Pattern.compile("^[과와]\\s");

  /** What stands between two figures of one list, past a bracket after the first: a comma, or 과/와 (528명과 29명). */
  private static final Pattern LIST_JOINT = Pattern.compile("[,과와]");

  /**
   * The text that says whether a figure was passed or not reached: its own clause's, or, for an
   * item joined by 과 or 와 to the next figure of its unit, the text after that figure, when it
   * says so (매출 160조원과 영업이익 15조원을 넘겼다: both were passed).
   */
  private String boundText(SentenceContext ctx, QuantityMention q, String afterClose) {
    if (!JOINED.matcher(afterClose).find()) {
      return afterClose;
    }
    return afterLaterItem(ctx, q, a -> !JOINED.matcher(a).find()).orElse(afterClose);
  }


  /** Whether the words right before a figure name a list's remainder (기타 98건, 그 밖의 5곳). */
  private boolean remainder(SentenceContext ctx, QuantityMention q) {
    if (grammar.endsWithWord(Grammar.Section.REMAINDER, ctx.text.substring(Math.max(0, q.start() - 8), q.start()))) {
      return true;
    }
    // 간판 탈락 등 기타는 118건: the remainder as the clause's topic or subject
    int w = ctx.wordIndexAt(q.start());
    SentenceContext.Word before = w > 0 ? ctx.words.get(w - 1) : null;
    return before != null && (before.role() == Role.TOPIC || before.role() == Role.SUBJECT || before.role() == Role.ALSO)
        && grammar.is(Grammar.Section.REMAINDER, before.stem());
  }

  /**
   * The known measure the first verb after a listed figure counts (사망자 of 숨졌다, 목숨을 잃었다;
   * 부상자 of 다쳤다), or empty: what the list's verb counts of each item.
   */
  private Optional<String> verbCueAfter(SentenceContext ctx, QuantityMention q) {
    QuantityUnit unit = q.quantity().unit();
    for (int i = Math.max(0, ctx.wordIndexFrom(q.end())); i < ctx.words.size(); i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (w.role() == Role.TOPIC || w.role() == Role.ALSO) {
        return Optional.empty(); // 폭 11.2m, 높이 4.7m의 가람기는 … 항속거리는: another topic's clause
      }
      Optional<MeasureLexicon.Cue> phrase = lexicon.phraseAt(ctx.text, w.start(), unit);
      if (phrase.isPresent() && phrase.get().text().contains(" ") && !gapCue(phrase.get())) {
        return Optional.of(phrase.get().attribute()); // 목숨을 잃었다: a verb with its object
      }
      if (EventFrames.verbLemma(ctx, w).isPresent()) {
        return ctx.adnominal(w) ? Optional.empty() : firstCue(ctx, w, unit).map(c -> c.cue().attribute());
      }
    }
    return Optional.empty();
  }

  /**
   * The noun of the first noun + 하다/되다 predicate after a figure in its clause (증원 of 증원됐다,
   * 증가 of 증가했다), or empty: what a list's verb says happened to each item.
   */
  private Optional<String> verbNounAfter(SentenceContext ctx, QuantityMention q) {
    for (int i = Math.max(0, ctx.wordIndexFrom(q.end())); i < ctx.words.size(); i++) {
      SentenceContext.Word w = ctx.words.get(i);
      Optional<String> lemma = EventFrames.verbLemma(ctx, w);
      if (lemma.isPresent()) {
        boolean noun = ctx.morphemesOf(w).stream().anyMatch(m -> m.isNoun() && m.surface().equals(lemma.get()));
        // (not 101곳이 전소되거나 일부가 탔다: one of two verbs names no figure)
        return noun && !ctx.adnominal(w) && !alternative(ctx, w) ? lemma : Optional.empty();
      }
      if (ctx.endsClause(w) || ctx.adnominal(w)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the figure ending at {@code from} is an argument of a relative clause whose verb
   * stands before {@code to} (4명이 퇴장한 가운데 23명, 1만명 증가한 34만명): its verb comes before
   * any comma, so what follows is no next item of a list ('민심'으로 불리는 국민여론조사에서 is an
   * item's own label after a comma).
   */
  private static boolean clauseBetween(SentenceContext ctx, int from, int to) {
    for (int i = Math.max(0, ctx.wordIndexFrom(from)); i < ctx.words.size() && ctx.words.get(i).end() <= to; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (ctx.text.substring(from, w.end()).indexOf(',') >= 0) {
        return false;
      }
      if (ctx.adnominal(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause ends between a figure and each neighbouring figure of its unit: the figure's clause is its own. */
  private static boolean ownClause(SentenceContext ctx, QuantityMention q) {
    return besideOfUnit(ctx, q, o -> true) && !besideOfUnit(ctx, q,
        o -> !clauseEndsBetween(ctx, Math.min(o.end(), q.end()), Math.max(o.start(), q.start())));
  }

  /** Whether a word ending a clause stands between two offsets. */
  private static boolean clauseEndsBetween(SentenceContext ctx, int from, int to) {
    return clauseEndsBetween(ctx, from, to, w -> true);
  }

  /** Whether a word between two offsets ends a clause and is one {@code which} accepts. */
  private static boolean clauseEndsBetween(SentenceContext ctx, int from, int to,
      java.util.function.Predicate<SentenceContext.Word> which) {
    for (SentenceContext.Word w : ctx.words) {
      if (w.start() >= from && w.end() <= to && ctx.endsClause(w) && which.test(w)) {
        return true;
      }
    }
    return false;
  }

  /** The punctuation that ends a word (회복했는데,). */
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\p{P}+$");

  /** Whether a clause between two offsets ends in a contrast (10조원대를 회복했는데, 다시 9조원대로). */
  private boolean contrastBetween(SentenceContext ctx, int from, int to) {
    return clauseEndsBetween(ctx, from, to, w -> grammar.endsWith(Grammar.Section.CONTRAST,
        TRAILING_PUNCTUATION.matcher(ctx.text.substring(w.start(), w.end())).replaceAll("")));
  }

  /**
   * The first word of the relative clause of change that ends at word {@code verb} (올해 9860원보다
   * 170원 오른, 전년보다 1만명 늘어난): the change's figure, in the level's unit, right before the
   * verb, then the base it is compared with (a time, a figure, a word in 보다 or 대비) before that;
   * {@code verb} itself when no such figure stands right before the verb.
   */
  private int changeClauseStart(SentenceContext ctx, int verb, QuantityUnit unit) {
    SentenceContext.Word before = verb < 1 ? null : ctx.words.get(verb - 1);
    if (before == null || ctx.quantities.stream().noneMatch(o -> o.start() >= before.start() && o.end() <= before.end()
        && o.quantity().unit() == unit)) {
      return verb; // (not 12.40포인트 내린 1108.25: an index's change in points, its level a score the verb names)
    }
    int k = verb - 1;
    while (k >= 1) {
      SentenceContext.Word w = ctx.words.get(k - 1);
      String written = TRAILING_PUNCTUATION.matcher(wordText(ctx, k - 1)).replaceAll("");
      if (written.endsWith("보다") || grammar.is(Grammar.Section.COMPARED_BY, stem(ctx, w))) {
        // 올해 9860원보다, 합병 전보다, 전년 동기 대비: the base and the bare words of its phrase
        k--;
        while (k >= 1 && (ctx.words.get(k - 1).role() == Role.BARE || ctx.beginsWithTime(ctx.words.get(k - 1)))) {
          k--;
        }
      } else if (ctx.beginsWithTime(w)) {
        k--;
      } else {
        break;
      }
    }
    return k;
  }

  /**
   * The first word of a base compared with that ends at word {@code i} in 보다 and holds a figure
   * (올해 9860원보다, 지난해 6억달러 보다): the figure's word and the times before it; -1 when the
   * word is no such base.
   */
  private static int comparedBase(SentenceContext ctx, int i) {
    String written = TRAILING_PUNCTUATION.matcher(wordText(ctx, i)).replaceAll("");
    if (!written.endsWith("보다")) {
      return -1;
    }
    int k = written.equals("보다") ? i - 1 : i; // 9860원 보다: the particle written apart
    if (k < 0 || !ctx.figureBetween(ctx.words.get(k).start(), ctx.words.get(k).end())) {
      return -1;
    }
    while (k >= 1 && ctx.beginsWithTime(ctx.words.get(k - 1))) {
      k--;
    }
    return k;
  }

  /**
   * What follows the level a change reached (170원 오른 1만30원으로 결정됐다): 로; not a level an
   * object or a place in 에 states (2만원 오른 81만원을 나타냈다, 82만원에 거래되고 있다: a price
   * whose measure the sentence does not write), nor one the copula closes (1만명 늘어난 34만명이다:
   * an item's count, of the measure its story is about).
   */
  private static final Pattern LEVEL_AFTER_CHANGE = Pattern.compile("\\s*(?:으로|로)(?![가-힣])");

  /** Whether the sentence before named a measure a figure of {@code unit} of this one may be of. */
  private boolean measureCarried(SentenceContext ctx, Discourse discourse, QuantityUnit unit) {
    return discourse.lastMeasure != null && discourse.lastMeasureSentence == ctx.sentence.index() - 1
        && carriesOver(discourse.lastMeasure, unit)
        && lexicon.allows(discourse.lastMeasure.attribute(), unit, discourse.lastMeasureUnit);
  }

  /** Whether a figure of {@code q}'s unit follows it past a comma: the sentence lists items. */
  private static boolean itemFollows(SentenceContext ctx, QuantityMention q) {
    return ctx.quantities.stream().anyMatch(o -> o.start() > q.end() && o.quantity().unit() == q.quantity().unit()
        && ctx.text.substring(q.end(), o.start()).indexOf(',') >= 0);
  }

  /** Whether a verb of change follows, after the particles that link it (2.6% 늘었다, 2042명이 증가). */
  private boolean changeVerb(String afterClose) {
    String a = grammar.afterLink(afterClose);
    if (grammar.startsWith(Grammar.Section.BOUND_MORE, a) || grammar.startsWith(Grammar.Section.BOUND_LESS, a)) {
      return false; // 13조원을 크게 뛰어넘었다: a mark passed, no change by that much
    }
    return grammar.changes(a);
  }

  /**
   * Whether an amount is what its verb states, no change: a money flow earned (매출 2조원을 올렸다,
   * 영업이익 5조원을 거뒀다), rain fallen (비가 210mm 내렸다).
   */
  private boolean earned(Head head, String afterClose) {
    String verb = grammar.afterLink(afterClose);
    return grammar.is(Grammar.Section.FLOW, head.attribute()) && grammar.startsWith(Grammar.Section.EARN, verb)
        || grammar.is(Grammar.Section.FALLING, head.attribute()) && grammar.startsWith(Grammar.Section.FALL, verb);
  }

  /**
   * Whether a count in 로 is what a change came to from a change (2분기 16조원 증가에서 3분기
   * 19조원으로 늘었다): a figure of its unit before it in its clause, written with a word of change
   * in 에서, makes it the size of a change too, not the level.
   */
  private boolean toFromChange(SentenceContext ctx, QuantityMention q, String afterClose) {
    if (q.quantity().unit() == QuantityUnit.PERCENT || q.quantity().unit() == QuantityUnit.PERCENT_POINT
        || !grammar.startsWith(Grammar.Section.TO_VALUE, afterClose)) {
      return false;
    }
    for (QuantityMention p : ctx.quantities) {
      if (p.end() <= q.start() && p.quantity().unit() == q.quantity().unit() && sameClause(ctx, p.end(), q.start())) {
        String word = skipClose(ctx.after(p.end())).stripLeading().split("\\s", 2)[0];
        if (word.endsWith("에서") && grammar.changes(word.substring(0, word.length() - 2))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a count is followed by a verb of change (2042명 증가한, 3만명 줄어). */
  private boolean countChange(QuantityUnit unit, String afterClose) {
    if (unit == QuantityUnit.PERCENT || unit == QuantityUnit.PERCENT_POINT
        || grammar.startsWith(Grammar.Section.TO_VALUE, afterClose)) {
      return false; // 23명으로 늘었다: the count it rose to
    }
    if (unit == QuantityUnit.SCORE || unit == QuantityUnit.RANK
        || unit == QuantityUnit.COUNT && grammar.startsWith(Grammar.Section.EARN, grammar.afterLink(afterClose))) {
      return false; // 평균자책점 3.27을 올렸다, 78승을 올렸다, 4위로 올라섰다: the record or place reached, not a rise
    }
    return changeVerb(afterClose);
  }

  /**
   * Whether a figure's clause of change names nothing it changes, so that it goes on with the
   * sentence before (올해보다 170원 오른 것이다, 전년 대비 2.6% 증가한 수치다, 전날보다 5명 줄었다): no
   * name, no topic or subject before the figure, and its verb ends the sentence or modifies a noun
   * that is the figure itself; not 2022년 3.5% 증가한 수입은, 국내는 4.2% 감소, 101.49포인트 하락에.
   */
  private boolean changesWhatCameBefore(SentenceContext ctx, QuantityMention q) {
    // (the clauses after the figure's may name what they like: 이는 5.5% 증가한 것으로 세계에서
    // 일곱번째로 6000억 달러 돌파국이 됐다)
    if (ctx.mentions.stream().anyMatch(m -> m.start() < q.start()) || ctx.words.stream().anyMatch(w -> w.end() <= q.start()
        && (w.role() == Role.TOPIC || w.role() == Role.SUBJECT) && !grammar.is(Grammar.Section.ANAPHOR, w.stem()))) {
      return false; // not 이는 …한 수치다, whose topic points back at the sentence before
    }
    int i = ctx.wordIndexFrom(q.end());
    while (i >= 0 && i < ctx.words.size() && ctx.inParentheses(ctx.words.get(i).start())) {
      i++; // 170원(1.7%) 오른: the verb after the aside
    }
    if (i < 0 || i >= ctx.words.size()) {
      return false;
    }
    SentenceContext.Word verb = ctx.words.get(i);
    if (i == ctx.words.size() - 1) {
      return ctx.endsClause(verb); // 5명 줄었다; not 230.64포인트 하락하면서, which goes on to what it is about
    }
    return ctx.adnominal(verb) && grammar.is(Grammar.Section.FIGURE_NOUN, nounOfCopula(ctx.words.get(i + 1).stem()));
  }

  /** A copula's noun as written (수치다, 수치이다): Nori may read 수치다 as 수/NNB 치/VV 다, leaving no copula to cut. */
  private static String nounOfCopula(String stem) {
    return COPULA_END.matcher(stem).replaceFirst("");
  }

  private static final Pattern COPULA_END = Pattern.compile("(이었다|였다|이다|다)$");

  /** 최종 38라운드에서 골을 넣었다: where in a series it happened, not a base (grammar PLACE_IN_SERIES). */
  private boolean placeInSeries(QuantityMention q, String afterClose) {
    return afterClose.startsWith("에서") && inSeries(q);
  }

  /** Whether a figure counts the one of a series where a match or session is held (38라운드, 3차전). */
  private boolean inSeries(QuantityMention q) {
    return grammar.is(Grammar.Section.PLACE_IN_SERIES, QuantityMention.counterOf(q.text()));
  }

  /** Whether the word before a figure ends in 보다 (X보다 40% 많은): a difference, not a level. */
  private boolean comparedWith(SentenceContext ctx, QuantityMention q) {
    int to = q.start();
    while (to > 0 && Character.isWhitespace(ctx.text.charAt(to - 1))) {
      to--;
    }
    if (to < 2 || !ctx.text.startsWith("보다", to - 2)) {
      return false;
    }
    int particle = to - 2;
    while (particle > 0 && Character.isWhitespace(ctx.text.charAt(particle - 1))) {
      particle--; // 9860원 보다: the particle written apart
    }
    int opening = particle > 1 && ctx.text.charAt(particle - 1) == ')' ? ctx.bracketOpening(particle - 1) : -1;
    int end = opening > 0 ? opening : particle; // 올해(9860원)보다: the base is the year, its figure aside
    // 전분기 1895조원보다 18조원 많다: the base is the period before, its figure written after it
    int base = ctx.quantities.stream().filter(o -> o.end() == end).findFirst()
        .flatMap(o -> timeBefore(ctx, o.start())).map(TimeMention::end).orElse(end);
    // 1년 전보다 12% 늘었다, 지난해보다, 전년 동기보다: a change over time, not a difference from another thing
    return ctx.times.stream().noneMatch(t -> t.end() == base)
        && grammar.scopeIn(ctx.text.substring(Math.max(0, to - 12), to)).isEmpty();
  }

  /**
   * The time written right before offset {@code at}, past spaces and the time's own aside in
   * brackets (2020년 51%, 전분기(2분기) 1895조원); empty when none is.
   */
  private static Optional<TimeMention> timeBefore(SentenceContext ctx, int at) {
    int p = at;
    while (p > 0 && Character.isWhitespace(ctx.text.charAt(p - 1))) {
      p--;
    }
    int end = p;
    int opening = p > 0 && ctx.text.charAt(p - 1) == ')' ? ctx.bracketOpening(p - 1) : -1;
    return ctx.times.stream().filter(t -> t.end() == end || t.end() == opening).findFirst();
  }

  /** A percentage followed by a verb of change measures the change of its head: 수출은 2.6% 늘었다. */
  private Head changeOf(SentenceContext ctx, Head head, QuantityUnit unit, String afterClose) {
    if (unit != QuantityUnit.PERCENT && unit != QuantityUnit.PERCENT_POINT && unit != QuantityUnit.POINTS) {
      return head;
    }
    String share = grammar.afterModifier(afterClose);
    if (grammar.startsWith(Grammar.Section.SHARE, share) && !head.attribute().equals(MeasureLexicon.SHARE)) {
      // 울트라 모델이 전체의 60%를 차지했다: the share of its head
      return new Head(MeasureLexicon.SHARE, grammar.owner(changing(ctx, head)), head.firm(), head.at());
    }
    if (!changeVerb(afterClose) || grammar.startsWith(Grammar.Section.TO_VALUE, afterClose)
        // 기준금리를 3.25%로 낮췄다: the level the change reached, the measure's own value
        || lexicon.forHead(head.attribute(), unit).map(h -> h.cue().attribute().equals(MeasureLexicon.GROWTH_RATE)).orElse(false)
        || head.attribute().equals(MeasureLexicon.GROWTH_RATE) || head.attribute().equals("기여도")) {
      return head;
    }
    // a change in percentage points is a difference of two rates (0.25%포인트 인하), and one in
    // points the change of an index (234.64포인트 하락), not a growth rate
    return new Head(unit == QuantityUnit.PERCENT_POINT || unit == QuantityUnit.POINTS ? MeasureLexicon.CHANGE : MeasureLexicon.GROWTH_RATE,
        grammar.owner(changing(ctx, head)),
        head.firm(), head.at());
  }

  /**
   * The measure of the amount a rate of change follows as the level reached (영업이익
   * 15조원으로 전년보다 54% 증가했다: 15조원 is where 영업이익 got to, 54% how much it grew), when
   * that amount was read with a measure the catalog knows and no owner; else null.
   */
  private Head levelBefore(SentenceContext ctx, QuantityMention q, Map<QuantityMention, Head> read) {
    QuantityMention before = null;
    for (QuantityMention o : ctx.quantities) {
      if (o.end() > q.start()) {
        break; // figures are in text order
      }
      if (o.quantity().unit() != QuantityUnit.PERCENT && o.quantity().unit() != QuantityUnit.NUMBER) {
        before = o;
      }
    }
    if (before == null) {
      return null;
    }
    java.util.regex.Matcher to = LEVEL_REACHED.matcher(ctx.text.substring(before.end(), q.start()));
    String base = to.lookingAt() ? ctx.text.substring(before.end() + to.end(), q.start()) : null;
    if (base == null || !base.isBlank() && (base.length() > BASE_REACH || !compared.matcher(base).find())) {
      return null;
    }
    Head level = read.get(before);
    // (GM 한국사업장은 판매량이 49만대로 6.7% 증가했다: an amount with an owner leaves the rate to the owner)
    return level != null && level.at() >= 0 && level.owner().isEmpty() && catalog.knows(level.attribute()) ? level : null;
  }

  /** The particle of a level reached, right after its amount: 15조원으로, 49만대로. */
  private static final Pattern LEVEL_REACHED = Pattern.compile("\\s*(으로|로),?\\s*");
  /** How long the base of a comparison between a level and its rate may be (전년 동기 대비, 지난해보다). */
  private static final int BASE_REACH = 16;

  /** Whether the figure stands in brackets right after its head noun (빅컷(0.50%포인트 인하)): the noun names it whole. */
  private static boolean bracketed(SentenceContext ctx, Head head, QuantityMention q) {
    if (head.at() < 0 || head.at() >= q.start()) {
      return false;
    }
    String between = ctx.text.substring(head.at(), q.start());
    int open = between.indexOf('(');
    // 인수금액(80억달러), 하만 인수금액(80억달러): the bracket opens on the head's last word, not
    // on another figure (88.05포인트(11.3%))
    int word = between.lastIndexOf(' ') + 1;
    int at = head.at() + open;
    return open > 0 && between.indexOf(')') < 0 && word <= open
        && between.substring(word, open).chars().noneMatch(Character::isDigit)
        // not 12조 원(-10%): a rate after an amount whose unit is a word of its own
        && (q.quantity().unit() != QuantityUnit.PERCENT || ctx.quantities.stream().noneMatch(o -> o.end() == at));
  }

  /**
   * Whether the text names the rate a growth figure is (성장률은 1.4%로 떨어졌다: the rate fell to
   * 1.4%), rather than the thing that grew (GDP는 0.2% 떨어졌다: a fall of 0.2%).
   */
  private boolean rateNamed(SentenceContext ctx, Head head) {
    int w = head.at() < 0 ? -1 : ctx.wordIndexAt(head.at());
    return w >= 0 && lexicon.forHead(stem(ctx, ctx.words.get(w)), QuantityUnit.PERCENT)
        .map(h -> h.cue().attribute().equals(MeasureLexicon.GROWTH_RATE)).orElse(false);
  }

  /** A balance a figure is of, and whether the figure is its deficit (적자) rather than its surplus. */
  private record Balance(Head head, boolean deficit) {}

  /**
   * The balance a figure is the sign of: a balance (grammar BALANCE: 무역수지, 영업손익) with a word of
   * deficit or surplus after the figure (472억 달러 적자를 기록했다), or such a word read as the
   * measure of a balance written before it (무역수지 적자가 472억 달러) or of the noun a balance the
   * catalog knows is named after (무역 적자, 무역적자: 무역수지); empty for any other.
   */
  private Optional<Balance> balanceOf(Head measured, String afterClose) {
    if (balance(measured.attribute())) {
      String after = afterClose.stripLeading();
      if (grammar.startsWith(Grammar.Section.DEFICIT, after) || grammar.startsWith(Grammar.Section.SURPLUS, after)) {
        return Optional.of(new Balance(measured, grammar.startsWith(Grammar.Section.DEFICIT, after)));
      }
    }
    String sign = signOf(measured.attribute());
    if (sign.isEmpty()) {
      return Optional.empty();
    }
    boolean deficit = grammar.is(Grammar.Section.DEFICIT, sign);
    String owner = measured.owner().replace(" ", "");
    if (balance(owner) && sign.length() == measured.attribute().length()) {
      return Optional.of(new Balance(new Head(owner, "", measured.firm(), measured.at()), deficit));
    }
    // 무역 적자 472억 달러, 무역적자는: the deficit of 무역 is the balance 무역수지, where the catalog knows it
    String of = measured.attribute().length() > sign.length()
        ? measured.attribute().substring(0, measured.attribute().length() - sign.length()).replace(" ", "") : owner;
    return grammar.words(Grammar.Section.BALANCE).stream().map(b -> of + b)
        .filter(b -> !of.isEmpty() && catalog.knows(b)).findFirst()
        .map(b -> new Balance(new Head(b, "", measured.firm(), measured.at()), deficit));
  }

  /** The word of deficit or surplus a measure ends with (적자 of 무역적자), or empty. */
  private String signOf(String attribute) {
    for (Grammar.Section s : List.of(Grammar.Section.DEFICIT, Grammar.Section.SURPLUS)) {
      for (String w : grammar.words(s)) {
        if (attribute.endsWith(w)) {
          return w;
        }
      }
    }
    return "";
  }

  /** A balance by its noun (무역수지), or a measure the lexicon names a negative of (영업이익: -영업손실). */
  private boolean balance(String noun) {
    return !noun.isEmpty() && (lexicon.namesNegative(noun) || grammar.endsWith(Grammar.Section.BALANCE, noun.replace(" ", "")));
  }

  /** A fall written as a positive figure (4.2% 감소) is a negative change. */
  static Quantity signed(Quantity q, boolean down) {
    if (!down || q.value().signum() <= 0) {
      return q;
    }
    return new Quantity(q.value().negate(), q.unit(), q.bound(), q.upper() == null ? null : q.upper().negate());
  }

  /**
   * Whether a figure is what the forecast noun right before it names (시장 전망치였던 10조원을
   * 밑돌았다, 전망치인 3%에 못 미쳤다, 예상치 2만명을 넘었다): the forecast itself, exact, where the
   * verb after it bounds the outcome compared with it (not 전망치는 2%를 넘을 것: the forecast's own
   * bound, its noun the topic).
   */
  private boolean forecastApposed(SentenceContext ctx, QuantityMention q) {
    int qw = ctx.wordIndexAt(q.start());
    if (qw <= 0 || ctx.words.get(qw).start() != q.start()) {
      return false;
    }
    SentenceContext.Word w = ctx.words.get(qw - 1);
    boolean apposed = w.role() == Role.BARE || ctx.has(w, POS.Tag.VCP) && ctx.has(w, POS.Tag.ETM);
    String noun = stem(ctx, w);
    return apposed && grammar.startsWith(Grammar.Section.FORECAST, noun)
        && !grammar.contains(Grammar.Section.AGAINST_FORECAST, noun);
  }

  /**
   * Whether word {@code i}, of stem {@code stem}, is a measure written in 의 before a topical noun (generic-nouns.txt TOPIC:
   * 영업이익의 경우 10조원을 밑돌았다, as 영업이익은 …); a name there is a topic already ({@code
   * SentenceContext}), and a place or group there (경인지역의 경우 … 증원됐다) names no measure.
   */
  private boolean topicalMeasure(SentenceContext ctx, int i, String stem, QuantityUnit unit) {
    return ctx.words.get(i).role() == Role.GENITIVE && i + 1 < ctx.words.size() && ctx.words.get(i + 1).role() == Role.BARE
        && GenericNouns.standard().isTopical(stem(ctx, ctx.words.get(i + 1))) && lexicon.forHead(stem, unit).isPresent();
  }

  /**
   * Whether a figure ends brackets opened right after a noun (잠재성장률(2.0%), 박태환(금 2개, 동 1개)):
   * the words after the brackets are said of the noun, not of the figure (…을 넘어 is no bound).
   */
  private static boolean apposedInBrackets(SentenceContext ctx, QuantityMention q, String after) {
    if (!after.startsWith(")") || q.start() == 0) {
      return false;
    }
    int open = ctx.bracketOpening(q.start());
    return open > 0 && Character.isLetter(ctx.text.charAt(open - 1));
  }

  /**
   * The text after the noun a figure counts when that noun, a known measure of the unit, stands
   * right after it (1000만 관중을 돌파했다: 돌파했다); empty otherwise.
   */
  private Optional<String> afterCountedNoun(SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(q.end() - 1);
    if (w < 0 || w + 2 >= ctx.words.size() || ctx.words.get(w).end() != q.end()) {
      return Optional.empty();
    }
    SentenceContext.Word noun = ctx.words.get(w + 1);
    if (!ctx.endsInNoun(noun) || lexicon.forHead(stem(ctx, noun).replace(" ", ""), q.quantity().unit()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ctx.text.substring(ctx.words.get(w + 2).start()));
  }

  /** 1억명을 넘었다: an exact figure that was passed is a lower bound; 못 미쳤다, an upper one. */
  static Quantity bounded(Grammar grammar, Quantity q, String afterClose) {
    if (q.bound() != Bound.EXACT) {
      return q;
    }
    String a = grammar.afterMark(afterClose); // 6%를 훌쩍 넘어서며, 2억 달러 고지를 넘어선: more than
    if (grammar.startsWith(Grammar.Section.BOUND_MORE, a)) {
      // 100명을 넘지 않는: at most
      Bound more = a.startsWith("이상") ? Bound.AT_LEAST : negatedVerb(grammar, a) ? Bound.AT_MOST : Bound.MORE_THAN;
      return new Quantity(q.value(), q.unit(), more, null);
    }
    if (grammar.startsWith(Grammar.Section.BOUND_LESS, a)) {
      return new Quantity(q.value(), q.unit(), a.startsWith("이하") ? Bound.AT_MOST : Bound.LESS_THAN, null);
    }
    return q;
  }

  /** How many words before a figure a record it is the value of may stand (기록인 1998년 7월 31일의 강수량 154.2mm). */
  private static final int RECORD_REACH = 5;

  /**
   * Whether a record is what the figure is the value of (종전 기록인 154.2mm를 넘어섰다, 종전 기록인
   * 지난해의 강수량 154.2mm를 넘어섰다: the record was passed): a record noun with the copula's 인 a
   * few words before it in its clause (not 사상 처음 7000억달러를 돌파했다, a first).
   */
  static boolean recordValue(Grammar grammar, SentenceContext ctx, QuantityMention q) {
    int w = ctx.wordIndexAt(q.start());
    if (w <= 0 || ctx.words.get(w).start() != q.start()) {
      return false;
    }
    for (int i = w - 1; i >= 0 && w - i <= RECORD_REACH && !ctx.endsClause(ctx.words.get(i)); i--) {
      SentenceContext.Word before = ctx.words.get(i);
      String word = ctx.text.substring(before.start(), before.end());
      if (word.endsWith("인") && grammar.is(Grammar.Section.RECORD, word.substring(0, word.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a figure is what is left before a goal or the goal itself (the 1000만 and the 5만6000명
   * of 1000만 관중까지 5만6000명만 남겨두고): a goal written with 까지, the amount left right after it.
   */
  static boolean leftToGo(Grammar grammar, SentenceContext ctx, QuantityMention q) {
    if (leftToGo(grammar, ctx.after(q.end()))) {
      return true;
    }
    int next = ctx.quantityIndexFrom(q.end());
    if (next >= ctx.quantities.size()) {
      return false;
    }
    QuantityMention left = ctx.quantities.get(next);
    return GOAL_BEFORE.matcher(ctx.text.substring(q.end(), left.start())).matches()
        && leftToGo(grammar, ctx.after(left.end()));
  }

  /** What stands between a goal and the amount left before it: a noun of what it counts, then 까지. */
  private static final Pattern GOAL_BEFORE = Pattern.compile("\\s*\\p{L}{0,6}\\s*까지\\s*");

  /** Whether the text after a figure says it is what is left before a goal (5만6000명만 남겨두고, 2승을 남겼다). */
  static boolean leftToGo(Grammar grammar, String after) {
    String a = after.stripLeading();
    if (a.startsWith("만") || a.startsWith("을") || a.startsWith("를")) {
      a = a.substring(1).stripLeading();
    }
    return grammar.startsWith(Grammar.Section.LEFT_TO_GO, a);
  }

  /** Whether the verb {@code text} starts with is negated by 않 or 못 after its 지 (넘지 않는, 넘지 못했다). */
  private static boolean negatedVerb(Grammar grammar, String text) {
    int space = text.indexOf(' ');
    String verb = space < 0 ? text : text.substring(0, space);
    int ji = verb.indexOf('지');
    if (ji > 0 && ji + 1 < verb.length()) {
      return grammar.startsWith(Grammar.Section.NEGATION, verb.substring(ji + 1)); // 넘지않는
    }
    return ji > 0 && space > 0 && grammar.startsWith(Grammar.Section.NEGATION, text.substring(space + 1));
  }

  /** Whether the text after a count says how many times running the next fact held (2회 연속). */
  private boolean streak(String after) {
    return grammar.startsWith(Grammar.Section.STREAK, after);
  }

  /** A figure written with its sign right after the opening bracket (the whole before it is found apart): 200명(+75명). */
  private static boolean signedAside(SentenceContext ctx, QuantityMention q) {
    int sign = q.start() - 1;
    return sign >= 1 && "+-−–".indexOf(ctx.text.charAt(sign)) >= 0 && ctx.text.charAt(sign - 1) == '(';
  }

  /** Whether a figure is written with a minus sign before it (-0.7%, (-5.1%)). */
  static boolean negative(SentenceContext ctx, QuantityMention q) {
    int p = q.start() - 1;
    if (p < 0 || "-−–".indexOf(ctx.text.charAt(p)) < 0) {
      return false;
    }
    return p == 0 || !Character.isDigit(ctx.text.charAt(p - 1));
  }
}
