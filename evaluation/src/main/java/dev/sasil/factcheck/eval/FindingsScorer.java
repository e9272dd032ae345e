package dev.sasil.factcheck.eval;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores cross-check findings against a gold file with the rules of {@code
 * tools/score_findings.py} (and {@code score_corpora.py}, which counts the same way):
 *
 * <ul>
 *   <li>an agreement (contradiction) item is found when a finding with the verdict agreement
 *       (contradiction) covers it ({@link GoldMatching#covers}); recall is over the items not
 *       marked stretch, stretch items are counted apart;
 *   <li>a look-alike is linked when a contradiction finding covers it;
 *   <li>contradiction findings that cover an {@code either} item are left out; of the rest, those
 *       covering a gold contradiction are true, the others false; precision is true over true and
 *       false (1.0 when there are none).
 * </ul>
 *
 * Stateless and thread-safe.
 */
public final class FindingsScorer {

  private FindingsScorer() {}

  /** The findings of one corpus scored against its gold. */
  public static FindingsScore score(GoldFindings gold, List<Finding> findings) {
    List<Finding> contradictionFindings =
        findings.stream().filter(f -> f.verdict() == Verdict.CONTRADICTION).toList();
    List<FindingsScore.ItemOutcome> items = new ArrayList<>();
    int found = 0;
    int total = 0;
    int stretchFound = 0;
    int stretchTotal = 0;
    int linked = 0;
    for (GoldItem item : gold.items()) {
      boolean hit = switch (item.section()) {
        case AGREEMENTS -> coveredBy(item, findings, Verdict.AGREEMENT);
        case CONTRADICTIONS, EITHER, NOT_CONTRADICTIONS -> coveredBy(item, contradictionFindings, Verdict.CONTRADICTION);
      };
      items.add(new FindingsScore.ItemOutcome(item, hit));
      switch (item.section()) {
        case AGREEMENTS, CONTRADICTIONS -> {
          if (item.stretch()) {
            stretchTotal++;
            stretchFound += hit ? 1 : 0;
          } else {
            total++;
            found += hit ? 1 : 0;
          }
        }
        case NOT_CONTRADICTIONS -> linked += hit ? 1 : 0;
        case EITHER -> { }
      }
    }
    List<FindingsScore.ContradictionOutcome> judged = new ArrayList<>();
    int counted = 0;
    int right = 0;
    for (Finding f : contradictionFindings) {
      List<String> either = idsCovered(f, gold.either());
      if (!either.isEmpty()) {
        judged.add(new FindingsScore.ContradictionOutcome(f, FindingsScore.Judgement.EITHER, either));
        continue;
      }
      counted++;
      List<String> gc = idsCovered(f, gold.contradictions());
      if (gc.isEmpty()) {
        judged.add(new FindingsScore.ContradictionOutcome(f, FindingsScore.Judgement.FALSE,
            idsCovered(f, gold.notContradictions())));
      } else {
        right++;
        judged.add(new FindingsScore.ContradictionOutcome(f, FindingsScore.Judgement.TRUE, gc));
      }
    }
    ScoreCounts counts = new ScoreCounts(found, total, stretchFound, stretchTotal, linked,
        gold.notContradictions().size(), counted, right);
    return new FindingsScore(items, judged, counts);
  }

  private static boolean coveredBy(GoldItem item, List<Finding> findings, Verdict verdict) {
    for (Finding f : findings) {
      if (f.verdict() == verdict && GoldMatching.covers(f, item.evidence())) {
        return true;
      }
    }
    return false;
  }

  private static List<String> idsCovered(Finding f, List<GoldItem> items) {
    List<String> ids = new ArrayList<>();
    for (GoldItem item : items) {
      if (GoldMatching.covers(f, item.evidence())) {
        ids.add(item.id());
      }
    }
    return ids;
  }
}
