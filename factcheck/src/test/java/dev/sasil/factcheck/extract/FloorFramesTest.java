package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A building's floors; every sentence here is written for the test. */
class FloorFramesTest {

  private static List<String> floors(String text) {
    return ClaimFacts.facts("2031-04-29", text).stream().filter(f -> f.contains("층수")).toList();
  }

  @Test
  void aListOfLevelsEndingInABuildingsSizeGivesItsFloors() {
    assertThat(floors("가람창고는 지상 5층, 지하 3층 규모로 지어졌다."))
        .containsExactly(" 지상층수 5", " 지하층수 3");
    assertThat(floors("불이 난 곳은 지하 3층~지상 5층 철골조 건물이다."))
        .containsExactly(" 지하층수 3", " 지상층수 5");
    assertThat(floors("불이 난 건물은 12층짜리 호텔이다.")).containsExactly(" 지상층수 12");
  }

  @Test
  void theFloorSomethingHappenedOnIsNoSize() {
    assertThat(floors("불은 지하 3층에서 시작돼 지상 2층으로 번졌다.")).isEmpty();
    assertThat(floors("12층짜리 호텔 8층 객실에서 불이 났다.")).containsExactly(" 지상층수 12");
  }
}
