package dev.sasil.factcheck.crosscheck;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.extract.FigureMention;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.source.UnionFind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Contradictions where one source slipped a Korean unit word: the same digits of one measure
 * written with 만 where the others write 억, or 억 where they write 조 (수출 6000만 달러 돌파 vs
 * 6000억달러 돌파, 연간 500달러 vs 500억달러), so the amounts stand exactly 10⁴ or 10⁸ apart. The
 * figures must name one measure in their clauses and no owner may tell them apart, and neither
 * article may give the other's amount. Figures are grouped by their digits, so only figures with
 * the same digits are compared. Immutable and thread-safe.
 */
final class UnitSlips {

  /** The ratios a slipped unit word makes: 만 for 억, 억 for 조 (10⁴); 만 for 조 (10⁸). */
  private static final List<BigDecimal> RATIOS = List.of(BigDecimal.TEN.pow(4), BigDecimal.TEN.pow(8));

  /** How many figures of one story, unit and digits are compared pair by pair. */
  private static final int MAX_SAME_DIGITS = 64;

  private record Digits(String story, QuantityUnit unit, BigInteger digits) {}

  private record Given(String articleId, QuantityUnit unit) {}

  List<Finding> find(List<FigureMention> figures, SourceGroups sources, Map<Evidence, Claim> claimAt) {
    Map<Digits, List<FigureMention>> byDigits = new LinkedHashMap<>(); // in text order: deterministic
    Map<Given, Set<BigDecimal>> stated = new HashMap<>(); // every amount each article gives, per unit
    for (FigureMention m : figures) {
      if (!(m.value() instanceof Quantity q) || q.upper() != null || q.value().signum() <= 0 || m.reading() == null
          || m.reading().forecast()) {
        continue;
      }
      stated.computeIfAbsent(new Given(m.evidence().articleId(), q.unit()), k -> new java.util.HashSet<>())
          .add(q.value().stripTrailingZeros());
      if (m.measure().isEmpty()) {
        continue;
      }
      Digits d = new Digits(sources.storyOf(m.evidence().articleId()), q.unit(),
          q.value().stripTrailingZeros().unscaledValue());
      byDigits.computeIfAbsent(d, k -> new ArrayList<>()).add(m);
    }
    List<Finding> out = new ArrayList<>();
    for (List<FigureMention> same : byDigits.values()) {
      if (same.size() < 2 || same.size() > MAX_SAME_DIGITS) {
        continue;
      }
      UnionFind sets = new UnionFind(same.size());
      boolean linked = false;
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          if (slipped(same.get(i), same.get(j), sources, stated)) {
            linked |= sets.union(i, j);
          }
        }
      }
      if (!linked) {
        continue;
      }
      for (List<FigureMention> g : sets.groups(same)) {
        out.add(finding(g, claimAt));
      }
    }
    return out;
  }

  /** Whether two figures of different sources are one amount with its unit word slipped. */
  private static boolean slipped(FigureMention a, FigureMention b, SourceGroups sources, Map<Given, Set<BigDecimal>> stated) {
    Quantity x = (Quantity) a.value();
    Quantity y = (Quantity) b.value();
    BigDecimal small = x.value().min(y.value());
    BigDecimal large = x.value().max(y.value());
    if (sources.sameSource(a.evidence().articleId(), b.evidence().articleId()) || !a.measure().equals(b.measure())
        || RATIOS.stream().noneMatch(r -> small.multiply(r).compareTo(large) == 0)) {
      return false;
    }
    if (NearMisses.differ(a.reading().owner(), b.reading().owner())) {
      return false; // 1인당 500만원 and 총 500억원 of two owners are two amounts
    }
    // an article that gives both amounts tells two facts
    return !stated.get(new Given(a.evidence().articleId(), x.unit())).contains(y.value().stripTrailingZeros())
        && !stated.get(new Given(b.evidence().articleId(), y.unit())).contains(x.value().stripTrailingZeros());
  }

  private static Finding finding(List<FigureMention> group, Map<Evidence, Claim> claimAt) {
    String attribute = group.get(0).measure();
    List<String> qualifiers = List.of();
    for (FigureMention m : group) {
      Claim c = claimAt.get(m.evidence());
      if (c != null && c.attribute().equals(attribute) && !CrossChecker.keyQualifiers(c).isEmpty()) {
        qualifiers = CrossChecker.keyQualifiers(c);
        break;
      }
    }
    List<FigureMention> ascending = group.stream().sorted(Comparator.comparing(m -> ((Quantity) m.value()).value())).toList();
    return FigureContradiction.of("", attribute, qualifiers, group, ascending,
        "the same digits with a unit word slipped (만, 억, 조)", claimAt);
  }
}
