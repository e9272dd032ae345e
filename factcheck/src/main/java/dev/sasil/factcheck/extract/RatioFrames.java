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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ratio of one to another as news writes it: 합병 비율은 1 대 1.19로 정해졌다, 합병 비율은 가람전자 1 대
 * 나래전자 0.8로 산출했다. A ratio noun (grammar.txt RATIO) written before the two numbers in their
 * clause names the claim's attribute (합병비율, 교환비율); its value is the second side (1.19) in
 * {@link QuantityUnit#RATIO}, and a ratio whose first side is not one (2대 3) is no claim. The
 * numbers count nothing of their own (1대 is no vehicle): {@link #read} returns the spans the ratios
 * take, in which no other claim or figure may stand. Stateless.
 */
final class RatioFrames {

  /** Two numbers joined by 대 or a colon, the second side's name between them (1 대 나래전자 0.8). */
  private static final Pattern RATIO = Pattern.compile(
      "(?<![\\d.,])(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\s*(?:대|:)\\s*(?:[^\\d\\s][^\\d.,]{0,15}?\\s+)?"
          + "(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)(?![\\d.,:%])");

  private final Grammar grammar;

  RatioFrames(Grammar grammar) {
    this.grammar = grammar;
  }

  /** Adds the sentence's ratio claims to {@code out} and returns the spans the ratios take. */
  FrameSpans read(Article article, SentenceContext ctx, List<ExtractedClaim> out) {
    if (ctx.text.indexOf('대') < 0 && ctx.text.indexOf(':') < 0
        || grammar.words(Grammar.Section.RATIO).stream().noneMatch(ctx.text::contains)) {
      return new FrameSpans(QuantityUnit.RATIO, List.of());
    }
    List<FrameSpans.Span> spans = new ArrayList<>();
    Matcher m = RATIO.matcher(ctx.text);
    while (m.find()) {
      String attribute = ratioNoun(ctx, MeasureFrames.clauseStart(ctx, m.start()), m.start());
      if (attribute == null) {
        continue; // 8대7로 이겼다, 10:30에: no ratio is named before the numbers
      }
      spans.add(new FrameSpans.Span(ctx.base + m.start(), ctx.base + m.end()));
      BigDecimal first = number(m.group(1));
      BigDecimal second = number(m.group(2));
      if (first.compareTo(BigDecimal.ONE) != 0 || ctx.inSpeech(m.start())) {
        continue; // 2대 3: a ratio of two sides, not of one to another
      }
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text, ctx.base + m.start(),
          ctx.base + m.end(), ctx.text.substring(m.start(), m.end()));
      out.add(new ExtractedClaim(new Claim("", attribute, Quantity.exact(second, QuantityUnit.RATIO), List.of(), evidence, ""), true));
    }
    return new FrameSpans(QuantityUnit.RATIO, spans);
  }

  /**
   * The ratio noun of the numbers at {@code at}: the last word of their clause before them whose
   * noun ends in a RATIO word, as the topic, the subject or bare (합병 비율은, 경쟁률 12.5대 1), with
   * the bare noun written before it when the word is the ratio word alone (합병 비율: 합병비율); null
   * when there is none.
   */
  private String ratioNoun(SentenceContext ctx, int clause, int at) {
    String found = null;
    for (int i = 0; i < ctx.words.size() && ctx.words.get(i).end() <= at; i++) {
      SentenceContext.Word w = ctx.words.get(i);
      String stem = w.stem().replace(" ", "");
      if (w.start() < clause || stem.isEmpty() || !grammar.endsWith(Grammar.Section.RATIO, stem)
          || w.role() != Role.TOPIC && w.role() != Role.SUBJECT && w.role() != Role.BARE) {
        continue;
      }
      found = stem;
      if (grammar.is(Grammar.Section.RATIO, stem) && i > 0 && ctx.words.get(i - 1).role() == Role.BARE
          && ctx.endsInNoun(ctx.words.get(i - 1)) && ctx.words.get(i - 1).start() >= clause
          && !ctx.beginsWithTime(ctx.words.get(i - 1))) {
        found = ctx.words.get(i - 1).stem().replace(" ", "") + stem;
      }
    }
    return found;
  }

  private static BigDecimal number(String written) {
    return new BigDecimal(written.replace(",", ""));
  }
}
