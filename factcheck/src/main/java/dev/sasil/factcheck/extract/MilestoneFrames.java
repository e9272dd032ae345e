package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.core.Morpheme;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Myriads;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityMention;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.quantity.Spans;
import dev.sasil.factcheck.time.TimeLexicon;
import dev.sasil.factcheck.time.TimeMention;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ko.POS;

/**
 * Milestones as claims: how long something took to reach an amount. {@code 개봉 4일 차에 100만,
 * 6일 차에 200만 관객을 돌파했다} is two claims, {@value #ATTRIBUTE} [at=100만] P4D and [at=200만] P6D;
 * so are {@code 16일째 700만}, {@code 16일 만에 700만을 넘었다}, {@code 출시 사흘 만에 25만 대가 팔렸다}
 * and {@code 엿새 만에 누적 기준 100만 부}. A milestone is a count of days, weeks, months or years
 * (째, 차, 만에: the day a film opened is its first) followed by the amount reached, with nothing
 * between them but a particle, a date (32일 만인 24일) or bare nouns (누적 관객 수); the clause must
 * end in a verb of reaching (REACH in grammar.txt), which a list of milestones shares, and not in
 * another verb (1년 만에 1000만원 올랐다 is a rise). The amount is a qualifier, so each milestone
 * is compared with the same milestone of other articles, and the day is the value: one milestone
 * is reached once, so two days contradict. The subject is the nearest topic or subject before the
 * first milestone. Stateless apart from its collaborators; thread-safe.
 */
final class MilestoneFrames {

  /** The attribute of a milestone. */
  static final String ATTRIBUTE = "milestone";

  /**
   * A count of days or weeks made an ordinal (16일째, 4일 차, 16일째 만에), which the time reader
   * leaves alone (째 and 차 are NOT_DATE): spans counted to an event (16일 만에) are its time mentions.
   */
  private static final Pattern ORDINAL = Pattern.compile(
      "(?<![0-9.,])(\\d{1,4})\\s*(일|주)\\s*(?:째(?:\\s*(?:만에|만인))?|차)");
  /** The same with a native count of days (사흘째, 엿새째), written without a number. */
  private final Pattern nativeOrdinal;
  /** What may stand between the count and its amount: a particle, then a date of its own (만인 24일에). */
  private static final Pattern BRIDGE = Pattern.compile(
      "^\\s*(?:인|이던)?\\s*(?:(?:지난|오는)\\s*)?(?:\\d{1,2}\\s*일)?\\s*(?:에는|에도|에|엔|께)?\\s*");
  /** Bare nouns between the count and the amount (누적 관객 수, 누적 기준): no particle ends them. */
  private static final Pattern NOUNS = Pattern.compile("^(?:[가-힣]+\\s*){0,3}$");
  /** The endings of a word that takes part in its clause (관객이, 주가를): not a bare noun. */
  private static final Pattern CASE_ENDING = Pattern.compile("(?:이|가|을|를|은|는|의|로|으로|와|과|도|만)$");
  /** The most characters between a count and its amount. */
  private static final int REACH = 16;
  /** Amounts that are never reached as milestones: rates, changes, ranks, spans and ages. */
  private static final Set<QuantityUnit> NOT_REACHED = EnumSet.of(QuantityUnit.PERCENT, QuantityUnit.PERCENT_POINT,
      QuantityUnit.DURATION, QuantityUnit.DEGREES, QuantityUnit.AGE, QuantityUnit.RANK, QuantityUnit.SCORE,
      QuantityUnit.MULTIPLE);

  private final Grammar grammar;
  private final SpanFrames spans;
  private final TimeLexicon lexicon;

  MilestoneFrames(Grammar grammar, SpanFrames spans, TimeLexicon lexicon) {
    this.grammar = grammar;
    this.spans = spans;
    this.lexicon = lexicon;
    List<String> words = new ArrayList<>(lexicon.words(TimeLexicon.WordClass.DAYCOUNT));
    words.sort((a, b) -> b.length() - a.length());
    this.nativeOrdinal = Pattern.compile("(?<![가-힣])(" + String.join("|", words) + ")\\s*째(?:\\s*(?:만에|만인))?");
  }

