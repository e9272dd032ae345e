package dev.sasil.factcheck.crosscheck;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.entity.JamoDistance;
import dev.sasil.factcheck.entity.Spelling;
import dev.sasil.factcheck.extract.FigureMention;
import dev.sasil.factcheck.source.SourceGroups;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Names two sources spell differently: a person's full name or a neighbourhood's name that one
 * article writes with one syllable changed by a letter or two (jamo) against another's (김세연 vs
 * 김세윤 of the presiding judge, 김유리 vs 김누리, 운상동 vs 운산동 of the place), beside a word both
 * sentences share (판사, 녹색당 후보), where neither article ever writes the other's spelling. A family name is never the changed letter:
 * 김세윤 and 박세윤 are two people. Two people of one story whose names differ in one letter and
 * share a title are rare; a reporter's slip is not.
 *
 * <p>Names are indexed by each syllable left out (김?윤), so only names one syllable apart are
 * compared. Immutable and thread-safe.
 */
final class Misspellings {

  /** The most names one pattern with a syllable left out may hold and still be compared pair by pair. */
  private static final int MAX_SPELLINGS = 16;

  /** How many mentions of each of two spellings are compared. */
  private static final int PER_NAME = 64;

  private record Variant(String story, Spelling.Kind kind, String key) {}

  private record Named(String story, String text) {}

  private record Pair(String story, String a, String b) {}

  List<Finding> find(List<FigureMention> names, SourceGroups sources) {
    Map<String, Set<String>> spelledBy = new HashMap<>(); // each article's names
    Map<Variant, TreeSet<String>> variants = new TreeMap<>(Comparator.comparing(Variant::story)
        .thenComparing(Variant::kind).thenComparing(Variant::key));
    Map<Named, List<FigureMention>> mentions = new LinkedHashMap<>();
    for (FigureMention m : names) {
      Spelling s = (Spelling) m.value();
      spelledBy.computeIfAbsent(m.evidence().articleId(), k -> new HashSet<>()).add(s.text());
      String story = sources.storyOf(m.evidence().articleId());
      mentions.computeIfAbsent(new Named(story, s.text()), k -> new ArrayList<>()).add(m);
      for (int i = s.kind() == Spelling.Kind.PERSON ? 1 : 0; i < s.text().length(); i++) {
        String key = s.text().substring(0, i) + '?' + s.text().substring(i + 1);
        variants.computeIfAbsent(new Variant(story, s.kind(), key), k -> new TreeSet<>()).add(s.text());
      }
    }
    List<Finding> out = new ArrayList<>();
    Set<Pair> done = new HashSet<>();
    for (Map.Entry<Variant, TreeSet<String>> e : variants.entrySet()) {
      List<String> spellings = new ArrayList<>(e.getValue());
      if (spellings.size() > MAX_SPELLINGS) {
        continue; // 김?수: a pattern so many names share tells nothing of any two
      }
      for (int i = 0; i < spellings.size(); i++) {
        for (int j = i + 1; j < spellings.size(); j++) {
          String a = spellings.get(i);
          String b = spellings.get(j);
          String story = e.getKey().story();
          if (!oneLetterApart(a, b) || !done.add(new Pair(story, a, b))) {
            continue;
          }
          finding(a, mentions.get(new Named(story, a)), b, mentions.get(new Named(story, b)), spelledBy, sources)
              .ifPresent(f -> {
                out.add(f);
                agreement(f, a, sources).ifPresent(out::add);
                agreement(f, b, sources).ifPresent(out::add);
              });
        }
      }
    }
    return out;
  }

  /** How many letters of the one changed syllable may differ (유 and 누 of 김유리 and 김누리: two). */
  private static final int MAX_LETTERS = 2;

