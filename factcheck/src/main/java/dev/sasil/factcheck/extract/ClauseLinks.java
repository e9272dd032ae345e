package dev.sasil.factcheck.extract;

import org.apache.lucene.analysis.ko.POS;
import dev.sasil.core.Morpheme;
import dev.sasil.core.morph.MorphemeIndex;
import dev.sasil.core.resource.ResourceLines;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a time expression in an earlier clause joined by a connective (…고, …며, …해) may date
 * the event of a later clause ({@code clause-links.txt}): it may when the earlier clause is only a
 * setting (행사를 열고, 발표회를 갖고), not when the earlier clause states an act of its own.
 * Immutable and thread-safe; the standard lists are loaded once.
 */
final class ClauseLinks {

  private static final String RESOURCE = "clause-links.txt";

  private static final class Holder {
    static final ClauseLinks STANDARD = load();
  }

  private final Set<String> links;
  private final Set<String> settings;
  private final Set<String> notClauses;
  private final Set<String> afterNouns;

  private ClauseLinks(Set<String> links, Set<String> settings, Set<String> notClauses, Set<String> afterNouns) {
    this.afterNouns = Set.copyOf(afterNouns);
    this.links = Set.copyOf(links);
    this.settings = Set.copyOf(settings);
    this.notClauses = Set.copyOf(notClauses);
  }

  static ClauseLinks standard() {
    return Holder.STANDARD;
  }

  static ClauseLinks load() {
    Set<String> links = new HashSet<>();
    Set<String> settings = new HashSet<>();
    Set<String> notClauses = new HashSet<>();
    Set<String> afterNouns = new HashSet<>();
    for (ResourceLines.Line line : ResourceLines.read(ClauseLinks.class, RESOURCE)) {
      String[] p = line.text().strip().split("\\s+");
      Set<String> into = switch (p[0]) {
        case "LINK" -> links;
        case "SETTING" -> settings;
        case "NOT_CLAUSE" -> notClauses;
        case "AFTER" -> afterNouns;
        default -> throw ResourceLines.malformed(RESOURCE, line, "unknown kind " + p[0]);
      };
      for (int i = 1; i < p.length; i++) {
        into.add(p[i]);
      }
    }
    return new ClauseLinks(links, settings, notClauses, afterNouns);
  }

  /** Whether an ending (Nori's surface) joins its clause to the next as a connective does (열고, 늘며). */
  boolean links(String ending) {
    return links.contains(ending);
  }

  /**
   * Whether a clause of its own closes between {@code from} and {@code to} (article offsets):
   * a verb followed by a connective ending whose verb is not a setting nor a postposition-like
   * verb, with no actor between {@code from} and the verb ({@code actorBefore} tells, given the
   * verb's offset). Time expressions before such a clause end belong to that clause. Spans
   * covered by {@code skip} (time expressions: 지난 = 지나+ㄴ) are ignored. Only the morphemes
   * between {@code from} and {@code to} are visited (found through the index), so the cost is that
   * of the stretch, not of the sentence.
   */
  boolean ownClauseBetween(MorphemeIndex index, int from, int to, java.util.function.IntPredicate skip,
      java.util.function.IntPredicate actorBefore) {
    List<Morpheme> morphemes = index.morphemes();
    for (int i : index.positionsWithin(from, to)) {
      Morpheme m = morphemes.get(i);
      if (skip.test(m.start())) {
        continue;
      }
      boolean verb = m.tag() == POS.Tag.VV || m.tag() == POS.Tag.XSV || m.tag() == POS.Tag.VA || m.tag() == POS.Tag.XSA;
      if (!verb) {
        continue;
      }
      // the ending right after the verb (past tense 었/았 may come between)
      int e = i + 1;
      while (e < morphemes.size() && morphemes.get(e).isEnding()
          && (morphemes.get(e).surface().equals("었") || morphemes.get(e).surface().equals("았")
              || morphemes.get(e).surface().equals("였"))) {
        e++;
      }
      if (e >= morphemes.size() || !morphemes.get(e).isEnding() || morphemes.get(e).end() > to) {
        continue;
      }
      boolean link = links.contains(morphemes.get(e).surface());
      // 회사를 인수한 뒤 …: a relative ending before 뒤/후 closes a clause as well
      boolean after = e + 1 < morphemes.size() && morphemes.get(e + 1).end() <= to
          && afterNouns.contains(morphemes.get(e + 1).surface())
          && (morphemes.get(e).surface().equals("ᆫ") || morphemes.get(e).surface().equals("은"));
      if (!link && !after) {
        continue;
      }
      String stem = m.surface();
      if ((m.tag() == POS.Tag.XSV || m.tag() == POS.Tag.XSA) && i > 0) {
        stem = morphemes.get(i - 1).surface(); // 개최/NNG 하/XSV
      }
      if (!settings.contains(stem) && !notClauses.contains(stem) && !actorBefore.test(m.start())) {
        return true;
      }
    }
    return false;
  }
}
