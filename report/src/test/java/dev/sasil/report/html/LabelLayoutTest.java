package dev.sasil.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.report.html.LabelLayout.Box;
import dev.sasil.report.html.LabelLayout.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelLayoutTest {

  private static final Box PAGE = new Box(0, 0, 100, 100);

  @Test
  void aSegmentCrossesABoxItEntersAndNotOneItPasses() {
    Box b = new Box(10, 10, 20, 20);
    assertThat(new Segment(0, 0, 30, 30).crosses(b)).isTrue();
    assertThat(new Segment(15, 0, 15, 5).crosses(b)).isFalse();
    assertThat(new Segment(0, 25, 30, 25).crosses(b)).isFalse();
    assertThat(new Segment(12, 12, 13, 13).crosses(b)).as("wholly inside").isTrue();
    assertThat(new Segment(0, 30, 30, 0).crosses(b)).as("diagonal through the middle").isTrue();
    assertThat(new Segment(0, 9, 9, 0).crosses(b)).as("diagonal past a corner").isFalse();
  }

  @Test
  void aLabelTakesTheFirstCandidateClearOfLinesBoxesAndEarlierLabels() {
    LabelLayout layout = new LabelLayout();
    layout.block(new Segment(15, 0, 15, 100));
    layout.block(new Box(40, 0, 50, 10));
    Box crossed = new Box(10, 0, 20, 10);
    Box covering = new Box(42, 2, 48, 8);
    Box free = new Box(60, 0, 70, 10);
    assertThat(layout.place(List.of(crossed, covering, free), PAGE)).contains(free);
    assertThat(layout.place(List.of(free), PAGE)).as("taken by the first label").isEmpty();
    assertThat(layout.place(List.of(new Box(95, 0, 105, 10)), PAGE)).as("outside its bounds").isEmpty();
  }

  @Test
  void aLineThatMayYieldIsAvoidedWhenACandidateAllowsIt() {
    LabelLayout layout = new LabelLayout();
    layout.avoid(new Segment(15, 0, 15, 100));
    Box onGrid = new Box(10, 0, 20, 10);
    Box offGrid = new Box(30, 0, 40, 10);
    assertThat(layout.place(List.of(onGrid, offGrid), PAGE)).contains(offGrid);
    assertThat(layout.place(List.of(onGrid), PAGE)).as("no other choice: the grid line gives way").contains(onGrid);
  }
}
