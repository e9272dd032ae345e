package dev.sasil.core.read;

import java.util.List;

/** The documents read from a set of inputs, and the inputs (or lines) that could not be read. */
public record ReadResult(List<RawDocument> documents, List<InputProblem> problems) {

  public ReadResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
