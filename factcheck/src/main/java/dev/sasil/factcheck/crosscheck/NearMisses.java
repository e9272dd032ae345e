package dev.sasil.factcheck.crosscheck;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.extract.AttributeCatalog;
import dev.sasil.factcheck.extract.FigureMention;
import dev.sasil.factcheck.extract.FigureReading;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.source.UnionFind;
import dev.sasil.factcheck.time.Granularity;
import dev.sasil.factcheck.time.TimeValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contradictions between figures no owner ties together: two sources that give a precise figure
 * (four significant digits or more: 33조1802억원, 118.5mm, 1002만2758명) for the same measure, close
 * to each other but apart beyond any rounding, where neither article also gives the other's value,
 * report one figure two ways (총 관중 1002만2758명 vs 1002만758명, 증거금 33조1802억원 vs
 * 33조1093억원). A precise figure is no estimate: two of them a few per cent apart under one measure
 * are seldom two facts of one story, and when they are (a draft and a final figure, last year and
 * this year), the articles that know both say both, and the pair is not taken.
 *
 * <p>Figures are linked when they are close ({@value #NEAR_PERCENT} % apart at most, or one digit
 * apart) and share what they measure: the measure their clauses name, their owner, or another
 * figure both sentences state (1942년 8월 5일 beside 118.5mm and 118.6㎜). Linked figures form
 * groups; a group in which one article gives two conflicting values mixes facts and says nothing.
 * Figures are bucketed by unit and sorted by value, so each is compared with the few close to it:
 * time grows with the figures, not with their square. Immutable and thread-safe.
 */
final class NearMisses {

  /** The fewest significant digits of a figure that can contradict without an owner. */
  private static final int PRECISE_DIGITS = 4;

  /** How far apart, relative to the larger, two linked figures may be (a digit slip aside). */
  private static final int NEAR_PERCENT = 2;

  private static final BigDecimal NEAR = BigDecimal.valueOf(NEAR_PERCENT, 2);

  /** How many larger figures each figure is compared with at most: a bucket's time grows with its size. */
  private static final int PER_FIGURE = 64;

  private final ValueComparator comparator = new ValueComparator();
  private final AttributeCatalog catalog;

  NearMisses(AttributeCatalog catalog) {
    this.catalog = catalog;
  }

  private record Bucket(String story, QuantityUnit unit, String counter, boolean change) {}

  List<Finding> find(List<FigureMention> figures, SourceGroups sources, Map<Evidence, Claim> claimAt) {
    Map<Bucket, List<FigureMention>> buckets = new LinkedHashMap<>(); // in text order: deterministic
    Map<Bucket, List<FigureMention>> all = new HashMap<>();
    for (FigureMention m : figures) {
      if (!(m.value() instanceof Quantity q) || m.reading() == null) {
        continue;
      }
      Bucket b = new Bucket(sources.storyOf(m.evidence().articleId()), q.unit(),
          q.unit() == QuantityUnit.COUNT ? Disagreements.counter(m.evidence().text()) : "", m.reading().change());
      all.computeIfAbsent(b, x -> new ArrayList<>()).add(m);
      if (candidate(m, q)) {
        buckets.computeIfAbsent(b, x -> new ArrayList<>()).add(m);
      }
    }
    if (buckets.values().stream().noneMatch(b -> b.size() >= 2)) {
      return List.of();
    }
    Companions companions = new Companions(figures);
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<Bucket, List<FigureMention>> e : buckets.entrySet()) {
      out.addAll(conflicts(e.getValue(), all.get(e.getKey()), sources, claimAt, companions));
    }
    return out;
  }

  /** A figure stated plainly, exactly (or with a 약 of style) and precisely. */
  private static boolean candidate(FigureMention m, Quantity q) {
    FigureReading r = m.reading();
    return !r.forecast() && q.upper() == null && (q.bound() == Bound.EXACT || q.bound() == Bound.ABOUT)
        && q.value().signum() != 0 && q.value().abs().stripTrailingZeros().precision() >= PRECISE_DIGITS;
  }

  private List<Finding> conflicts(List<FigureMention> bucket, List<FigureMention> everyInBucket, SourceGroups sources,
      Map<Evidence, Claim> claimAt, Companions companions) {
    if (bucket.size() < 2) {
      return List.of();
    }
    List<FigureMention> sorted = new ArrayList<>(bucket);
    sorted.sort(Comparator.comparing((FigureMention m) -> ((Quantity) m.value()).value())
        .thenComparing(FigureMention::evidence, CrossChecker.EVIDENCE_ORDER));
    Map<String, List<Quantity>> stated = new HashMap<>(); // every value each article gives in the bucket
    for (FigureMention m : everyInBucket) {
      stated.computeIfAbsent(m.evidence().articleId(), k -> new ArrayList<>()).add((Quantity) m.value());
    }
    UnionFind parent = new UnionFind(sorted.size());
    boolean linked = false;
    for (int i = 0; i < sorted.size(); i++) {
      Quantity a = (Quantity) sorted.get(i).value();
      for (int j = i + 1; j < sorted.size() && j <= i + PER_FIGURE; j++) {
        Quantity b = (Quantity) sorted.get(j).value();
        BigDecimal gap = gap(a, b);
        boolean close = gap.compareTo(NEAR) <= 0;
        boolean slip = DigitSlip.between(a, b);
        if (!close && !slip) {
          if (gap.compareTo(BigDecimal.ONE.subtract(NEAR)) > 0) {
            break; // sorted: every later figure is further still, and no digit slip is 10 times apart
          }
          continue;
        }
        FigureMention x = sorted.get(i);
        FigureMention y = sorted.get(j);
        if (!comparable(x, y, sources, claimAt, stated)) {
          continue;
        }
        // a measure with many values (강수량 of each station) or one that grows (사망자) links close
        // figures only beside a figure both sentences state (the day of the record), or by a slip
        boolean measured = sameMeasure(x, y, claimAt.get(x.evidence()), claimAt.get(y.evidence()));
        boolean growing = grows(x, claimAt) || grows(y, claimAt);
        boolean companion = (!measured || !slip && growing) && companions.shared(x, y);
        if ((measured || companion) && (slip || close && (!growing || companion))) {
          parent.union(i, j);
          linked = true;
        }
      }
    }
    if (!linked) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    for (List<FigureMention> g : parent.groups(sorted)) {
      finding(g, sources, claimAt).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Whether two close figures of different sources may be two accounts of one figure: their
   * values conflict, no owner, period, edition, claim subject or qualifier tells them apart, and
   * neither article also gives the other's value. Whether they measure one thing is asked apart.
   */
  private boolean comparable(FigureMention a, FigureMention b, SourceGroups sources, Map<Evidence, Claim> claimAt,
      Map<String, List<Quantity>> stated) {
    if (sources.sameSource(a.evidence().articleId(), b.evidence().articleId())) {
      return false;
    }
    Quantity x = (Quantity) a.value();
    Quantity y = (Quantity) b.value();
    if (comparator.quantities(x, y).relation() != Comparison.Relation.CONFLICT) {
      return false;
    }
    FigureReading ra = a.reading();
    FigureReading rb = b.reading();
    boolean periodsDiffer = !ra.period().isEmpty() && !rb.period().isEmpty() && !ra.period().equals(rb.period());
    if (!sameOwner(owner(a), owner(b)) || periodsDiffer || earlierYear(ra, rb) || earlierYear(rb, ra)
        || !ra.edition().equals(rb.edition()) || !sameDayOrMoney(ra, rb, x)) {
      return false;
    }
    Claim ca = claimAt.get(a.evidence());
    Claim cb = claimAt.get(b.evidence());
    if (ca != null && cb != null && (differ(ca.subject(), cb.subject())
        || conflicting(CrossChecker.keyQualifiers(ca), CrossChecker.keyQualifiers(cb)))) {
      return false;
    }
    if (gives(stated.get(a.evidence().articleId()), y) || gives(stated.get(b.evidence().articleId()), x)) {
      return false; // 전남 -10.60%→-10.61%: an article that knows both values tells two facts
    }
    return true;
  }

  /**
   * Whether a whole year's figure that its sentence compares another with ({@code period=2023}:
   * 지난해 예산 7617억원보다 30% 늘어난) stands against one its article does not date, of a later
   * year's article: that one is the article's own year's (예산은 7589억원으로 출발), not the base
   * year's. (작년 수출 47만4835대 against 수출이 47만4735대로 of an article of the next January
   * remain one year's two accounts.)
   */
  private static boolean earlierYear(FigureReading dated, FigureReading undated) {
    String period = dated.period();
    String day = undated.published();
    return dated.base() && period.length() == 4 && undated.period().isEmpty() && day.length() >= 4
        && period.chars().allMatch(Character::isDigit) && period.compareTo(day.substring(0, 4)) < 0;
  }

  /**
   * Whether a figure measures what has many values or grows while a story unfolds (관객, 사망자):
   * two close figures of it may be two moments, and only a digit slip makes them one figure.
   */
  private boolean grows(FigureMention m, Map<Evidence, Claim> claimAt) {
    Claim c = claimAt.get(m.evidence());
    String attribute = c != null && !c.attribute().isEmpty() ? c.attribute() : m.measure();
    return catalog.knows(attribute) && !catalog.canContradict(attribute);
  }

  /** A figure's owner, unless it names the measure itself (청약증거금 of 증거금 33조원 is no owner). */
  private static String owner(FigureMention m) {
    String owner = m.reading().owner();
    return !m.measure().isEmpty() && owner.endsWith(m.measure()) ? "" : owner;
  }

  /** Whether two owners are one: both unsaid, or one the other or its head (신고 of 지진신고). */
  private static boolean sameOwner(String a, String b) {
    return a.isEmpty() ? b.isEmpty() : !b.isEmpty() && (a.endsWith(b) || b.endsWith(a));
  }

  /**
   * Whether two names tell two things apart: both given, and neither the head of the other (신고
   * and 지진신고 name one count; 남학생 and 여학생 two).
   */
  static boolean differ(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && !a.endsWith(b) && !b.endsWith(a);
  }

  /**
   * Whether two claims' qualifiers tell them apart: a kind both state with different values
   * (period=2023 and period=2024), or a mark one has and the other lacks; a kind only one states
   * leaves them together.
   */
  private static boolean conflicting(List<String> a, List<String> b) {
    return conflictsWith(a, b) || conflictsWith(b, a);
  }

  private static boolean conflictsWith(List<String> a, List<String> b) {
    for (String q : a) {
      int eq = q.indexOf('=');
      if (eq < 0) {
        if (!b.contains(q)) {
          return true;
        }
        continue;
      }
      String kind = q.substring(0, eq + 1);
      for (String r : b) {
        if (r.startsWith(kind) && !r.equals(q)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A count in articles of different days may be an update; a sum of money is not revised by the day. */
  private static boolean sameDayOrMoney(FigureReading a, FigureReading b, Quantity q) {
    return a.publishedDay().isEmpty() || b.publishedDay().isEmpty() || a.publishedDay().equals(b.publishedDay())
        || q.unit().isCurrency();
  }

  /**
   * Whether an article gives, as precisely, a value the other's figure may be: a round figure
   * (33조원 in a headline) is no second fact beside 33조1093억원.
   */
  private boolean gives(List<Quantity> values, Quantity q) {
    for (Quantity v : values) {
      if (v.value().abs().stripTrailingZeros().precision() < PRECISE_DIGITS) {
        continue;
      }
      Comparison.Relation r = comparator.quantities(v, q).relation();
      if (r == Comparison.Relation.SAME || r == Comparison.Relation.COMPATIBLE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two figures measure one thing: the measure both clauses name, the owner both give, the
   * attribute of the claims read at both, or another figure both sentences state.
   */
  private static boolean sameMeasure(FigureMention a, FigureMention b, Claim ca, Claim cb) {
    if (!a.measure().isEmpty() && a.measure().equals(b.measure())) {
      return true;
    }
    if (!a.reading().owner().isEmpty() && sameOwner(a.reading().owner(), b.reading().owner())) {
      return true;
    }
    if (ca != null && cb != null && !ca.attribute().isEmpty() && ca.attribute().equals(cb.attribute())) {
      return true;
    }
    return false;
  }

  /**
   * The figures of each sentence, to tell whether two sentences state another figure alike: a
   * day of a known year (1942년 8월 5일) or an amount of three digits or more (671경기), not a
   * small count or a rank any two sentences may share.
   */
  private static final class Companions {
    private record Sentence(String articleId, int index) {}

    private final Map<Sentence, List<FigureMention>> bySentence = new HashMap<>();

    Companions(List<FigureMention> figures) {
      for (FigureMention m : figures) {
        if (telling(m)) {
          bySentence.computeIfAbsent(new Sentence(m.evidence().articleId(), m.evidence().sentenceIndex()),
              k -> new ArrayList<>()).add(m);
        }
      }
    }

    private static boolean telling(FigureMention m) {
      if (m.value() instanceof TimeValue t) {
        return t.yearKnown() && t.granularity() == Granularity.DAY;
      }
      return m.value() instanceof Quantity q && q.unit() != QuantityUnit.RANK && q.upper() == null
          && q.value().abs().stripTrailingZeros().precision() >= 3;
    }

    /**
     * Whether the sentences of two figures state another figure alike, of another kind than
     * theirs: the items of two lists (전남 -10.51% and 전북 -8.75% beside the same 경북 -10.03%)
     * share figures of their own kind and are still different items.
     */
    boolean shared(FigureMention a, FigureMention b) {
      QuantityUnit unit = ((Quantity) a.value()).unit();
      List<FigureMention> x = bySentence.getOrDefault(
          new Sentence(a.evidence().articleId(), a.evidence().sentenceIndex()), List.of());
      List<FigureMention> y = bySentence.getOrDefault(
          new Sentence(b.evidence().articleId(), b.evidence().sentenceIndex()), List.of());
      for (FigureMention p : x) {
        for (FigureMention q : y) {
          if (p.value().equals(q.value()) && !(p.value() instanceof Quantity pq && pq.unit() == unit)) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /** How far apart two amounts are, relative to the larger. */
  private static BigDecimal gap(Quantity a, Quantity b) {
    BigDecimal max = a.value().abs().max(b.value().abs());
    return a.value().subtract(b.value()).abs().divide(max, MathContext.DECIMAL64);
  }

  /**
   * The contradiction a group of linked figures makes: none when one article gives two
   * conflicting values in it (the group mixes facts).
   */
  private Optional<Finding> finding(List<FigureMention> group, SourceGroups sources, Map<Evidence, Claim> claimAt) {
    Map<String, List<Quantity>> byArticle = new HashMap<>();
    for (FigureMention m : group) {
      byArticle.computeIfAbsent(m.evidence().articleId(), k -> new ArrayList<>()).add((Quantity) m.value());
    }
    for (List<Quantity> values : byArticle.values()) {
      for (int i = 0; i < values.size(); i++) {
        for (int j = i + 1; j < values.size(); j++) {
          if (comparator.quantities(values.get(i), values.get(j)).relation() == Comparison.Relation.CONFLICT) {
            return Optional.empty();
          }
        }
      }
    }
    if (group.stream().map(m -> sources.sourceOf(m.evidence().articleId())).distinct().count() < 2) {
      return Optional.empty();
    }
    // named after the claims read at its figures: the subject most of them give (a named one on a
    // tie), the most specific of those; else what the figures say
    List<Claim> read = group.stream().map(m -> claimAt.get(m.evidence())).filter(c -> c != null && !c.attribute().isEmpty())
        .toList();
    Map<String, Long> votes = new HashMap<>();
    read.forEach(c -> votes.merge(c.subject(), 1L, Long::sum));
    Claim named = read.stream().max(Comparator.comparingLong((Claim c) -> votes.get(c.subject()))
        .thenComparing(c -> !c.subject().isEmpty()).thenComparingInt(c -> c.qualifiers().size())).orElse(null);
    String owner = named == null ? "" : named.subject();
    String attribute = named == null ? "" : named.attribute();
    List<String> qualifiers = named == null ? List.of() : CrossChecker.keyQualifiers(named);
    for (FigureMention m : group) {
      if (attribute.isEmpty() && !m.measure().isEmpty()) {
        attribute = m.measure();
      }
      if (owner.isEmpty() && !owner(m).isEmpty()) {
        owner = owner(m);
      }
    }
    if (owner.equals(attribute)) {
      owner = ""; // 신고 1만2995건: the noun before the amount is the measure itself
    }
    return Optional.of(FigureContradiction.of(owner, attribute, qualifiers, group, group,
        "precise figures of one measure differ beyond rounding", claimAt));
  }
}
