package dev.sasil.factcheck.crosscheck;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.extract.FigureMention;
import dev.sasil.factcheck.quantity.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contradiction a group of figures makes once a mechanism has named it (by owner, a near miss,
 * a unit slip): one claim per figure under the one name, cited in text order, and an explanation
 * that gives the values apart and why they conflict. Stateless.
 */
final class FigureContradiction {

  private FigureContradiction() {}

  /**
   * @param cited the figures whose sentences the finding cites
   * @param described the figures whose values the explanation gives, in the order given
   * @param why what makes the values conflict (values differ beyond rounding)
   */
  static Finding of(String owner, String attribute, List<String> qualifiers, List<FigureMention> cited,
      List<FigureMention> described, String why, Map<Evidence, Claim> claimAt) {
    List<Claim> claims = new ArrayList<>();
    for (FigureMention m : cited) {
      claims.add(new Claim(owner, attribute, signed(m, claimAt), qualifiers, m.evidence(), ""));
    }
    claims.sort(Comparator.comparing(Claim::evidence, CrossChecker.EVIDENCE_ORDER));
    Set<String> values = new LinkedHashSet<>();
    for (FigureMention m : described) {
      values.add(Describe.value(signed(m, claimAt)));
    }
    return new Finding(owner, attribute, qualifiers, Verdict.CONTRADICTION, claims,
        String.join(" vs ", values) + ": " + why);
  }

  /**
   * The figure's value with the sign the claim read at its words gives it (무역 적자 472억 달러:
   * -472억, which the figure, read without its measure's sense, holds as 472억).
   */
  private static NormalizedValue signed(FigureMention m, Map<Evidence, Claim> claimAt) {
    Claim c = claimAt.get(m.evidence());
    if (c != null && c.value() instanceof Quantity q && m.value() instanceof Quantity f && q.unit() == f.unit()
        && q.value().signum() < 0 && q.value().negate().compareTo(f.value()) == 0) {
      return q;
    }
    return m.value();
  }
}
