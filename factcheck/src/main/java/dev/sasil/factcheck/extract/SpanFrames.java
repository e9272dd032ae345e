package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.EntityMention;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.quantity.Spans;
import dev.sasil.factcheck.time.TimeDuration;
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
  private static Optional<Quantity> span(TimeMention t) {
    TimeDuration d = t.duration();
    if (!t.eventRelative() || d.direction() != TimeDuration.Direction.AFTER || d.amount() == 0) {
      return Optional.empty();
    }
    java.math.BigDecimal minutes = java.math.BigDecimal.valueOf(d.amount() * Spans.minutes(d.unit()));
    Bound bound = t.text().contains("여") ? Bound.ABOUT : Bound.EXACT;
    return Optional.of(new Quantity(minutes, QuantityUnit.DURATION, bound, null));
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
    Optional<Quantity> span = span(t);
    if (span.isEmpty()) {
      return Optional.empty();
    }
    String event = events.event(ctx, t);
    if (event.isEmpty() || grammar.is(Grammar.Section.RECORD, event)) {
      event = events.recordEvent(ctx, t); // 인구가 증가한 것은 10년 만에 처음이다: the clause's event
    }
    if (event.isEmpty() || grammar.is(Grammar.Section.RECORD, event)) {
      return Optional.empty();
    }
    return Optional.of(new Counted(span.get(), event));
  }

  /** Adds the claims of the sentence's spans to {@code out}. */
  void read(Article article, SentenceContext ctx, List<ExtractedClaim> out) {
    for (TimeMention t : ctx.times) {
      Optional<Counted> counted = counted(ctx, t);
      if (counted.isEmpty()) {
        continue;
      }
      String event = counted.get().event();
      String subject = subjectBefore(ctx, t.start());
      if (subject.isEmpty() || subject.equals(event) || !subject.codePoints().allMatch(Character::isLetterOrDigit)) {
        continue; // 32년 만에 최고치: a span nobody's is no claim a reader can check
      }
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text,
          ctx.base + t.start(), ctx.base + t.end(), t.text());
      out.add(new ExtractedClaim(new Claim(subject, event, counted.get().span(), List.of(), evidence, ""), true, ""));
    }
  }

  /** The nearest noun before {@code p} written as a topic or subject: its name, or its compound. */
  private String subjectBefore(SentenceContext ctx, int p) {
    for (int i = ctx.wordIndexAt(p) - 1; i >= 0; i--) {
      SentenceContext.Word w = ctx.words.get(i);
      if ((w.role() != Role.TOPIC && w.role() != Role.SUBJECT) || !ctx.endsInNoun(w)
          || ctx.inSpeech(w.start()) || w.stem().equals("것")) {
        continue; // 축제를 연 것은 12년 만이다: the clause made a noun is the event, not its subject
      }
      Optional<EntityMention> name = ctx.mentionOf(w);
      if (name.isPresent()) {
        return name.get().entity().canonical();
      }
      StringBuilder compound = new StringBuilder(w.stem());
      for (int k = i - 1; k >= 0 && i - k <= COMPOUND; k--) {
        SentenceContext.Word x = ctx.words.get(k);
        if (x.role() != Role.BARE || !ctx.endsInNoun(x) || ctx.mentionOf(x).isPresent() || ctx.adverb(x)
            || grammar.is(Grammar.Section.UNINFORMATIVE, x.stem()) || grammar.is(Grammar.Section.MODIFIER, x.stem())) {
          break; // not 한편 of 한편 안전처는: a linking word is no part of the subject
        }
        compound.insert(0, x.stem());
      }
      return grammar.owner(compound.toString().replace(" ", ""));
    }
    return "";
  }
}
