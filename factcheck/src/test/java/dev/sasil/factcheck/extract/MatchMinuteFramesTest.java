package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The minute of play of a player's happening in a match; every sentence here is written for the test. */
class MatchMinuteFramesTest {

  private static List<String> minutes(String text) {
    return ClaimFacts.facts("2031-06-02", text).stream()
        .filter(f -> f.contains(" 동점골 ") || f.contains(" 결승골 ") || f.contains(" 교체투입 ") || f.contains(" 골 ")).toList();
  }

  @Test
  void aHappeningAfterAMinuteOfPlayIsThePlayersAtThatMinuteFromKickOff() {
    assertThat(minutes("전반 12분 김하늘이 동점골을 넣었다.")).containsExactly("김하늘 동점골 PT12M");
    assertThat(minutes("감독은 후반 19분 박서준을 투입했다.")).containsExactly("박서준 교체투입 PT64M");
  }

  @Test
  void addedTimeCountsFromTheEndOfItsHalf() {
    assertThat(minutes("김하늘은 후반 추가시간 2분 결승골을 터뜨렸다.")).containsExactly("김하늘 결승골 PT92M");
  }

  @Test
  void aMinuteWithNoPlayerNamedIsNoClaim() {
    assertThat(minutes("후반 30분 동점골이 터졌다.")).isEmpty();
  }

  @Test
  void twoMinutesForOnePlayerComingOnContradict() {
    List<Finding> findings = ClaimFacts.compare(
        Articles.of("a", "2031-06-02", "감독은 후반 19분 박서준을 투입했다."),
        Articles.of("b", "2031-06-02", "감독은 후반 23분 박서준을 투입했다."));
    assertThat(findings).anyMatch(f -> f.verdict() == Verdict.CONTRADICTION && f.attribute().equals("교체투입"));
  }

  @Test
  void aNumberedGoalIsKeyedByItsNumberAndNotByWhoseHelpItWas() {
    assertThat(minutes("후반 5분 박나래의 패스를 받은 김하늘이 시즌 15호골을 기록했다."))
        .containsExactly("김하늘 골 PT50M [nth=15]");
    assertThat(minutes("김하늘은 후반 12분에 박나래의 도움을 받아 15호 골을 넣었다."))
        .containsExactly("김하늘 골 PT57M [nth=15]");
    assertThat(minutes("김하늘은 후반 12분 골망을 흔들었다.")).as("a goal with no number is one of many").isEmpty();
    assertThat(minutes("가람은 전반 27분 김하늘의 동점골로 균형을 맞췄다.")).as("the scorer's goal")
        .containsExactly("김하늘 동점골 PT27M");
    assertThat(ClaimFacts.facts("2031-06-02", "가람은 전반 5분 박나래에게 선제 실점을 내줬다."))
        .as("whom a goal was conceded to conceded nothing").noneMatch(f -> f.startsWith("박나래"));
  }

  @Test
  void twoMinutesForOneNumberedGoalContradict() {
    List<Finding> findings = ClaimFacts.compare(
        Articles.of("a", "2031-06-02", "김하늘은 후반 5분 15호 골을 넣었다."),
        Articles.of("b", "2031-06-02", "김하늘은 후반 25분 15호 골을 넣었다."));
    assertThat(findings).anyMatch(f -> f.verdict() == Verdict.CONTRADICTION && f.attribute().equals("골"));
  }
}
