package dev.sasil.factcheck.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A fact-checker's annotation of one corpus, in the format read by {@code score_findings.py}:
 * what the articles agree on, where they contradict each other, what could be called either way,
 * and look-alike pairs that must not be linked. Read with {@link GoldFindingsReader}.
 *
 * @param corpus the corpus name the file gives, or empty
 * @param agreements items found by agreement findings
 * @param contradictions items found by contradiction findings
 * @param either items a contradiction finding may or may not flag; such findings are left out of
 *     contradiction precision
 * @param notContradictions look-alikes: linked when a contradiction finding covers one
 */
public record GoldFindings(
    String corpus,
    List<GoldItem> agreements,
    List<GoldItem> contradictions,
    List<GoldItem> either,
    List<GoldItem> notContradictions) {

  public GoldFindings {
    corpus = corpus == null ? "" : corpus;
    agreements = inSection(agreements, GoldSection.AGREEMENTS);
    contradictions = inSection(contradictions, GoldSection.CONTRADICTIONS);
    either = inSection(either, GoldSection.EITHER);
    notContradictions = inSection(notContradictions, GoldSection.NOT_CONTRADICTIONS);
    Set<String> ids = new HashSet<>();
    for (List<GoldItem> section : List.of(agreements, contradictions, either, notContradictions)) {
      for (GoldItem item : section) {
        if (!ids.add(item.id())) {
          throw new IllegalArgumentException("item id " + item.id() + " is used twice");
        }
      }
    }
  }

  private static List<GoldItem> inSection(List<GoldItem> items, GoldSection section) {
    Objects.requireNonNull(items, section.jsonName());
    for (GoldItem item : items) {
      if (item.section() != section) {
        throw new IllegalArgumentException("item " + item.id() + " of " + item.section().jsonName()
            + " listed in " + section.jsonName());
      }
    }
    return List.copyOf(items);
  }

  /** The items of one section. */
  public List<GoldItem> section(GoldSection section) {
    return switch (section) {
      case AGREEMENTS -> agreements;
      case CONTRADICTIONS -> contradictions;
      case EITHER -> either;
      case NOT_CONTRADICTIONS -> notContradictions;
    };
  }

  /** Every item, section by section in {@link GoldSection} order, each in file order. */
  public List<GoldItem> items() {
    List<GoldItem> all = new ArrayList<>();
    for (GoldSection s : GoldSection.values()) {
      all.addAll(section(s));
    }
    return List.copyOf(all);
  }
}
