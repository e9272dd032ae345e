package dev.sasil.factcheck.crosscheck;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.entity.Regions;
import dev.sasil.factcheck.extract.AttributeCatalog;
import dev.sasil.factcheck.extract.ExtractedClaim;
import dev.sasil.factcheck.extract.Extraction;
import dev.sasil.factcheck.extract.FigureMention;
import dev.sasil.factcheck.extract.FigureReading;
import dev.sasil.factcheck.extract.MeasureLexicon;
import dev.sasil.factcheck.extract.GenericNouns;
import dev.sasil.factcheck.extract.PendingDerivation;
import dev.sasil.factcheck.extract.TimeShift;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.time.ClockTime;
import dev.sasil.factcheck.time.PartialTime;
import dev.sasil.factcheck.time.TimeValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-checks claims of several articles: claims are grouped by (subject, attribute,
 * qualifiers) with a hash map, never compared all against all; each group's values are split
 * into clusters of compatible values and given a verdict. Sources are counted, not articles:
 * copies of one text ({@link SourceGroups}) are one source. A contradiction needs two firm claims
 * of different sources whose values conflict for an attribute with one true value; otherwise
 * each cluster is an agreement (two sources or more) or single-source. Findings are ordered
 * contradictions first, then agreements, then single-source; ties by subject, attribute and first
 * evidence. Immutable and thread-safe.
 */
public final class CrossChecker {

  /** The most days between the unveiling and the sale of one product. */
  private static final int STAGE_GAP_DAYS = 120;

  static final Comparator<Evidence> EVIDENCE_ORDER = Comparator.comparing(Evidence::articleId)
      .thenComparingInt(Evidence::sentenceIndex).thenComparingInt(Evidence::start).thenComparingInt(Evidence::end);
  private static final Comparator<ExtractedClaim> CLAIM_ORDER =
      Comparator.comparing((ExtractedClaim c) -> c.claim().evidence(), EVIDENCE_ORDER)
          .thenComparing(c -> c.claim().value().normalized())
          .thenComparing(c -> c.claim().derivation());
  static final Comparator<Finding> FINDING_ORDER = Comparator.comparing(Finding::verdict)
      .thenComparing(Finding::subject).thenComparing(Finding::attribute)
      .thenComparing(Finding::qualifiers, CrossChecker::compareLists)
      .thenComparing(f -> f.claims().get(0).evidence(), EVIDENCE_ORDER);

  private final AttributeCatalog catalog;
  private final ValueComparator comparator = new ValueComparator();
  private final Corroborations corroborations;

  public CrossChecker(AttributeCatalog catalog) {
    this.catalog = catalog;
    this.corroborations = new Corroborations(catalog);
  }

  public static CrossChecker standard() {
    return new CrossChecker(AttributeCatalog.standard());
  }

  /** Checks claims all taken as firm. */
  public List<Finding> check(List<Claim> claims) {
    return check(new Extraction(claims.stream().map(c -> new ExtractedClaim(c, true)).toList(), List.of()));
  }

  /**
   * Checks the claims of an extraction, deriving pending claims from other articles where they
   * can be; every article is its own source.
   */
  public List<Finding> check(Extraction extraction) {
    return check(extraction, SourceGroups.separate());
  }

  /**
   * Checks the claims of an extraction, deriving pending claims from other articles where they
   * can be; the articles of one group of {@code sources} count as one source. This is the four
   * steps that a cluster runs apart, run here one after another: {@link #derive(List, List, SourceGroups)},
   * {@link #checkPartition} for the claims of each {@link #partitionKey}, {@link #merge} and
   * {@link #corroborate}.
   */
  public List<Finding> check(Extraction extraction, SourceGroups sources) {
    List<ExtractedClaim> claims = new ArrayList<>(extraction.claims());
    claims.addAll(derive(extraction.pending(), extraction.claims(), sources));
    Map<String, List<ExtractedClaim>> partitions = new java.util.TreeMap<>();
    for (ExtractedClaim c : claims) {
      partitions.computeIfAbsent(partitionKey(c.claim()), k -> new ArrayList<>()).add(c);
    }
    List<KeyedFinding> keyed = new ArrayList<>();
    for (List<ExtractedClaim> partition : partitions.values()) {
      keyed.addAll(checkPartition(partition, sources));
    }
    return corroborate(merge(keyed), extraction.figures(), sources);
  }

  /**
   * A finding with its place in the cross-check's order, for {@link #merge}: the key of the group
   * of claims it came from and its position among that group's findings.
   *
   * @param key the group's key (subject, attribute and qualifiers)
   * @param index the finding's position among the findings of its group, from 0
   * @param finding the finding
   */
  public record KeyedFinding(String key, int index, Finding finding) implements java.io.Serializable {

    public KeyedFinding {
      java.util.Objects.requireNonNull(key, "key");
      java.util.Objects.requireNonNull(finding, "finding");
    }
  }

  /**
   * The key that keeps together every claim that {@link #checkPartition} may compare or join:
   * the attribute of the claim's group key. Claims of different partition keys never meet in the
   * keyed check.
   */
  public static String partitionKey(Claim c) {
    return c.attribute();
  }

  /** The key under which a claim can be the base event of a pending derivation: its subject and attribute. */
  public static String baseKey(Claim c) {
    return c.subject() + '\u0000' + c.attribute();
  }

  /** The key of the claims a pending derivation counts from: its base's subject and attribute. */
  public static String baseKey(PendingDerivation p) {
    return p.baseSubject() + '\u0000' + p.baseAttribute();
  }

