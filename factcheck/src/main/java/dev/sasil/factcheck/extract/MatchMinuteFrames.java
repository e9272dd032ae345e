package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minute of play a happening of a match is written at (전반 27분 김가람이 동점골을 넣었다, 후반
 * 21분 박나래를 투입했다, 후반 추가시간 1분 결승골): the happening is the first word of grammar.txt's
 * MATCH_EVENT after the minute, before the next minute and within {@value #REACH} characters; its
 * player the name written nearest before that word (the scorer, the player sent on), else the
 * person the clause before the minute is about. The value is the minute counted from kick-off, as
 * a duration: 전반 N분 is N, 후반 N분 45+N (후반 46분 and 후반 추가시간 1분 are both 91), 연장 전반
 * 90+N, 연장 후반 105+N. A happening with no player named is no claim: a match has many goals.
 * Stateless.
 */
final class MatchMinuteFrames {

  /** How far after the minute the happening's word may stand. */
  private static final int REACH = 40;

  /** A half, perhaps of extra time, perhaps its added time, and a minute: 후반 21분, 후반 추가시간 1분. */
  private static final Pattern MINUTE = Pattern.compile(
      "(?<![가-힣])(연장\\s*)?(전반|후반)전?\\s*(추가\\s*시간\\s*)?(\\d{1,2})\\s*분");

  /** A goal by its number in the player's count, written as one word's stem (22호골) or two (22호 골). */
  private static final Pattern NUMBERED_GOAL = Pattern.compile("(\\d{1,3})호\\s*골");

  /** The number of a goal is written before (22호 골을), or with (22호골을); not 골망 or 골문. */
  private static final Pattern GOAL_NUMBER = Pattern.compile("(\\d{1,3})호");

  /** The attribute of a numbered goal's minute. */
  static final String ORDINAL_GOAL_ATTRIBUTE = "골";

  /** What follows a verbal noun: 투입했다, 교체됐다, 투입시켰다, 퇴장당했다. */
  private static final Pattern VERBAL = Pattern.compile("(?:하|했|한|해|되|됐|된|돼|시키|시켰|시킨|시켜|당하|당했|당한)[가-힣]*$");

  /** A minute of play written at {@code [start, end)} of the sentence, counted from kick-off. */
  private record Minute(int start, int end, int minute) {}

  private final Grammar grammar;
  /** grammar.txt's MATCH_EVENT words, for a shorter word that names one of them. */
  private final List<String> events;

  MatchMinuteFrames(Grammar grammar) {
    this.grammar = grammar;
    this.events = grammar.words(Grammar.Section.MATCH_EVENT);
  }

  void read(Article article, SentenceContext ctx, List<ExtractedClaim> out) {
    if (ctx.text.indexOf('반') < 0) {
      return;
    }
    Matcher m = MINUTE.matcher(ctx.text);
    List<Minute> minutes = new ArrayList<>();
    while (m.find()) {
      boolean extra = m.group(1) != null;
      boolean second = m.group(2).equals("후반");
      boolean added = m.group(3) != null;
      int n = Integer.parseInt(m.group(4));
      int half = (extra ? 90 : 0) + (second ? (extra ? 15 : 45) : 0);
      minutes.add(new Minute(m.start(), m.end(), added ? half + (extra ? 15 : 45) + n : half + n));
    }
    for (int k = 0; k < minutes.size(); k++) {
      Minute x = minutes.get(k);
      if (ctx.inSpeech(x.start())) {
        continue;
      }
      int next = k + 1 < minutes.size() ? minutes.get(k + 1).start() : ctx.text.length();
      int limit = Math.min(next, x.end() + REACH);
      SentenceContext.Word event = null;
      String attribute = null;
      String nth = null;
      for (int i = 0; i < ctx.words.size() && event == null; i++) {
        SentenceContext.Word w = ctx.words.get(i);
        if (w.start() < x.end() || w.start() >= limit) {
          continue;
        }
        Optional<String> number = goalNumber(ctx, i);
        String found = number.isPresent() ? ORDINAL_GOAL_ATTRIBUTE : eventIn(w.stem());
        if (found != null) {
          event = w;
          attribute = found;
          nth = number.orElse(null); // 22호 골을 넣었다: which of the player's goals, as a qualifier
        }
      }
      if (event == null) {
        continue;
      }
      String player = playerBefore(ctx, x.end(), event.start(), grammar.is(Grammar.Section.CONCEDED, attribute));
      if (player == null) {
        // 박나래는 후반 추가시간 1분 결승골을: the player the clause is about
        player = PersonNames.lastActor(ctx, x.start(), w -> PersonNames.person(ctx, w.start(), w.start() + w.stem().length()));
      }
      if (player == null) {
        continue;
      }
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text, ctx.base + x.start(),
          ctx.base + x.end(), ctx.text.substring(x.start(), x.end()));
      Quantity value = Quantity.exact(BigDecimal.valueOf(x.minute()), QuantityUnit.DURATION);
      List<String> qualifiers = nth == null ? List.of() : List.of("nth=" + nth);
      out.add(new ExtractedClaim(new Claim(player, attribute, value, qualifiers, evidence, ""), true));
    }
  }

  /**
   * The number of the goal word {@code i} names with it (22호골) or after the word before (22호 골),
   * as the qualifier writes it; empty when the word is no numbered goal.
   */
  private static Optional<String> goalNumber(SentenceContext ctx, int i) {
    Matcher one = NUMBERED_GOAL.matcher(ctx.words.get(i).stem());
    if (one.matches()) {
      return Optional.of(one.group(1));
    }
    Matcher before = i > 0 ? GOAL_NUMBER.matcher(ctx.words.get(i - 1).stem()) : null;
    return ctx.words.get(i).stem().equals("골") && before != null && before.matches()
        ? Optional.of(before.group(1)) : Optional.empty();
  }

  /**
   * The MATCH_EVENT word a word's stem is, with a verb's ending taken off (투입했다), or else the
   * one entry that ends in it (투입: 교체투입); null if none.
   */
  private String eventIn(String stem) {
    String noun = VERBAL.matcher(stem).replaceFirst("");
    if (noun.length() < 2) {
      return null;
    }
    if (grammar.is(Grammar.Section.MATCH_EVENT, noun)) {
      return noun;
    }
    List<String> longer = events.stream().filter(w -> w.endsWith(noun)).toList();
    return longer.size() == 1 ? longer.get(0) : null;
  }

  /**
   * The person whose name stands nearest before {@code end} and after {@code from}; null if none.
   * With {@code conceded} (grammar.txt CONCEDED), not a name given the happening with 에게
   * (호르타에게 선제 실점을 내줬다: the scorer against, where 호르타에게 선제골을 내줬다 is 호르타's goal).
   */
  private static String playerBefore(SentenceContext ctx, int from, int end, boolean conceded) {
    String found = null;
    for (SentenceContext.Word w : ctx.words) {
      // (김영권의 동점골: the scorer's goal; not 모우라의 패스를 받은 손흥민이: whose pass it was)
      boolean ofAnother = w.role() == Role.GENITIVE && !ctx.text.substring(Math.min(w.end(), end), end).isBlank()
          || conceded && (w.role() == Role.TO || w.role() == Role.FROM);
      if (w.start() >= from && w.end() <= end + 1 && !ofAnother) {
        String name = PersonNames.person(ctx, w.start(), w.start() + w.stem().length());
        found = name != null ? name : found;
      }
    }
    return found;
  }
}
