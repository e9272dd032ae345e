package dev.sasil.summarizer;

import org.apache.lucene.analysis.ko.POS;
import dev.sasil.core.Morpheme;
import dev.sasil.core.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keywords from the ranking graph: noun phrases (nouns, foreign words and numbers written
 * together, with an attached noun suffix: 지카바이러스, 라마2, 실질적; stop terms at either end
 * trimmed) scored by the rank of the sentences
 * they occur in times their mean inverse sentence frequency. A phrase inside a better one, or
 * containing one, is dropped. Ties go to the phrase seen first.
 */
final class KeywordExtractor {

  private final StopTerms stopTerms;

  KeywordExtractor(StopTerms stopTerms) {
    this.stopTerms = stopTerms;
  }

  private static final class Unit {
    final String text;
    final int first;
    double score;

    Unit(String text, int first) {
      this.text = text;
      this.first = first;
    }
  }

  List<Keyword> extract(List<Candidate> candidates, double[] scores, TermSpace space, int count) {
    if (count == 0) {
      return List.of();
    }
    Map<String, Unit> units = new HashMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      Sentence s = candidates.get(i).sentence();
      List<Morpheme> run = new ArrayList<>();
      for (Morpheme m : s.morphemes()) {
        boolean attached = !run.isEmpty() && run.get(run.size() - 1).end() == m.start();
        if ((isPhrasePart(m) && (run.isEmpty() || attached)) || (attached && m.tag() == POS.Tag.XSN)) {
          run.add(m);
        } else {
          add(units, s, run, scores[i], space);
          run = new ArrayList<>();
          if (isPhrasePart(m)) {
            run.add(m);
          }
        }
      }
      add(units, s, run, scores[i], space);
    }
    List<Unit> ranked = new ArrayList<>(units.values());
    ranked.sort(Comparator.comparingDouble((Unit u) -> -u.score).thenComparingInt(u -> u.first));
    List<Unit> kept = new ArrayList<>();
    for (Unit u : ranked) {
      if (kept.size() == count) {
        break;
      }
      boolean overlaps = kept.stream().anyMatch(k -> k.text.contains(u.text) || u.text.contains(k.text));
      if (!overlaps) {
        kept.add(u);
      }
    }
    double max = kept.isEmpty() ? 1 : kept.get(0).score;
    List<Keyword> out = new ArrayList<>();
    for (Unit u : kept) {
      out.add(new Keyword(u.text, max > 0 ? u.score / max : 0));
    }
    return out;
  }

  private static boolean isPhrasePart(Morpheme m) {
    return m.isNominal();
  }

  private void add(Map<String, Unit> units, Sentence s, List<Morpheme> whole, double score, TermSpace space) {
    int from = 0;
    int to = whole.size();
    while (from < to && stopTerms.contains(whole.get(from).surface())) {
      from++;
    }
    while (to > from && stopTerms.contains(whole.get(to - 1).surface())) {
      to--;
    }
    if (from == to) {
      return;
    }
    List<Morpheme> run = whole.subList(from, to);
    boolean substantive = false;
    double idf = 0;
    int counted = 0;
    for (Morpheme m : run) {
      String key = m.surface().toLowerCase(Locale.ROOT);
      boolean stop = stopTerms.contains(m.surface());
      if (!stop && m.tag() != POS.Tag.SN && m.tag() != POS.Tag.NR) {
        substantive = true;
      }
      double v = space.idfOf(key);
      if (v > 0) {
        idf += v;
        counted++;
      }
    }
    String text = text(s, run);
    if (!substantive || counted == 0 || text.codePointCount(0, text.length()) < 2 || stopTerms.contains(text)) {
      return;
    }
    String key = text.toLowerCase(Locale.ROOT);
    Unit u = units.computeIfAbsent(key, k -> new Unit(text, run.get(0).start()));
    u.score += score * idf / counted;
  }

  /** The run as written in the sentence; morpheme surfaces joined if offsets are unusable. */
  private static String text(Sentence s, List<Morpheme> run) {
    int from = run.get(0).start() - s.start();
    int to = run.get(run.size() - 1).end() - s.start();
    if (from >= 0 && to <= s.text().length() && from < to) {
      return s.text().substring(from, to);
    }
    StringBuilder b = new StringBuilder();
    run.forEach(m -> b.append(m.surface()));
    return b.toString();
  }
}
