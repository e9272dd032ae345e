package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.source.SourceGroups;
import dev.sasil.factcheck.testing.Articles;
import dev.sasil.factcheck.testing.TwoEvents;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceComparerTest {

  // A made-up festival: a wire story, an outlet's reprint of it with its own lead and without the
  // last sentence, and an article of another outlet written on its own.
  private static final String BODY = """
      올해로 열 번째인 한솔 강변 축제가 사흘 일정으로 막을 올렸다.
      축제 조직위원회는 강변 산책로를 따라 먹거리 장터와 공연 무대를 꾸렸다고 밝혔다.
      이번 축제의 자원봉사자는 1200명이다.
      조직위원회는 쓰레기를 줄이려고 일회용 컵 대신 다회용 컵을 나눠 주기로 했다.
      주말에는 강변도로 일부 구간의 차량 통행이 제한된다.""";
  private static final String WIRE = BODY + "\n조직위원회는 내년 축제 일정을 가을에 발표할 예정이다.";
  private static final String REPRINT = "강변에서 열흘 같은 사흘이 시작됐다.\n" + BODY;
  private static final String OTHER = """
      한솔 강변 축제 현장은 첫날부터 가족 단위 방문객으로 붐볐다.
      이번 축제의 자원봉사자는 1200명이다.
      자원봉사자들은 주차 안내와 분리수거를 맡았다.""";

  private final SourceComparer comparer = SourceComparer.standard();

  private static List<Finding> volunteers(List<Finding> findings) {
    return findings.stream().filter(f -> f.claims().get(0).value().normalized().equals("1200")).toList();
  }

  @Test
  void aWireStoryAndItsReprintAreOneSourceAndAnIndependentArticleMakesAnAgreement() {
    Article wire = Articles.of("wire", "2031-05-02", WIRE);
    Article reprint = Articles.of("reprint", "2031-05-02", REPRINT);
    Article other = Articles.of("other", "2031-05-02", OTHER);

    assertThat(volunteers(comparer.compare(List.of(wire, reprint)))).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
      assertThat(f.articleIds()).containsExactly("reprint", "wire");
    });
    assertThat(volunteers(comparer.compare(List.of(wire, reprint), SourceGroups.separate())))
        .as("counted as two sources when copies are not looked for").singleElement()
        .extracting(Finding::verdict).isEqualTo(Verdict.AGREEMENT);
    assertThat(volunteers(comparer.compare(List.of(wire, reprint, other)))).singleElement().satisfies(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(f.articleIds()).containsExactlyInAnyOrder("wire", "reprint", "other");
    });
  }

  @Test
  void aClaimWithoutAnOwnerMeetsOnlyClaimsOfItsOwnStory() {
    // 사망자는 3명이다 names no owner: the deaths of a fire and of a flood are different facts,
    // however equal
    Article fire1 = Articles.of("fire-1", "2031-05-12", TwoEvents.FIRE_1
        + "\n이번 사고의 사망자는 3명이다.");
    Article fire2 = Articles.of("fire-2", "2031-05-13", TwoEvents.FIRE_2
        + "\n이번 사고의 사망자는 3명이다.");
    Article flood = Articles.of("flood-1", "2031-05-12", TwoEvents.FLOOD_1
        + "\n이번 사고의 사망자는 3명이다.");
    List<Finding> deaths = comparer.compare(List.of(fire1, flood, fire2)).stream()
        .filter(f -> f.claims().stream().anyMatch(c -> c.evidence().text().contains("명")
            && c.evidence().sentence().contains("사망자")))
        .toList();
    assertThat(deaths).anySatisfy(f -> {
      assertThat(f.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(f.articleIds()).containsExactlyInAnyOrder("fire-1", "fire-2");
    });
    assertThat(deaths).anySatisfy(f -> assertThat(f.articleIds()).containsExactly("flood-1"));
  }
}
