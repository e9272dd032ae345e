package dev.sasil;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.extract.ExtractionProblem;
import dev.sasil.factcheck.source.SourceGroups;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Sasil#compare(List)} found: where the articles agree, contradict each other or
 * speak alone.
 *
 * @param findings the findings, contradictions first, then agreements, then single-source claims
 * @param sources which articles are copies of one text (counted as one source)
 * @param problems sentences whose claims could not be read because of an internal error (they
 *     gave no claims; the rest was checked)
 */
public record CrossCheck(List<Finding> findings, SourceGroups sources, List<ExtractionProblem> problems) {

  public CrossCheck {
    // findings on disk stay there: a writer reads them in order, a block at a time
    findings = findings instanceof dev.sasil.factcheck.crosscheck.SpilledFindings ? findings : List.copyOf(findings);
    Objects.requireNonNull(sources, "sources");
    problems = List.copyOf(problems);
  }

  /** The findings with this verdict, in order. */
  public List<Finding> findings(Verdict verdict) {
    return findings.stream().filter(f -> f.verdict() == verdict).toList();
  }
}