  /** The word before a count that a span follows from its beginning (개봉 후, 출시 뒤): 후, 뒤 or 이후. */
  private static final Pattern AFTER_WORD = Pattern.compile("\\s*(?:후|뒤|이후)\\s*$");
  /** The last word of a text before a count. */
  private static final Pattern LAST_WORD = Pattern.compile("([가-힣]+)\\s*$");

  /**
   * A count of time before an amount: where it is written, how long it is, and whether it counts
   * the days from the beginning itself (16일째, 4일 차) rather than a span that may count from
   * anything (16일 만에).
   */
  private record Count(int start, int end, String text, Quantity span, boolean ordinal) {}

  /**
   * Adds the milestones of one sentence to {@code out}, and takes from it the claims the other
   * frames read at their counts and amounts (파묘 돌파 P16D, 관객 700만), which a milestone states
   * whole.
   */
  void read(Article article, SentenceContext ctx, List<ExtractedClaim> out) {
    if (ctx.text.indexOf('만') < 0 && ctx.text.indexOf('째') < 0 && ctx.text.indexOf('차') < 0) {
      return;
    }
    List<Count> counts = counts(ctx);
    if (counts.isEmpty()) {
      return;
    }
    String subject = null;
    List<ExtractedClaim> found = new ArrayList<>();
    List<QuantityMention> amounts = new ArrayList<>();
    for (Count c : counts) {
      Optional<QuantityMention> amount = amountAfter(ctx, c);
      if (amount.isEmpty() || !(c.ordinal() || !found.isEmpty() || fromStart(ctx.text, c.start()))
          || !reached(ctx, amount.get().end(), counts)) {
        continue; // 2012년 이후 12년 만에 30개를 돌파: the first time in 12 years, a record
      }
      if (subject == null) {
        subject = spans.subjectBefore(ctx, counts.getFirst().start(), true);
      }
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text,
          ctx.base + c.start(), ctx.base + c.end(), c.text());
      List<String> qualifiers = List.of("at=" + Myriads.of(amount.get().quantity().value()));
      found.add(new ExtractedClaim(new Claim(subject, ATTRIBUTE, c.span(), qualifiers, evidence, ""), !subject.isEmpty(), ""));
      int countAt = ctx.base + c.start();
      out.removeIf(x -> x.claim().evidence().start() >= countAt && x.claim().evidence().end() <= ctx.base + c.end());
      amounts.add(amount.get());
    }
    if (amounts.size() == 1 && !laterAmount(ctx, amounts.getFirst().end())) {
      amounts.clear(); // 32일 만에 1000만 관객을 돌파했다: the one amount reached is the count now
    }
    for (QuantityMention a : amounts) {
      int amountAt = ctx.base + a.start();
      out.removeIf(x -> x.claim().evidence().start() == amountAt); // 16일 만에 700만, 18일 만에 800만: counts of then
    }
    out.addAll(found);
  }

  /** Whether an amount that may be reached (not a rate or a span) is written after {@code p}. */
  private static boolean laterAmount(SentenceContext ctx, int p) {
    return ctx.quantities.stream().anyMatch(q -> q.start() >= p && !NOT_REACHED.contains(q.quantity().unit()));
  }

  /**
   * The counts of time in a sentence, in order: the ordinals of days and weeks, and the spans the
   * time reader counts to an event (16일 만에, 엿새 만에, 10여일 만에: {@link RecordFrames#countedTo}).
   */
  private List<Count> counts(SentenceContext ctx) {
    List<Count> out = new ArrayList<>();
    Matcher m = ORDINAL.matcher(ctx.text);
    while (m.find()) {
      ChronoUnit unit = m.group(2).equals("주") ? ChronoUnit.WEEKS : ChronoUnit.DAYS;
      out.add(new Count(m.start(), m.end(), m.group(), span(Integer.parseInt(m.group(1)), unit), true));
    }
    Matcher n = nativeOrdinal.matcher(ctx.text);
    while (n.find()) {
      Optional<TimeLexicon.Entry> e = lexicon.lookup(TimeLexicon.WordClass.DAYCOUNT, n.group(1));
      if (e.isPresent()) {
        out.add(new Count(n.start(), n.end(), n.group(), span(e.get().intValue(), ChronoUnit.valueOf(e.get().extra())), true));
      }
    }
    for (TimeMention t : ctx.times) {
      Optional<Quantity> span = RecordFrames.countedTo(t) ? SpanFrames.span(t) : Optional.empty();
      if (span.isPresent() && out.stream().noneMatch(c -> c.start() < t.end() && t.start() < c.end())) {
        out.add(new Count(t.start(), t.end(), t.text(), span.get(), false));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** Whether the word before a count, 후 or 뒤 aside, is a beginning it counts from (개봉 32일 만에, 수상 후 엿새 만에). */
  private boolean fromStart(String text, int at) {
    String before = text.substring(Math.max(0, at - 24), at);
    Matcher after = AFTER_WORD.matcher(before);
    if (after.find()) {
      before = before.substring(0, after.start());
    }
    Matcher last = LAST_WORD.matcher(before);
    return last.find() && grammar.is(Grammar.Section.MILESTONE_START, last.group(1));
  }

  private static Quantity span(int amount, ChronoUnit unit) {
    return new Quantity(Spans.of(amount, unit), QuantityUnit.DURATION, Bound.EXACT, null);
  }

  /** The amount a count is followed by, with only a particle, a date or bare nouns between them. */
  private static Optional<QuantityMention> amountAfter(SentenceContext ctx, Count c) {
    for (QuantityMention q : ctx.quantities) {
      if (q.start() < c.end()) {
        continue;
      }
      if (q.start() - c.end() > REACH || NOT_REACHED.contains(q.quantity().unit()) || q.quantity().upper() != null) {
        return Optional.empty();
      }
      String between = ctx.text.substring(c.end(), q.start());
      Matcher bridge = BRIDGE.matcher(between);
      String rest = bridge.lookingAt() ? between.substring(bridge.end()) : between;
      if (!NOUNS.matcher(rest).matches()) {
        return Optional.empty();
      }
      for (String word : rest.strip().split("\\s+")) {
        if (!word.isEmpty() && CASE_ENDING.matcher(word).find()) {
          return Optional.empty(); // 3일 만에 주가가 20만원: the amount is another subject's
        }
      }
      return Optional.of(q);
    }
    return Optional.empty();
  }

  /**
   * Whether the clause after an amount ends in a verb of reaching (돌파했다, 넘어섰다, 기록하며,
   * 팔렸다), the words of later milestones of a list and the links between them (에 이어, 을 시작으로)
   * aside; false at any other verb.
   */
  private boolean reached(SentenceContext ctx, int from, List<Count> counts) {
    int i = ctx.wordIndexFrom(from);
    for (; i >= 0 && i < ctx.words.size(); i++) {
      SentenceContext.Word w = ctx.words.get(i);
      if (counts.stream().anyMatch(c -> c.start() <= w.start() && w.start() < c.end())) {
        continue;
      }
      boolean verb = false;
      for (Morpheme m : ctx.morphemesOf(w)) {
        boolean predicate = m.tag() == POS.Tag.VV || m.tag() == POS.Tag.VA || m.tag() == POS.Tag.XSV
            || m.tag() == POS.Tag.XSA;
        if ((m.isNoun() || predicate) && grammar.is(Grammar.Section.REACH, m.surface())) {
          return true; // 끌어모았다, read as 끌 and 모으, reaches all the same
        }
        verb |= predicate && !grammar.is(Grammar.Section.REACH_LINK, m.surface());
      }
      if (verb) {
        return false;
      }
    }
    return false;
  }
}
