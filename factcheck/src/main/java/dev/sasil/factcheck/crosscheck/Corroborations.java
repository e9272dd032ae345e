package dev.sasil.factcheck.crosscheck;

import dev.sasil.core.text.Hangul;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.entity.Spelling;
import dev.sasil.factcheck.extract.AttributeCatalog;
import dev.sasil.factcheck.extract.FigureMention;
import dev.sasil.factcheck.extract.FigureReading;
import dev.sasil.factcheck.extract.GenericNouns;
import dev.sasil.factcheck.extract.MeasureLexicon;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.time.PartialTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Agreements the claims' keys miss: two sources that state one figure (the same amount in the
 * same unit, or the same day) with the same words beside it state the same fact, whatever a
 * claim frame made of either sentence (서울 69.3%(575만명) and 서울(69.3%), 전남(69.0%) …).
 * Figures are bucketed by value, so only equal figures are ever compared; within a bucket two
 * figures of different sources are linked when a word beside one is among the other's clause words
 * (or, when not beside, when two such words are shared), and linked figures of two sources or
 * more become one agreement. Equal figures never make a contradiction, so this never adds one.
 * Figures meet only within one story ({@link SourceGroups#stories}).
 * Immutable and thread-safe.
 */
final class Corroborations {

  private final Disagreements disagreements;
  private final NearMisses nearMisses;
  private final Misspellings misspellings = new Misspellings();
  private final UnitSlips unitSlips = new UnitSlips();
  private final AttributeCatalog catalog;
  private final ValueComparator comparator = new ValueComparator();

  Corroborations(AttributeCatalog catalog) {
    this.disagreements = new Disagreements(catalog);
    this.nearMisses = new NearMisses(catalog);
    this.catalog = catalog;
  }

  /** A figure's place: an article and a span of its text. */
  private record Span(String articleId, int start, int end) {
    static Span of(Evidence e) {
      return new Span(e.articleId(), e.start(), e.end());
    }
  }

  /** That an article has a claim of this owner's measure. */
  private record Owned(String articleId, String attribute, String subject) {}

  /** That an article has a claim of this measure and value. */
  private record Stated(String articleId, String attribute, NormalizedValue value) {}

  /** That a claim of this measure was read at this span. */
  private record ReadAt(Span span, String attribute) {}

  /** What the claims state, where and as what: how an article tells equal figures apart. */
  private record Statements(Set<Stated> stated, Set<ReadAt> read) {
    static Statements of(List<Finding> findings) {
      Set<Stated> stated = new java.util.HashSet<>();
      Set<ReadAt> read = new java.util.HashSet<>();
      findings.forEach(f -> f.claims().forEach(c -> {
        stated.add(new Stated(c.evidence().articleId(), c.attribute(), c.value()));
        read.add(new ReadAt(Span.of(c.evidence()), c.attribute()));
      }));
      return new Statements(stated, read);
    }

    /** Whether the claim's article states its value as {@code attribute}, other than at the claim's own figure. */
    boolean elsewhereAs(Claim c, String attribute) {
      return stated.contains(new Stated(c.evidence().articleId(), attribute, c.value()))
          && !read.contains(new ReadAt(Span.of(c.evidence()), attribute));
    }
  }

  /** How a new agreement is named: after a claim read at one of its figures, or after the words they share. */
  private record Label(String subject, String attribute, List<String> qualifiers) {}

  List<Finding> apply(List<Finding> findings, List<FigureMention> all, SourceGroups sources) {
    if (all.size() < 2) {
      return findings;
    }
    // names are compared by their spelling only; figures by value and the words beside them
    List<FigureMention> names = all.stream().filter(m -> m.value() instanceof Spelling).toList();
    List<FigureMention> figures = names.isEmpty() ? all : all.stream().filter(m -> !(m.value() instanceof Spelling)).toList();
    Map<Span, Claim> claimAt = new HashMap<>();
    // the amount claims by where they end, for the share a bracket glued to one gives (subjectBefore)
    Map<Span, Claim> amountEndingAt = new HashMap<>();
    Map<Span, Finding> agreementAt = new HashMap<>();
    for (Finding f : findings) {
      for (Claim c : f.claims()) {
        if (c.value() instanceof dev.sasil.factcheck.time.Since) {
          continue; // what a record counts from is no figure's value: it names none
        }
        claimAt.putIfAbsent(Span.of(c.evidence()), c);
        if (c.value() instanceof Quantity) {
          amountEndingAt.putIfAbsent(new Span(c.evidence().articleId(), c.evidence().end(), c.evidence().end()), c);
        }
        if (f.verdict() == Verdict.AGREEMENT) {
          agreementAt.putIfAbsent(Span.of(c.evidence()), f);
        }
      }
    }
    Set<Owned> named = new java.util.HashSet<>();
    claimAt.values().forEach(c -> named.add(new Owned(c.evidence().articleId(), c.attribute(), c.subject())));
    Statements stated = Statements.of(findings);
    // by identity: a finding's hash reads all its claims, and a large agreement is met once per claim
    Set<Finding> replaced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Finding> added = new ArrayList<>();
    for (List<FigureMention> component : components(figures, sources, claimAt)) {
      corroborate(component, claimAt, amountEndingAt, agreementAt, named, stated, sources).ifPresent(f -> {
        added.add(f);
        f.claims().forEach(c -> {
          Finding old = agreementAt.get(Span.of(c.evidence()));
          if (old != null) {
            replaced.add(old);
          }
        });
      });
    }
    Map<Evidence, Claim> claimsByEvidence = new HashMap<>();
    // the keyed claims first, then those the figures' agreements read (광주 84.77% that a source's
    // 득표했다 names, where the other source's sentence says no measure)
    for (List<Finding> list : List.of(findings, added)) {
      list.forEach(f -> f.claims().forEach(c -> claimsByEvidence.putIfAbsent(c.evidence(), c)));
    }
    List<Finding> conflicts = new ArrayList<>();
    // every contradiction cites, beside its own claims, the sources that side with one of its
    // values, found by the agreements that hold its figures
    Map<Span, List<Finding>> agreeing = agreementsBySpan(findings, added);
    List<Finding> disagreeing = new ArrayList<>();
    disagreements.find(figures, sources, claimsByEvidence)
        .forEach(f -> disagreeing.add(withAgreeing(f, agreeing, Siding.SAME_ATTRIBUTE)));
    List<Finding> slips = new ArrayList<>(nearMisses.find(figures, sources, claimsByEvidence));
    slips.addAll(unitSlips.find(figures, sources, claimsByEvidence));
    slips.forEach(f -> disagreeing.add(withAgreeing(f, agreeing, Siding.ANY_AGREEMENT)));
    // the spans some contradiction already cites, the keyed ones' and those taken here, indexed
    // once: each new one is looked up, not checked against every finding of the run
    Set<Span> contradicted = new java.util.HashSet<>();
    findings.stream().filter(f -> f.verdict() == Verdict.CONTRADICTION)
        .forEach(f -> f.claims().forEach(c -> contradicted.add(Span.of(c.evidence()))));
    for (Finding f : disagreeing) {
      if (f.claims().stream().noneMatch(c -> contradicted.contains(Span.of(c.evidence())))) {
        conflicts.add(f);
        f.claims().forEach(c -> contradicted.add(Span.of(c.evidence())));
      }
    }
    added.addAll(conflicts);
    added.addAll(misspellings.find(names, sources));
    if (added.isEmpty()) {
      return findings;
    }
    Set<Span> covered = new java.util.HashSet<>();
    added.forEach(f -> f.claims().forEach(c -> covered.add(Span.of(c.evidence()))));
    List<Finding> out = new ArrayList<>(added);
    for (Finding f : findings) {
      boolean absorbed = replaced.contains(f) || f.verdict() == Verdict.SINGLE_SOURCE
          && f.claims().stream().allMatch(c -> covered.contains(Span.of(c.evidence())));
      if (!absorbed && f.verdict() == Verdict.CONTRADICTION) {
        out.add(withAgreeing(f, agreeing, Siding.SAME_ATTRIBUTE));
      } else if (!absorbed) {
        out.add(f);
      }
    }
    out.sort(CrossChecker.FINDING_ORDER);
    return List.copyOf(out);
  }

  /** The agreements, the keyed ones and those the figures added, of every span they cite. */
  private static Map<Span, List<Finding>> agreementsBySpan(List<Finding> findings, List<Finding> added) {
    Map<Span, List<Finding>> out = new HashMap<>();
    for (List<Finding> list : List.of(findings, added)) {
      for (Finding f : list) {
        if (f.verdict() == Verdict.AGREEMENT) {
          f.claims().forEach(c -> out.computeIfAbsent(Span.of(c.evidence()), k -> new ArrayList<>()).add(f));
        }
      }
    }
    return out;
  }

  /** Which claims of the agreements holding a contradiction's figures side with it. */
  private enum Siding {
    /**
     * A slip of one digit or unit, whose sides its label alone does not tell: every claim of
     * every such agreement that states one of its values.
     */
    ANY_AGREEMENT,
    /**
     * A keyed contradiction or one of figures read with their noun: only agreements on its
     * attribute (or of its owner, when it names only that: 재학생 24만777명 vs 34만777명), and
     * each article not yet cited adds its first sentence only; the contradiction gives every
     * outlet's value once, not every sentence that repeats it.
     */
    SAME_ATTRIBUTE
  }

  /**
   * A contradiction with the claims of the agreements that hold one of its figures and state the
   * same value, as {@code siding} says: 118.6mm of a third article, which agrees with the
   * second's, sides with it against the first's 118.5mm though its sentence alone gave no link
   * to the first.
   */
  private static Finding withAgreeing(Finding conflict, Map<Span, List<Finding>> agreeing, Siding siding) {
    boolean sameAttribute = siding == Siding.SAME_ATTRIBUTE;
    Set<Span> seen = new java.util.HashSet<>();
    conflict.claims().forEach(c -> seen.add(Span.of(c.evidence())));
    List<Claim> claims = new ArrayList<>(conflict.claims());
    Set<String> cited = new java.util.HashSet<>();
    conflict.claims().forEach(c -> cited.add(c.evidence().articleId()));
    Set<String> sided = new java.util.HashSet<>();
    for (Claim own : conflict.claims()) {
      for (Finding f : agreeing.getOrDefault(Span.of(own.evidence()), List.of())) {
        if (sameAttribute && !f.attribute().equals(conflict.attribute()) && !ofOwner(f, conflict)) {
          continue;
        }
        for (Claim c : f.claims()) {
          if (sameAttribute && cited.contains(c.evidence().articleId())) {
            continue; // an article the contradiction cites already has its say
          }
          if (sameAmount(c.value(), own.value()) && seen.add(Span.of(c.evidence()))
              && (!sameAttribute || sided.add(c.evidence().articleId()))) {
            claims.add(new Claim(conflict.subject(), conflict.attribute(), c.value(), conflict.qualifiers(), c.evidence(), ""));
          }
        }
      }
    }
    if (claims.size() == conflict.claims().size()) {
      return conflict;
    }
    claims.sort(Comparator.comparing(Claim::evidence, CrossChecker.EVIDENCE_ORDER));
    return new Finding(conflict.subject(), conflict.attribute(), conflict.qualifiers(), conflict.verdict(), claims,
        conflict.explanation());
  }

  /**
   * Whether an agreement is of the owner a contradiction names with no measure (재학생 24만777명
   * vs 34만777명): its subject is that owner (재학생 응시자). One that names the owner as its
   * measure with no subject may hold other facts of that noun (경쟁률 1045대 1 and 524.05대 1).
   */
  private static boolean ofOwner(Finding agreement, Finding conflict) {
    return conflict.attribute().isEmpty() && !conflict.subject().isEmpty() && agreement.subject().equals(conflict.subject());
  }

  /**
   * A label's qualifiers for a figure no claim read, with {@code forecast} when its own clause
   * forecasts it (39도로 예측됐다) and {@code condition} when it is a rule's threshold (8% 이상
   * 하락하면): the label of observed figures does not make it observed.
   */
  private static List<String> forecastAsRead(List<String> qualifiers, FigureMention m) {
    String modality = m.reading() == null || !m.reading().forecast() ? null : m.reading().condition() ? CONDITION : FORECAST;
    if (modality == null || qualifiers.contains(modality)) {
      return qualifiers;
    }
    List<String> out = new ArrayList<>(qualifiers);
    out.add(modality);
    return List.copyOf(out);
  }

  /**
   * A label with {@code previous} when most of its figures are the value a change moved away from
   * (연 3.5%에서 3.25%로 낮췄다, 3.50%인 기준금리를 3.25%로 내렸다): the sources agree on what was,
   * not on what the change made it.
   */
  private static Label asPrevious(Label label, List<FigureMention> component) {
    long previous = component.stream().filter(m -> m.reading() != null && m.reading().previous()).count();
    if (2 * previous <= component.size() || label.qualifiers().contains(PREVIOUS)) {
      return label;
    }
    List<String> qualifiers = new ArrayList<>(label.qualifiers());
    qualifiers.add(PREVIOUS);
    return new Label(label.subject(), label.attribute(), List.copyOf(qualifiers));
  }

  private static final String PREVIOUS = FigureReading.PREVIOUS;
  private static final String FORECAST = "forecast";
  private static final String CONDITION = "condition";

  /** Whether two values state one amount, whatever bound a claim frame read beside it. */
  static boolean sameAmount(NormalizedValue a, NormalizedValue b) {
    return a instanceof Quantity x && b instanceof Quantity y ? x.unit() == y.unit() && x.value().compareTo(y.value()) == 0
        : a.equals(b);
  }

  /**
   * The buckets a figure is compared in: amounts by unit and value (bounds aside: 67% and 67.0%
   * are one figure); a time by its day of the month, so that a day whose month or year the text
   * left unsaid still meets the others, and by its clock time, so that 9시 3분 with no day meets 29일
   * 오전 9시 3분 ({@link #sameTime} then checks every part both say).
   */
  private static List<String> valueKeys(FigureMention m) {
    if (m.when() == null) {
      return List.of(m.value() instanceof Quantity q ? q.unit() + counter(m, q) + " " + q.normalized() : m.value().normalized());
    }
    PartialTime w = m.when();
    List<String> keys = new ArrayList<>(2);
    if (w.day() != null) {
      keys.add("day " + w.day());
    }
    if (w.minutes() != null) {
      keys.add("clock " + w.minutes());
    }
    return keys;
  }

  /** The counter of a count (석 of 14석, 대 of 14대): counts of different counters count different things. */
  private static String counter(FigureMention m, Quantity q) {
    if (q.unit() != QuantityUnit.COUNT) {
      return "";
    }
    // the first syllable: 개 of 158개국 and of 158개
    String counter = dev.sasil.factcheck.quantity.QuantityMention.counterOf(m.evidence().text());
    return counter.isEmpty() ? "" : " " + counter.charAt(0);
  }

  private static boolean sameTime(FigureMention a, FigureMention b) {
    return a.when() == null || b.when() == null || a.when().compatible(b.when());
  }

  /**
   * The groups of linked figures that span two sources or more, in text order: figures are
   * compared only within a bucket of equal values, and linked pairs join across buckets.
   */
  private static List<List<FigureMention>> components(List<FigureMention> figures, SourceGroups sources,
      Map<Span, Claim> claimAt) {
    // figures meet only within a story (equal figures of a fire and of a flood are not one fact):
    // the buckets of one story at a time, so that a run of many stories never holds them all
    Map<String, List<Integer>> stories = new TreeMap<>();
    for (int i = 0; i < figures.size(); i++) {
      stories.computeIfAbsent(sources.storyOf(figures.get(i).evidence().articleId()), k -> new ArrayList<>()).add(i);
    }
    Links parent = new Links(figures, claimAt);
    boolean linked = false;
    for (List<Integer> story : stories.values()) {
      Map<String, List<Integer>> buckets = new TreeMap<>();
      for (int i : story) {
        for (String key : valueKeys(figures.get(i))) {
          buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
      }
      for (List<Integer> bucket : buckets.values()) {
        linked |= linkBucket(figures, bucket, parent, sources);
      }
    }
    linked |= linkBounded(figures, parent, sources);
    if (!linked) {
      return List.of();
    }
    Map<Integer, List<FigureMention>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < figures.size(); i++) {
      byRoot.computeIfAbsent(parent.find(i), k -> new ArrayList<>()).add(figures.get(i));
    }
    List<List<FigureMention>> out = new ArrayList<>();
    for (List<FigureMention> c : byRoot.values()) {
      if (c.stream().map(m -> sources.sourceOf(m.evidence().articleId())).distinct().count() >= 2) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Links the figures of one bucket of equal values. Only pairs that share a word (one within the
   * other, 민주 in 민주당) can be about one thing, so pairs are drawn from an index of the figures'
   * words and their parts, each figure meeting at most {@value #PER_WORD} earlier figures per word:
   * time grows with the figures, not with their square, however many repeat one word. A figure
   * hardly any fact shares links with every other source's without a word ({@link #about}).
   */
  private static boolean linkBucket(List<FigureMention> figures, List<Integer> bucket, Links parent, SourceGroups sources) {
    if (bucket.size() < 2) {
      return false;
    }
    FigureMention any = figures.get(bucket.get(0));
    if (hardlyShared(any)) {
      Map<String, Integer> firstOfSource = new LinkedHashMap<>();
      for (int i : bucket) {
        firstOfSource.putIfAbsent(sources.sourceOf(figures.get(i).evidence().articleId()), i);
      }
      if (firstOfSource.size() < 2) {
        return false;
      }
      boolean linked = false;
      for (int k = 1; k < bucket.size(); k++) {
        FigureMention b = figures.get(bucket.get(k));
        for (int j = 0; j < k && j < PER_WORD; j++) {
          // one minute of two different days (오전 8시 48분 of the 24th and of the 25th) is two moments
          if (sameTime(figures.get(bucket.get(j)), b)) {
            linked |= parent.unionBeside(bucket.get(k), bucket.get(j), figures);
            break;
          }
        }
      }
      return linked;
    }
    Map<String, List<Integer>> byPart = new HashMap<>();
    boolean linked = false;
    Set<Long> tried = new java.util.HashSet<>();
    for (int i : bucket) {
      FigureMention b = figures.get(i);
      Set<String> keys = new LinkedHashSet<>();
      for (String w : b.anchors()) {
        keys.addAll(parts(w));
      }
      for (String key : keys) {
        List<Integer> earlier = byPart.computeIfAbsent(key, k -> new ArrayList<>());
        for (int k = Math.max(0, earlier.size() - PER_WORD); k < earlier.size(); k++) {
          int j = earlier.get(k);
          FigureMention a = figures.get(j);
          if (!tried.add(((long) j << 32) | i)) {
            continue;
          }
          if (!sources.sameSource(a.evidence().articleId(), b.evidence().articleId()) && sameTime(a, b) && about(a, b)) {
            linked |= parent.union(i, j);
          }
        }
        earlier.add(i);
      }
    }
    return linked;
  }

  private static boolean forecast(FigureMention m) {
    return m.reading() != null && m.reading().forecast();
  }

  /** How many earlier figures with one word a figure is compared with. */
  private static final int PER_WORD = 32;

  /** A word and every part of it of two characters or more: what a shorter word within it may be. */
  private static List<String> parts(String w) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < w.length(); i++) {
      for (int j = i + 2; j <= w.length(); j++) {
        out.add(w.substring(i, j).toLowerCase(java.util.Locale.ROOT));
      }
    }
    return out.isEmpty() ? List.of(w.toLowerCase(java.util.Locale.ROOT)) : out;
  }

  /**
   * An amount of three significant digits or more, not a percentage or a span (48년 만에 is
   * 25,228,800 minutes), or a clock time to a minute off the tens: two sources giving it give one fact.
   */
  private static boolean hardlyShared(FigureMention m) {
    if (m.when() != null) {
      // 오후 7시 52분: a clock time to a minute off the round tens is one moment of the story
      return m.when().minutes() != null && m.when().minutes() % 10 != 0;
    }
    return significantDigits(m.value()) >= 3 && m.value() instanceof Quantity q
        && q.unit() != QuantityUnit.PERCENT && q.unit() != QuantityUnit.DURATION;
  }

  /** A story and a unit: the exact amounts a bounded one of the story may stand for. */
  private record StoryUnit(String story, QuantityUnit unit) {}

  /**
   * Links a bounded or ranged amount (1만 8000여명, 700명대, 10조7000억 원대) with the exact amounts
   * of other sources it covers (1만8082명, 770명), found by a binary search of the exact amounts of
   * its unit; a word beside one must be in the other's clause.
   */
  private static boolean linkBounded(List<FigureMention> figures, Links parent, SourceGroups sources) {
    // the exact amounts of one story and unit: another story's never link, nor fill the window
    Map<StoryUnit, List<Integer>> exact = new HashMap<>();
    List<Integer> bounded = new ArrayList<>();
    for (int i = 0; i < figures.size(); i++) {
      if (figures.get(i).when() == null && figures.get(i).value() instanceof Quantity q) {
        if (q.bound() == Bound.EXACT) {
          exact.computeIfAbsent(new StoryUnit(sources.storyOf(figures.get(i).evidence().articleId()), q.unit()),
              u -> new ArrayList<>()).add(i);
        } else if (!decadeOfRate(q)) {
          bounded.add(i);
        }
      }
    }
    Comparator<Integer> byValue = Comparator.comparing(i -> ((Quantity) figures.get(i).value()).value());
    exact.values().forEach(l -> l.sort(byValue));
    boolean linked = false;
    for (int b : bounded) {
      Quantity q = (Quantity) figures.get(b).value();
      List<Integer> candidates = exact.getOrDefault(
          new StoryUnit(sources.storyOf(figures.get(b).evidence().articleId()), q.unit()), List.of());
      java.math.BigDecimal[] range = covered(q);
      int from = lowerBound(candidates, figures, range[0]);
      Map<java.math.BigDecimal, List<Integer>> covers = new TreeMap<>();
      Map<java.math.BigDecimal, Integer> scores = new HashMap<>();
      FigureMention a = figures.get(b);
      for (int k = from; k < candidates.size() && k < from + PER_WORD; k++) {
        int e = candidates.get(k);
        java.math.BigDecimal v = ((Quantity) figures.get(e).value()).value();
        if (v.compareTo(range[1]) > 0) {
          break;
        }
        FigureMention x = figures.get(e);
        if (!sources.sameSource(a.evidence().articleId(), x.evidence().articleId()) && besideEachOther(a, x)
            && forecast(a) == forecast(x) && samePeriod(a, x)
            && sources.stories().sameStory(a.evidence().articleId(), x.evidence().articleId())) {
          v = v.stripTrailingZeros();
          covers.computeIfAbsent(v, z -> new ArrayList<>()).add(e);
          scores.merge(v, sharedWords(a, x), Math::max);
        }
      }
      // one passed or not reached (380mm가 넘는, 10조원에 못 미치는) says only which side of it the
      // amount lies: it stands for an amount only when that is the one its sources write there
      boolean strict = q.bound() == Bound.MORE_THAN || q.bound() == Bound.LESS_THAN;
      if (strict) {
        covers.remove(q.value().stripTrailingZeros()); // 380mm가 넘는 is not 380mm
        scores.remove(q.value().stripTrailingZeros());
      }
      if (q.spanned()) {
        // 8만6000~45만원 written with both ends stands for either end (최대 45만원), never for an
        // amount inside it (23만원 may be any one plan's)
        java.util.function.Predicate<java.math.BigDecimal> inside =
            v -> v.compareTo(q.value()) != 0 && v.compareTo(q.upper()) != 0;
        covers.keySet().removeIf(inside);
        scores.keySet().removeIf(inside);
      }
      if (q.bound().oneSided() && covers.size() > 1) {
        continue;
      }
      // a bounded amount that covers several exact ones (5조원대 of 5조4685억원 earned and 5조5739억원
      // in 2018) stands for the one its clause shares most words with, and for none on a tie
      java.math.BigDecimal best = null;
      boolean tie = false;
      for (Map.Entry<java.math.BigDecimal, Integer> e : scores.entrySet()) {
        if (best == null || e.getValue() > scores.get(best)) {
          best = e.getKey();
          tie = false;
        } else if (e.getValue().equals(scores.get(best))) {
          tie = true;
        }
      }
      if (best != null && !tie) {
        for (int e : covers.get(best)) {
          linked |= parent.union(e, b);
        }
      }
    }
    return linked;
  }

  /**
   * A rate written by its leading digit (4%대, 1~2%대 with one end): a band a story's rates of
   * several months or measures fall in (소비자물가 상승률은 3, 4월 4%대로 올랐다), which stands for
   * none of the exact rates another source writes (생활물가지수는 4.5% 상승했다).
   */
  private static boolean decadeOfRate(Quantity q) {
    return q.unit() == QuantityUnit.PERCENT && q.bound() == Bound.RANGE && !q.spanned();
  }

  /**
   * The exact amounts a bounded one may stand for: a range its ends; 여 or 약 up to a tenth more
   * (and, for 약, three hundredths less), but 약 before a rate only its rounding; 넘는/이상 up to a quarter more; 미만/이하 up to a fifth less.
   */
  private static java.math.BigDecimal[] covered(Quantity q) {
    java.math.BigDecimal v = q.value();
    return switch (q.bound()) {
      case RANGE -> new java.math.BigDecimal[] {v, q.upper()};
      case ABOUT -> ValueComparator.rate(q)
          // 약 90%: a rate rounded to its last digit (not 98%)
          ? new java.math.BigDecimal[] {v.subtract(ValueComparator.rounding(v)), v.add(ValueComparator.rounding(v))}
          : new java.math.BigDecimal[] {v.multiply(new java.math.BigDecimal("0.97")), v.multiply(new java.math.BigDecimal("1.1"))};
      case AT_LEAST, MORE_THAN -> new java.math.BigDecimal[] {v, v.multiply(new java.math.BigDecimal("1.25"))};
      case AT_MOST, LESS_THAN -> new java.math.BigDecimal[] {v.multiply(new java.math.BigDecimal("0.8")), v};
      case EXACT -> new java.math.BigDecimal[] {v, v};
    };
  }

  private static int lowerBound(List<Integer> sorted, List<FigureMention> figures, java.math.BigDecimal min) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (((Quantity) figures.get(sorted.get(mid)).value()).value().compareTo(min) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * How closely two figures' words match: each word beside one that is among the other's clause
   * words counts two (임직원 of 700명대인 임직원 and 직원 of 직원 770명), each clause word they share one.
   */
  private static int sharedWords(FigureMention a, FigureMention b) {
    int n = 0;
    for (String x : a.near()) {
      n += b.anchors().stream().anyMatch(y -> same(x, y)) ? 2 : 0;
    }
    for (String x : b.near()) {
      n += a.anchors().stream().anyMatch(y -> same(x, y)) ? 2 : 0;
    }
    for (String x : a.anchors()) {
      if (b.anchors().stream().anyMatch(y -> same(x, y))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether two figures may be of one period: neither states another (2분기 and 3분기), nor is a
   * record of years before the other (2008년 베이징올림픽 때도 32개였다), unless the other names what
   * it names (1988년 서울 올림픽 33개 and 서울 올림픽(33개)).
   */
  private static boolean samePeriod(FigureMention a, FigureMention b) {
    return (a.reading() == null || b.reading() == null || !otherPeriods(a.reading().period(), b.reading().period()))
        && (historical(a) == historical(b) || anyMatch(a.names(), b.names()));
  }

  private static boolean besideEachOther(FigureMention a, FigureMention b) {
    return anyMatch(a.near(), b.anchors()) || anyMatch(b.near(), a.anchors());
  }

  /**
   * Figures linked into groups (union-find), where a group keeps the name its amounts are written
   * after (인천 14석) and the exact amount it states: groups of two different names never join, so
   * that a chain of shared words (인천 14석, 14석이 걸린 인천, 14석을 얻은 민주연합, 민주연합 14석) does
   * not make one fact of two, and groups of two different exact amounts never join, so that a
   * bounded amount that covers several (5조원대: 5조4685억원 earned, 5조1923억원 expected, 5조5739억원
   * in 2018) does not make them one.
   */
  private static final class Links {
    private final int[] parent;
    private final String[] owner;
    private final Quantity[] amount; // a group's exact amount, null when none: a record, not a string per figure
    private final int[] clock; // a group's time of day in minutes, -1 when none

    Links(List<FigureMention> figures, Map<Span, Claim> claimAt) {
      parent = new int[figures.size()];
      owner = new String[figures.size()];
      amount = new Quantity[figures.size()];
      clock = new int[figures.size()];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
        FigureMention m = figures.get(i);
        clock[i] = m.when() == null || m.when().minutes() == null ? -1 : m.when().minutes();
        Quantity exact = exact(m);
        amount[i] = exact;
        String o = m.reading() == null ? "" : m.reading().owner();
        owner[i] = m.names().contains(o) ? o : "";
        Claim c = claimAt.get(Span.of(m.evidence()));
        boolean small = m.value() instanceof Quantity q && q.unit() == QuantityUnit.COUNT && significantDigits(q) <= 1;
        boolean named = m.value() instanceof Quantity && c != null
            && (m.names().stream().anyMatch(n -> n.equalsIgnoreCase(c.subject().replace(" ", "")))
                || GenericNouns.standard().anyPlace(c.subject()).isPresent() && m.anchors().contains(c.subject()));
        if (owner[i].isEmpty() && c != null && !c.subject().isEmpty() && (small || named)) {
          // 양궁에서 은메달 1개, 펜싱에서 은메달 1개: the field a claim read for a small count, or
          // the name or place of the sentence a claim read as the owner (부산 67.5%, 경남 67.5%;
          // 홍천은 오후 4시께 41도로)
          owner[i] = c.subject();
        }
        boolean measureWord = !m.measure().isEmpty() && !o.isEmpty()
            && (m.measure().startsWith(o) || o.startsWith(m.measure()));
        if (owner[i].isEmpty() && small && !measureWord) {
          // △새로운미래 1석 △진보당 1석: the noun a small count is written after, unless it is
          // what the count measures (은 9개, 은메달 9개)
          owner[i] = o;
        }
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** Joins the groups of two figures unless they are of different names; whether they are one group now. */
    boolean union(int i, int j) {
      int a = find(i);
      int b = find(j);
      if (a == b) {
        return true;
      }
      if (!owner[a].isEmpty() && !owner[b].isEmpty() && !same(owner[a], owner[b]) || apart(a, b)) {
        return false;
      }
      join(a, b);
      return true;
    }

    /**
     * Joins the groups of two figures of an amount hardly any fact shares, also when their names
     * differ but one is written beside the other's figure (대전 of 대전(2만3417명) beside 대전
     * 한빛구장(2만3417명)): the place and the ground in it are one count; the group keeps the name
     * both sources write.
     */
    boolean unionBeside(int i, int j, List<FigureMention> figures) {
      int a = find(i);
      int b = find(j);
      if (a == b || owner[a].isEmpty() || owner[b].isEmpty() || same(owner[a], owner[b]) || apart(a, b)) {
        return union(i, j);
      }
      boolean aBesideJ = figures.get(j).near().stream().anyMatch(w -> same(w, owner[a]));
      boolean bBesideI = figures.get(i).near().stream().anyMatch(w -> same(w, owner[b]));
      if (!aBesideJ && !bBesideI) {
        return false;
      }
      String shared = aBesideJ ? owner[a] : owner[b];
      join(a, b);
      owner[b] = shared;
      return true;
    }

    /**
     * Whether two groups hold different exact amounts, or times of day further apart than the keyed
     * check allows ({@link ValueComparator#hedgedSlack}): a day written alone (2일) links with every
     * time of that day, but 2일 오전 3시 33분 and 2일 오전 9시 47분 are two moments, never one fact
     * (10시 30분께 and 10시 31분쯤 are one, told roughly).
     */
    private boolean apart(int a, int b) {
      return amount[a] != null && amount[b] != null && !amount[a].equals(amount[b])
          || clock[a] >= 0 && clock[b] >= 0
          && Math.abs(clock[a] - clock[b]) > ValueComparator.hedgedSlack(clock[a], clock[b]);
    }

    private void join(int a, int b) {
      parent[a] = b;
      if (clock[b] < 0) {
        clock[b] = clock[a];
      }
      if (owner[b].isEmpty()) {
        owner[b] = owner[a];
      }
      if (amount[b] == null) {
        amount[b] = amount[a];
      }
    }
  }

  /**
   * Whether two equal figures are about the same thing: a figure of one significant digit, which
   * many facts share, must be stated as a fact by both (or as a goal or forecast by both) and not
   * be written right after a different noun in each; then a word beside one is in the other's
   * clause, or two words are shared; for a figure few facts share (121만 대, 36,000명: two significant
   * digits or more), one shared word; for one hardly any share (144명, 1조3000억원: three or more,
   * and no percentage, which lists of regions or items repeat), none.
   */
  static boolean about(FigureMention a, FigureMention b) {
    if (!samePeriod(a, b) || a.reading() != null && b.reading() != null
        && !a.reading().edition().equals(b.reading().edition()) && !a.reading().edition().isEmpty()
        && !b.reading().edition().isEmpty()) {
      return false; // 2분기(0.6%) and 3분기(0.6%), 2008년 … 32개 and this event's 32개: two facts
    }
    if (forecast(a) != forecast(b)) {
      return false; // 영업이익 10조7700억원 expected and 10조7700억원 earned: a forecast is not the fact
    }
    int digits = a.when() == null ? significantDigits(a.value()) : 0;
    if (a.when() == null && digits <= 2 && a.reading() != null && b.reading() != null) {
      // 1개, 5개, 14석, 10%: many facts of an event share such a figure
      if (digits <= 1 && a.reading().forecast() != b.reading().forecast()) {
        return false; // 금메달 목표 5개 and 금메달 5개: a goal or a forecast is not the fact
      }
      String x = a.reading().owner();
      String y = b.reading().owner();
      // 은메달 1개 and 동메달 1개: each written right after what it counts; with two digits, only
      // names tell two facts apart so (인천 14석 and 민주연합 14석), nouns may be the measure itself
      boolean named = digits <= 1 || a.names().contains(x) && b.names().contains(y);
      if (!x.isEmpty() && !y.isEmpty() && !same(x, y) && named) {
        return false;
      }
    }
    if (anyMatch(a.near(), b.anchors()) || anyMatch(b.near(), a.anchors())) {
      return true;
    }
    if (hardlyShared(a)) {
      return true;
    }
    int needed = digits >= 2 ? 1 : 2;
    int shared = 0;
    for (String x : a.anchors()) {
      if (b.anchors().stream().anyMatch(y -> same(x, y)) && ++shared >= needed) {
        return true;
      }
    }
    return false;
  }

  /** Years between a figure's stated period and its article's date beyond which it is history, not news. */
  private static final int HISTORY_YEARS = 3;

  /**
   * Whether a figure is stated for a period {@value #HISTORY_YEARS} years or more before its article
   * was published (2008년 베이징올림픽 때, 2020년 5월 … 인하한 후, in an article of 2024): a record
   * or a precedent the article recalls. It never meets a figure given without such a period, which
   * is the event's own.
   */
  private static boolean historical(FigureMention m) {
    if (m.reading() == null || m.reading().period().length() < 4 || m.reading().published().length() < 4) {
      return false;
    }
    String period = m.reading().period();
    String published = m.reading().published();
    if (!Character.isDigit(period.charAt(0)) || !Character.isDigit(published.charAt(0))) {
      return false; // a year left unsaid (XXXX-Q2) is this year or the last
    }
    return Integer.parseInt(published.substring(0, 4)) - Integer.parseInt(period.substring(0, 4)) >= HISTORY_YEARS;
  }

  /**
   * Whether two stated periods cannot be one: both given, neither within the other (2023 holds
   * 2023-Q1), and different even where a year is left unsaid (XXXX-Q1 may be 2023-Q1).
   */
  private static boolean otherPeriods(String x, String y) {
    if (x.isEmpty() || y.isEmpty() || x.startsWith(y) || y.startsWith(x)) {
      return false;
    }
    if ((x.startsWith("XXXX") || y.startsWith("XXXX")) && x.length() > 4 && y.length() > 4) {
      return !x.substring(4).equals(y.substring(4));
    }
    return true;
  }

  /** The digits of an amount without leading and trailing zeros: 1210000 has three (121), 0.8 one. */
  private static int significantDigits(NormalizedValue v) {
    if (!(v instanceof Quantity q) || q.bound() == Bound.RANGE) {
      return 0;
    }
    String digits = q.value().abs().unscaledValue().toString().replaceAll("0+$", "");
    return digits.length();
  }

  private static boolean anyMatch(List<String> xs, List<String> ys) {
    for (String x : xs) {
      for (String y : ys) {
        if (same(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** One word, or a shorter name within a longer one (민주당 in 더불어민주당, 비례 in 비례대표). */
  static boolean same(String x, String y) {
    if (x.equalsIgnoreCase(y)) {
      return true;
    }
    String shorter = x.length() <= y.length() ? x : y;
    String longer = shorter == x ? y : x;
    return shorter.length() >= 2 && (longer.contains(shorter) || abbreviates(shorter, longer));
  }

  /**
   * Whether a short Hangul name is an abbreviation of a longer one, written with its first and
   * last syllables and some between, in order (국힘 of 국민의힘, 새미래 of 새로운미래).
   */
  static boolean abbreviates(String shorter, String longer) {
    if (shorter.length() > 3 || longer.length() > 6 || longer.length() <= shorter.length()
        || !hangul(shorter)
        || shorter.charAt(0) != longer.charAt(0)
        || shorter.charAt(shorter.length() - 1) != longer.charAt(longer.length() - 1)) {
      return false;
    }
    int at = 0;
    for (int i = 0; i < shorter.length(); i++) {
      at = longer.indexOf(shorter.charAt(i), at) + 1;
      if (at == 0) {
        return false;
      }
    }
    return true;
  }

  private java.util.Optional<Finding> corroborate(List<FigureMention> component, Map<Span, Claim> claimAt,
      Map<Span, Claim> amountEndingAt, Map<Span, Finding> agreementAt, Set<Owned> named, Statements stated,
      SourceGroups sources) {
    // in order of first meeting, each once by identity (a finding's hash reads all its claims)
    Set<Finding> met = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<Finding> agreements = new ArrayList<>();
    for (FigureMention m : component) {
      Finding f = agreementAt.get(Span.of(m.evidence()));
      if (f != null && met.add(f)) {
        agreements.add(f);
      }
    }
    for (Finding f : agreements) {
      Set<Span> spans = new java.util.HashSet<>();
      f.claims().forEach(c -> spans.add(Span.of(c.evidence())));
      if (component.stream().allMatch(m -> spans.contains(Span.of(m.evidence())))) {
        return java.util.Optional.empty(); // the keys found this agreement already
      }
    }
    Label read = label(component, claimAt, amountEndingAt, agreements);
    if (read == null) {
      return java.util.Optional.empty();
    }
    Label label = asPrevious(read, component);
    Map<Span, Claim> claims = new LinkedHashMap<>();
    NormalizedValue amount = exactAmount(component);
    // the sentences that tell equal figures apart, one of them read as the label's measure
    Set<SentenceOf> readAsLabel = sentencesReadAs(component, claimAt, label.attribute());
    for (Finding f : agreements) {
      if (!f.attribute().equals(label.attribute()) && component.stream()
          .anyMatch(m -> agreementAt.get(Span.of(m.evidence())) == f && readAsLabel.contains(SentenceOf.of(m)))) {
        continue; // 금메달 3개와 은메달 3개: the silver medals' agreement is not the golds'
      }
      if (f.claims().stream().anyMatch(c -> toldApart(c, label, stated) || ownedApart(c, label, named))) {
        // 7명이 숨졌다 beside 7명이 실종됐다: the deaths' agreement is not the missing persons'; 윤상현
        // 4위 in an article that gives 김민전 a 4위 too is not 김민전's
        continue;
      }
      // an agreement the keys found may hold amounts the component's does not cover (5조원대 with
      // 5조1923억원 expected, met at 5조원대 beside 5조4685억원 earned): those stay out
      f.claims().stream().filter(c -> amount == null || covers(c.value(), amount))
          .forEach(c -> claims.putIfAbsent(Span.of(c.evidence()), c));
    }
    // an agreement named after no one, among equal figures a sentence gives to two owners, holds
    // only the figures of no owner: 경북대 200명 and 전남대 200명 are two facts, not two sources of one
    boolean twoOwners = label.subject().isEmpty() && ownersApart(component, claimAt, label.attribute());
    if (twoOwners) {
      claims.values().removeIf(c -> !c.subject().isEmpty());
    }
    // by identity: the figures of one sentence share its text, read once (a run-on text stays linear)
    Map<String, Boolean> speaks = new java.util.IdentityHashMap<>();
    Map<String, String> spaceless = new java.util.IdentityHashMap<>();
    Set<Integer> labelMinutes = new java.util.HashSet<>();
    for (FigureMention m : component) {
      Claim c = claimAt.get(Span.of(m.evidence()));
      boolean labelled = c != null ? c.attribute().equals(label.attribute()) : same(m.measure(), label.attribute());
      if (labelled && m.when() != null && m.when().minutes() != null) {
        labelMinutes.add(m.when().minutes());
      }
    }
    for (FigureMention m : component) {
      Claim c = claimAt.get(Span.of(m.evidence()));
      if ((c == null || !c.attribute().equals(label.attribute())) && m.when() != null
          && !(hardlyShared(m) && labelMinutes.contains(m.when().minutes()))
          && !speaks.computeIfAbsent(m.evidence().sentence(), x -> mentions(x, label))) {
        // 이날 입장문을 냈다, on the day of the results: that day, but not what the label names (a
        // minute, 오후 7시 52분, is the moment itself when a claim of the label states that minute;
        // 오후 10시 43분 대응 1단계를 발령했고 is not when an accident of the 29th happened)
        continue;
      }
      if (c != null && ownedApart(c, label, named)) {
        // 민간소비 성장률이 1.8%로 … 정부소비 성장률도 1.8%로: an article that names both owners of
        // the measure tells their figures apart, whatever other articles' equal figures are
        continue;
      }
      if (c == null && m.value() instanceof Quantity && catalog.isMeasure(m.measure()) && catalog.isMeasure(label.attribute())
          && !same(m.measure(), label.attribute())) {
        continue; // 사망자 중 여성은 3명: deaths, whatever another source's 중상자 3명 was
      }
      if (c != null && (!c.attribute().equals(label.attribute()) && readAsLabel.contains(SentenceOf.of(m))
          || toldApart(c, label, stated) && !same(m.measure(), label.attribute()))) {
        continue; // 금메달 3개와 은메달 3개: the silver medals read as such are not the golds the label names
      }
      if (twoOwners && c != null && !c.subject().isEmpty()) {
        continue;
      }
      String own = c == null ? namedOwner(m) : "";
      if (!own.isEmpty() && m.names().size() > 1 && !label.subject().isEmpty() && !same(own, label.subject())
          && m.near().stream().noneMatch(w -> same(w, label.subject()))) {
        // ▲전남대 125명 ▲충북대 …: one item of a list is not 조선대's 125명, whatever another source
        // read for it; but 대전 한빛구장(2만3417명) is 대전's, the name written beside it
        continue;
      }
      if (readAsAnother(m, label.subject(), spaceless)) {
        continue; // 마이크론(11.1%), SK하이닉스(9.9%): the 11.1% is not SK하이닉스's, whatever another source says of it
      }
      String owner = label.subject().isEmpty() ? own : "";
      // a figure written after its own name keeps it where the label names no one (일본은 3위)
      claims.putIfAbsent(Span.of(m.evidence()), c != null ? c
          : new Claim(owner.isEmpty() ? label.subject() : owner, label.attribute(), m.value(),
              forecastAsRead(label.qualifiers(), m), m.evidence(), ""));
    }
    if (claims.values().stream().map(c -> sources.sourceOf(c.evidence().articleId())).distinct().count() < 2) {
      return java.util.Optional.empty();
    }
    List<Claim> ordered = new ArrayList<>(claims.values());
    ordered.sort(Comparator.comparing(Claim::evidence, CrossChecker.EVIDENCE_ORDER));
    return java.util.Optional.of(new Finding(label.subject(), label.attribute(), label.qualifiers(), Verdict.AGREEMENT,
        ordered, Describe.agreement(ordered) + CrossChecker.copyNote(ordered, sources)));
  }

  /**
   * Whether a claim of the label's measure names another owner than the label in an article that
   * names the label's owner with that measure too: the article tells the two owners' figures apart.
   */
  private static boolean ownedApart(Claim c, Label label, Set<Owned> named) {
    return c.attribute().equals(label.attribute()) && !c.subject().isEmpty() && !label.subject().isEmpty()
        && !same(c.subject(), label.subject())
        && named.contains(new Owned(c.evidence().articleId(), label.attribute(), label.subject()));
  }

  /**
   * Whether a claim's article tells the people it counts apart from those the label counts, both
   * measures of the catalog: it states the same count as the label's measure elsewhere (7명이
   * 숨졌다 and 7명이 실종됐다 in one article are two facts, whatever other articles' equal figures
   * are read as), unless the figure itself was read as the label's measure too (the caller asks
   * the words beside it when no claim of the label is at hand there). Amounts are left
   * to the label: one article's 200억 달러 read as an investment in one sentence and as its cap in
   * another is more often one figure misread.
   */
  private boolean toldApart(Claim c, Label label, Statements stated) {
    return c.value() instanceof Quantity q && q.unit() == QuantityUnit.PERSONS && catalog.isMeasure(c.attribute())
        && catalog.isMeasure(label.attribute()) && !same(c.attribute(), label.attribute())
        && stated.elsewhereAs(c, label.attribute());
  }

  /**
   * Whether one sentence, by the claims read at a component's figures as {@code attribute}, gives
   * equal figures to two owners (▲단국대 120명 ▲성균관대 120명): it tells them apart itself, two
   * names of which one holds the other (민주당, 더불어민주당) counted as one.
   */
  private static boolean ownersApart(List<FigureMention> component, Map<Span, Claim> claimAt, String attribute) {
    Map<SentenceOf, List<String>> owners = new HashMap<>();
    for (FigureMention m : component) {
      Claim c = claimAt.get(Span.of(m.evidence()));
      if (c == null || !c.attribute().equals(attribute) || c.subject().isEmpty()) {
        continue;
      }
      List<String> ofSentence = owners.computeIfAbsent(SentenceOf.of(m), k -> new ArrayList<>());
      if (ofSentence.stream().noneMatch(o -> same(o, c.subject()))) {
        ofSentence.add(c.subject());
        if (ofSentence.size() >= 2) {
          return true;
        }
      }
    }
    return false;
  }

  /** A sentence of an article. */
  private record SentenceOf(String articleId, int sentenceIndex) {
    static SentenceOf of(FigureMention m) {
      return new SentenceOf(m.evidence().articleId(), m.evidence().sentenceIndex());
    }
  }

  /**
   * The sentences in which a figure of the component is read as {@code attribute}: another equal
   * figure of such a sentence read as another measure is that measure's (금메달 3개와 은메달 3개).
   */
  private static Set<SentenceOf> sentencesReadAs(List<FigureMention> component, Map<Span, Claim> claimAt, String attribute) {
    Set<SentenceOf> out = new java.util.HashSet<>();
    for (FigureMention m : component) {
      Claim c = claimAt.get(Span.of(m.evidence()));
      if (c != null && c.attribute().equals(attribute)) {
        out.add(SentenceOf.of(m));
      }
    }
    return out;
  }

  /**
   * Whether a figure is written in brackets after an owner other than {@code subject}, a name its
   * sentence writes apart (마이크론(11.1%), SK하이닉스(9.9%)): the sentence tells the two apart. A
   * name written right before the owner is the owner's place (대전 한빛구장(2만3417명) is 대전's).
   * {@code spaceless}: each sentence without its spaces, by identity.
   */
  private static boolean readAsAnother(FigureMention m, String subject, Map<String, String> spaceless) {
    String read = m.reading() == null ? "" : m.reading().owner();
    if (read.isEmpty() || subject.isEmpty() || same(read, subject) || m.names().stream().noneMatch(n -> same(n, subject))) {
      return false;
    }
    // by identity, one sentence's text once: the figures of a run-on text share it
    String sentence = spaceless.computeIfAbsent(m.evidence().sentence(), x -> x.replace(" ", ""));
    String owner = read.replace(" ", "");
    int at = sentence.indexOf(owner + "(" + m.evidence().text().replace(" ", ""));
    // 1002억 8만 달러(5.3%): a unit, not an owner
    boolean unit = at > 0 && (Character.isDigit(sentence.charAt(at - 1)) || NUMBER_WORDS.indexOf(sentence.charAt(at - 1)) >= 0);
    return at >= 0 && !unit && !sentence.contains(subject.replace(" ", "") + owner);
  }

  /** The characters a Korean amount may end in before its unit (8만 달러). */
  private static final String NUMBER_WORDS = "십백천만억조";

  /** The name of its sentence a figure is written right after (일본은 3위), or empty. */
  private static String namedOwner(FigureMention m) {
    String owner = m.reading() == null ? "" : m.reading().owner();
    return m.names().contains(owner) ? owner : "";
  }

  /** Months after the end of a period within which it is still the news of an article. */
  private static final int NEWS_MONTHS = 12;

  /**
   * A claim's qualifiers as the label of figures most of which state no period and were published
   * more than {@value #NEWS_MONTHS} months after the claim's period ended: without that period.
   * 작년 1월 3.25%에서 3.50%로 오른 names the month the rate rose to 3.50%; the 3.50% other
   * sources write of the rate now (현재 연 3.5% 수준인 기준금리) is not of that month.
   */
  private static List<String> withoutPastPeriod(List<String> qualifiers, List<FigureMention> component) {
    String period = qualifiers.stream().filter(q -> q.startsWith("period=")).findFirst().orElse(null);
    java.time.LocalDate end = period == null ? null : periodEnd(period.substring("period=".length()));
    if (end == null) {
      return qualifiers;
    }
    long now = component.stream().filter(m -> m.reading() != null && m.reading().period().isEmpty()
        && !m.reading().published().isEmpty()
        && end.plusMonths(NEWS_MONTHS).isBefore(java.time.LocalDate.parse(m.reading().published()))).count();
    if (2 * now <= component.size()) {
      return qualifiers;
    }
    return qualifiers.stream().filter(q -> !q.equals(period)).toList();
  }

  /** The last day of a period as claims write it (2023, 2023-01, 2023-Q4), or null when its year is not said or it is no time. */
  private static java.time.LocalDate periodEnd(String period) {
    try {
      dev.sasil.factcheck.time.TimeValue t = dev.sasil.factcheck.time.TimeValue.parse(period);
      return t.yearKnown() ? t.lastDay() : null;
    } catch (IllegalArgumentException e) {
      return null; // a period written otherwise (a clock time, a stretch): no end to count from
    }
  }

  /** The exact amount the figures of a component state (one at most: {@link Links}), or null. */
  private static NormalizedValue exactAmount(List<FigureMention> component) {
    for (FigureMention m : component) {
      Quantity q = exact(m);
      if (q != null) {
        return q;
      }
    }
    return null;
  }

  /** A figure's amount when it is exact (not a time, a bound or a range), else null. */
  private static Quantity exact(FigureMention m) {
    return m.when() == null && m.value() instanceof Quantity q && q.bound() == Bound.EXACT ? q : null;
  }

  /**
   * Whether a value may be the amount: not an amount, or one the comparator finds compatible with
   * it (a rounding of it, a bound or range that holds it).
   */
  private boolean covers(NormalizedValue v, NormalizedValue amount) {
    return !(v instanceof Quantity) || v.equals(amount) || comparator.compare(v, amount).relation().compatible();
  }

  /**
   * Whether a day no claim read speaks of what the label of its agreement names: its sentence
   * holds the first two syllables of the label's attribute or subject (사전 판매 for 사전예약판매,
   * 잠정 집계 for 잠정실적); a label of a canonical attribute (released) is not checked. Else the
   * day would be filed under an event its sentence does not speak of (이날 입장문을 냈다, on the
   * day of the results).
   */
  private static boolean mentions(String text, Label label) {
    if (!hangul(label.attribute())) {
      return true;
    }
    String sentence = text.replace(" ", "");
    String subject = label.subject().replace(" ", "");
    // a name may hold digits after its first syllables (궁평2지하차도)
    return sentence.contains(label.attribute().substring(0, 2))
        || subject.length() >= 2 && hangul(subject.substring(0, 2)) && sentence.contains(subject.substring(0, 2));
  }

  /** Whether a word is of two Hangul syllables or more. */
  private static boolean hangul(String word) {
    return word.length() >= 2 && word.chars().allMatch(Hangul::isSyllable);
  }

  /**
   * The name of a new agreement: the agreement it grows, else the claim most of its figures were
   * read as (the first in text order on a tie), else what its figures' clauses measure, else the
   * words its figures share; null for days nothing names (no agreement then).
   */
  private Label label(List<FigureMention> component, Map<Span, Claim> claimAt, Map<Span, Claim> amountEndingAt,
      List<Finding> agreements) {
    if (!agreements.isEmpty()) {
      // the agreement most of its figures are in (the first on a tie): one that met a single
      // figure of it (금리 격차 3.25%) does not name the others (기준금리 3.25%)
      Finding best = null;
      long most = 0;
      for (Finding f : agreements) {
        Set<Span> spans = new java.util.HashSet<>();
        f.claims().forEach(c -> spans.add(Span.of(c.evidence())));
        long in = component.stream().filter(m -> spans.contains(Span.of(m.evidence()))).count();
        if (in > most) {
          best = f;
          most = in;
        }
      }
      return new Label(best.subject(), best.attribute(), best.qualifiers());
    }
    // the attribute most of its figures were read as, a figure no claim read voting for the
    // attribute its clause measures (기준금리 3.25%, not the 금리 격차 a bracket was misread as);
    // then, of the claims of that attribute, the subject most of them name
    Map<String, Integer> attributeVotes = new LinkedHashMap<>();
    List<Claim> read = new ArrayList<>();
    for (FigureMention m : component) {
      Claim c = claimAt.get(Span.of(m.evidence()));
      if (c != null) {
        read.add(c);
        attributeVotes.merge(c.attribute(), 1, Integer::sum);
      }
    }
    if (!read.isEmpty()) {
      for (FigureMention m : component) {
        if (!m.measure().isEmpty() && claimAt.get(Span.of(m.evidence())) == null) {
          for (String attribute : List.copyOf(attributeVotes.keySet())) {
            if (same(attribute, m.measure())) {
              attributeVotes.merge(attribute, 1, Integer::sum);
            }
          }
        }
      }
      // a measure the catalog knows names it before an open lemma (득표율, not the 후보 a title was read as)
      Map<String, Integer> known = new LinkedHashMap<>(attributeVotes);
      known.keySet().removeIf(a -> !catalog.knows(a));
      String attribute = mostVoted(known.isEmpty() ? attributeVotes : known);
      Map<String, Integer> subjectVotes = new LinkedHashMap<>();
      for (Claim c : read) {
        if (c.attribute().equals(attribute)) {
          subjectVotes.merge(c.subject(), 1, Integer::sum);
        }
      }
      String subject = mostVoted(subjectVotes);
      // the qualifiers most of those claims carry: one claim's moment (투표율 67% as of 18:00, in the
      // outlet that wrote the evening's figure first) does not label the final figure of the others
      Map<List<String>, Integer> qualifierVotes = new LinkedHashMap<>();
      for (Claim c : read) {
        if (c.attribute().equals(attribute) && c.subject().equals(subject)) {
          qualifierVotes.merge(CrossChecker.keyQualifiers(c), 1, Integer::sum);
        }
      }
      List<String> qualifiers = mostVoted(qualifierVotes);
      return new Label(subject, attribute, withoutPastPeriod(qualifiers, component));
    }
    // what most figures' clauses say they count or date, owned by the noun every source writes before it
    FigureMention first = component.get(0);
    Map<String, Integer> measures = new LinkedHashMap<>();
    // one vote per article: two days of one sentence (10일 밤부터 이날 정오까지 늘어났다) are one source's word
    Set<String> voted = new java.util.HashSet<>();
    component.stream().filter(m -> !m.measure().isEmpty() && voted.add(m.evidence().articleId() + ' ' + m.measure()))
        .forEach(m -> measures.merge(m.measure(), 1, Integer::sum));
    String measure = measures.isEmpty() ? "" : mostVoted(measures);
    boolean days = component.stream().allMatch(m -> m.when() != null);
    if (days && measure.isEmpty()) {
      return null; // days no claim and no predicate names: the same date, not yet the same fact
    }
    String owner = first.reading() == null ? "" : first.reading().owner();
    boolean ownerShared = !owner.isEmpty()
        && component.stream().allMatch(m -> m.reading() != null && same(owner, m.reading().owner()));
    List<String> qualifiers = new ArrayList<>(sharedPeriod(component));
    aim(component).ifPresent(qualifiers::add);
    if (!measure.isEmpty()) {
      String named = ownerShared ? owner
          : sharedName(first.names(), component, first).or(() -> namedByMost(component)).orElse("");
      String what = changes(component) && !measure.endsWith(CHANGE) ? measure + " " + CHANGE : measure;
      return new Label(named.equals(measure) ? "" : named, what, qualifiers);
    }
    Set<String> owners = new java.util.TreeSet<>();
    component.forEach(m -> owners.add(m.reading() == null ? "" : m.reading().owner()));
    owners.remove("");
    if (!owners.isEmpty() && component.stream().allMatch(Corroborations::derivedShare)) {
      // 재학생이 34만777명(65.2%): the share of the item the figures follow, whichever sources name
      // it; the item most of them follow when they differ (남학생 and 남학생 지원자), never a word
      // one source writes nearby (the next item's 여학생)
      Map<String, Integer> votes = new LinkedHashMap<>();
      for (FigureMention m : component) {
        String item = subjectBefore(m, amountEndingAt);
        votes.merge(item.isEmpty() ? m.reading().owner() : item, 1, Integer::sum);
      }
      votes.remove("");
      return new Label(mostVoted(votes), MeasureLexicon.SHARE, qualifiers);
    }
    // else the words every source says beside its figure: a name is the subject, the nearest other word what is counted
    // the owner every figure is read after comes first (울산 of 부산 61.4%, 울산 63.9%)
    String subject = ownerShared && first.names().contains(owner) ? owner
        : sharedName(first.names(), component, first).or(() -> namedByMost(component)).orElse("");
    // a place is where a figure was counted, never what it counts (미국 4.75~5.00%), nor is a
    // person's title (나경원 후보 14.58%, 박근혜 전 대통령 66세)
    List<String> things = first.anchors().stream()
        .filter(x -> !first.names().contains(x) && GenericNouns.standard().anyPlace(x).isEmpty()
            && !GenericNouns.standard().isTitle(x)).toList();
    // a word half the sources or more write beside it, never one source's nearest word alone (미세조정,
    // a headline's 종합, the next item's name)
    String attribute = shared(things, component, first).or(() -> heldByMost(things, component)).orElse("");
    if (attribute.isEmpty()) {
      return null; // nothing says what they are
    }
    if (component.stream().allMatch(Corroborations::uncountedSpan)) {
      // 1948년 수출을 시작한 이후 70년 만의 최대 실적, 구속 수감된 지 370일 만이다: how long after
      // something, which the shared word may name as its start, its end or neither (시작, 수감, 최대):
      // it says what the span is about, not what it measures
      qualifiers.add(ABOUT + attribute);
      return new Label(subject, ELAPSED, qualifiers);
    }
    // 출산연령은 33.6세로, 0.1세 상승: the rise, not the age
    return new Label(subject, changes(component) ? attribute + " " + CHANGE : attribute, qualifiers);
  }

  /** What an agreement of spans no claim read measures: how long after something (경과). */
  static final String ELAPSED = "경과";
  /** The qualifier of the word such spans are written with. */
  private static final String ABOUT = "about=";

  /** Whether a figure is a span counted to something (370일 만이다) that no frame read a measure for. */
  private static boolean uncountedSpan(FigureMention m) {
    return m.when() == null && m.measure().isEmpty() && m.value() instanceof Quantity q && q.unit() == QuantityUnit.DURATION;
  }

  /** What the size of a change of a measure is named after it (투표율 증감), as a figure's clause names it. */
  private static final String CHANGE = MeasureLexicon.CHANGE;

  /**
   * Whether every figure is read as the size of a change of what it measures (0.1세 상승, 2042명
   * 증가), in a unit other than a percentage (a growth rate is its own measure): the agreement is
   * on the change, named as claims name one.
   */
  private static boolean changes(List<FigureMention> component) {
    return component.stream().allMatch(m -> m.reading() != null && m.reading().change()
        && m.value() instanceof Quantity q && q.unit() != QuantityUnit.PERCENT);
  }

  /**
   * The subject of the claim read at the amount a share's bracket is glued to (남학생이 26만8699명
   * (51.4%): 남학생); empty when none names one.
   */
  private static String subjectBefore(FigureMention share, Map<Span, Claim> amountEndingAt) {
    Evidence e = share.evidence();
    Claim amount = amountEndingAt.get(new Span(e.articleId(), e.start() - 1, e.start() - 1));
    return amount == null ? "" : amount.subject();
  }

  /** Whether a figure is a percentage in brackets after an amount, the share that amount is (34만777명(65.2%)). */
  private static boolean derivedShare(FigureMention m) {
    return m.reading() != null && !m.reading().plain() && !m.reading().forecast()
        && m.value() instanceof Quantity q && q.unit() == QuantityUnit.PERCENT;
  }

  /**
   * What a group of figures all stated as a goal, an expectation or a condition says it is:
   * target when every sentence names a 목표 (종합 순위 15위를 목표로), condition when every figure is
   * a rule's threshold (8% 이상 하락하면), else forecast; empty when any is a plain fact.
   */
  private static java.util.Optional<String> aim(List<FigureMention> component) {
    if (!component.stream().allMatch(m -> m.reading() != null && m.reading().forecast())) {
      return java.util.Optional.empty();
    }
    if (component.stream().allMatch(m -> m.reading().condition())) {
      return java.util.Optional.of(CONDITION);
    }
    return java.util.Optional.of(component.stream().allMatch(m -> m.evidence().sentence().contains("목표")) ? "target" : FORECAST);
  }

  /** The period every figure of a group was read with, as a qualifier (2022년 1분기(77조7800억원)); none when any differs or lacks one. */
  private static List<String> sharedPeriod(List<FigureMention> component) {
    String period = null;
    for (FigureMention m : component) {
      String p = m.reading() == null ? "" : m.reading().period();
      if (p.isEmpty() || period != null && !period.equals(p)) {
        return List.of();
      }
      period = p;
    }
    return period == null ? List.of() : List.of("period=" + period);
  }

  /** The key with the most votes, the first on a tie. */
  private static <K> K mostVoted(Map<K, Integer> votes) {
    K best = null;
    for (Map.Entry<K, Integer> e : votes.entrySet()) {
      if (best == null || e.getValue() > votes.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * The name that most articles of a component write in their figure's clause, when two or more
   * and at least half of them do (한국은행 beside the meeting's day in three of five reports); the
   * first such name on a tie.
   */
  private static java.util.Optional<String> namedByMost(List<FigureMention> component) {
    Map<String, Set<String>> articlesByName = new LinkedHashMap<>();
    Set<String> articles = new java.util.HashSet<>();
    for (FigureMention m : component) {
      articles.add(m.evidence().articleId());
      for (String n : m.names()) {
        articlesByName.computeIfAbsent(n, k -> new java.util.HashSet<>()).add(m.evidence().articleId());
      }
    }
    String best = null;
    for (Map.Entry<String, Set<String>> e : articlesByName.entrySet()) {
      if (best == null || e.getValue().size() > articlesByName.get(best).size()) {
        best = e.getKey();
      }
    }
    int by = best == null ? 0 : articlesByName.get(best).size();
    return by >= 2 && 2 * by >= articles.size() ? java.util.Optional.of(best) : java.util.Optional.empty();
  }

  /** The first of {@code words} the figures of half the component's articles or more have among their anchors (two at least). */
  private static java.util.Optional<String> heldByMost(List<String> words, List<FigureMention> component) {
    Set<String> articles = new java.util.HashSet<>();
    component.forEach(m -> articles.add(m.evidence().articleId()));
    for (String x : words) {
      Set<String> holding = new java.util.HashSet<>();
      component.stream().filter(m -> m.anchors().stream().anyMatch(y -> same(x, y)))
          .forEach(m -> holding.add(m.evidence().articleId()));
      if (holding.size() >= 2 && 2 * holding.size() >= articles.size()) {
        return java.util.Optional.of(x);
      }
    }
    return java.util.Optional.empty();
  }

  /** The first of {@code words} that every figure of another article of the component has among its anchors. */
  private static java.util.Optional<String> shared(List<String> words, List<FigureMention> component, FigureMention first) {
    return shared(words, component, first, Corroborations::same);
  }

  /**
   * The first of {@code names} that every figure of another article of the component has among
   * its anchors, written whole or abbreviated: a shorter word inside the name is no mention of it
   * (영화 beside another article's figure does not write 한국영화).
   */
  private static java.util.Optional<String> sharedName(List<String> names, List<FigureMention> component,
      FigureMention first) {
    return shared(names, component, first, (x, y) -> y.length() >= x.length() ? same(x, y) : abbreviates(y, x));
  }

  private static java.util.Optional<String> shared(List<String> words, List<FigureMention> component, FigureMention first,
      java.util.function.BiPredicate<String, String> writes) {
    for (String x : words) {
      boolean everywhere = component.stream().filter(m -> !m.evidence().articleId().equals(first.evidence().articleId()))
          .allMatch(m -> m.anchors().stream().anyMatch(y -> writes.test(x, y)));
      if (everywhere) {
        return java.util.Optional.of(x);
      }
    }
    return java.util.Optional.empty();
  }
}
