package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.time.ClockTime;
import dev.sasil.factcheck.time.TimeMention;
import java.util.Optional;

/**
 * The moment of the day a running count stood at, when a sentence writes one (오후 5시 기준
 * 사망자는 12명; 오전 3시 40분께 개표율 97.67%를 보인 가운데 48.58%를 얻었다): a time of day followed by
 * grammar.txt's AS_OF word, or ending a clause in one of its INTERIM words, before the figure. Such a
 * figure is of that moment, not the final one, and the sentences after it that write no time and no
 * word of FINAL_COUNT go on reporting the same moment (이 후보는 47.81%를 얻었다). Stateless.
 */
final class AsOfClock {

  private final Grammar grammar;

  AsOfClock(Grammar grammar) {
    this.grammar = grammar;
  }

  /** The moment, {@code 2022-03-10T03:40}, the figure starting at {@code p} is counted at; empty when none is written. */
  Optional<String> before(SentenceContext ctx, int p) {
    String found = null;
    for (TimeMention t : ctx.times) {
      if (t.end() > p) {
        break; // times are in text order
      }
      if (t.value() == null || t.duration() != null) {
        continue;
      }
      Optional<ClockTime> clock = ClockTime.of(t, ctx.after(t.end()), ctx.halfBefore(t.start()));
      if (clock.isEmpty()) {
        continue;
      }
      if (asOfAfter(ctx.after(t.end())) || interimClause(ctx, t.end(), p)) {
        found = clock.get().normalized();
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Whether the text after a time makes it the moment a count stood at: 기준, 현재;
   * not when a comparison follows (기준 때보다): that moment is the base a later count is compared with.
   */
  boolean asOfAfter(String after) {
    String rest = grammar.after(Grammar.Section.AS_OF, after);
    return rest != null && !grammar.startsWith(Grammar.Section.AS_OF_BASE, rest);
  }

  /** Whether a sentence says its count is the final one (최종 개표 결과, 개표를 완료한). */
  boolean saysFinal(SentenceContext ctx) {
    return grammar.contains(Grammar.Section.FINAL_COUNT, ctx.text);
  }

  /**
   * Whether a clause that ends in an INTERIM word (보인 가운데) stands between a time's end and
   * the figure at {@code p}, saying nothing of a final count.
   */
  private boolean interimClause(SentenceContext ctx, int from, int p) {
    for (SentenceContext.Word w : ctx.words) {
      if (w.start() < from) {
        continue;
      }
      if (w.end() > p) {
        return false;
      }
      if (grammar.is(Grammar.Section.INTERIM, w.stem())) {
        return !grammar.contains(Grammar.Section.FINAL_COUNT, ctx.text.substring(from, w.end()));
      }
    }
    return false;
  }
}
