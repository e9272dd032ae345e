package dev.sasil.factcheck.eval;

import dev.sasil.factcheck.Finding;
import java.util.List;
import java.util.Objects;

/**
 * Findings scored against a gold file: the outcome of every gold item, the verdict of every
 * contradiction finding, and the counts.
 *
 * @param items one outcome per gold item, in {@link GoldFindings#items()} order
 * @param contradictions one outcome per contradiction finding, in the findings' order
 * @param counts the counts of {@code score_findings.py}
 */
public record FindingsScore(List<ItemOutcome> items, List<ContradictionOutcome> contradictions, ScoreCounts counts) {

  public FindingsScore {
    items = List.copyOf(items);
    contradictions = List.copyOf(contradictions);
    Objects.requireNonNull(counts, "counts");
  }

  /**
   * What became of one gold item.
   *
   * @param item the item
   * @param hit for agreements and contradictions: found by a finding of that verdict; for
   *     look-alikes: linked (covered by a contradiction finding, which is wrong); for {@code
   *     either} items: covered by a contradiction finding (neither right nor wrong)
   */
  public record ItemOutcome(GoldItem item, boolean hit) {
    public ItemOutcome {
      Objects.requireNonNull(item, "item");
    }
  }

  /** A contradiction finding judged against the gold. */
  public enum Judgement {
    /** It covers a gold contradiction (and no {@code either} item). */
    TRUE("true"),
    /** It covers an {@code either} item, so it is left out of precision. */
    EITHER("either"),
    /** It covers neither. */
    FALSE("false");

    private final String jsonName;

    Judgement(String jsonName) {
      this.jsonName = jsonName;
    }

    /** {@code true}, {@code either} or {@code false}. */
    public String jsonName() {
      return jsonName;
    }
  }

  /**
   * A contradiction finding and its judgement.
   *
   * @param finding the finding
   * @param judgement true, either or false
   * @param covers the ids of the items that decided it: the {@code either} items it covers when
   *     {@link Judgement#EITHER}, the gold contradictions it covers when {@link Judgement#TRUE},
   *     the look-alikes it links when {@link Judgement#FALSE}
   */
  public record ContradictionOutcome(Finding finding, Judgement judgement, List<String> covers) {
    public ContradictionOutcome {
      Objects.requireNonNull(finding, "finding");
      Objects.requireNonNull(judgement, "judgement");
      covers = List.copyOf(covers);
    }
  }
}