  /**
   * The claims made definite by another article's more precise date of their base event, in the
   * order of {@code pending}. {@code claims} need only hold the claims of the pending
   * derivations' {@link #baseKey}s, in extraction order. A base without an owner counts only
   * from articles of the same story.
   */
  public List<ExtractedClaim> derive(List<PendingDerivation> pending, List<ExtractedClaim> claims,
      SourceGroups sources) {
    if (pending.isEmpty()) {
      return List.of();
    }
    Map<String, List<ExtractedClaim>> bySubjectAttribute = new HashMap<>();
    for (ExtractedClaim c : claims) {
      bySubjectAttribute.computeIfAbsent(baseKey(c.claim()), k -> new ArrayList<>()).add(c);
    }
    List<ExtractedClaim> derived = new ArrayList<>();
    for (PendingDerivation p : pending) {
      derive(p, bySubjectAttribute.getOrDefault(baseKey(p), List.of()), sources).ifPresent(derived::add);
    }
    return derived;
  }

  /**
   * The findings of the claims of one or more {@link #partitionKey}s, each with its place for
   * {@link #merge}. {@code claims} come in extraction order (article, then sentence), derived
   * claims last in the order of their pending derivations: the order decides ties.
   */
  public List<KeyedFinding> checkPartition(List<ExtractedClaim> claims, SourceGroups sources) {
    Map<String, List<ExtractedClaim>> groups = new HashMap<>();
    for (ExtractedClaim c : claims) {
      groups.computeIfAbsent(key(c.claim(), sources), k -> new ArrayList<>()).add(c);
    }
    joinUnqualified(groups);
    joinShortened(groups);
    joinUnderspecified(groups, sources);
    List<String> keys = new ArrayList<>(groups.keySet());
    keys.sort(Comparator.naturalOrder());
    List<KeyedFinding> out = new ArrayList<>();
    for (String k : keys) {
      List<ExtractedClaim> group = new ArrayList<>(groups.get(k));
      group.sort(CLAIM_ORDER);
      List<Finding> findings = verdicts(group, sources);
      for (int i = 0; i < findings.size(); i++) {
        out.add(new KeyedFinding(k, i, findings.get(i)));
      }
    }
    return out;
  }

  /**
   * The keyed findings of every partition in the cross-check's order: contradictions first, then
   * agreements, then single-source; ties by subject, attribute and first evidence. The result is
   * the same whatever the order of {@code keyed}.
   */
  public static List<Finding> merge(java.util.Collection<KeyedFinding> keyed) {
    // keys sort as (subject, attribute, qualifiers) and each group's findings come in order of
    // their first evidence, so sorting by verdict, key and place gives FINDING_ORDER
    List<KeyedFinding> sorted = new ArrayList<>(keyed);
    sorted.sort(Comparator.comparing((KeyedFinding k) -> k.finding().verdict()).thenComparing(KeyedFinding::key)
        .thenComparingInt(KeyedFinding::index));
    List<Finding> findings = new ArrayList<>(sorted.size());
    sorted.forEach(k -> findings.add(k.finding()));
    if (!isSorted(findings)) {
      // a subject or attribute holding the key's separator characters (text that is no news)
      // breaks the keys' order; the findings' own order decides
      findings.sort(FINDING_ORDER);
    }
    return List.copyOf(findings);
  }

  /**
   * The merged findings with the agreements and contradictions that the figures of the articles
   * add beyond the claims' keys ({@code Corroborations}, {@code Disagreements}): this step sees
   * every figure and finding of the articles checked together. A time written without its day
   * then takes the day its agreement gives it ({@code AgreedDays}).
   */
  public List<Finding> corroborate(List<Finding> merged, List<FigureMention> figures, SourceGroups sources) {
    return AgreedDays.apply(corroborations.apply(List.copyOf(merged), figures, sources));
  }

  /**
   * A claim that does not say which organization (물러났다, without 오픈AI) joins the one group of
   * its subject and attribute that does (left [from=오픈AI]), when there is exactly one: it can
   * then agree, but it is not firm enough to contradict.
   */
  private static void joinUnqualified(Map<String, List<ExtractedClaim>> groups) {
    Map<String, List<String>> qualified = new HashMap<>();
    for (String k : groups.keySet()) {
      GroupKey g = GroupKey.parse(k);
      if (!g.qualifiers().isEmpty() && relationOnly(g.qualifiers().keySet())) {
        qualified.computeIfAbsent(g.withoutQualifiers(), x -> new ArrayList<>()).add(k);
      }
    }
    if (qualified.isEmpty()) {
      return;
    }
    List<String> bare = new ArrayList<>();
    for (String k : groups.keySet()) {
      GroupKey g = GroupKey.parse(k);
      if (g.qualifiers().isEmpty() && qualified.getOrDefault(k, List.of()).size() == 1) {
        bare.add(k);
      }
    }
    bare.sort(Comparator.naturalOrder());
    for (String k : bare) {
      String target = qualified.get(k).get(0);
      for (ExtractedClaim c : groups.remove(k)) {
        groups.get(target).add(new ExtractedClaim(c.claim(), false, c.stage()));
      }
    }
  }

