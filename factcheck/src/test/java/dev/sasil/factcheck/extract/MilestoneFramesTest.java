package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How long an amount took to reach; every sentence here is written for the test. */
class MilestoneFramesTest {

  private static List<String> milestones(String text) {
    return ClaimFacts.facts("2031-05-20", text).stream().filter(f -> f.contains(" milestone ")).toList();
  }

  @Test
  void eachMilestoneOfAListSharingOneVerbIsAClaimOfItsOwnAmount() {
    assertThat(milestones("영화 '나래'는 개봉 3일째 100만, 5일째 200만, 9일째 300만 관객을 돌파했다."))
        .containsExactly("나래 milestone P3D [at=100만]", "나래 milestone P5D [at=200만]", "나래 milestone P9D [at=300만]");
    assertThat(milestones("영화 '나래'는 2일 차에 50만, 4일 차에 100만을 넘어섰다."))
        .containsExactly("나래 milestone P2D [at=50만]", "나래 milestone P4D [at=100만]");
  }

  @Test
  void aSpanFromABeginningToAnAmountReachedIsAMilestone() {
    assertThat(milestones("새 게임기는 출시 사흘 만에 12만 대가 팔렸다."))
        .containsExactly("게임기 milestone P3D [at=12만]");
    assertThat(milestones("가람전자 노트북은 발매 후 2주 만에 누적 기준 30만 대를 넘겼다."))
        .containsExactly("노트북 milestone P14D [at=30만]");
    assertThat(milestones("영화 '나래'는 개봉 41일 만인 9일 1000만 관객을 모았다."))
        .containsExactly("나래 milestone P41D [at=1000만]");
  }

  @Test
  void aSpanSinceAnyEarlierTimeOrToAChangeIsNoMilestone() {
    assertThat(milestones("가람지수는 2019년 이후 5년 만에 3000을 돌파했다.")).as("the first time in five years").isEmpty();
    assertThat(milestones("나래전자 주가는 개봉 1년 만에 10만원 올랐다.")).as("a rise, not a level reached").isEmpty();
    assertThat(milestones("영화 '나래'는 개봉 3일째 관객이 100만을 넘었다.")).as("the amount is another subject's").isEmpty();
    assertThat(milestones("가람시는 출시 3일 만에 판매량이 12% 늘었다.")).isEmpty();
  }

  @Test
  void theAmountsOfEarlierMilestonesAreNoCountOfNow() {
    List<String> facts = ClaimFacts.facts("2031-05-20",
        "영화 '나래'는 개봉 3일째 100만, 5일째 200만 관객을 돌파했다.");
    assertThat(facts).noneMatch(f -> f.contains("관객") && f.contains("200만"))
        .noneMatch(f -> f.contains(" 돌파 "));
  }

  @Test
  void oneMilestoneOfTwoArticlesAgreesAndTwoDaysForItContradict() {
    List<Finding> agree = ClaimFacts.compare(
        Articles.of("a", "2031-05-20", "영화 '나래'는 개봉 4일째 100만 관객을 돌파했다."),
        Articles.of("b", "2031-05-21", "영화 '나래'는 개봉 4일 만에 100만 관객을 넘어섰다."));
    assertThat(agree).filteredOn(f -> f.claims().getFirst().attribute().equals(MilestoneFrames.ATTRIBUTE))
        .singleElement().extracting(Finding::verdict).isEqualTo(Verdict.AGREEMENT);
    List<Finding> differ = ClaimFacts.compare(
        Articles.of("a", "2031-05-20", "영화 '나래'는 개봉 4일째 100만 관객을 돌파했다."),
        Articles.of("b", "2031-05-21", "영화 '나래'는 개봉 6일째 100만 관객을 돌파했다."));
    assertThat(differ).filteredOn(f -> f.claims().getFirst().attribute().equals(MilestoneFrames.ATTRIBUTE))
        .singleElement().extracting(Finding::verdict).isEqualTo(Verdict.CONTRADICTION);
  }
}
