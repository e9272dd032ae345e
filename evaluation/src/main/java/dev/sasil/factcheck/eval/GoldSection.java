package dev.sasil.factcheck.eval;

/** The sections of a gold file, in the order they are scored and printed. */
public enum GoldSection {
  /** Facts the outlets agree on; found by an agreement finding. */
  AGREEMENTS("agreements"),
  /** Facts the outlets state differently; found by a contradiction finding. */
  CONTRADICTIONS("contradictions"),
  /** Pairs a careful checker could call either way; a contradiction finding about one is not counted. */
  EITHER("either"),
  /** Look-alikes that must not be linked as a contradiction. */
  NOT_CONTRADICTIONS("not_contradictions");

  private final String jsonName;

  GoldSection(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The key of the section in the gold file. */
  public String jsonName() {
    return jsonName;
  }
}
