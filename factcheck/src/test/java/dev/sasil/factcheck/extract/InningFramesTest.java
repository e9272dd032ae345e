package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.testing.Articles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The inning of a player's play in a baseball game; every sentence here is written for the test. */
class InningFramesTest {

  private static final List<String> PLAYS = List.of("홈런", "적시타", "안타", "볼넷", "희생플라이");

  private static List<String> plays(String text) {
    return ClaimFacts.facts("2031-06-02", text).stream().filter(f -> PLAYS.contains(f.split(" ")[1])).toList();
  }

  @Test
  void aPlayAfterAnInningIsThePlayersAtThatHalfInning() {
    assertThat(plays("5회말 김가람이 3점 홈런을 터뜨렸다.")).containsExactly("김가람 홈런 5B");
    assertThat(plays("4회초 박나래가 희생플라이로 선취점을 올렸다.")).containsExactly("박나래 희생플라이 4T");
    assertThat(plays("7회 김가람이 솔로포를 쏘아 올렸다.")).as("an inning without its half spans both")
        .containsExactly("김가람 홈런 7T~7B");
  }

  @Test
  void everyPlayOfTheInningHasItsOwnPlayer() {
    assertThat(plays("6회말 김가람이 볼넷으로 출루한 뒤 박나래의 안타에 이어 이서준이 투런포를 터뜨렸다."))
        .containsExactly("김가람 볼넷 6B", "박나래 안타 6B", "이서준 홈런 6B");
  }

  @Test
  void aPlayOfAListOfPlayersIsNoOnesAndNotTheTeams() {
    assertThat(plays("가람은 6회 공격에서 김가람과 이서준의 연이은 안타로 앞서 나갔다.")).isEmpty();
    assertThat(plays("8회말 이서준이 역전 스리런을 터뜨렸다.")).as("역전 qualifies the play")
        .containsExactly("이서준 홈런 8B");
  }

  @Test
  void aPlayThePitcherAllowedIsTheBattersNotThePitchers() {
    assertThat(plays("선발 김가람은 3회 박나래에게 2점 홈런을 허용했다.")).containsExactly("박나래 홈런 3T~3B");
    assertThat(plays("8회초 마운드에 오른 김가람은 안타와 2루타를 맞았다.")).as("no batter named").isEmpty();
  }

  @Test
  void aPlayerFromAbroadIsNamedByTheProperNounBeforeThePlay() {
    assertThat(plays("2회초 로렌조 구스만에게 솔로 홈런을 내줬다.")).containsExactly("구스만 홈런 2T");
  }

  @Test
  void aRelativeClauseOfThePlayDescribesItsPlayer() {
    assertThat(plays("3회말 적시타로 한 점을 보탠 김가람은 승리를 이끌었다.")).containsExactly("김가람 적시타 3B");
  }

  @Test
  void aCountOfTimesIsNoInning() {
    assertThat(plays("김가람은 3회 연속 홈런을 기록했다.")).isEmpty();
    assertThat(plays("제5회 대회에서 김가람이 홈런을 쳤다.")).isEmpty();
    assertThat(ClaimFacts.facts("2031-06-02", "김가람은 5회 마운드에서 박나래에게 홈런을 맞았다."))
        .as("the inning is no count of times").noneMatch(f -> f.contains("5 TIMES") || f.endsWith(" 5"));
  }

  @Test
  void anInningWithoutItsHalfAgreesWithEitherHalfAndTheTwoHalvesDoNot() {
    List<Finding> findings = ClaimFacts.compare(
        Articles.of("a", "2031-06-02", "5회초 김가람이 솔로 홈런을 쳤다."),
        Articles.of("b", "2031-06-02", "김가람은 5회 솔로 홈런을 터뜨렸다."),
        Articles.of("c", "2031-06-02", "5회말 김가람이 솔로 홈런을 쳤다."));
    assertThat(findings).filteredOn(f -> f.attribute().equals("홈런"))
        .noneMatch(f -> f.verdict() == Verdict.CONTRADICTION)
        .anyMatch(f -> f.verdict() == Verdict.AGREEMENT && f.claims().size() == 2);
  }

  @Test
  void randomPlayByPlayGivesNoInternalErrorAndOnlyHalfInningsItsTextWrites() {
    Random r = new Random(41);
    int read = 0;
    String[] innings = {"", "1회", "5회말", "9회 초", "12회에는", "3회까지", "제3회", "0회", "4회 연속", "7회(", "2회초에도"};
    String[] names = {"", "김가람이", "박나래에게", "디아즈", "김가람과 이서준의", "팀 구스만에", "가람은", "몸에"};
    String[] plays = {"홈런을", "3점 홈런으로", "투런포", "적시타를", "안타와 2루타를", "볼넷을", "희생 플라이로", "폭투로"};
    String[] verbs = {"터뜨렸다", "허용했다", "맞았다", "쳤다", "내주며", "기록했다", "얻었다"};
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < 1 + r.nextInt(3); k++) {
        b.append(innings[r.nextInt(innings.length)]).append(' ').append(names[r.nextInt(names.length)]).append(' ')
            .append(plays[r.nextInt(plays.length)]).append(' ').append(verbs[r.nextInt(verbs.length)])
            .append(r.nextInt(3) == 0 ? " " : ". ");
      }
      Extraction e = ClaimExtractor.standard().extract(Articles.of("b" + i, "2031-06-02", b.toString()));
      assertThat(e.problems()).as(b.toString()).isEmpty();
      for (ExtractedClaim c : e.claims()) {
        assertThat(c.claim().evidence().sentence()).as(b.toString()).contains(c.claim().evidence().text());
        if (c.claim().value() instanceof Quantity q && q.unit() == QuantityUnit.INNING) {
          read++;
          assertThat(q.value()).as(b.toString()).isBetween(BigDecimal.ONE, BigDecimal.valueOf(24));
          assertThat(c.claim().evidence().text()).as(b.toString()).matches("\\d{1,2}\\s?회(\\s?[초말])?");
        }
      }
    }
    assertThat(read).as("plays read at all").isGreaterThan(50);
  }
}
