package dev.sasil.factcheck.extract;

import dev.sasil.core.resource.ResourceLines;
import dev.sasil.factcheck.entity.Role;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Predicate classes of dated events ({@code predicates.txt}): which lemma states which kind of
 * event, which classes happen once, and which verbs only report. Loaded once, immutable and
 * thread-safe.
 */
final class PredicateLexicon {

  private static final String RESOURCE = "predicates.txt";
  private static final String REPORT = "REPORT";
  private static final String CONNECTIVE = "CONNECTIVE";
  private static final String CONNECTIVE_VERB = "CONNECTIVE_VERB";
  /** The sections of light verbs, each with the role of the noun that names the event they carry. */
  private static final Map<String, Role> LIGHT = Map.of("LIGHT", Role.OBJECT, "LIGHT_SUBJECT", Role.SUBJECT,
      "LIGHT_TO", Role.TO);
  private static final String ONSET = "ONSET";
  private static final String PLACED = "PLACED";

  private static final class Holder {
    static final PredicateLexicon STANDARD = load();
  }

  private final Map<String, String> classes;
  private final Set<String> single;
  private final Set<String> reporting;
  private final Set<String> connective;
  private final Set<String> connectiveVerbs;
  private final Map<String, Set<Role>> light;
  private final Map<String, String> onsets;
  private final Set<String> placed;
  /** The classes the onsets name (발생): what states that something occurred. */
  private final Set<String> occurrences;

  private PredicateLexicon(Map<String, String> classes, Set<String> single, Set<String> reporting,
      Set<String> connective, Set<String> connectiveVerbs, Map<String, Set<Role>> light, Map<String, String> onsets,
      Set<String> placed) {
    this.onsets = Map.copyOf(onsets);
    this.placed = Set.copyOf(placed);
    this.occurrences = Set.copyOf(onsets.values());
    this.connective = Set.copyOf(connective);
    this.connectiveVerbs = Set.copyOf(connectiveVerbs);
    Map<String, Set<Role>> roles = new HashMap<>();
    light.forEach((lemma, r) -> roles.put(lemma, Collections.unmodifiableSet(EnumSet.copyOf(r))));
    this.light = Map.copyOf(roles);
    this.classes = Map.copyOf(classes);
    this.single = Set.copyOf(single);
    this.reporting = Set.copyOf(reporting);
  }

  static PredicateLexicon standard() {
    return Holder.STANDARD;
  }

  static PredicateLexicon load() {
    Map<String, String> classes = new HashMap<>();
    Set<String> single = new HashSet<>();
    Set<String> reporting = new HashSet<>();
    Set<String> connective = new HashSet<>();
    Set<String> connectiveVerbs = new HashSet<>();
    Map<String, Set<Role>> light = new HashMap<>();
    Map<String, String> onsets = new HashMap<>();
    Set<String> placed = new HashSet<>();
    ResourceLines.Line placedLine = null;
    for (ResourceLines.Line line : ResourceLines.read(PredicateLexicon.class, RESOURCE)) {
      String[] p = line.text().strip().split("\\s+", 3);
      if (p[0].equals(PLACED)) {
        for (String c : line.text().strip().substring(PLACED.length()).split("\\|")) {
          if (!c.isBlank()) {
            placed.add(c.strip());
          }
        }
        placedLine = line;
        continue;
      }
      if (p.length == 3 && p[0].equals(ONSET)) {
        for (String w : p[2].split("\\|")) {
          onsets.put(w.strip().replace(" ", ""), p[1]);
        }
        continue;
      }
      if (p.length != 3 || !(p[1].equals("single") || p[1].equals("many"))) {
        throw ResourceLines.malformed(RESOURCE, line, "expected CLASS single|many lemma | lemma ...");
      }
      for (String w : p[2].split("\\|")) {
        String lemma = w.strip().replace(" ", "");
        if (lemma.isEmpty()) {
          continue;
        }
        if (p[0].equals(REPORT)) {
          reporting.add(lemma);
        } else if (p[0].equals(CONNECTIVE)) {
          connective.add(lemma);
        } else if (p[0].equals(CONNECTIVE_VERB)) {
          connectiveVerbs.add(lemma);
        } else if (LIGHT.containsKey(p[0])) {
          light.computeIfAbsent(lemma, k -> new HashSet<>()).add(LIGHT.get(p[0]));
        } else if (classes.putIfAbsent(lemma, p[0]) != null) {
          throw ResourceLines.malformed(RESOURCE, line, "lemma in two classes: " + lemma);
        }
      }
      if (p[1].equals("single") && !p[0].equals(REPORT) && !p[0].equals(CONNECTIVE) && !p[0].equals(CONNECTIVE_VERB)
          && !LIGHT.containsKey(p[0])) {
        single.add(p[0]);
      }
    }
    Set<String> known = Set.copyOf(classes.values());
    for (String c : placed) {
      if (!known.contains(c)) {
        throw ResourceLines.malformed(RESOURCE, placedLine, "PLACED names no class: " + c);
      }
    }
    return new PredicateLexicon(classes, single, reporting, connective, connectiveVerbs, light, onsets, placed);
  }

  /** The class of a lemma, if the file lists it. */
  Optional<String> classOf(String lemma) {
    return Optional.ofNullable(classes.get(lemma));
  }

  /** Whether events of the class happen once for their subject, so that two dates contradict. */
  boolean singleValued(String eventClass) {
    return single.contains(eventClass);
  }

  /** Whether the verb works as a postposition (통해, 대해, 위해): never an event. */
  boolean connective(String lemma) {
    return connective.contains(lemma);
  }

  /**
   * Whether a verb stem works as a postposition after a noun in 로/으로 (사고로 인한 = 因하다), being
   * an event elsewhere (금리를 인하했다 is a cut).
   */
  boolean connectiveVerb(String stem) {
    return connectiveVerbs.contains(stem);
  }

  /** Whether the verb only carries the event a noun of its clause names (진입기동을 수행했다, 교신이 이뤄졌다). */
  boolean light(String lemma) {
    return light.containsKey(lemma);
  }

  /**
   * The roles of the noun that names the event a light verb carries: the object (회의를 열었다),
   * the subject (회의가 열렸다), the noun in 에 (교신에 성공했다); empty for any other verb.
   */
  Set<Role> lightRoles(String lemma) {
    return light.getOrDefault(lemma, Set.of());
  }

  /** The class a lemma of beginning states when what begins is a happening (사고가 시작됐다: 발생), if the file says. */
  Optional<String> onsetOf(String lemma) {
    return Optional.ofNullable(onsets.get(lemma));
  }

  /** Whether a class states that something occurred, the class an onset names (발생 of ONSET). */
  boolean occurrence(String eventClass) {
    return occurrences.contains(eventClass);
  }

  /** Whether events of the class befall a place, which is their subject when no party is named (PLACED). */
  boolean placed(String eventClass) {
    return placed.contains(eventClass);
  }

  /** Whether the lemma only reports (밝히, 따르): its time dates the report. */
  boolean reporting(String lemma) {
    return reporting.contains(lemma);
  }
}
