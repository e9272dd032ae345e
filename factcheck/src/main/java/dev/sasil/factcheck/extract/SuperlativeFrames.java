package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.core.Morpheme;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.quantity.Superlative;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;

/**
 * Records ever as claims: what a sentence says is the most or the least in all the history it
 * names (가람전자가 2분기 사상 최대 매출을 올렸다: revenue · record · 최대; 재산분할액은 역대 최대
 * 규모다; 헌정 사상 최소 득표 차다). A record is an EVER word of grammar.txt (역대, 사상) and, within
 * a few words of its clause, a record word (RECORD_HIGH, RECORD_LOW …: 최대, 가장 높은). What it is
 * a record of, the claim's {@code of} qualifier, is the noun the record word is written with (최대
 * 매출, 최고기온), else the figure a frame read in the clause (무역수지는 472억달러 적자로 역대
 * 최대치를: 적자), else the clause's topic or subject (매출은 분기 기준 역대 최대다), each named as
 * measures.txt names it when it ends in a cue; a record of nothing named makes no claim. Records are
 * compared within a story whatever owner each names (attributes.txt: story), so they agree and never
 * contradict. Stateless apart from its collaborators; thread-safe.
 */
final class SuperlativeFrames {

  static final String ATTRIBUTE = "record";
  /** The qualifier that names what the record is of. */
  static final String OF = "of=";
  /** Units of figures a record is never of: a rank (최고값 1위), a span (하루 만에), a score or a ratio. */
  private static final Set<QuantityUnit> NOT_OF =
      EnumSet.of(QuantityUnit.RANK, QuantityUnit.DURATION, QuantityUnit.SCORE, QuantityUnit.RATIO);
  /** The attribute of a rate of change, which a record of a level is not of. */
  private static final String GROWTH = MeasureLexicon.GROWTH_RATE;
  /** How many nouns after a record word may name what it is of (사상 최대 수출 실적을). */
  private static final int HEAD_WORDS = 6;
  /** What separates the items of a list written as one word (매출·영업이익). */
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[·‧,/]");
  /** What ends a noun phrase in a headline or a gloss (최대 매출…영업이익, 최고값(극값), 최대' [상보]). */
  private static final String BREAK = "…([‘’'“”\"";

  private final Grammar grammar;
  private final MeasureLexicon lexicon;
  private final SuperlativeMarks marks;
  private final ClauseNames names;

  SuperlativeFrames(Grammar grammar, MeasureLexicon lexicon, SuperlativeMarks marks, ClauseNames names) {
    this.grammar = grammar;
    this.lexicon = lexicon;
    this.marks = marks;
    this.names = names;
  }

  /**
   * What a record is of: the measure as claims name it, its owner (empty when none is written), and
   * whether a cue of measures.txt named it.
   */
  private record Of(String owner, List<String> measures, boolean cued) {
    Of(String owner, String measure, boolean cued) {
      this(owner, List.of(measure), cued);
    }
  }

  /** What a record of a list is of when not every item names a measure: nothing a claim can say. */
  private static final Of LIST = new Of("", List.of(), false);

