package dev.sasil.factcheck.quantity;

/** How a quantity's number relates to the true amount. */
public enum Bound {
  EXACT,
  /** 약, 여, 가량, 정도, 안팎. */
  ABOUT,
  /** 이상. */
  AT_LEAST,
  /** 초과, 넘는, 넘게. */
  MORE_THAN,
  /** 이하. */
  AT_MOST,
  /** 미만, 이내 (below). */
  LESS_THAN,
  /** {@code 300억~400억달러}: between value and upper. */
  RANGE;

  /** Whether the amount lies only on one side of the number (이상, 넘게, 이하, 미만). */
  public boolean oneSided() {
    return this == AT_LEAST || this == MORE_THAN || this == AT_MOST || this == LESS_THAN;
  }
}
