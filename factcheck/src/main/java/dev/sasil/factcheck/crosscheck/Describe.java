package dev.sasil.factcheck.crosscheck;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.time.TimeModifier;
import dev.sasil.factcheck.time.TimeValue;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Values as people read them in explanations: {@code 2022 (end)}, {@code 10000000000 USD (at least)}. Stateless. */
public final class Describe {

  private Describe() {}

  public static String value(NormalizedValue v) {
    if (v instanceof TimeValue t) {
      return t.modifier() == TimeModifier.NONE ? time(t)
          : time(t) + " (" + t.modifier().name().toLowerCase(Locale.ROOT) + ")";
    }
    if (v instanceof Quantity q) {
      String s = q.normalized() + " " + q.unit().name();
      return q.bound() == Bound.EXACT || q.bound() == Bound.RANGE ? s
          : s + " (" + q.bound().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }
    return v.normalized();
  }

  /**
   * What an agreement says its claims state: {@code 3 articles say 75 COUNT}, or with several
   * compatible values {@code 4 articles agree: 10000000 PERSONS (more than), 10660533 PERSONS}.
   */
  static String agreement(List<Claim> claims) {
    long articles = claims.stream().map(c -> c.evidence().articleId()).distinct().count();
    Set<String> values = new LinkedHashSet<>();
    claims.forEach(c -> values.add(value(c.value())));
    return values.size() == 1 ? articles + " articles say " + values.iterator().next()
        : articles + " articles agree: " + String.join(", ", values);
  }

  /** {@link TimeValue#normalized()} without a Formatter (findings of large inputs describe many values). */
  static String time(TimeValue t) {
    StringBuilder b = new StringBuilder(10);
    if (t.year() == null) {
      b.append("XXXX");
    } else {
      pad(b, t.year(), 4);
    }
    switch (t.granularity()) {
      case YEAR -> { }
      case HALF -> b.append("-H").append(t.half());
      case QUARTER -> b.append("-Q").append(t.quarter());
      case MONTH -> pad(b.append('-'), t.month(), 2);
      case WEEK -> pad(b.append("-W"), t.week(), 2);
      case DAY -> pad(pad(b.append('-'), t.month(), 2).append('-'), t.day(), 2);
      default -> { }
    }
    return b.toString();
  }

  private static StringBuilder pad(StringBuilder b, int v, int width) {
    String s = Integer.toString(v);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(s);
  }
}
