package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's age as Korean news writes it, in brackets right after the name or its title:
 * 류현진(37)이, 박가람(66) 전 대통령, 박가람 전 대통령(66), 김나래(45·회사원)씨. The claim is the person's {@value #ATTRIBUTE} in years,
 * of the article's year when it is known (an age is one value at a time, so two articles of one
 * year that give two ages contradict). The name must be a person's: one the entity table types so,
 * or a word that names no region or known entity and that Nori reads as a proper noun, or as a
 * family name and nouns, spelt as a full name (a family name and a given name). Stateless;
 * thread-safe.
 */
final class AgeFrames {

  /** The attribute of an age. */
  static final String ATTRIBUTE = "나이";

  /** The oldest age read: a larger number in brackets after a name is something else. */
  private static final int OLDEST = 120;

  /**
   * A name of two to four syllables, perhaps a title after it (박가람 전 대통령, 김나래 씨), then in
   * brackets an age (만 and 세 allowed) and perhaps an occupation or affiliation after a middle
   * dot or comma (45·회사원).
   */
  private static final Pattern AGE = Pattern.compile("(?<![가-힣A-Za-z0-9])([가-힣]{2,4})"
      + "(?:\\s+(?:전\\s+|현\\s+)?([가-힣A-Z]{1,5}))?"
      + "\\(\\s*(?:만\\s*)?(\\d{1,3})\\s*(?:세|(대))?\\s*(?:[·,]\\s*[^()]{1,20})?\\)");

  /**
   * An age in years before a noun of a person and perhaps a name with 씨 (39세 남성 전모씨, 52세
   * 여성 B 씨는, 65세 여성 1명).
   */
  private static final Pattern AGED = Pattern.compile("(?<![가-힣A-Za-z0-9.])((\\d{1,3})\\s*세)\\s+([가-힣]{1,4})"
      + "(?:\\s+([가-힣A-Z]{1,4})\\s*씨)?");

  void read(Article article, SentenceContext ctx, Integer year, List<ExtractedClaim> out) {
    aged(article, ctx, year, out);
    if (ctx.text.indexOf('(') < 0) {
      return;
    }
    Matcher m = AGE.matcher(ctx.text);
    for (int from = 0; from < ctx.text.length() && m.find(from); ) {
      int age = Integer.parseInt(m.group(3));
      boolean titled = m.group(2) == null || m.group(2).equals("씨") || GenericNouns.standard().isTitle(m.group(2));
      String name = titled ? PersonNames.person(ctx, m.start(1), m.end(1)) : null;
      if (age == 0 || age > OLDEST || name == null) {
        from = m.start() + 1; // 작가 한가람(54): no title after 작가, the name may start later
        continue;
      }
      from = m.end();
      // 김모(60대·여): a decade, sixty to sixty-nine
      int end = m.group(4) == null ? m.end(3) : m.end(4);
      out.add(claim(article, ctx, year, name, age, m.group(4) != null, m.start(3), end, true));
    }
  }

  /** The claim of a person's age written at {@code [start, end)} of the sentence, of the article's year when known. */
  private static ExtractedClaim claim(Article article, SentenceContext ctx, Integer year, String name, int age,
      int start, int end, boolean firm) {
    return claim(article, ctx, year, name, age, false, start, end, firm);
  }

  /** As above, a decade (60대: 60 to 69) when {@code decade}. */
  private static ExtractedClaim claim(Article article, SentenceContext ctx, Integer year, String name, int age,
      boolean decade, int start, int end, boolean firm) {
    List<String> qualifiers = year == null ? List.of() : List.of("period=" + year);
    Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text, ctx.base + start, ctx.base + end,
        ctx.text.substring(start, end));
    Quantity value = decade
        ? new Quantity(BigDecimal.valueOf(age), QuantityUnit.AGE, Bound.RANGE, BigDecimal.valueOf(age + 9))
        : Quantity.exact(BigDecimal.valueOf(age), QuantityUnit.AGE);
    // 김모(52·여) and 김모(10대): a hidden name may be two people, whose ages agree or stand alone
    boolean hidden = name.length() == 2 && Grammar.standard().is(Grammar.Section.HIDDEN_NAME, name.substring(1));
    return new ExtractedClaim(new Claim(name, ATTRIBUTE, value, qualifiers, evidence, ""), firm && !hidden);
  }

  /**
   * Ages written before a noun of a person (grammar.txt AGED_PERSON): the person's, named by the
   * name with 씨 after the noun when there is one, else by the noun; firm only with a name (two
   * 남성 of one story may be two men).
   */
  private static void aged(Article article, SentenceContext ctx, Integer year, List<ExtractedClaim> out) {
    if (ctx.text.indexOf('세') < 0) {
      return;
    }
    Matcher m = AGED.matcher(ctx.text);
    while (m.find()) {
      int age = Integer.parseInt(m.group(2));
      if (age == 0 || age > OLDEST || !Grammar.standard().is(Grammar.Section.AGED_PERSON, m.group(3))) {
        continue;
      }
      String name = m.group(4);
      out.add(claim(article, ctx, year, name == null ? m.group(3) : name, age, m.start(1), m.end(1), name != null));
    }
  }
}
