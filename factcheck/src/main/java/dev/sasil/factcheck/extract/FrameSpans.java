package dev.sasil.factcheck.extract;

import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import java.util.List;

/**
 * The spans of a sentence a frame's figures take, in which no other claim or figure may stand: the
 * numbers of a ratio count nothing of their own (1대 is no vehicle), nor does the inning of a play
 * (5회 is no count of times).
 *
 * @param unit the unit of the frame's own claims, which stay
 * @param spans where its figures stand in the article's text
 */
record FrameSpans(QuantityUnit unit, List<FrameSpans.Span> spans) {

  /** A span of the article's text, {@code [start, end)}. */
  record Span(int start, int end) {
    boolean holds(Evidence e) {
      return e.start() >= start && e.end() <= end;
    }
  }

  FrameSpans {
    spans = List.copyOf(spans);
  }

  /** Removes the claims other than the frame's own that stand inside one of its spans. */
  void dropInside(List<ExtractedClaim> claims) {
    if (!spans.isEmpty()) {
      claims.removeIf(c -> !(c.claim().value() instanceof Quantity q && q.unit() == unit) && inside(c.claim().evidence()));
    }
  }

  /** The figures that stand outside every span. */
  List<FigureMention> outside(List<FigureMention> figures) {
    return spans.isEmpty() ? figures : figures.stream().filter(f -> !inside(f.evidence())).toList();
  }

  private boolean inside(Evidence e) {
    return spans.stream().anyMatch(s -> s.holds(e));
  }
}
