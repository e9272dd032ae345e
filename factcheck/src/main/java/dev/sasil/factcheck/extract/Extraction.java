package dev.sasil.factcheck.extract;

import java.util.List;

/**
 * What was extracted from one or more articles.
 *
 * @param claims the claims, in article and sentence order
 * @param pending claims that need another article's date of their base event
 */
public record Extraction(List<ExtractedClaim> claims, List<PendingDerivation> pending) {

  public Extraction {
    claims = List.copyOf(claims);
    pending = List.copyOf(pending);
  }
}
