package dev.sasil.factcheck.extract;

import dev.sasil.core.resource.ResourceLines;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What each attribute means for cross-checking ({@code attributes.txt}): whether it is an event,
 * a measure or a name as written, and whether two incompatible values contradict. Immutable and thread-safe.
 */
public final class AttributeCatalog {

  private static final String RESOURCE = "attributes.txt";

  /** How many true values an attribute has. */
  public enum Values {
    /** One: incompatible values contradict. */
    SINGLE,
    /** Several: never a contradiction. */
    MANY,
    /** One at a time: compared only for the same time ({@code asof}). */
    DATED,
    /**
     * One final total (pre-orders of a launch): incompatible values contradict whenever the
     * articles were written; figures for part of the period are not read.
     */
    TOTAL,
    /**
     * One a day (a market index's close): compared only for the same day, the one its clause
     * states or, when its sentence states none, the day the article was published.
     */
    DAILY,
    /**
     * Several, and the subject is no part of the key: a record's subject is written too many ways
     * to key on (물가, 소비자물가 상승률, 지난달 소비자물가), so its claims are compared within a
     * story whatever subject they name; never a contradiction.
     */
    STORY
  }

  private static final class Holder {
    static final AttributeCatalog STANDARD = load();
  }

  private final Map<String, Values> values;
  private final Map<String, Boolean> measures;

  private AttributeCatalog(Map<String, Values> values, Map<String, Boolean> measures) {
    this.values = Map.copyOf(values);
    this.measures = Map.copyOf(measures);
  }

  public static AttributeCatalog standard() {
    return Holder.STANDARD;
  }

  static AttributeCatalog load() {
    Map<String, Values> values = new HashMap<>();
    Map<String, Boolean> measures = new HashMap<>();
    for (ResourceLines.Line line : ResourceLines.read(AttributeCatalog.class, RESOURCE)) {
      String[] p = line.text().strip().split("\\s+");
      if (p.length != 3 || !(p[1].equals("event") || p[1].equals("measure") || p[1].equals("name"))) {
        throw ResourceLines.malformed(RESOURCE, line, "expected ATTRIBUTE event|measure|name single|many|dated|total|daily|story");
      }
      try {
        values.put(p[0], Values.valueOf(p[2].toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw ResourceLines.malformed(RESOURCE, line, "unknown value kind " + p[2]);
      }
      measures.put(p[0], p[1].equals("measure"));
    }
    return new AttributeCatalog(values, measures);
  }

  /** How many values the attribute has; an attribute not in the catalog has {@link Values#MANY} (never contradicts). */
  public Values values(String attribute) {
    Values v = values.get(attribute);
    if (v != null) {
      return v;
    }
    return PredicateLexicon.standard().singleValued(attribute) ? Values.SINGLE : Values.MANY;
  }

  /** Whether incompatible values of the attribute are a contradiction. */
  public boolean canContradict(String attribute) {
    Values v = values(attribute);
    return v != Values.MANY && v != Values.STORY;
  }

  public boolean isMeasure(String attribute) {
    return measures.getOrDefault(attribute, false);
  }

  public boolean knows(String attribute) {
    return values.containsKey(attribute);
  }
}