  /**
   * An event whose subject is the last part of another's (계엄 of 비상계엄, both 선포) joins the one
   * group of its attribute and qualifiers whose subject ends in it, when there is exactly one: a
   * noun written short names the same happening. Only groups of times: a figure of 수출 is no
   * figure of 반도체 수출.
   */
  private static void joinShortened(Map<String, List<ExtractedClaim>> groups) {
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, List<ExtractedClaim>> e : groups.entrySet()) {
      if (times(e.getValue())) {
        keys.add(e.getKey());
      }
    }
    keys.sort(Comparator.naturalOrder());
    // each group of times under every shorter ending of its subject (two syllables or more) and
    // the rest of its key: one pass, not every pair of groups
    Map<String, List<String>> byEnding = new HashMap<>();
    for (String o : keys) {
      String subject = GroupKey.parse(o).subject();
      String rest = o.substring(subject.length());
      for (int i = 1; i + 2 <= subject.length(); i++) {
        byEnding.computeIfAbsent(subject.substring(i) + rest, x -> new ArrayList<>()).add(o);
      }
    }
    for (String k : keys) {
      if (GroupKey.parse(k).subject().length() < 2 || !groups.containsKey(k)) {
        continue;
      }
      List<String> targets = byEnding.getOrDefault(k, List.of()).stream().filter(groups::containsKey).toList();
      if (targets.size() == 1) {
        groups.get(targets.get(0)).addAll(groups.remove(k));
      }
    }
  }

  private static boolean times(List<ExtractedClaim> group) {
    return group.stream().allMatch(c -> c.claim().value() instanceof TimeValue || c.claim().value() instanceof ClockTime
        || c.claim().value() instanceof PartialTime);
  }

  /**
   * A claim that leaves out what others state (no owner: 지난해 성장률은 1.4%; no period, or a period
   * without its year in an undated article; no scope) joins the one group of its attribute that
   * states everything it states, with the same values for it, and holds a value compatible with
   * its own; each claim on its own (of 지난해 매출은 6.7% 늘었다 and 17.2% 늘었다, one can join the
   * quarter-on-quarter group and the other the year-on-year one). Joined claims can agree but not
   * contradict; with no such group, or several, the claim stays where it is, and one without an
   * owner whose measure several owners of its story hold can no longer contradict. A claim without an
   * owner looks only at groups holding a claim of its own story ({@link SourceGroups#stories}).
   */
  private void joinUnderspecified(Map<String, List<ExtractedClaim>> groups, SourceGroups sources) {
    Candidates candidates = new Candidates();
    for (Map.Entry<String, List<ExtractedClaim>> e : groups.entrySet()) {
      candidates.add(GroupKey.parse(e.getKey()), e.getValue(), sources);
    }
    List<GroupKey> open = new ArrayList<>(candidates.all());
    open.sort(Comparator.comparingInt(GroupKey::specificity).thenComparing(GroupKey::raw));
    for (GroupKey g : open) {
      List<ExtractedClaim> claims = groups.get(g.raw());
      if (claims == null) {
        continue;
      }
      List<ExtractedClaim> stay = new ArrayList<>();
      java.util.Collection<GroupKey> refining = candidates.mayRefine(g);
      boolean ownerless = g.subject().isEmpty() && owners(refining, g, groups, sources) > 1;
      for (ExtractedClaim c : claims) {
        GroupKey target = null;
        int found = ownerless ? 2 : 0;
        for (GroupKey h : ownerless ? List.<GroupKey>of() : refining) {
          List<ExtractedClaim> other = groups.get(h.raw());
          if (other == null || h.raw().equals(g.raw()) || !h.refines(g) || !tells(other, g.story(), sources)
              || toldApart(c, other) || !anyCompatible(List.of(c), other)) {
            continue;
          }
          target = h;
          found++;
        }
        if (found == 1) {
          groups.get(target.raw()).add(new ExtractedClaim(c.claim(), false, c.stage()));
          candidates.tellsNow(target, c, sources);
        } else {
          // 지난해 영업이익은 3조원 and, in another article, 2조원: with several owners of the
          // measure in the story, either may be a division's; they can agree, never contradict
          stay.add(ownerless ? new ExtractedClaim(c.claim(), false, c.stage()) : c);
        }
      }
      if (stay.isEmpty()) {
        groups.remove(g.raw());
      } else {
        groups.put(g.raw(), stay);
      }
    }
  }

  /**
   * The group keys a key may join, indexed so that each lookup sees the few that can refine it
   * rather than every key of the attribute (a corpus of years holds thousands of owners of 매출):
   * a named key is refined only by keys of its owner; a key without an owner, only by keys holding
   * a claim of its story ({@link #tells}). A superset: the join still checks every condition.
   */
  private static final class Candidates {
    private record Named(String attribute, String subject) {}

    private record Told(String attribute, String story) {}

    private final Map<String, List<GroupKey>> byAttribute = new java.util.LinkedHashMap<>();
    private final Map<Named, List<GroupKey>> byOwner = new HashMap<>();
    private final Map<Told, java.util.Set<GroupKey>> byStory = new HashMap<>();

    void add(GroupKey g, List<ExtractedClaim> claims, SourceGroups sources) {
      byAttribute.computeIfAbsent(g.attribute(), x -> new ArrayList<>()).add(g);
      byOwner.computeIfAbsent(new Named(g.attribute(), g.subject()), x -> new ArrayList<>()).add(g);
      for (ExtractedClaim c : claims) {
        tellsNow(g, c, sources);
      }
    }

    /** Records that group {@code g} now holds claim {@code c}, and so tells its article's story. */
    void tellsNow(GroupKey g, ExtractedClaim c, SourceGroups sources) {
      byStory.computeIfAbsent(new Told(g.attribute(), sources.storyOf(c.claim().evidence().articleId())),
          x -> new java.util.LinkedHashSet<>()).add(g);
    }

    List<GroupKey> all() {
      List<GroupKey> out = new ArrayList<>();
      byAttribute.values().forEach(out::addAll);
      return out;
    }

    java.util.Collection<GroupKey> mayRefine(GroupKey g) {
      if (!g.subject().isEmpty()) {
        return List.copyOf(byOwner.getOrDefault(new Named(g.attribute(), g.subject()), List.of()));
      }
      if (!g.story().isEmpty()) {
        return List.copyOf(byStory.getOrDefault(new Told(g.attribute(), g.story()), java.util.Set.of()));
      }
      return List.copyOf(byAttribute.getOrDefault(g.attribute(), List.of()));
    }
  }

  /**
   * How many owners the groups refining {@code g} name. A claim without an owner whose attribute
   * several owners share (의석 of each party and each region) does not pick one by an equal value:
   * 14석 written of a region is not 14석 of a party's list.
   */
  private static int owners(java.util.Collection<GroupKey> sameAttribute, GroupKey g, Map<String, List<ExtractedClaim>> groups,
      SourceGroups sources) {
    java.util.Set<String> owners = new java.util.HashSet<>();
    for (GroupKey h : sameAttribute) {
      if (groups.containsKey(h.raw()) && h.refines(g) && tells(groups.get(h.raw()), g.story(), sources)) {
        owners.add(h.subject());
      }
    }
    owners.remove("");
    return owners.size();
  }

  /**
   * Whether {@code group} holds another figure of the sentence of {@code c}: a sentence that
   * states one figure with a time and another without (360명으로 전날(365명)보다) tells them apart
   * itself, so the one is no less specific statement of the other's group.
   */
  private static boolean toldApart(ExtractedClaim c, List<ExtractedClaim> group) {
    Evidence own = c.claim().evidence();
    for (ExtractedClaim o : group) {
      Evidence e = o.claim().evidence();
      if (e.articleId().equals(own.articleId()) && e.sentenceIndex() == own.sentenceIndex()
          && !o.claim().value().equals(c.claim().value())) {
        return true;
      }
    }
    return false;
  }

  /** Whether some of the claims come from an article of the story (always, for the empty story of a named key). */
  private static boolean tells(List<ExtractedClaim> claims, String story, SourceGroups sources) {
    if (story.isEmpty()) {
      return true;
    }
    for (ExtractedClaim c : claims) {
      if (sources.storyOf(c.claim().evidence().articleId()).equals(story)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How the values of two claims relate: as the values do, except that two days one apart
   * contradict only when both are labelled local time (21일(현지시간) and 22일(현지시각)); else
   * local time can explain them (17일(현지시간) and 18일; an unlabelled 26일 and 27일), and they
   * are compatible with that caveat.
   */
  private Comparison relate(Claim a, Claim b) {
    Comparison c = comparator.compare(a.value(), b.value());
    if (c.relation() != Comparison.Relation.WEAK_CONFLICT || !oneDayApart(a.value(), b.value())) {
      return c;
    }
    boolean localA = a.qualifiers().contains("local");
    boolean localB = b.qualifiers().contains("local");
    if (localA && localB) {
      return new Comparison(Comparison.Relation.CONFLICT, c.explanation() + ", both in local time (현지시간)");
    }
    // one gives local time, or neither says which: news often writes the local day unlabelled
    return new Comparison(Comparison.Relation.COMPATIBLE, c.explanation() + ", which local time can explain",
        "one day apart: local and Korean time");
  }

  private static boolean oneDayApart(dev.sasil.factcheck.NormalizedValue a, dev.sasil.factcheck.NormalizedValue b) {
    TimeValue x = day(a);
    TimeValue y = day(b);
    return x != null && y != null && x.yearKnown() && y.yearKnown()
        && Math.abs(x.firstDay().toEpochDay() - y.firstDay().toEpochDay()) == 1;
  }

  private static TimeValue day(dev.sasil.factcheck.NormalizedValue v) {
    if (v instanceof dev.sasil.factcheck.time.ClockTime c) {
      return c.day();
    }
    return v instanceof TimeValue t && t.granularity() == dev.sasil.factcheck.time.Granularity.DAY ? t : null;
  }

  /**
   * Whether a claim of {@code a} holds a value compatible with one of {@code b}; two exact whole
   * counts under a thousand only when equal (360명 of today is not 365명 of the day before, whatever
   * rounding allows; 1만9000명 may be 1만9200명 rounded).
   */
  private boolean anyCompatible(List<ExtractedClaim> a, List<ExtractedClaim> b) {
    for (ExtractedClaim x : a) {
      for (ExtractedClaim y : b) {
        if (x.claim().value() instanceof Quantity p && y.claim().value() instanceof Quantity q && smallCounts(p, q)
            && p.value().compareTo(q.value()) != 0) {
          continue;
        }
        if (x.claim().value().equals(y.claim().value()) || relate(x.claim(), y.claim()).relation().compatible()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Below it a count is written as counted, not rounded (360명, 15대). */
  private static final java.math.BigDecimal ROUNDED_FROM = java.math.BigDecimal.valueOf(1000);

  /** Whether both are exact whole counts of one unit below {@link #ROUNDED_FROM}. */
  private static boolean smallCounts(Quantity a, Quantity b) {
    return ValueComparator.exactCounts(a, b) && a.value().abs().compareTo(ROUNDED_FROM) < 0
        && b.value().abs().compareTo(ROUNDED_FROM) < 0;
  }

  /**
   * A group key read back into its parts, for joining: subject, attribute, qualifiers by kind, and
   * the story of a key without a subject.
   */
  private record GroupKey(String raw, String subject, String attribute, Map<String, String> qualifiers, String story) {

    static GroupKey parse(String raw) {
      String[] p = raw.split("\u0000", -1);
      Map<String, String> q = new java.util.TreeMap<>();
      if (!p[2].isEmpty()) {
        for (String x : p[2].split("\u0001")) {
          int eq = x.indexOf('=');
          q.put(eq < 0 ? x : x.substring(0, eq), eq < 0 ? "" : x.substring(eq + 1));
        }
      }
      return new GroupKey(raw, p[0], p[1], q, p[3]);
    }

    /** The key of the same subject, attribute and story without qualifiers. */
    String withoutQualifiers() {
      return subject + '\u0000' + attribute + '\u0000' + '\u0000' + story;
    }

    /** How much the key states: a subject, each qualifier, a period with its year. */
    int specificity() {
      int n = subject.isEmpty() ? 0 : 1;
      for (Map.Entry<String, String> e : qualifiers.entrySet()) {
        n += e.getKey().equals("period") && e.getValue().startsWith("XXXX") ? 0 : 1;
      }
      return n;
    }

    /** Whether this key states everything {@code less} states, the same way, and more. */
    boolean refines(GroupKey less) {
      if (!story.isEmpty() && !story.equals(less.story)) {
        return false;
      }
      if (!less.subject.isEmpty() && !less.subject.equals(subject)) {
        return false;
      }
      if (subject.isEmpty() && !less.subject.isEmpty()) {
        return false;
      }
      for (String kind : List.of("forecast", "target", "proposed")) {
        if (qualifiers.containsKey(kind) != less.qualifiers.containsKey(kind)) {
          return false; // 5조 원대 earned does not join the 5조1923억원 expected
        }
      }
      for (Map.Entry<String, String> e : less.qualifiers.entrySet()) {
        String mine = qualifiers.get(e.getKey());
        if (mine == null) {
          return false;
        }
        boolean yearless = e.getKey().equals("period") && e.getValue().startsWith("XXXX") && mine.length() >= 4
            && mine.substring(4).equals(e.getValue().substring(4));
        if (!mine.equals(e.getValue()) && !yearless) {
          return false;
        }
      }
      return specificity() > less.specificity();
    }
  }

  private static boolean relationOnly(java.util.Set<String> qualifiers) {
    for (String q : qualifiers) {
      if (!(q.equals("from") || q.equals("to") || q.equals("against"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSorted(List<Finding> findings) {
    for (int i = 1; i < findings.size(); i++) {
      if (FINDING_ORDER.compare(findings.get(i - 1), findings.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  private static int compareLists(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * Qualifiers that describe a claim without making it a different fact: {@code first} (처음
   * 공개) is the release itself. They stay on the claim but do not split groups.
   */
  private static final String PLANNED = "planned";
  private static final java.util.Set<String> DESCRIPTIVE = java.util.Set.of("first", PLANNED, "local");

  /**
   * The key of a claim's group: its subject, attribute and qualifiers, and, when it names no
   * subject or states a total, its article's story, so that claims without an owner meet only
   * within a story, and so do totals (a party's seats of one election are not of the next).
   */
  String key(Claim c, SourceGroups sources) {
    // a record's subject is written too many ways to key on: its claims meet within their story
    // the home country (한국) is the owner of every figure that names none: they meet
    AttributeCatalog.Values values = catalog.values(c.attribute());
    String subject = values == AttributeCatalog.Values.STORY
        || GenericNouns.standard().isHome(c.subject()) ? "" : c.subject();
    String story = subject.isEmpty() || values == AttributeCatalog.Values.TOTAL ? sources.storyOf(c.evidence().articleId()) : "";
    return subject + '\u0000' + c.attribute() + '\u0000' + String.join("\u0001", keyQualifiers(c)) + '\u0000' + story;
  }

  static List<String> keyQualifiers(Claim c) {
    if (c.qualifiers().stream().noneMatch(DESCRIPTIVE::contains)) {
      return c.qualifiers();
    }
    return c.qualifiers().stream().filter(q -> !DESCRIPTIVE.contains(q)).toList();
  }

  /**
   * A pending claim made definite by another article's more precise date of its base event: all
   * such dates must agree and fall within this article's own date of the base.
   */
  private Optional<ExtractedClaim> derive(PendingDerivation p, List<ExtractedClaim> candidates, SourceGroups sources) {
    List<ExtractedClaim> bases = new ArrayList<>();
    for (ExtractedClaim c : candidates) {
      if (c.claim().isDerived() || c.claim().evidence().articleId().equals(p.evidence().articleId())
          || !(c.claim().value() instanceof TimeValue tv) || !tv.yearKnown()
          || p.baseSubject().isEmpty() && !sources.stories().sameStory(c.claim().evidence().articleId(),
              p.evidence().articleId())) {
        continue;
      }
      if (tv.granularity().compareTo(p.baseValue().granularity()) > 0
          && comparator.times(tv, p.baseValue()).relation().compatible()) {
        bases.add(c);
      }
    }
    if (bases.isEmpty()) {
      return Optional.empty();
    }
    bases.sort(CLAIM_ORDER);
    for (ExtractedClaim a : bases) {
      for (ExtractedClaim b : bases) {
        if (!comparator.times((TimeValue) a.claim().value(), (TimeValue) b.claim().value()).relation().compatible()) {
          return Optional.empty();
        }
      }
    }
    ExtractedClaim finest = bases.get(0);
    for (ExtractedClaim b : bases) {
      if (((TimeValue) b.claim().value()).granularity().compareTo(((TimeValue) finest.claim().value()).granularity()) > 0) {
        finest = b;
      }
    }
    TimeValue bv = (TimeValue) finest.claim().value();
    Optional<TimeValue> v = TimeShift.shift(bv, p.duration());
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Evidence be = finest.claim().evidence();
    String how = p.baseSubject() + " " + p.baseAttribute() + " " + bv.normalized() + " (" + be.articleId() + ": "
        + be.text() + "; this article says " + p.baseValue().normalized() + ") + " + p.evidence().text().strip()
        + " = " + v.get().normalized();
    return Optional.of(new ExtractedClaim(
        new Claim(p.subject(), p.attribute(), v.get(), p.qualifiers(), p.evidence(), how), p.firm() && finest.firm()));
  }

  private List<Finding> verdicts(List<ExtractedClaim> group, SourceGroups sources) {
    List<ExtractedClaim> spans = group.stream().filter(CrossChecker::span).toList();
    if (!spans.isEmpty() && spans.size() < group.size()) {
      // when an event happened and how long after another it came are two facts of it (7시35분
      // 탈선, 출발 5분 만에 탈선): each is judged among its own kind
      List<Finding> out = new ArrayList<>(verdicts(group.stream().filter(c -> !span(c)).toList(), sources));
      out.addAll(verdicts(spans, sources));
      return out;
    }
    Claim first = name(group);
    if (sources(group, sources).size() == 1) {
      return List.of(finding(first, Verdict.SINGLE_SOURCE, group, singleExplanation(group) + copies(group, sources)));
    }
    List<List<ExtractedClaim>> clusters = clusters(group);
    if (clusters.size() == 1) {
      return List.of(agreement(group, sources));
    }
    AttributeCatalog.Values kind = catalog.values(first.attribute());
    boolean periodKnown = kind != AttributeCatalog.Values.DATED && kind != AttributeCatalog.Values.DAILY
        || first.qualifiers().stream().anyMatch(q -> q.startsWith("period=") && !q.startsWith("period=XXXX"));
    // a rate or level of a period (growth, share) compares only when the period is stated, or
    // when articles of one story state a region's to four digits (경기 -22.27% vs -22.25%): one
    // figure of the story's period, which no rounding and no other period explains so closely (a
    // region is a place the subject names, where a generic noun may stand for another's figure)
    // so does a rate against a base (전년 동월 대비 7.9%) or the level a change started from (1.75%에서),
    // where articles of one story state it: the story's own period, whatever the rounding
    boolean againstBase = !periodKnown && againstBaseOfStory(first, group, sources);
    if ((catalog.canContradict(first.attribute()) || elapsed(group))
        && (periodKnown || againstBase || regionOfStory(first, group, sources))
        && !first.qualifiers().contains("asof=unknown")) {
      Optional<Comparison> conflict = firmConflict(group, sources, !periodKnown && !againstBase);
      if (conflict.isPresent()) {
        return withSides(finding(first, Verdict.CONTRADICTION, group, conflict.get().explanation()), clusters, sources);
      }
    }
    // a measure of the catalog, even one whose values grow: figures of other nouns conflict by Disagreements
    Optional<Slip> slip = catalog.knows(first.attribute()) ? slip(group, sources) : Optional.empty();
    List<Finding> out = new ArrayList<>();
    if (slip.isPresent()) {
      // the slip's two amounts and the sources that side with each, as the clusters of compatible
      // values holding them: the group's other figures (986만 of the day before, beside 1006만 and
      // its slip 1066만) are no part of it
      List<List<ExtractedClaim>> pair = new ArrayList<>();
      List<ExtractedClaim> cited = new ArrayList<>();
      List<List<ExtractedClaim>> rest = new ArrayList<>();
      for (List<ExtractedClaim> cluster : clusters) {
        // a cluster holds values compatible with each other (1조1405억 and 1조1404억6000만)
        if (cluster.stream().anyMatch(c -> slip.get().states(c.claim()))) {
          pair.add(cluster);
          cited.addAll(cluster);
        } else {
          rest.add(cluster);
        }
      }
      cited.sort(CLAIM_ORDER);
      out.addAll(withSides(finding(name(cited), Verdict.CONTRADICTION, cited, slip.get().comparison().explanation()),
          pair, sources));
      clusters = rest;
    }
    for (List<ExtractedClaim> cluster : clusters) {
      // each value is named by its own claims: a subject or period one claim of another value
      // states is not theirs (52만명 of all applicants is not the 9만명 of one kind)
      out.add(sources(cluster, sources).size() >= 2 ? agreement(cluster, sources) : finding(name(cluster),
          Verdict.SINGLE_SOURCE, cluster, singleExplanation(cluster) + copies(cluster, sources)));
    }
    return out;
  }

  /**
   * A contradiction, and an agreement for each of its values that independent sources share: four
   * outlets giving a total as 1조1405억달러 agree on it, whatever the fifth's 1조405억달러 says. A
   * bound (1000만명 넘게) sides with neither value, nor does a source whose copies take both.
   */
  private List<Finding> withSides(Finding contradiction, List<List<ExtractedClaim>> clusters, SourceGroups sources) {
    List<List<ExtractedClaim>> sides = new ArrayList<>();
    Map<String, Integer> sidesOfSource = new HashMap<>();
    for (List<ExtractedClaim> cluster : clusters) {
      List<ExtractedClaim> side = cluster.stream()
          .filter(c -> !(c.claim().value() instanceof Quantity q && q.bound().oneSided())).toList();
      sides.add(side);
      sources(side, sources).forEach(s -> sidesOfSource.merge(s, 1, Integer::sum));
    }
    List<Finding> out = new ArrayList<>();
    out.add(contradiction);
    for (List<ExtractedClaim> side : sides) {
      if (sources(side, sources).stream().filter(s -> sidesOfSource.get(s) == 1).count() >= 2) {
        out.add(agreement(side, sources));
      }
    }
    return out;
  }

  /**
   * Whether every claim of a group gives the time an event came after another (출발 5분 만에
   * 탈선했다, 10여분 만에): one true value, whatever the event, where the event's dates may be many.
   * An article that gives two (16일 만에 700만, 32일 만에 1000만 돌파) speaks of two milestones, and
   * {@link #firmConflict} then finds none.
   */
  private static boolean elapsed(List<ExtractedClaim> group) {
    return group.stream().allMatch(CrossChecker::span);
  }

  private static boolean span(ExtractedClaim c) {
    return c.claim().value() instanceof Quantity q && q.unit() == QuantityUnit.DURATION;
  }

  /** Whether a group's subject is a region and every claim of it is of one story ({@link SourceGroups#stories}). */
  private static boolean regionOfStory(Claim first, List<ExtractedClaim> group, SourceGroups sources) {
    if (Regions.standard().of(first.subject()).isEmpty()) {
      return false;
    }
    return oneStory(group, sources);
  }

  /** Whether every claim of a group is of the story of its first ({@link SourceGroups#stories}). */
  private static boolean oneStory(List<ExtractedClaim> group, SourceGroups sources) {
    String story = sources.storyOf(group.get(0).claim().evidence().articleId());
    return group.stream().allMatch(c -> sources.storyOf(c.claim().evidence().articleId()).equals(story));
  }

  /**
   * Whether a group is of a rate against an earlier period (scope yoy, qoq, mom) or of the level
   * before a change (previous), and all its claims are of one story ({@link SourceGroups#stories}).
   * Claims that joined it without saying so are not firm: they agree, but only those that say so
   * contradict.
   */
  private static boolean againstBaseOfStory(Claim first, List<ExtractedClaim> group, SourceGroups sources) {
    return first.qualifiers().stream().anyMatch(q -> q.equals(PREVIOUS)
            || q.startsWith(SCOPE) && MeasureLexicon.COMPARISON_SCOPES.contains(q.substring(SCOPE.length())))
        && oneStory(group, sources);
  }

  /** The qualifier of a comparison's scope (scope=yoy), and of the level a change started from. */
  private static final String SCOPE = "scope=";
  private static final String PREVIOUS = FigureReading.PREVIOUS;

  /** The claim that names a finding: its most specific one, as joined claims may state less. */
  private static Claim name(List<ExtractedClaim> claims) {
    return claims.stream().map(ExtractedClaim::claim)
        .max(Comparator.comparingInt((Claim c) -> c.qualifiers().size() + (c.subject().isEmpty() ? 0 : 1)))
        .orElseThrow();
  }

  /**
   * The first conflict between firm claims of different sources, in claim order. An article
   * never contradicts itself: when one article gives conflicting values within the group, the
   * group mixes different facts (금메달 13개 overall and 5개 in one sport) and nothing in it is a
   * contradiction.
   */
  private Optional<Comparison> firmConflict(List<ExtractedClaim> group, SourceGroups sources, boolean preciseOnly) {
    if (contradictsItself(group)) {
      return Optional.empty();
    }
    for (int i = 0; i < group.size(); i++) {
      for (int j = i + 1; j < group.size(); j++) {
        ExtractedClaim a = group.get(i);
        ExtractedClaim b = group.get(j);
        if (!a.firm() || !b.firm()
            || sources.sameSource(a.claim().evidence().articleId(), b.claim().evidence().articleId())) {
          continue;
        }
        if (!a.sameStage(b) && !farApart(a.claim().value(), b.claim().value())) {
          continue; // 7월 공개 vs 8월 출시: unveiling and sale are different dates of one launch
        }
        if (a.claim().qualifiers().contains("first") != b.claim().qualifiers().contains("first")) {
          continue; // 2007년 처음 출시 vs 지난해 출시: a later release is no contradiction of the first
        }
        if (preciseOnly && !(a.claim().value() instanceof Quantity x && b.claim().value() instanceof Quantity y
            && ValueComparator.preciseAmount(x) && ValueComparator.preciseAmount(y))) {
          continue;
        }
        Comparison c = relate(a.claim(), b.claim());
        if (c.relation() == Comparison.Relation.CONFLICT) {
          return Optional.of(c);
        }
        if (c.relation() == Comparison.Relation.WEAK_CONFLICT && fixedCount(a.claim(), b.claim())) {
          return Optional.of(new Comparison(Comparison.Relation.CONFLICT, Describe.value(a.claim().value()) + " vs "
              + Describe.value(b.claim().value()) + ": exact counts of a final figure differ"));
        }
        if (c.relation() == Comparison.Relation.WEAK_CONFLICT && (misstatesItsOwn(a.claim(), b.claim(), group)
            || misstatesItsOwn(b.claim(), a.claim(), group))) {
          return Optional.of(new Comparison(Comparison.Relation.CONFLICT, Describe.value(a.claim().value()) + " vs "
              + Describe.value(b.claim().value()) + ": a short form its own article gives otherwise, no rounding of it"));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether two claims give exact whole counts (금메달 73개, 75개) of a figure that has one value
   * and does not grow (a tally, a count of seats or votes: single or total in the catalog): then a
   * gap however small is two accounts of one count, where for an amount that may be rounded or a
   * count that grows while a story unfolds (casualties: many) it is not.
   */
  private boolean fixedCount(Claim a, Claim b) {
    AttributeCatalog.Values kind = catalog.values(a.attribute());
    return (kind == AttributeCatalog.Values.SINGLE || kind == AttributeCatalog.Values.TOTAL)
        && a.value() instanceof Quantity x && b.value() instanceof Quantity y && ValueComparator.exactCounts(x, y);
  }

  /**
   * Whether {@code shortForm}'s article also states {@code other}'s precise value, which no
   * rounding makes the short form (7.3조 in a headline over 7조300억 in the body): the article
   * misstates its own figure there, and so contradicts every source of the precise one.
   */
  private static boolean misstatesItsOwn(Claim shortForm, Claim other, List<ExtractedClaim> group) {
    return ValueComparator.misrounded(shortForm.value(), other.value()) && group.stream().map(ExtractedClaim::claim)
        .anyMatch(o -> o.evidence().articleId().equals(shortForm.evidence().articleId()) && o.value().equals(other.value()));
  }

  /** Whether one article gives two conflicting values within the group. */
  private boolean contradictsItself(List<ExtractedClaim> group) {
    for (int i = 0; i < group.size(); i++) {
      for (int j = i + 1; j < group.size(); j++) {
        Claim a = group.get(i).claim();
        Claim b = group.get(j).claim();
        if (a.evidence().articleId().equals(b.evidence().articleId()) && !ValueComparator.misrounded(a.value(), b.value())
            && relate(a, b).relation() == Comparison.Relation.CONFLICT) {
          return true;
        }
      }
    }
    return false;
  }

  /** Two exact amounts one digit apart, and how they compare. */
  private record Slip(Comparison comparison, Quantity a, Quantity b) {
    /** Whether a claim states one of the two amounts, whatever bound it was read with. */
    boolean states(Claim c) {
      return Corroborations.sameAmount(c.value(), a) || Corroborations.sameAmount(c.value(), b);
    }
  }

  /**
   * The first pair of claims of different sources whose amounts are one digit apart ({@link
   * DigitSlip}), firm or not and whatever the measure; none when an article gives two conflicting
   * amounts of the group itself (then the group holds different figures, not two accounts of one).
   */
  private Optional<Slip> slip(List<ExtractedClaim> group, SourceGroups sources) {
    if (contradictsItself(group)) {
      return Optional.empty();
    }
    for (int i = 0; i < group.size(); i++) {
      for (int j = i + 1; j < group.size(); j++) {
        Claim a = group.get(i).claim();
        Claim b = group.get(j).claim();
        if (a.value() instanceof Quantity x && b.value() instanceof Quantity y && DigitSlip.between(x, y)
            && !sources.sameSource(a.evidence().articleId(), b.evidence().articleId())) {
          return Optional.of(new Slip(new Comparison(Comparison.Relation.CONFLICT, Describe.value(x) + " vs "
              + Describe.value(y) + ": exact amounts one digit apart, one of them likely mistyped"), x, y));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether two dates are further apart than the stages of one launch ever are (more than
   * {@value #STAGE_GAP_DAYS} days between the nearest days they may stand for).
   */
  private static boolean farApart(dev.sasil.factcheck.NormalizedValue a, dev.sasil.factcheck.NormalizedValue b) {
    if (!(a instanceof TimeValue x) || !(b instanceof TimeValue y) || !x.yearKnown() || !y.yearKnown()) {
      return false;
    }
    java.time.LocalDate gapFrom = x.lastDay().isBefore(y.firstDay()) ? x.lastDay() : y.lastDay();
    java.time.LocalDate gapTo = x.lastDay().isBefore(y.firstDay()) ? y.firstDay() : x.firstDay();
    return java.time.temporal.ChronoUnit.DAYS.between(gapFrom, gapTo) > STAGE_GAP_DAYS;
  }

  /** Greedy clusters of mutually compatible values, in claim order. */
  private List<List<ExtractedClaim>> clusters(List<ExtractedClaim> group) {
    List<List<ExtractedClaim>> clusters = new ArrayList<>();
    for (ExtractedClaim c : group) {
      List<ExtractedClaim> home = null;
      for (List<ExtractedClaim> cl : clusters) {
        boolean fits = cl.stream().allMatch(o -> o.claim().value().equals(c.claim().value())
            || relate(o.claim(), c.claim()).relation().compatible());
        if (fits) {
          home = cl;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        clusters.add(home);
      }
      home.add(c);
    }
    return clusters;
  }

  /** The distinct sources of the claims: copies of one text are one. */
  private static Set<String> sources(List<ExtractedClaim> claims, SourceGroups sources) {
    Set<String> out = new LinkedHashSet<>();
    claims.forEach(c -> out.add(sources.sourceOf(c.claim().evidence().articleId())));
    return out;
  }

  /**
   * What an explanation adds when some claims come from copies: {@code  (a3 is a copy of a1)};
   * empty otherwise, so that findings without copies read as before.
   */
  private static String copies(List<ExtractedClaim> claims, SourceGroups sources) {
    return copyNote(claims.stream().map(ExtractedClaim::claim).toList(), sources);
  }

  /** The note of which cited articles are copies of which: {@code  (a3 is a copy of a1)}, or empty. */
  static String copyNote(List<Claim> claims, SourceGroups sources) {
    if (!sources.hasCopies()) {
      return "";
    }
    List<String> notes = new ArrayList<>();
    for (String id : claims.stream().map(c -> c.evidence().articleId()).distinct().toList()) {
      String source = sources.sourceOf(id);
      if (!source.equals(id)) {
        notes.add(id + " is a copy of " + source);
      }
    }
    return notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")";
  }

  private Finding finding(Claim first, Verdict verdict, List<ExtractedClaim> claims, String explanation) {
    return new Finding(subject(first, claims), first.attribute(), shownQualifiers(first, claims), verdict,
        claims.stream().map(ExtractedClaim::claim).toList(), explanation);
  }

  /**
   * A finding's qualifiers: its key's, and {@code planned} when every claim states a plan (31일 출시할
   * 예정이다, 30일 발사될 예정이었지만 연기됐다), which a reader must not take for what happened.
   */
  private static List<String> shownQualifiers(Claim first, List<ExtractedClaim> claims) {
    List<String> key = keyQualifiers(first);
    if (!claims.stream().allMatch(c -> c.claim().qualifiers().contains(PLANNED))) {
      return key;
    }
    List<String> out = new ArrayList<>(key);
    out.add(PLANNED);
    return List.copyOf(out);
  }

  /**
   * The subject a finding names: its first claim's; for an attribute keyed without subjects
   * ({@link AttributeCatalog.Values#STORY}), the one every claim's subject starts with and one
   * claim names (개인서비스 of 개인서비스 and 개인서비스요금), else none (물가 and 생활물가지수 records since
   * 1998 are not named after either, nor a record without a subject after another's).
   */
  private String subject(Claim first, List<ExtractedClaim> claims) {
    if (catalog.values(first.attribute()) != AttributeCatalog.Values.STORY) {
      return first.subject();
    }
    Set<String> named = new LinkedHashSet<>();
    claims.forEach(c -> named.add(c.claim().subject()));
    String shortest = named.stream().min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
        .orElse("");
    // 개인서비스 and 개인서비스요금: the name the others extend (but 물가 is not 소비자물가's)
    return named.stream().allMatch(n -> n.startsWith(shortest)) ? shortest : "";
  }

  /** An agreement of the claims, named by the most specific of them. */
  private Finding agreement(List<ExtractedClaim> claims, SourceGroups sources) {
    return finding(name(claims), Verdict.AGREEMENT, claims, agreementExplanation(claims) + copies(claims, sources));
  }

  private String agreementExplanation(List<ExtractedClaim> claims) {
    String said = Describe.agreement(claims.stream().map(ExtractedClaim::claim).toList());
    if (distinctValues(claims).size() == 1) {
      return said;
    }
    StringBuilder b = new StringBuilder(said);
    Claim a = claims.get(0).claim();
    for (ExtractedClaim o : claims) {
      Comparison c = comparator.compare(a.value(), o.claim().value());
      if (!c.caveat().isEmpty()) {
        b.append(" (").append(c.caveat()).append(")");
        break;
      }
    }
    return b.toString();
  }

  private static String singleExplanation(List<ExtractedClaim> claims) {
    return "only " + claims.get(0).claim().evidence().articleId() + " says " + String.join(", ", distinctValues(claims));
  }

  private static List<String> distinctValues(List<ExtractedClaim> claims) {
    Set<String> values = new LinkedHashSet<>();
    claims.forEach(c -> values.add(Describe.value(c.claim().value())));
    return List.copyOf(values);
  }
}
