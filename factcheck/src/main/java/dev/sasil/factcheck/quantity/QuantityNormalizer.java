package dev.sasil.factcheck.quantity;

import java.util.List;

/** Finds Korean quantities (numbers with units) in text. Thread-safe. */
public final class QuantityNormalizer {

  private QuantityNormalizer() {}

  public static QuantityNormalizer standard() {
    return new QuantityNormalizer();
  }

  /** Every quantity of {@code text}, in text order. */
  public List<QuantityMention> find(String text) {
    return List.of();
  }
}
