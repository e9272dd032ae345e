package dev.sasil.factcheck.extract;

import java.util.List;

/**
 * What was extracted from one or more articles.
 *
 * @param claims the claims, in article and sentence order
 * @param pending claims that need another article's date of their base event
 * @param problems internal errors, one per sentence that could not be read (its claims are lost)
 * @param figures every figure of the articles with the words around it, in article and sentence
 *     order: what corroborates across articles beyond the claims' keys
 */
public record Extraction(List<ExtractedClaim> claims, List<PendingDerivation> pending, List<ExtractionProblem> problems,
    List<FigureMention> figures) {

  public Extraction {
    claims = List.copyOf(claims);
    pending = List.copyOf(pending);
    problems = List.copyOf(problems);
    figures = List.copyOf(figures);
  }

  /** An extraction without figures. */
  public Extraction(List<ExtractedClaim> claims, List<PendingDerivation> pending, List<ExtractionProblem> problems) {
    this(claims, pending, problems, List.of());
  }

  /** An extraction without problems. */
  public Extraction(List<ExtractedClaim> claims, List<PendingDerivation> pending) {
    this(claims, pending, List.of());
  }
}
