package dev.sasil.factcheck.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Names the alias table does not know but a set of articles taught (a company quoted once as
 * ‘노바랩스’ and written without quotes elsewhere), by {@link LatinReading} key, with what the
 * matcher asks of them indexed once: key prefixes, and a {@link VariantIndex} of the names for
 * their misspellings, so that a long text that teaches many names does not compare every word
 * with every name. Immutable and thread-safe.
 */
public final class LearntNames {

  private static final LearntNames NONE = new LearntNames(Map.of());

  private final Map<String, Entity> byKey;
  /** The entities in key order, and their canonical names (what misspellings are compared with). */
  private final List<Entity> inKeyOrder;
  private final List<String> canonicals;
  private final VariantIndex variants;
  private final KeyTrie trie;
  private final int maxKeyLength;

  private LearntNames(Map<String, Entity> byKey) {
    this.byKey = Map.copyOf(byKey);
    List<Entity> entities = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Entity e : new TreeMap<>(byKey).values()) {
      entities.add(e);
      names.add(e.canonical());
    }
    this.inKeyOrder = List.copyOf(entities);
    this.canonicals = List.copyOf(names);
    this.variants = new VariantIndex(canonicals);
    this.trie = new KeyTrie(this.byKey);
    this.maxKeyLength = byKey.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** No names learnt. */
  public static LearntNames none() {
    return NONE;
  }

  /** The names of {@code byKey}, each under its {@link LatinReading#key}. */
  public static LearntNames of(Map<String, Entity> byKey) {
    return byKey.isEmpty() ? NONE : new LearntNames(byKey);
  }

  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  /** The entity learnt under exactly this key, or null. */
  Entity get(String key) {
    return byKey.get(key);
  }

  /** Whether some learnt key starts with {@code key} (or is it). */
  boolean isKeyPrefix(String key) {
    return !key.isEmpty() && trie.walk(KeyTrie.ROOT, key) != KeyTrie.NONE;
  }

  /** The learnt keys as a trie, for a scan that grows a key one character at a time. */
  KeyTrie trie() {
    return trie;
  }

  /** Longest learnt key, in characters; 0 when none. */
  int maxKeyLength() {
    return maxKeyLength;
  }

  /**
   * A learnt name {@code stem} is a misspelling of ({@code 노바렙스} for {@code 노바랩스}, by {@link
   * JamoDistance#variants} of the canonical names); the first in key order when several.
   */
  Optional<Entity> variant(String stem) {
    if (JamoDistance.syllables(stem) < 3) {
      return Optional.empty();
    }
    for (int i : variants.candidates(stem)) {
      if (JamoDistance.variants(stem, canonicals.get(i))) {
        return Optional.of(inKeyOrder.get(i));
      }
    }
    return Optional.empty();
  }
}
