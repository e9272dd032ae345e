package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.entity.EntityType;
import dev.sasil.factcheck.entity.LatinReading;
import dev.sasil.core.resource.ResourceLines;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Common nouns that stand for an entity named elsewhere ({@code 회사}, {@code 모델}) and words that
 * name no entity ({@code AI}, {@code CEO}), from {@code generic-nouns.txt}. Immutable and
 * thread-safe; the standard list is loaded once.
 */
public final class GenericNouns {

  private static final String RESOURCE = "generic-nouns.txt";

  private static final class Holder {
    static final GenericNouns STANDARD = load();
  }

  private final Map<String, EntityType> types;
  private final Set<String> notNameKeys;
  private final Set<String> temporal;
  private final Set<String> topical;
  private final Set<String> contents;

  private final Set<String> first;
  private final Set<String> happenings;
  private final Map<String, String> places;
  private final Set<String> home;
  private final Set<String> countries;

  private GenericNouns(Map<String, EntityType> types, Set<String> notNameKeys, Set<String> temporal,
      Set<String> topical, Set<String> contents, Set<String> first, Set<String> happenings, Map<String, String> places,
      Set<String> home, Set<String> countries) {
    this.home = Set.copyOf(home);
    this.countries = Set.copyOf(countries);
    this.contents = Set.copyOf(contents);
    this.topical = Set.copyOf(topical);
    this.happenings = Set.copyOf(happenings);
    this.first = Set.copyOf(first);
    this.places = Map.copyOf(places);
    this.types = Map.copyOf(types);
    this.notNameKeys = Set.copyOf(notNameKeys);
    this.temporal = Set.copyOf(temporal);
  }

  public static GenericNouns standard() {
    return Holder.STANDARD;
  }

  static GenericNouns load() {
    LatinReading reading = LatinReading.standard();
    Map<String, EntityType> types = new HashMap<>();
    Set<String> notNames = new HashSet<>();
    Set<String> temporal = new HashSet<>();
    Set<String> topical = new HashSet<>();
    Set<String> contents = new HashSet<>();
    Set<String> first = new HashSet<>();
    Set<String> happenings = new HashSet<>();
    Map<String, String> places = new HashMap<>();
    Set<String> home = new HashSet<>();
    Set<String> countries = new HashSet<>();
    for (ResourceLines.Line line : ResourceLines.read(GenericNouns.class, RESOURCE)) {
      String[] p = line.text().strip().split("\\s+");
      for (int i = 1; i < p.length; i++) {
        if (p[0].equals("TIME")) {
          temporal.add(p[i]);
          continue;
        }
        if (p[0].equals("TOPIC")) {
          topical.add(p[i]);
          continue;
        }
        if (p[0].equals("CONTENT")) {
          contents.add(p[i]);
          continue;
        }
        if (p[0].equals("FIRST")) {
          first.add(p[i]);
          continue;
        }
        if (p[0].equals("HAPPENING")) {
          happenings.add(p[i]);
          continue;
        }
        if (p[0].equals("HOME")) {
          home.add(p[i]);
          continue;
        }
        if (p[0].equals("COUNTRY")) {
          countries.add(p[i]);
          continue;
        }
        if (p[0].equals("PLACE")) {
          String[] kv = p[i].split("=", 2);
          places.put(kv[0], kv.length == 2 ? kv[1] : kv[0]);
          notNames.add(reading.key(kv[0]));
          continue;
        }
        notNames.add(reading.key(p[i]));
        switch (p[0]) {
          case "ORG" -> types.put(p[i], EntityType.ORG);
          case "PRODUCT" -> types.put(p[i], EntityType.PRODUCT);
          case "PERSON" -> types.put(p[i], EntityType.PERSON);
          case "NONE" -> { }
          default -> throw ResourceLines.malformed(RESOURCE, line, "unknown type " + p[0]);
        }
      }
    }
    return new GenericNouns(types, notNames, temporal, topical, contents, first, happenings, places, home, countries);
  }

  /** The type a generic noun stands for ({@code 회사} is an organization); empty for other words. */
  public Optional<EntityType> type(String noun) {
    return Optional.ofNullable(types.get(noun));
  }

  /** Whether a noun after a relative-clause verb makes it a time clause ({@code 공개한 후}). */
  public boolean isTemporal(String noun) {
    return temporal.contains(noun);
  }

  /** Whether a noun is what a clause before it states the content of ({@code 점}, {@code 사실}): no party to its event. */
  public boolean isContent(String noun) {
    return contents.contains(noun);
  }

  /** Whether a word before a trigger makes it a first time ({@code 처음}, {@code 최초로}). */
  public boolean isFirst(String word) {
    return first.contains(word);
  }

  /** Whether a noun names what happened ({@code 화재}, {@code 사고}): as an event's subject, the event itself. */
  public boolean isHappening(String noun) {
    return happenings.contains(noun);
  }

  /** The canonical place a word names ({@code 국내} is 한국), or empty. */
  public Optional<String> place(String word) {
    return Optional.ofNullable(places.get(word));
  }

  /**
   * Whether a noun names the country the news is written in ({@code 한국}, {@code 우리나라}): the
   * owner every figure without one has, so a claim naming it meets those that name none.
   */
  public boolean isHome(String noun) {
    return home.contains(noun);
  }

  /** Whether a noun is a person's title or role ({@code 후보}, {@code 대표}): a PERSON noun of the list. */
  public boolean isTitle(String noun) {
    return types.get(noun) == EntityType.PERSON;
  }

  /**
   * The place a word names: a country or market of the PLACE section (its canonical name), a
   * country of the COUNTRY section, else a Korean region ({@link dev.sasil.factcheck.entity.Regions});
   * empty for other words.
   */
  public Optional<String> anyPlace(String word) {
    return place(word).or(() -> countries.contains(word) ? Optional.of(word) : Optional.empty())
        .or(() -> dev.sasil.factcheck.entity.Regions.standard().of(word));
  }

  /** Whether a noun after {@code X의} makes X the topic ({@code 알리바바의 경우}). */
  public boolean isTopical(String noun) {
    return topical.contains(noun);
  }

  /** Keys ({@link LatinReading#key}) of words that are not entity names on their own. */
  public Set<String> notNameKeys() {
    return notNameKeys;
  }
}
