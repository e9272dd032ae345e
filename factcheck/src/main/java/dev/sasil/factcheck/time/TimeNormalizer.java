package dev.sasil.factcheck.time;

import java.util.List;

/** Finds Korean time expressions in text and resolves them against an anchor. Thread-safe. */
public final class TimeNormalizer {

  private TimeNormalizer() {}

  public static TimeNormalizer standard() {
    return new TimeNormalizer();
  }

  /** Every time expression of {@code text}, in text order. */
  public List<TimeMention> find(String text, TimeAnchor anchor) {
    return List.of();
  }
}