  /** Whether two names of one length differ in one syllable, and there in a letter or two. */
  private static boolean oneLetterApart(String a, String b) {
    int at = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (at >= 0) {
          return false;
        }
        at = i;
      }
    }
    return at >= 0 && JamoDistance.distance(a.substring(at, at + 1), b.substring(at, at + 1)) <= MAX_LETTERS;
  }

  /**
   * The contradiction two spellings make: the mentions of either, in articles of different
   * sources that never write the other, whose sentences share a word beside the name.
   */
  private static java.util.Optional<Finding> finding(String a, List<FigureMention> as, String b, List<FigureMention> bs,
      Map<String, Set<String>> spelledBy, SourceGroups sources) {
    List<FigureMention> linked = new ArrayList<>();
    String shared = null;
    // the first mentions of each spelling only: a name written in thousands of articles of one
    // story is compared in time that does not grow with their square
    as = as.subList(0, Math.min(as.size(), PER_NAME));
    bs = bs.subList(0, Math.min(bs.size(), PER_NAME));
    for (FigureMention x : as) {
      if (spelledBy.get(x.evidence().articleId()).contains(b)) {
        continue;
      }
      for (FigureMention y : bs) {
        if (spelledBy.get(y.evidence().articleId()).contains(a)
            || sources.sameSource(x.evidence().articleId(), y.evidence().articleId())) {
          continue;
        }
        String word = sharedWord(x, y);
        if (word != null) {
          shared = shared == null ? word : shared;
          if (!linked.contains(x)) {
            linked.add(x);
          }
          if (!linked.contains(y)) {
            linked.add(y);
          }
        }
      }
    }
    if (shared == null) {
      return java.util.Optional.empty();
    }
    String attribute = linked.get(0).measure();
    String subject = shared;
    List<Claim> claims = new ArrayList<>();
    for (FigureMention m : linked) {
      claims.add(new Claim(subject, attribute, m.value(), List.of(), m.evidence(), ""));
    }
    claims.sort(Comparator.comparing(Claim::evidence, CrossChecker.EVIDENCE_ORDER));
    long withA = linked.stream().filter(m -> ((Spelling) m.value()).text().equals(a))
        .map(m -> m.evidence().articleId()).distinct().count();
    long withB = linked.stream().filter(m -> ((Spelling) m.value()).text().equals(b))
        .map(m -> m.evidence().articleId()).distinct().count();
    return java.util.Optional.of(new Finding(subject, attribute, List.of(), Verdict.CONTRADICTION, claims,
        a + " vs " + b + ": one name spelled two ways (" + a + " in " + withA + " article"
            + (withA == 1 ? "" : "s") + ", " + b + " in " + withB + "); one is likely a slip"));
  }

  /**
   * The agreement of the sources a contradiction cites for one spelling, when they are two or
   * more: four outlets writing the judge as 김세윤 agree on it, whatever the fifth's 김세연 is.
   */
  private static java.util.Optional<Finding> agreement(Finding contradiction, String spelling, SourceGroups sources) {
    List<Claim> claims = contradiction.claims().stream()
        .filter(c -> ((Spelling) c.value()).text().equals(spelling)).toList();
    long independent = claims.stream().map(c -> sources.sourceOf(c.evidence().articleId())).distinct().count();
    if (independent < 2) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Finding(contradiction.subject(), contradiction.attribute(), List.of(),
        Verdict.AGREEMENT, claims, Describe.agreement(claims)));
  }

  /** A word beside both names other than the names (판사 of 김세연 판사 and 김세윤 부장판사); null when none. */
  private static String sharedWord(FigureMention x, FigureMention y) {
    String a = ((Spelling) x.value()).text();
    String b = ((Spelling) y.value()).text();
    boolean person = ((Spelling) x.value()).kind() == Spelling.Kind.PERSON;
    for (String w : x.near()) {
      // for a person a title or a word of the deed (판사, 후보, 선고), not a name: two players of
      // one team (KIA 김도현, KIA 김도영) are two people; a place's city is its name (강릉시 운산동)
      if (!w.equals(a) && !w.equals(b) && y.near().contains(w)
          && !(person && (x.names().contains(w) || y.names().contains(w)))) {
        return w;
      }
    }
    return null;
  }
}
