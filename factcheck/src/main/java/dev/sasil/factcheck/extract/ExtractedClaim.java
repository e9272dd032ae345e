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
 * @param stage the stage of an event its trigger names ({@code unveiled} for 공개, {@code on-sale}
 *     for 출시: a phone unveiled in July and on sale in August is no contradiction), or empty
 */
public record ExtractedClaim(Claim claim, boolean firm, String stage)
    implements java.io.Serializable {

  public ExtractedClaim {
    Objects.requireNonNull(claim, "claim");
    stage = stage == null ? "" : stage;
  }

  public ExtractedClaim(Claim claim, boolean firm) {
    this(claim, firm, "");
  }

  /** Whether two claims may contradict as far as their stages go: the same stage, or one unknown. */
  public boolean sameStage(ExtractedClaim o) {
    return stage.isEmpty() || o.stage.isEmpty() || stage.equals(o.stage);
  }
}
