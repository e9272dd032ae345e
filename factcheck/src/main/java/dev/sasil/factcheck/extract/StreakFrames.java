package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.core.Morpheme;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.quantity.Spans;
import dev.sasil.factcheck.time.TimeLexicon;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;

/**
 * How many times running something held, as claims: 무역수지는 9개월 연속 적자를 이어갔다 and
 * 무역수지는 9개월째 적자 행진이다 are 무역수지 · 연속 적자 · 9 months; 수출은 석 달 연속 감소했다 is
 * 수출 · 연속 감소 · 3 months; 기준금리를 3차례 연속 인상했다 counts 3 times. A count of months, years
 * or weeks (grammar.txt's STREAK_LENGTH, units of the time lexicon) is a length of time, so that 석 달
 * and 3개월 meet; any other counter (STREAK_COUNTER: 분기, 차례, 회) is a count of its own. What held is the
 * first word after the run (적자, 감소세, 흑자), a change verb read as the change (줄었다: 감소).
 * Stateless apart from its collaborators; thread-safe.
 */
final class StreakFrames {

  /** The prefix of a streak's attribute: 연속 적자. */
  static final String PREFIX = "연속 ";

  /** A run of N and what follows it: 9개월 연속, 9개월째, 3차례 연속, 3연속. */
  private final Pattern run;
  /** A length of a run right before a text's end: the 1년 of 1년 8개월째. */
  private final Pattern lengthBefore;
  private final Grammar grammar;
  private final SpanFrames spans;
  private final TimeLexicon times;

  StreakFrames(Grammar grammar, SpanFrames spans, TimeLexicon times) {
    this.grammar = grammar;
    this.spans = spans;
    this.times = times;
    for (String length : grammar.words(Grammar.Section.STREAK_LENGTH)) {
      if (times.lookup(TimeLexicon.WordClass.UNIT, length).isEmpty()) {
        throw new IllegalStateException("grammar.txt STREAK_LENGTH " + length + " is no UNIT of the time lexicon");
      }
    }
    String number = "(?<n>\\d{1,3}|" + String.join("|", times.words(TimeLexicon.WordClass.NUM)) + ")\\s*";
    String length = "(?<len>" + grammar.alternation(Grammar.Section.STREAK_LENGTH) + ")";
    String streak = "(?:" + grammar.alternation(Grammar.Section.STREAK) + ")";
    this.run = Pattern.compile("(?<![0-9가-힣.,])" + number + "(?:" + length + "\\s*(?:" + streak + "|째)|(?<c>"
        + grammar.alternation(Grammar.Section.STREAK_COUNTER) + ")\\s*" + streak + "|" + streak + ")");
    this.lengthBefore = Pattern.compile(number + length + "\\s*$");
  }

  /** A run read in a sentence: its text's span, the length or count, what held, and whose run it is. */
  record Streak(int start, int end, String text, Quantity value, String event, String subject) {}

  /** The runs of one sentence, in order. */
  List<Streak> find(SentenceContext ctx) {
    if (ctx.text.indexOf('째') < 0 && !grammar.holds(Grammar.Section.STREAK, ctx.text)) {
      return List.of();
    }
    List<Streak> out = new ArrayList<>();
    Matcher m = run.matcher(ctx.text);
    while (m.find()) {
      Optional<Quantity> value = value(m);
      int next = ctx.wordIndexFrom(m.end());
      if (value.isEmpty() || next < 0 || lengthBefore.matcher(ctx.text).region(0, m.start()).find()) {
        continue; // 1년 8개월째: a run of years and months, not read here
      }
      if (grammar.startsWith(Grammar.Section.STREAK, ctx.text.substring(ctx.words.get(next).start()))
          && next + 1 < ctx.words.size()) {
        next++; // 8개월째 연속 흑자
      }
      if (next + 1 < ctx.words.size() && ctx.words.get(next).role() == Role.BARE && ctx.endsInNoun(ctx.words.get(next))
          && !ctx.startsFigure(ctx.words.get(next + 1)) && ctx.endsInNoun(ctx.words.get(next + 1))
          && !grammar.is(Grammar.Section.STREAK_COURSE, ctx.words.get(next + 1).stem())) {
        next++; // 7차례 연속 기준금리 인상을: the head of the compound (not 적자 행진: its course)
      }
      String event = event(ctx, ctx.words.get(next));
      if (event.isEmpty()) {
        continue;
      }
      int owner = ownerWord(ctx, m.start());
      String subject = owner < 0 ? "" : spans.subjectBefore(ctx, ctx.words.get(owner + 1).start(), true);
      out.add(new Streak(m.start(), m.end(), m.group(), value.get(), event, subject));
    }
    return out;
  }

  /**
   * The word of the one a run at {@code p} is of: the nearest topic wherever it stands in the
   * sentence (매출액은 1% 올라 3년 연속 최대치를 달성했다), a subject only in the run's own clause (not
   * 단가 상승이 지속되며 2분기 연속 흑자를 기록했다: the rise is no party to the profit); -1 for none.
   */
  private static int ownerWord(SentenceContext ctx, int p) {
    int at = ctx.wordIndexAt(p);
    boolean crossed = false;
    for (int i = (at < 0 ? ctx.wordIndexFrom(p) : at) - 1; i >= 0; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if (w.role() == Role.TOPIC || !crossed && (w.role() == Role.SUBJECT || w.role() == Role.ALSO) && ctx.endsInNoun(w)) {
        return i;
      }
      crossed |= ctx.endsClause(w);
    }
    return -1;
  }

