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
 * size (규모, 건물, 짜리). The claims name no owner (the building is rarely named), so articles of
 * one story agree on them. Stateless; thread-safe.
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

  /**
   * What follows a level of a building's size: more levels, then perhaps one word of what it is
   * built of (철골조), then the building or its size (규모, 건물, 짜리).
   */
  private static final Pattern SIZE_AFTER = Pattern.compile("^(?:\\s*(?:,|·|~|∼|과|와|및)?\\s*(?:지상|지하)\\s*\\d{1,3}\\s*층)*"
      + "\\s*(?:[가-힣]{1,4}\\s+)?(?:짜리|규모|건물|빌딩|건축물)");

  /** Floors written without 지상, before 짜리: 9층짜리 호텔 (all above ground). */
  private static final Pattern STOREYS = Pattern.compile("(?<![\\d~∼.])(\\d{1,3})\\s*층\\s*짜리");

  void read(Article article, SentenceContext ctx, List<ExtractedClaim> out) {
    if (ctx.text.indexOf('층') < 0) {
      return;
    }
    Matcher m = LEVEL.matcher(ctx.text);
    while (m.find()) {
      if (SIZE_AFTER.matcher(ctx.text.substring(m.end())).lookingAt()) {
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
