package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.Claim;
import java.util.Objects;

/**
 * A claim with how sure the extractor is of it.
 *
 * @param claim the claim
 * @param firm true when subject, attribute and value were all read from the claim's own sentence
 *     (or derived from firm claims); false when the subject was carried over from an earlier
 *     sentence or resolved from a common noun there. Only firm claims can make a contradiction.
 */
public record ExtractedClaim(Claim claim, boolean firm) {

  public ExtractedClaim {
    Objects.requireNonNull(claim, "claim");
  }
}
