package dev.sasil.factcheck.crosscheck;

import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.time.TimeModifier;
import dev.sasil.factcheck.time.TimeValue;
import java.util.Locale;

/** Values as people read them in explanations: {@code 2022 (end)}, {@code 10000000000 USD (at least)}. Stateless. */
public final class Describe {

  private Describe() {}

  public static String value(NormalizedValue v) {
    if (v instanceof TimeValue t) {
      return t.modifier() == TimeModifier.NONE ? t.normalized()
          : t.normalized() + " (" + t.modifier().name().toLowerCase(Locale.ROOT) + ")";
    }
    if (v instanceof Quantity q) {
      String s = q.normalized() + " " + q.unit().name();
      return q.bound() == Bound.EXACT || q.bound() == Bound.RANGE ? s
          : s + " (" + q.bound().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }
    return v.normalized();
  }
}
