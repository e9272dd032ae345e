package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many floors a building has, as news describes one: 지상 4층, 지하 2층 규모의 건물, 지하 2층~지상
 * 4층 철골조 건물, 9층짜리 호텔. The floors above ground are {@value #ABOVE}, those below
 * {@value #BELOW}. A floor something happened on (8층 객실에서, 지하 2층에서 불이 났다) is no size
 * and gives no claim: a level counts only in a list of levels that ends in a word of a building's
 * size (BUILDING_SIZE in grammar.txt). The claims name no owner (the building is rarely
 * named), so articles of one story agree on them. Thread-safe.
 */
final class FloorFrames {

  /** The attribute of the floors above ground. */
  static final String ABOVE = "지상층수";

  /** The attribute of the floors below ground. */
  static final String BELOW = "지하층수";

  /** The most floors read: a larger number before 층 is something else. */
  private static final int HIGHEST = 200;

  /** One level: 지상 4층, 지하 2층. */
  private static final Pattern LEVEL = Pattern.compile("(지상|지하)\\s*(\\d{1,3})\\s*층");

  /** A floor as one word, its level glued to it or not written: 2층, 지하2층 (MeasureFrames' floor of a count). */
  static final Pattern FLOOR = Pattern.compile("(?:지상|지하)?\\d{1,3}층");

  /** The levels a floor may be written with, as a word before it (지상 2층). */
  static boolean level(String word) {
    return word.equals("지상") || word.equals("지하");
  }

  /** More levels after a level: the rest of a list of them (, 지하 2층; ~지상 4층; 과 지상 4층). */
  private static final Pattern MORE_LEVELS = Pattern.compile("^(?:\\s*(?:,|·|~|∼|과|와|및)?\\s*(?:지상|지하)\\s*\\d{1,3}\\s*층)*");

  /** One word before the building's word, of what it is built of (철골조 건물). */
  private static final Pattern ONE_WORD = Pattern.compile("^\\s*[가-힣]{1,4}\\s+");

  private final Grammar grammar;

  FloorFrames(Grammar grammar) {
    this.grammar = grammar;
  }

  /**
   * Whether a list of levels ending at {@code p} names a building's size: more levels, then
   * perhaps one word of what it is built of, then a word of BUILDING_SIZE in grammar.txt (규모,
   * 건물, 짜리).
   */
  private boolean sizeAfter(String text, int p) {
    Matcher more = MORE_LEVELS.matcher(text).region(p, text.length());
    String rest = more.lookingAt() ? text.substring(more.end()) : text.substring(p);
    if (grammar.startsWith(Grammar.Section.BUILDING_SIZE, rest)) {
      return true;
    }
    Matcher word = ONE_WORD.matcher(rest);
    return word.lookingAt() && grammar.startsWith(Grammar.Section.BUILDING_SIZE, rest.substring(word.end()));
  }

  /** Floors written without 지상, before 짜리: 9층짜리 호텔 (all above ground). */
  private static final Pattern STOREYS = Pattern.compile("(?<![\\d~∼.])(\\d{1,3})\\s*층\\s*짜리");

  void read(Article article, SentenceContext ctx, List<ExtractedClaim> out) {
    if (ctx.text.indexOf('층') < 0) {
      return;
    }
    Matcher m = LEVEL.matcher(ctx.text);
    while (m.find()) {
      if (sizeAfter(ctx.text, m.end())) {
        add(article, ctx, m.group(1).equals("지상") ? ABOVE : BELOW, m.start(2), m.end(2), out);
      }
    }
    Matcher s = STOREYS.matcher(ctx.text);
    while (s.find()) {
      boolean leveled = s.start() >= 2 && ctx.text.substring(Math.max(0, s.start() - 3), s.start()).matches(".*(지상|지하)\\s*");
      if (!leveled) {
        add(article, ctx, ABOVE, s.start(1), s.end(1), out);
      }
    }
  }

  private static void add(Article article, SentenceContext ctx, String attribute, int start, int end,
      List<ExtractedClaim> out) {
    int floors = Integer.parseInt(ctx.text.substring(start, end));
    if (floors == 0 || floors > HIGHEST) {
      return;
    }
    int to = ctx.text.indexOf('층', end) + 1; // the figure with its unit, as the sentence writes it (4층, 9 층)
    Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text, ctx.base + start, ctx.base + to,
        ctx.text.substring(start, to));
    out.add(new ExtractedClaim(new Claim("", attribute, Quantity.exact(BigDecimal.valueOf(floors), QuantityUnit.COUNT),
        List.of(), evidence, ""), false));
  }
}
