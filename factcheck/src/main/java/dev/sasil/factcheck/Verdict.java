package dev.sasil.factcheck;

/** What the sources say together about one fact. Declared in output order. */
public enum Verdict {
  CONTRADICTION("contradiction"),
  AGREEMENT("agreement"),
  SINGLE_SOURCE("single-source");

  private final String jsonName;

  Verdict(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name of the JSON contract. */
  public String jsonName() {
    return jsonName;
  }
}
