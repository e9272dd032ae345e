package dev.sasil.factcheck.extract;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.entity.Role;
import dev.sasil.factcheck.quantity.QuantityMention;
import dev.sasil.factcheck.quantity.QuantityUnit;
import java.util.List;
import org.apache.lucene.analysis.ko.POS;

/**
 * Places in a series as claims: whose the ordinal a sentence writes is (나래는 … 네 번째 천만 영화를
 * 갖게 됐다: 나래 · 순번 · 4; 가람이 32번째 천만 영화가 됐다). Whose it is is the name written as the
 * topic or subject of its clause before it ({@link ClauseNames#ownerBefore}); an ordinal of no one
 * named there is no claim, as no reader could check whose fourth it is. Places are many (an
 * attribute attributes.txt does not list): one name holds a place in several series, so they
 * agree, never contradict; nor is 순번 a catalog measure, so the figures' agreements still meet a
 * ranking written 두 번째로 큰 and 2위. Places in a ranking (3위) are the measure frames'.
 * Stateless apart from its collaborator; thread-safe.
 */
final class OrdinalFrames {

  static final String ATTRIBUTE = "순번";

  private final ClauseNames names;
  private final Grammar grammar;

  OrdinalFrames(ClauseNames names, Grammar grammar) {
    this.names = names;
    this.grammar = grammar;
  }

  /** Adds the claims of the sentence's ordinals to {@code out}. */
  void read(Article article, SentenceContext ctx, List<ExtractedClaim> out) {
    for (QuantityMention q : ctx.quantities) {
      if (q.quantity().unit() != QuantityUnit.RANK
          || !grammar.endsWith(Grammar.Section.SERIES_ORDINAL, q.text().replace(" ", ""))
          || ctx.inNameOrTime(q) || ctx.inSpeech(q.start()) || ranking(ctx, q)) {
        continue;
      }
      int at = ctx.wordIndexAt(q.start());
      String who = at < 0 ? "" : names.ownerBefore(ctx, at);
      if (who.isEmpty()) {
        continue; // 네 번째 천만 영화가 나왔다: nobody's place a reader could check
      }
      Evidence evidence = new Evidence(article.id(), ctx.sentence.index(), ctx.text, ctx.base + q.start(),
          ctx.base + q.end(), q.text());
      out.add(new ExtractedClaim(new Claim(who, ATTRIBUTE, q.quantity(), List.of(), evidence, ""), true, ""));
    }
  }

  /**
   * Whether an ordinal ranks by an adjective after it (두 번째로 큰 제조업체, 세 번째로 많은): a place
   * in a ranking, the measure frames' and the figures' as 2위 is, not one in a series.
   */
  private static boolean ranking(SentenceContext ctx, QuantityMention q) {
    int at = ctx.wordIndexAt(q.end() - 1); // the word the counter ends, with its particle
    return at >= 0 && at + 1 < ctx.words.size() && ctx.words.get(at).role() == Role.BY
        && ctx.has(ctx.words.get(at + 1), POS.Tag.VA);
  }
}