  /**
   * Adds a claim for each of {@code runs}, the runs {@link #find} read in the sentence, whose
   * subject is written, or, in a sentence with none of its own or only an anaphor (15개월 연속
   * 감소세다, 이는 15개월 연속 감소세다), is the one whose change {@code changeBefore}, the last
   * change the sentence before read, went the run's way (청년층 취업자는 8만명 줄었다).
   */
  void read(Article article, SentenceContext ctx, List<Streak> runs, Optional<Claim> changeBefore, List<ExtractedClaim> out) {
    for (Streak s : runs) {
      String subject = s.subject();
      if (subject.isEmpty() && noSubjectOfItsOwn(ctx, s)) {
        // 반도체 28% 감소… 5개월째 줄어: a change the sentence itself read before the run comes first
        subject = lastChange(out, ctx.base + s.start()).or(() -> changeBefore)
            .filter(c -> sameWay(s.event(), c)).map(Claim::subject).orElse("");
      }
      if (subject.isEmpty() || subject.equals(s.event())) {
        continue; // 기업 부진이 15개월 연속 감소세다: whose run no word says; the figure may still agree
      }
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text,
          ctx.base + s.start(), ctx.base + s.end(), s.text());
      out.add(new ExtractedClaim(new Claim(subject, PREFIX + s.event(), s.value(), List.of(), evidence, ""), true, ""));
    }
  }

  /**
   * The last claim of a change with a subject (증감, growth.rate) among {@code claims} whose text
   * starts before offset {@code before}.
   */
  static Optional<Claim> lastChange(List<ExtractedClaim> claims, int before) {
    for (int i = claims.size() - 1; i >= 0; i--) {
      Claim c = claims.get(i).claim();
      if (!c.subject().isEmpty() && c.evidence().start() < before
          && (c.attribute().equals(MeasureLexicon.CHANGE) || c.attribute().equals(MeasureLexicon.GROWTH_RATE))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Whether a run's sentence names no one it could be of: no topic or subject before it, or only an anaphor (이는). */
  private boolean noSubjectOfItsOwn(SentenceContext ctx, Streak s) {
    int owner = ownerWord(ctx, s.start());
    return owner < 0 || grammar.is(Grammar.Section.ANAPHOR, ctx.words.get(owner).stem());
  }

  /** Whether a run's event is a change the way a claimed change went: 감소세 after a fall, 증가 after a rise. */
  private boolean sameWay(String event, Claim change) {
    if (!(change.value() instanceof Quantity q) || q.value().signum() == 0 || !grammar.changes(event)) {
      return false;
    }
    return grammar.changesDown(event) == (q.value().signum() < 0);
  }

  /** The length of a run of months, years or weeks, or the count of one of another counter. */
  private Optional<Quantity> value(Matcher m) {
    String n = m.group("n");
    long count;
    if (Character.isDigit(n.charAt(0))) {
      count = Long.parseLong(n);
    } else {
      Optional<TimeLexicon.Entry> num = times.lookup(TimeLexicon.WordClass.NUM, n);
      if (num.isEmpty()) {
        return Optional.empty();
      }
      count = Long.parseLong(num.get().value());
    }
    if (count < 2) {
      return Optional.empty(); // 1년 연속 is no run
    }
    if (m.group("len") != null) {
      // every STREAK_LENGTH word is a UNIT (checked when the frames are built)
      ChronoUnit unit = ChronoUnit.valueOf(times.lookup(TimeLexicon.WordClass.UNIT, m.group("len")).orElseThrow().value());
      return Optional.of(new Quantity(Spans.of(count, unit), QuantityUnit.DURATION, Bound.EXACT, null));
    }
    return Optional.of(new Quantity(BigDecimal.valueOf(count), QuantityUnit.COUNT, Bound.EXACT, null));
  }

  /**
   * What held: the noun the word after the run starts with (적자를, 감소세다: 감소, 흑자, 플러스), or
   * its verb, a change verb as the change it states (줄었다: 감소, 올랐다: 증가); empty when the word
   * starts with neither.
   */
  private String event(SentenceContext ctx, SentenceContext.Word w) {
    List<Morpheme> ms = ctx.morphemesOf(w);
    if (ms.isEmpty()) {
      return "";
    }
    Morpheme first = ms.getFirst();
    String lemma = first.surface();
    if (first.isNoun()) {
      return lemma;
    }
    if (first.tag() != POS.Tag.VV && first.tag() != POS.Tag.VA) {
      return "";
    }
    // by the written word: Nori's lemma of 줄었다 is 주
    String text = ctx.text.substring(w.start(), w.end());
    if (grammar.startsWith(Grammar.Section.CHANGE_DOWN, text)) {
      return grammar.first(Grammar.Section.CHANGE_DOWN); // 감소
    }
    return grammar.startsWith(Grammar.Section.CHANGE_UP, text) ? grammar.first(Grammar.Section.CHANGE_UP) : lemma;
  }
}
