package dev.sasil.factcheck.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Disjoint sets of positions {@code 0..n-1} whose root is always the set's smallest position, so
 * that a group is named by its first member whatever order the links came in. Not thread-safe: one
 * is made, filled and read by one caller.
 */
public final class UnionFind {

  private final int[] parent;

  public UnionFind(int n) {
    parent = new int[n];
    Arrays.setAll(parent, i -> i);
  }

  /** The root of the set holding {@code i}. */
  public int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins the sets of {@code a} and {@code b}; true when they were apart. */
  public boolean union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb) {
      return false;
    }
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
    return true;
  }

  /**
   * The items of each set of two or more, {@code items.get(i)} standing for position {@code i}:
   * the sets in the order of their first member, each in the order of {@code items}.
   */
  public <T> List<List<T>> groups(List<T> items) {
    Map<Integer, List<T>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      byRoot.computeIfAbsent(find(i), k -> new ArrayList<>()).add(items.get(i));
    }
    List<List<T>> out = new ArrayList<>();
    for (List<T> g : byRoot.values()) {
      if (g.size() >= 2) {
        out.add(g);
      }
    }
    return out;
  }
}
