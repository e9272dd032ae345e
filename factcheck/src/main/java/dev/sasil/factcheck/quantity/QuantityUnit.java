package dev.sasil.factcheck.quantity;

/** What a quantity counts or measures. Quantities in different units are never compared. */
public enum QuantityUnit {
  KRW,
  USD,
  EUR,
  JPY,
  CNY,
  GBP,
  /** People: 명, 인. */
  PERSONS,
  /** Times, occurrences, downloads: 회, 번, 건 of events. */
  TIMES,
  /** Model parameters: 매개변수, 파라미터 (개 after such a noun). */
  PARAMETERS,
  PERCENT,
  PERCENT_POINT,
  /** Places, organizations: 곳, 개사. */
  PLACES,
  /** Generic countable things: 개, 가지, 대, 건 … */
  COUNT,
  /** A bare number without a unit. */
  NUMBER
}
