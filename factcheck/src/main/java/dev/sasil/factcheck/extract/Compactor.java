package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.NormalizedValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares equal parts among the claims and figures of the many articles one cross-check holds at
 * once: an article's figures and claims repeat its spans (a claim and the figure it was read from
 * cite one span), and every article repeats the same short words (anchors, measures, attributes)
 * and an article its values, each a new object as read. Sharing them keeps about a third of the heap
 * that the extraction of a large corpus holds; every part stays equal to what was read, so nothing
 * checked or printed changes.
 *
 * <p>Short words are shared across the run (the vocabulary, which grows far slower than the
 * corpus); spans, values, word lists and readings only within one article ({@link #compact}
 * forgets them after each: most amounts are an article's own), so that the tables hold no more
 * than a vocabulary and one article.
 *
 * <p>Not thread-safe: one per extraction, used on the thread that collects the articles' results.
 */
final class Compactor {

  /** The longest string shared across the run: a word, not a sentence's span. */
  private static final int SHARED_LENGTH = 16;

  private final Map<Object, Object> vocabulary = new HashMap<>();
  private final Map<Object, Object> article = new HashMap<>();

  /** The extraction of one article with its equal parts shared. */
  Extraction compact(Extraction e) {
    try {
      List<ExtractedClaim> claims = new ArrayList<>(e.claims().size());
      for (ExtractedClaim c : e.claims()) {
        Claim x = c.claim();
        claims.add(new ExtractedClaim(new Claim(word(x.subject()), word(x.attribute()), value(x.value()),
            words(x.qualifiers()), evidence(x.evidence()), word(x.derivation())), c.firm(), word(c.stage())));
      }
      List<FigureMention> figures = new ArrayList<>(e.figures().size());
      for (FigureMention m : e.figures()) {
        FigureReading r = m.reading();
        FigureReading reading = r == null ? null : local(new FigureReading(word(r.owner()), r.change(), word(r.period()),
            word(r.edition()), r.plain(), r.forecast(), word(r.published()),
            r.estimated(), r.condition(), r.previous(), r.base()));
        figures.add(new FigureMention(evidence(m.evidence()), value(m.value()), m.when(), words(m.anchors()),
            words(m.near()), words(m.names()), reading, word(m.measure())));
      }
      return new Extraction(claims, e.pending(), e.problems(), figures);
    } finally {
      article.clear();
    }
  }

  private String word(String s) {
    return s == null || s.length() > SHARED_LENGTH ? s : shared(s);
  }

  private NormalizedValue value(NormalizedValue v) {
    return v == null ? null : local(v);
  }

  private List<String> words(List<String> list) {
    List<String> out = new ArrayList<>(list.size());
    list.forEach(s -> out.add(word(s)));
    return local(List.copyOf(out));
  }

  private Evidence evidence(Evidence e) {
    return local(new Evidence(e.articleId(), e.sentenceIndex(), e.sentence(), e.start(), e.end(), word(e.text())));
  }

  @SuppressWarnings("unchecked")
  private <T> T shared(T x) {
    Object had = vocabulary.putIfAbsent(x, x);
    return had == null ? x : (T) had;
  }

  @SuppressWarnings("unchecked")
  private <T> T local(T x) {
    Object had = article.putIfAbsent(x, x);
    return had == null ? x : (T) had;
  }
}
