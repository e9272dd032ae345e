package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The final score of a match; every sentence here is written for the test. */
class ScoreFramesTest {

  private static List<String> scores(String text) {
    return ClaimFacts.facts("2031-06-02", text).stream().filter(f -> f.contains(" 경기득점 ") || f.contains(" 경기실점 ")).toList();
  }

  @Test
  void aScoreBeforeAWordOfResultIsTheSidesPointsAndItsOpponents() {
    assertThat(scores("KT는 NC를 2-1로 꺾었다."))
        .containsExactly("KT 경기득점 2 [against=NC]", "KT 경기실점 1 [against=NC]");
  }

  @Test
  void aLossKeepsTheSidesPointsFirstAndAGameOfASeriesIsAnEdition() {
    assertThat(scores("LG는 5차전에서 SSG에 2대3으로 졌다."))
        .containsExactly("LG 경기득점 2 [against=SSG, edition=5차전]", "LG 경기실점 3 [against=SSG, edition=5차전]");
  }

  @Test
  void aTeamWordStandsForTheNameBeforeIt() {
    assertThat(scores("한국 축구대표팀이 페루와의 경기에서 1-0 승리를 거뒀다."))
        .containsExactly("한국 경기득점 1 [against=페루]", "한국 경기실점 0 [against=페루]");
  }

  @Test
  void theSideIsTheGenitiveBeforeTheScoreOrTheNameTheResultVerbModifiesAndAnOpponentMustBeNamed() {
    assertThat(scores("브라질은 카메룬과 싸웠다. 경기는 브라질의 2-1 승리로 끝났다.")).isEmpty();
    assertThat(scores("카메룬과의 경기는 브라질의 2-1 승리로 끝났다.")).contains("브라질 경기득점 2 [against=카메룬]");
    assertThat(scores("최하위 팀인 하늘에 5-10으로 역전패했다.")).contains(" 경기득점 5 [against=하늘]");
    assertThat(scores("NC를 3-0으로 누른 KT도 1위에 올랐다.")).contains("KT 경기득점 3 [against=NC]");
    assertThat(scores("KT는 NC를 2-1로 이긴 뒤 1위에 올랐다.")).contains("KT 경기득점 2 [against=NC]");
  }

  @Test
  void aPlayerOrACommonNounIsNoSide() {
    assertThat(scores("김가람은 9회 홈런으로 팀의 8대7 승리를 이끌었다.")).noneMatch(f -> f.startsWith("김가람 "));
    assertThat(scores("만원 관중이 찾은 경기에서 KT는 5-4로 이겼다.")).allMatch(f -> f.startsWith("KT "));
  }

  @Test
  void theOpponentIsTheNameOfTheWordInWaUiNotTheGroupBeforeIt() {
    assertThat(scores("브라질은 1라운드 C조 페루와의 1차전에서 3-4로 졌다."))
        .contains("브라질 경기득점 3 [against=페루, edition=1차전]");
  }

  @Test
  void aMatchNamedInAnEarlierClauseOfTheSentenceIsTheOpponent() {
    assertThat(scores("브라질은 칠레와의 첫 경기에서 홈런 두 방을 허용하며 3-4로 패했다."))
        .contains("브라질 경기득점 3 [against=칠레]");
    assertThat(scores("브라질은 칠레에 3-4로 덜미를 잡혔다.")).contains("브라질 경기실점 4 [against=칠레]");
  }

  @Test
  void aScoreWhileTheGameWentOnIsNoResult() {
    assertThat(scores("KT는 3-0으로 앞서던 8회 추가점을 냈다.")).isEmpty();
    assertThat(scores("가람의 승률은 0.612로 1위다. 2024-2025 시즌에 뛰었다.")).isEmpty();
  }

  @Test
  void twoFinalScoresOfOneMatchContradict() {
    List<Finding> findings = ClaimFacts.compare(
        Articles.of("a", "2031-06-02", "KT는 NC를 2-1로 꺾었다."),
        Articles.of("b", "2031-06-02", "KT는 NC를 3-1로 꺾었다."));
    assertThat(findings).anyMatch(f -> f.verdict() == Verdict.CONTRADICTION && f.attribute().equals(ScoreFrames.FOR));
  }
}
