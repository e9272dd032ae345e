package dev.sasil.core.read;

import java.util.List;

/**
 * The documents read from a set of inputs, the inputs (or lines) that could not be read, and
 * warnings about what was read anyway (a JSON Lines {@code published} that is not a date, an id
 * made unique).
 */
public record ReadResult(List<RawDocument> documents, List<InputProblem> problems, List<InputProblem> warnings) {

  public ReadResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /** A result without warnings. */
  public ReadResult(List<RawDocument> documents, List<InputProblem> problems) {
    this(documents, problems, List.of());
  }
}