  /**
   * Adds the records among the marks of one sentence ({@link SuperlativeMarks#find}) to {@code out},
   * which holds the claims other frames read of it (a figure of the record's clause says what the
   * record is of).
   */
  void read(Article article, SentenceContext ctx, List<SuperlativeMarks.Mark> found, List<ExtractedClaim> out) {
    List<ExtractedClaim> records = new ArrayList<>();
    int read = -1;
    for (SuperlativeMarks.Mark mark : found) {
      int i = mark.from();
      if (i <= read || !mark.ever() || marks.first(mark)) {
        continue;
      }
      int start = mark.textStart();
      if (spokenOf(ctx, mark)) {
        continue; // 역대 최저 성적에 대한 우려: a record feared, not stated
      }
      Of of = ofHead(ctx, mark, names.ownerBefore(ctx, i));
      if (of == null) {
        of = ofGroup(ctx, i, mark);
      }
      Of topic = of == null ? ofTopic(ctx, i) : null;
      if (of == null && topic != null && topic.cued()) {
        of = topic; // 몸값은 역대 최고인 4년 170억원: the measure the topic names, not the figure's
      }
      if (of == null) {
        of = ofFigure(ctx, start, mark, out);
      }
      if (of == null) {
        of = topic; // 재산분할액은 역대 최대 규모다: the topic's own noun
      }
      if (of == null || of.measures().isEmpty()) {
        continue; // 역대 최대 규모다: a record of nothing the sentence names
      }
      boolean forecast = marks.forecast(ctx, mark); // 역대 최대를 기록할 것으로 전망된다: no record yet
      String text = ctx.text.substring(start, mark.end());
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text,
          ctx.base + start, ctx.base + mark.end(), text);
      for (String measure : of.measures()) { // 수출과 수입이 나란히 사상 최대: a record of each
        List<String> qualifiers = forecast ? List.of(OF + measure, "forecast") : List.of(OF + measure);
        records.add(new ExtractedClaim(new Claim(of.owner(), ATTRIBUTE, new Superlative(mark.kind(), text), qualifiers,
            evidence, ""), true, ""));
      }
      read = mark.word(); // the words of the record are read
    }
    out.addAll(records);
  }

  /** How many words after a record word a compound particle may make it what is spoken of (최저 성적에 대한). */
  private static final int SPOKEN_REACH = 3;

  /**
   * Whether the record is what a noun after it is about (역대 최저 성적에 대한 우려, 사상 최대 실적에
   * 관한 기대): 대한 or 관한 within {@value #SPOKEN_REACH} words
   * of it, in its clause, after a noun in 에 (ABOUT of grammar.txt).
   */
  private boolean spokenOf(SentenceContext ctx, SuperlativeMarks.Mark mark) {
    for (int j = mark.word() + 1; j < ctx.words.size() && j <= mark.word() + SPOKEN_REACH; j++) {
      SentenceContext.Word w = ctx.words.get(j);
      if (ctx.words.get(j - 1).role() == Role.TO && grammar.is(Grammar.Section.ABOUT, w.stem())) {
        return true;
      }
      if (ctx.endsClauseOrCopula(w)) {
        return false;
      }
    }
    return false;
  }

  /**
   * What the record word names as its own: the rest of its word (최고기온) or the bare nouns after
   * it (최대 매출을, 최소 득표 차다, 최대 규모의 IPO다), without a RECORD_NOUN (규모, 실적); null if none.
   */
  private Of ofHead(SentenceContext ctx, SuperlativeMarks.Mark mark, String owner) {
    SentenceContext.Word w = ctx.words.get(mark.word());
    StringBuilder head = new StringBuilder();
    boolean adjective = ctx.wordIndexAt(mark.start()) != mark.word(); // 가장 높은: the noun it modifies follows
    if (!adjective && mark.end() < w.stemEnd()) {
      String whole = beforeBreak(ctx.text.substring(mark.start(), w.stemEnd()));
      Optional<MeasureLexicon.HeadMatch> cue = lexicon.forHead(whole, null);
      if (cue.isPresent() && cue.get().prefix().isEmpty()) {
        return measure(whole, owner); // 최고기온: a measure that starts with the record word
      }
      head.append(ctx.text, mark.end(), w.stemEnd()); // 최대치, 최고액: the word goes on after the record word
    }
    boolean goesOn = adjective || w.role() == Role.BARE || w.role() == Role.GENITIVE;
    for (int j = mark.word() + 1; goesOn && !cut(head) && j < ctx.words.size() && j <= mark.word() + HEAD_WORDS; j++) {
      SentenceContext.Word x = ctx.words.get(j);
      if (!ctx.endsInNoun(x) || ctx.beginsWithTime(x) || BREAK.indexOf(ctx.text.charAt(x.start())) >= 0
          || ctx.mentionOf(x).filter(m -> !ctx.inParentheses(m.start())).isPresent()) {
        break; // 최대 규모 기업공개(IPO)다 goes on; 최대 가람전자 does not
      }
      head.append(' ').append(ctx.text, x.start(), x.stemEnd()); // as written: 매출·영업이익 is a list
      goesOn = x.role() == Role.BARE || x.role() == Role.GENITIVE && marks.recordNoun(head.toString());
      if (ctx.endsClauseOrCopula(x)) {
        break;
      }
    }
    return measure(head.toString(), owner);
  }

  /**
   * What a figure of the record's clause is a record of (무역수지는 472억달러 적자로 역대 최대치를
   * 기록했다: 무역수지 적자): the quantity claim nearest the EVER word at {@code start} in its
   * clause; null if none.
   */
  private Of ofFigure(SentenceContext ctx, int start, SuperlativeMarks.Mark mark, List<ExtractedClaim> claims) {
    ExtractedClaim nearest = null;
    int distance = Integer.MAX_VALUE;
    Set<String> measures = new HashSet<>();
    for (ExtractedClaim c : claims) {
      Claim claim = c.claim();
      int p = claim.evidence().start() - ctx.base;
      String a = claim.attribute();
      if (!(claim.value() instanceof Quantity q) || NOT_OF.contains(q.unit()) || claim.isDerived() || p < 0 || p > ctx.text.length()
          || a.contains(" ") || marks.recordNoun(a) || marks.namesRecord(a) || a.equals(MeasureLexicon.CHANGE)
          || a.equals(GROWTH) || !sameClause(ctx, Math.min(p, start), Math.max(p, mark.end()))) {
        continue; // a change (14.8% 증가하며 역대 최대치) is not what the record is of
      }
      measures.add(a);
      int d = Math.abs(p - start);
      if (d < distance) {
        nearest = c;
        distance = d;
      }
    }
    if (measures.size() > 1) {
      return LIST; // 금메달 3개, 은메달 3개를 획득하며 역대 최고 성적: of all of them, which no one claim says
    }
    return nearest == null ? null : new Of(nearest.claim().subject(), nearest.claim().attribute(), true);
  }

  /**
   * What a record among a group is of: the nouns between the EVER word of word {@code i} and a
   * PARTITIVE word right before the record word (역대 폴더블폰 사전 판매량 가운데 가장 많은:
   * units.preorder); null if the record word follows no PARTITIVE.
   */
  private Of ofGroup(SentenceContext ctx, int i, SuperlativeMarks.Mark mark) {
    int m = ctx.wordIndexAt(mark.start());
    if (m - 1 <= i || !grammar.is(Grammar.Section.PARTITIVE, ctx.words.get(m - 1).stem())) {
      return null;
    }
    StringBuilder phrase = new StringBuilder();
    for (int k = i + 1; k < m - 1; k++) {
      SentenceContext.Word x = ctx.words.get(k);
      phrase.append(' ').append(ctx.text, x.start(), x.stemEnd());
    }
    return measure(phrase.toString(), "");
  }

  /**
   * The clause's topic or subject before word {@code i} (매출의 경우 too: TOPIC_FRAME; 하락 폭으로
   * 따지면, a PERIOD_FRAME's noun in 로), and the bare noun before it (가계 빚이); null if none.
   */
  private Of ofTopic(SentenceContext ctx, int i) {
    boolean byFrame = false;
    boolean crossed = false;
    for (int k = i - 1; k >= 0; k--) {
      SentenceContext.Word w = ctx.words.get(k);
      String written = ctx.text.substring(w.start(), w.end());
      if (ctx.endsClause(w) && (grammar.endsWith(Grammar.Section.PERIOD_FRAME, written)
          || grammar.startsWith(Grammar.Section.RECKONING, w.stem()) && !ctx.connective(w).isEmpty())) {
        byFrame = true; // 하락 폭으로 따지면 종가 모두 포함해 역대 최대다: the noun the frame reckons by
        crossed = true;
        continue;
      }
      if (ctx.endsClause(w) && !names.sharesSubject(ctx, w)) {
        return null; // 비가 쏟아지자 역대 최고: another clause's subject
      }
      if (k > 0 && !crossed && grammar.is(Grammar.Section.LIST_CLOSE, w.stem()) && ctx.endsInNoun(ctx.words.get(k - 1))) {
        return listEndingAt(ctx, k - 1); // 매출·영업이익 모두 역대 최대, 매출과 영업이익 모두 분기 기준 사상 최대치다
      }
      // not 장중, 종가 모두 포함해 역대 최대다: the 모두 of a verb before the record
      crossed |= ctx.endsClause(w) || ctx.has(w, POS.Tag.VV) || ctx.has(w, POS.Tag.XSV) || ctx.has(w, POS.Tag.VA);
      boolean framed = w.role() == Role.GENITIVE && k + 1 < i
          && grammar.is(Grammar.Section.TOPIC_FRAME, ctx.text.substring(ctx.words.get(k + 1).start(), ctx.words.get(k + 1).end()))
          || byFrame && w.role() != Role.BARE && w.role() != Role.GENITIVE; // 매출만 놓고 보면
      if (w.role() != Role.TOPIC && w.role() != Role.SUBJECT && !framed || !ctx.endsInNoun(w) || ctx.inSpeech(w.start())
          || w.role() == Role.SUBJECT && ctx.relativeBetween(k + 1, i)) {
        continue; // 관련 통계가 작성된 1970년 이후 역대 최저: the subject of a relative clause
      }
      if (ctx.mentionOf(w).filter(m -> !ctx.inParentheses(m.start())).isPresent() || pronoun(ctx, w)
          || ctx.has(w, POS.Tag.NNP)) {
        return null; // 가람전자는 역대 최대 규모다, 이는 역대 최대다: no measure named
      }
      if (k > 0 && coordinated(ctx, ctx.words.get(k - 1))) {
        return listEndingAt(ctx, k); // 수출과 수입이 나란히 사상 최대
      }
      StringBuilder phrase = new StringBuilder(w.stem());
      if (k > 0) {
        SentenceContext.Word x = ctx.words.get(k - 1);
        if (x.role() == Role.BARE && ctx.endsInNoun(x) && !ctx.beginsWithTime(x) && ctx.mentionOf(x).isEmpty()
            && !grammar.is(Grammar.Section.MODIFIER, x.stem()) && !grammar.is(Grammar.Section.UNINFORMATIVE, x.stem())) {
          phrase.insert(0, x.stem() + " ");
        }
      }
      return measure(phrase.toString(), "");
    }
    return null;
  }

  /**
   * The measure a phrase names: the attribute of the cue it ends in (매출: revenue; 무역적자: 적자,
   * owned by 무역), else its last noun; trailing RECORD_NOUNs (규모, 실적) aside; null when nothing is
   * left or the last noun says nothing (이번, 당시).
   */
  private Of measure(String phrase, String owner) {
    List<String> parts = new ArrayList<>(List.of(beforeBreak(phrase).strip().split("\\s+")));
    parts.removeIf(String::isEmpty);
    if (!parts.isEmpty() && LIST_SEPARATOR.matcher(parts.getLast()).find()) {
      return each(List.of(LIST_SEPARATOR.split(parts.getLast())), owner); // 매출·영업이익·순이익: a record of each
    }
    Of cued = cued(parts, owner); // 하락 폭: a cue that ends in a RECORD_NOUN
    while (cued == null && !parts.isEmpty() && marks.recordNoun(parts.getLast())) {
      parts.removeLast();
      cued = cued(parts, owner);
    }
    if (cued == null && !parts.isEmpty()) {
      // 수출실적: a record noun glued to the measure, as 수출 실적 writes it apart
      String last = parts.getLast();
      for (int k = 2; cued == null && k <= last.length() - 1; k++) {
        if (marks.recordNoun(last.substring(last.length() - k))) {
          List<String> cut = new ArrayList<>(parts.subList(0, parts.size() - 1));
          cut.add(last.substring(0, last.length() - k));
          cued = cued(cut, owner);
        }
      }
    }
    if (cued != null || parts.isEmpty()) {
      return cued;
    }
    String last = parts.getLast();
    if (grammar.is(Grammar.Section.UNINFORMATIVE, last) || grammar.is(Grammar.Section.MODIFIER, last)) {
      return null;
    }
    // a noun of one syllable names its measure with the noun before it (가계 빚), else nothing
    String squeezed = String.join("", parts);
    String named = last.length() > 1 ? last
        : parts.size() > 1 ? squeezed.substring(squeezed.length() - 1 - parts.get(parts.size() - 2).length()) : null;
    return named == null ? null : new Of(owner, named, false);
  }

  /**
   * What a record of a list of items is of: the measure each item names as measures.txt does
   * (매출·영업이익: revenue, operating.profit); {@link #LIST} when an item names none (아세안·미국).
   */
  private Of each(List<String> items, String owner) {
    List<String> measures = new ArrayList<>();
    for (String item : items) {
      Of one = item.isBlank() ? null : cued(List.of(item.strip()), owner);
      if (one == null) {
        return LIST;
      }
      if (!measures.contains(one.measures().getFirst())) {
        measures.add(one.measures().getFirst());
      }
    }
    return new Of(owner, measures, true);
  }

  /** The measure of the cue a phrase of words ends in, as measures.txt names it; null if none or a RECORD_NOUN. */
  private Of cued(List<String> parts, String owner) {
    if (parts.isEmpty()) {
      return null;
    }
    Optional<MeasureLexicon.HeadMatch> cue = lexicon.forHead(String.join("", parts), null);
    if (cue.isEmpty()) {
      return null;
    }
    MeasureLexicon.Cue c = cue.get().cue();
    if (marks.recordNoun(c.text().replace(" ", ""))) {
      return null; // 규모, 금액: a cue elsewhere, the record itself here
    }
    return new Of(owner, c.negative() ? c.text().replace(" ", "") : c.attribute(), true);
  }

  /** A phrase up to what ends it (최고기온…강원: 최고기온; 기업공개(IPO): 기업공개). */
  private static String beforeBreak(String phrase) {
    for (int k = 0; k < phrase.length(); k++) {
      if (BREAK.indexOf(phrase.charAt(k)) >= 0 || phrase.startsWith("..", k)) {
        return phrase.substring(0, k);
      }
    }
    return phrase;
  }

  /** Whether a head phrase has reached what ends it (an ellipsis, a bracket, a quote). */
  private static boolean cut(CharSequence head) {
    return beforeBreak(head.toString()).length() < head.length();
  }

  /**
   * What the list ending at word {@code j} is a record of: each item of that word as written
   * (매출·영업이익) and of the nouns joined to it by 과/와 or a comma (매출과 영업이익, 매출, 영업이익);
   * {@link #LIST} for a single item.
   */
  private Of listEndingAt(SentenceContext ctx, int j) {
    List<String> items = new ArrayList<>();
    for (int i = j; i >= 0 && (i == j || coordinated(ctx, ctx.words.get(i))); i--) {
      SentenceContext.Word w = ctx.words.get(i);
      items.addAll(0, List.of(LIST_SEPARATOR.split(ctx.text.substring(w.start(), w.stemEnd()))));
    }
    return items.size() < 2 ? LIST : each(items, "");
  }


  /**
   * Whether a word is a noun coordinated with the next by 와/과 or a comma (수출과 수입이, 매출,
   * 영업이익 모두), no name among them.
   */
  private static boolean coordinated(SentenceContext ctx, SentenceContext.Word w) {
    boolean joined = w.role() == Role.WITH || w.role() == Role.BARE && ctx.text.charAt(w.end() - 1) == ',';
    return joined && ctx.endsInNoun(w) && ctx.mentionOf(w).isEmpty() && !ctx.has(w, POS.Tag.NNP);
  }

  /** Whether a word is a pronoun or a demonstrative alone (이는, 이같은): it names no measure. */
  private static boolean pronoun(SentenceContext ctx, SentenceContext.Word w) {
    List<Morpheme> ms = ctx.morphemesOf(w);
    return !ms.isEmpty() && (ms.getFirst().tag() == POS.Tag.NP || ms.getFirst().tag() == POS.Tag.MM);
  }

  /**
   * Whether no clause ends in {@code [from, to)} of the sentence but at its last word: a figure of
   * another clause (144명이 파견되면서 역대 최저 성적에 대한 우려가) is not what the record is of.
   */
  private static boolean sameClause(SentenceContext ctx, int from, int to) {
    for (SentenceContext.Word w : ctx.words) {
      if (w.start() >= from && w.end() < to && ctx.endsClause(w)) {
        return false;
      }
    }
    return true;
  }
}
