package dev.sasil.factcheck.crosscheck;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.extract.FigureMention;
import dev.sasil.factcheck.extract.FigureReading;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityLexicon;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.source.SourceGroups;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Contradictions the claims' keys miss: two sources that give one owner's amount (the noun
 * written right before it, or its clause's subject) in one unit, both as a level or both as a
 * change, of the same stated period, plainly (not a share in parentheses, a forecast or a
 * comparison), with values no rounding or bound explains (재학생이 24만 777명 vs 재학생은 34만777명).
 * Figures are grouped by that key with a map, never compared all against all. A group in which one
 * article gives two such values mixes facts (a total and a part) and says nothing. Immutable and
 * thread-safe.
 */
final class Disagreements {

  private record Key(String story, QuantityUnit unit, String counter, boolean change, String period, String edition, String owner) {}

  private final dev.sasil.factcheck.extract.AttributeCatalog catalog;

  Disagreements(dev.sasil.factcheck.extract.AttributeCatalog catalog) {
    this.catalog = catalog;
  }

  List<Finding> find(List<FigureMention> figures, SourceGroups sources, Map<Evidence, Claim> claimAt) {
    Map<Key, List<FigureMention>> groups = new LinkedHashMap<>(); // in text order: deterministic
    for (FigureMention m : figures) {
      FigureReading r = m.reading();
      if (r == null || !r.plain() || r.owner().isEmpty() || !(m.value() instanceof Quantity q)
          || catalog.knows(r.owner()) && !catalog.canContradict(r.owner()) || q.unit() == QuantityUnit.RANK) {
        // 중상자 19명, then 33명: a count that grows while the story unfolds never contradicts; nor
        // does a place (세계 2위 in D램, 세계 1위 in 기업용 SSD): an owner holds one in many rankings
        continue;
      }
      Key k = new Key(sources.storyOf(m.evidence().articleId()), q.unit(), q.unit() == QuantityUnit.COUNT ? counter(m.evidence().text()) : "", r.change(),
          r.period(), r.edition(), r.owner());
      groups.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
    }
    List<Finding> out = new ArrayList<>();
    for (List<FigureMention> group : groups.values()) {
      conflict(group, sources, claimAt).map(pair -> finding(group, pair, claimAt)).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The counter word of a count as written (척 of 92척, 개 of 3천여 개): counts of one owner with
   * different counters count different things (도선 92척 and 도선 48개 항로: ships and routes).
   */
  static String counter(String text) {
    int i = text.length() - 1;
    while (i >= 0 && !Character.isDigit(text.charAt(i))) {
      i--;
    }
    QuantityLexicon lexicon = QuantityLexicon.standard();
    for (int k = i + 1; k < text.length(); k++) {
      QuantityLexicon.Hit unit = lexicon.match(QuantityLexicon.WordClass.UNIT, text, k);
      if (unit != null) {
        return unit.entry().word(); // the lexicon's counter, past numerals and 여 (3천여 개)
      }
    }
    return "";
  }

  /** How two amounts of one owner relate. */
  private enum Relation {
    /** Equal, or equal once rounded, or a bound that may cover the other. */
    SAME,
    /** More than twice apart: a part and a total, not one fact. */
    OTHER_FACT,
    CONFLICT
  }

  /**
   * A pair of neighbouring values of different sources that conflict; none when one article gives
   * two different amounts in the group (a total and a part: the owner does not tell the facts
   * apart), when the group's values lie more than twice apart, or when the claims read at the
   * figures say they are of different scopes.
   */
  private Optional<FigureMention[]> conflict(List<FigureMention> group, SourceGroups sources,
      Map<Evidence, Claim> claimAt) {
    // sorted by value, so that each figure is compared with its neighbours only: the group's time
    // grows with its size, not its square
    List<FigureMention> sorted = new ArrayList<>(group);
    sorted.sort(Comparator.comparing((FigureMention m) -> ((Quantity) m.value()).value())
        .thenComparing(FigureMention::evidence, CrossChecker.EVIDENCE_ORDER));
    Map<String, FigureMention[]> range = new TreeMap<>(); // each article's lowest and highest figure
    for (FigureMention m : sorted) {
      range.computeIfAbsent(m.evidence().articleId(), k -> new FigureMention[] {m, m})[1] = m;
    }
    for (FigureMention[] r : range.values()) {
      if (relation((Quantity) r[0].value(), (Quantity) r[1].value()) != Relation.SAME) {
        return Optional.empty(); // one article, two values: a total and a part, not one fact
      }
    }
    FigureMention low = sorted.get(0);
    FigureMention high = sorted.get(sorted.size() - 1);
    if (relation((Quantity) low.value(), (Quantity) high.value()) == Relation.OTHER_FACT) {
      return Optional.empty();
    }
    for (int i = 1; i < sorted.size(); i++) {
      FigureMention b = sorted.get(i);
      // each figure of the next lower value, not only the nearest: the first may be one another
      // owner's (광주 2만5000명 beside 키움-KIA전(2만500명) and 광주 기아챔피언스필드(2만500명))
      BigDecimal below = ((Quantity) sorted.get(i - 1).value()).value();
      for (int k = i - 1; k >= 0 && i - k <= LOOK_BACK && ((Quantity) sorted.get(k).value()).value().compareTo(below) == 0; k--) {
        FigureMention a = sorted.get(k);
        if (relation((Quantity) a.value(), (Quantity) b.value()) == Relation.CONFLICT
            && !sources.sameSource(a.evidence().articleId(), b.evidence().articleId())
            && sameQualifiers(a, b, claimAt) && !twoMeasures(a, b, claimAt) && !twoOwners(a, b, claimAt)
            && sameDayOrMoney(a, b)) {
          return Optional.of(a.evidence().articleId().compareTo(b.evidence().articleId()) <= 0
              ? new FigureMention[] {a, b} : new FigureMention[] {b, a});
        }
      }
    }
    return Optional.empty();
  }

  /** How many figures of the next lower value a figure is compared with: the time stays linear in the group. */
  private static final int LOOK_BACK = 16;

  /**
   * A count or a rate in articles of different days may be an update (22명 then 23명 after one
   * more was found), not a contradiction; a sum of money stated as a fact (a budget, a price) is
   * not revised by the day. Unknown days compare.
   */
  private static boolean sameDayOrMoney(FigureMention a, FigureMention b) {
    String x = a.reading().publishedDay();
    String y = b.reading().publishedDay();
    return x.isEmpty() || y.isEmpty() || x.equals(y) || ((Quantity) a.value()).unit().isCurrency();
  }

  static boolean compatible(Quantity a, Quantity b) {
    return relation(a, b) != Relation.CONFLICT;
  }

  /**
   * Whether two exact amounts may be one figure: equal once the finer is rounded to the coarser's
   * last digit (274.49% and 274%, 1만8082명 and 1만8000명); amounts more than twice apart are
   * different facts (a part and a total), not one fact misreported. A bound decides nothing here:
   * 4000여명 and 5541명 may be an estimate and a count.
   */
  private static Relation relation(Quantity a, Quantity b) {
    if (a.bound() != Bound.EXACT || b.bound() != Bound.EXACT) {
      return Relation.SAME;
    }
    BigDecimal x = a.value().abs();
    BigDecimal y = b.value().abs();
    BigDecimal small = x.min(y);
    if (small.signum() == 0 || x.max(y).compareTo(small.multiply(BigDecimal.TWO)) > 0) {
      return Relation.OTHER_FACT;
    }
    return ValueComparator.roundedAlike(a.value(), b.value()) ? Relation.SAME : Relation.CONFLICT;
  }

  /**
   * Whether the claims read at two figures name two different measures the catalog knows (광주
   * 84.77% of 득표율, 광주 83.9% of 투표율): one owner's two facts, not one fact told twice. A
   * measure and a narrower one named by its own word (기온, 최고기온) may be one fact.
   */
  private boolean twoMeasures(FigureMention a, FigureMention b, Map<Evidence, Claim> claimAt) {
    Claim x = claimAt.get(a.evidence());
    Claim y = claimAt.get(b.evidence());
    if (x == null || y == null) {
      return false;
    }
    String p = x.attribute();
    String r = y.attribute();
    return !p.contains(r) && !r.contains(p) && catalog.knows(p) && catalog.knows(r);
  }

  /**
   * Whether the claims read at two figures name two owners, neither a part of the other's name nor
   * written in the other's sentence (가람항공은 직원 136명, 나래항공은 직원 69명: the word before both
   * figures is 직원, but the staff are two companies'): two owners' facts.
   */
  private static boolean twoOwners(FigureMention a, FigureMention b, Map<Evidence, Claim> claimAt) {
    Claim x = claimAt.get(a.evidence());
    Claim y = claimAt.get(b.evidence());
    if (x == null || y == null || x.subject().isEmpty() || y.subject().isEmpty()) {
      return false;
    }
    String s = x.subject().replace(" ", "");
    String t = y.subject().replace(" ", "");
    // 광주-기아 챔피언스필드(2만500명) beside 광주(2만5000명): a sentence that writes the other's
    // owner may name one place two ways
    return !s.contains(t) && !t.contains(s) && !x.evidence().sentence().replace(" ", "").contains(t)
        && !y.evidence().sentence().replace(" ", "").contains(s);
  }

  private static boolean sameQualifiers(FigureMention a, FigureMention b, Map<Evidence, Claim> claimAt) {
    Claim x = claimAt.get(a.evidence());
    Claim y = claimAt.get(b.evidence());
    return x == null || y == null || CrossChecker.keyQualifiers(x).equals(CrossChecker.keyQualifiers(y));
  }

  /** The finding of a conflicting pair, or null when nothing names what the figures count. */
  private static Finding finding(List<FigureMention> group, FigureMention[] pair, Map<Evidence, Claim> claimAt) {
    String owner = pair[0].reading().owner();
    // the attribute most of the group's claims give (관객 of four parks' counts, not one article's
    // 키움-KIA전); a tie goes to the pair's, then to the first in text order
    Map<String, Integer> named = new LinkedHashMap<>();
    Set<FigureMention> counted = new LinkedHashSet<>(List.of(pair));
    counted.addAll(group);
    for (FigureMention m : counted) {
      Claim c = claimAt.get(m.evidence());
      if (c != null && !c.attribute().isEmpty() && !c.attribute().equals(owner)) {
        named.merge(c.attribute(), 1, Integer::sum);
      }
    }
    String attribute = named.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    for (FigureMention m : pair) {
      if (attribute.isEmpty() && !m.measure().isEmpty()) {
        attribute = m.measure(); // 세종이 70.1%로 가장 높은 투표율: what the clause says it measures
      }
    }
    if (attribute.isEmpty() && ((Quantity) pair[0].value()).unit() == QuantityUnit.TIMES) {
      return null; // 고영표는 5회 마운드에서: times of nothing named (an inning, not a count) say nothing
    }
    if (attribute.isEmpty() || attribute.equals(owner)) {
      // 지방비 418억 원, 장비 403대: the noun before the amount, when no claim names another, is
      // what it measures, not whose it is
      attribute = owner;
      owner = "";
    }
    Claim first = claimAt.get(pair[0].evidence());
    Claim second = claimAt.get(pair[1].evidence());
    if (first != null && second != null && first.attribute().equals(attribute) && second.attribute().equals(attribute)
        && first.subject().equals(second.subject())) {
      owner = first.subject(); // 무역 적자 472억 달러: whose the claims at both figures say (none), not the word before
    }
    List<String> qualifiers = pair[0].reading().period().isEmpty() ? List.of()
        : List.of("period=" + pair[0].reading().period());
    return FigureContradiction.of(owner, attribute, qualifiers, group, List.of(pair), "values differ beyond rounding",
        claimAt);
  }
}
