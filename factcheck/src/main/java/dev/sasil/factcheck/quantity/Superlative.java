package dev.sasil.factcheck.quantity;

import dev.sasil.factcheck.NormalizedValue;
import java.util.Objects;

/**
 * A record ever, as a claim's value: the kind of superlative an article states of a measure in all
 * its history (역대 최대, 헌정 사상 최소, 역대 가장 높은), and how it writes it. Two are one record
 * when their kinds are equal, however written.
 *
 * @param kind the record word the kind is named by ({@code 최대}, {@code 최저}, {@code 최장} …)
 * @param text the record as written, from the word of history to the record word
 */
public record Superlative(String kind, String text) implements NormalizedValue {

  public Superlative {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (kind.isBlank() || text.isBlank()) {
      throw new IllegalArgumentException("blank record");
    }
  }

  @Override
  public String normalized() {
    return kind;
  }

  @Override
  public String toString() {
    return text;
  }
}
