package dev.sasil.factcheck.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entities by {@link LatinReading} key, as a trie walked one key character at a time: a scan that
 * grows a key character by character (a name starting at a word) asks at every step whether some
 * key starts with what it has and which entity that is, without building the key as a string and
 * hashing it each time. Nodes are numbers; {@link #ROOT} is the empty key and {@link #NONE} the
 * node after a character no key continues with. Immutable and thread-safe.
 */
final class KeyTrie {

  /** The node of the empty key. */
  static final int ROOT = 0;
  /** No node: no key starts with the characters walked. */
  static final int NONE = -1;

  /** Per node, the characters its children are reached by, ascending. */
  private final char[][] labels;
  /** Per node, its children, in the order of {@link #labels}. */
  private final int[][] children;
  /** Per node, the entity of the key it ends, or null. */
  private final Entity[] values;

  KeyTrie(Map<String, Entity> byKey) {
    List<TreeMap<Character, Integer>> next = new ArrayList<>();
    List<Entity> at = new ArrayList<>();
    next.add(new TreeMap<>());
    at.add(null);
    for (Map.Entry<String, Entity> e : byKey.entrySet()) {
      int node = ROOT;
      for (int i = 0; i < e.getKey().length(); i++) {
        Integer child = next.get(node).get(e.getKey().charAt(i));
        if (child == null) {
          child = next.size();
          next.get(node).put(e.getKey().charAt(i), child);
          next.add(new TreeMap<>());
          at.add(null);
        }
        node = child;
      }
      at.set(node, e.getValue());
    }
    int n = next.size();
    labels = new char[n][];
    children = new int[n][];
    values = at.toArray(new Entity[0]);
    for (int node = 0; node < n; node++) {
      TreeMap<Character, Integer> m = next.get(node);
      labels[node] = new char[m.size()];
      children[node] = new int[m.size()];
      int k = 0;
      for (Map.Entry<Character, Integer> c : m.entrySet()) {
        labels[node][k] = c.getKey();
        children[node][k++] = c.getValue();
      }
    }
  }

  /** The node after {@code c} from {@code node}; {@link #NONE} when no key goes on so, or from {@link #NONE}. */
  int step(int node, char c) {
    if (node < 0) {
      return NONE;
    }
    int k = Arrays.binarySearch(labels[node], c);
    return k >= 0 ? children[node][k] : NONE;
  }

  /** The node after the characters of {@code s} from {@code node}. */
  int walk(int node, String s) {
    int at = node;
    for (int i = 0; i < s.length() && at >= 0; i++) {
      at = step(at, s.charAt(i));
    }
    return at;
  }

  /** The entity whose key ends at {@code node}, or null (also for {@link #NONE}). */
  Entity value(int node) {
    return node < 0 ? null : values[node];
  }
}
