package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrdinalFramesTest {

  @Test
  void anOrdinalIsThePlaceOfTheClausesTopicInItsSeries() {
    assertThat(ClaimFacts.facts("2031-03-24", "배우 김나래는 '가람'(1100만명)에 이어 세 번째 천만 영화를 갖게 됐다."))
        .contains("김나래 순번 3");
    assertThat(ClaimFacts.facts("2031-03-24", "영화 '가온누리'가 24일 천만 관객을 돌파하며 35번째 천만 영화라는 기록을 썼다."))
        .contains("가온누리 순번 35");
  }

  @Test
  void anOrdinalRankingByAnAdjectiveIsNoPlaceInASeries() {
    assertThat(ClaimFacts.facts("2031-10-22", "가람자동차는 나래국에서 두 번째로 큰 완성차 업체다."))
        .noneMatch(f -> f.contains(OrdinalFrames.ATTRIBUTE));
    assertThat(ClaimFacts.facts("2031-10-22", "배우 김나래는 역대 세 번째로 주연상을 받았다.")).contains("김나래 순번 3");
  }

  @Test
  void anOrdinalOfNoOneNamedIsNoClaim() {
    assertThat(ClaimFacts.facts("2031-03-24", "올해 들어 세 번째 천만 영화가 나왔다.")).noneMatch(f -> f.contains("순번"));
  }

  @Test
  void twoPlacesOfOneNameAgreeOrStandAloneNeverContradict() {
    List<Finding> f = ClaimFacts.compare(
        Articles.of("a", "2031-03-24", "배우 김나래는 세 번째 천만 영화를 갖게 됐다."),
        Articles.of("b", "2031-03-24", "배우 김나래는 네 번째 주연상을 받았다."));
    assertThat(f).noneMatch(x -> x.verdict() == Verdict.CONTRADICTION && x.attribute().equals(OrdinalFrames.ATTRIBUTE));
  }
}
