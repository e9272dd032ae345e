package dev.sasil.factcheck.entity;

import dev.sasil.core.resource.ResourceLines;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The known entities and their names ({@code aliases.txt}), looked up by {@link LatinReading} key,
 * with a jamo-distance fallback for misspellings ({@code 저커버크}) through a {@link VariantIndex},
 * so that a word is compared with the few names within reach, not the whole table. Immutable and
 * thread-safe; the standard table is loaded once per process.
 */
public final class AliasTable {

  private static final String RESOURCE = "aliases.txt";

  private static final class Holder {
    static final AliasTable STANDARD = load(LatinReading.standard());
  }

  private final LatinReading reading;
  private final Map<String, Entity> byKey;
  /** Hangul-only keys of three syllables or more, in file order, for fuzzy matching. */
  private final List<String> fuzzyKeys;
  private final VariantIndex fuzzyIndex;
  /** The keys as a trie, so that a scan can stop as soon as no name can follow. */
  private final KeyTrie trie;
  private final int maxKeyLength;

  private AliasTable(LatinReading reading, Map<String, Entity> byKey, List<String> fuzzyKeys) {
    this.reading = reading;
    this.byKey = Map.copyOf(byKey);
    this.fuzzyKeys = List.copyOf(fuzzyKeys);
    this.fuzzyIndex = new VariantIndex(this.fuzzyKeys);
    this.trie = new KeyTrie(this.byKey);
    this.maxKeyLength = byKey.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  public static AliasTable standard() {
    return Holder.STANDARD;
  }

  static AliasTable load(LatinReading reading) {
    Map<String, Entity> byKey = new HashMap<>();
    List<String> fuzzy = new ArrayList<>();
    for (ResourceLines.Line line : ResourceLines.read(AliasTable.class, RESOURCE)) {
      String[] cols = line.text().split("\t");
      if (cols.length < 2 || cols.length > 4) {
        throw ResourceLines.malformed(RESOURCE, line, "expected TYPE<tab>CANONICAL<tab>ALIASES[<tab>SEPARATOR]");
      }
      EntityType type;
      try {
        type = EntityType.valueOf(cols[0].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ResourceLines.malformed(RESOURCE, line, "unknown type " + cols[0]);
      }
      String canonical = cols[1].strip();
      String sep = cols.length == 4 ? cols[3] : " ";
      Entity entity = new Entity(canonical, "", type, true, sep);
      List<String> names = new ArrayList<>();
      names.add(canonical);
      if (cols.length >= 3) {
        for (String a : cols[2].split(",")) {
          if (!a.isBlank()) {
            names.add(a.strip());
          }
        }
      }
      for (String n : names) {
        String key = reading.key(n);
        if (key.isEmpty()) {
          throw ResourceLines.malformed(RESOURCE, line, "empty name");
        }
        Entity old = byKey.putIfAbsent(key, entity);
        if (old != null && !old.equals(entity)) {
          throw ResourceLines.malformed(RESOURCE, line, "'" + n + "' is already a name of " + old.family());
        }
        // a Korean person's name one letter from another is another person's (유해진, 이해진), no misspelling
        boolean koreanPerson = entity.type() == EntityType.PERSON && Surnames.standard().mayBeFullName(n);
        if (JamoDistance.syllables(n) >= 3 && JamoDistance.syllables(n) == key.length() && !koreanPerson) {
          fuzzy.add(key);
        }
      }
    }
    return new AliasTable(reading, byKey, fuzzy);
  }

  public LatinReading reading() {
    return reading;
  }

  /** Longest key in the table, in characters. */
  public int maxKeyLength() {
    return maxKeyLength;
  }

  /** Whether some name's key starts with {@code key} (or is it). */
  public boolean isKeyPrefix(String key) {
    return !key.isEmpty() && trie.walk(KeyTrie.ROOT, key) != KeyTrie.NONE;
  }

  /** The keys as a trie, for a scan that grows a key one character at a time. */
  KeyTrie trie() {
    return trie;
  }

  /** The entity whose name has exactly this key. */
  public Optional<Entity> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The entity named {@code name} (exact key match). */
  public Optional<Entity> lookup(String name) {
    return byKey(reading.key(name));
  }

  /**
   * The entity a misspelt Hangul name most likely stands for: the single table name within
   * {@link JamoDistance#variants} reach; empty when none or when two different entities are
   * equally close (an ambiguous spelling is not guessed).
   */
  public Optional<Entity> fuzzy(String name) {
    return fuzzyByKey(reading.key(name));
  }

  /** As {@link #fuzzy}, for a name already turned into its {@link LatinReading#key}. */
  Optional<Entity> fuzzyByKey(String key) {
    if (JamoDistance.syllables(key) < 3) {
      return Optional.empty();
    }
    Entity best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (int i : fuzzyIndex.candidates(key)) {
      String k = fuzzyKeys.get(i);
      if (!JamoDistance.variants(key, k)) {
        continue;
      }
      int d = JamoDistance.distance(key, k);
      Entity e = byKey.get(k);
      if (d < bestDistance) {
        best = e;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance && !e.equals(best)) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }

  /**
   * The keys a misspelling may stand for, in file order: Hangul-only names of three syllables or
   * more (for tests that check the index against comparing with every one).
   */
  List<String> fuzzyKeys() {
    return fuzzyKeys;
  }

  /** Every canonical family name, sorted (for tests and documentation). */
  public List<String> families() {
    List<String> out = new ArrayList<>(byKey.values().stream().map(Entity::family).distinct().toList());
    Collections.sort(out);
    return out;
  }
}
