package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A family name and a title refer again to the person named in full; every sentence is written for the test. */
class TitledSurnamesTest {

  private static List<String> sued(String text) {
    return ClaimFacts.facts("2031-05-20", text).stream().filter(f -> f.contains(" sued ")).toList();
  }

  @Test
  void aFamilyNameBeforeATitleIsThePersonTheArticleNamedWithIt() {
    assertThat(sued("한가람 나래그룹 회장이 2심 판결을 받았다. 2028년 한 회장은 이혼 소송을 제기했다."))
        .containsExactly("한가람 sued 2028");
    assertThat(sued("정나래 가람미술관 관장이 입장을 냈다. 2029년 정 관장은 이혼 소송을 제기했다."))
        .as("a museum's director is a title too").containsExactly("정나래 sued 2029");
    assertThat(sued("정가람 전 나래그룹 회장이 입장을 냈다. 2028년 정 전 회장은 이혼 소송을 제기했다."))
        .as("a former holder").containsExactly("정가람 sued 2028");
  }

  @Test
  void aFullNameTakesTheRoleOfItsTitlePastTheOrganisationOrTheWordForFormer() {
    assertThat(sued("한가람 나래그룹 회장은 2028년 이혼 소송을 제기했다.")).containsExactly("한가람 sued 2028");
    assertThat(sued("한가람 전 회장은 2028년 이혼 소송을 제기했다.")).containsExactly("한가람 sued 2028");
  }

  @Test
  void noPersonWhenTheArticleNamedNoneOrSeveralWithThatFamilyName() {
    assertThat(sued("2028년 한 회장은 이혼 소송을 제기했다.")).as("nobody named before").isEmpty();
    assertThat(sued("김가람 회장과 김나래 사장이 만났다. 2028년 김 회장은 소송을 제기했다."))
        .as("two people named 김").isEmpty();
  }

  @Test
  void aDeterminerBeforeANounThatIsNoTitleNamesNobody() {
    assertThat(sued("한가람 나래그룹 회장이 판결을 받았다. 2028년 한 관계자는 소송을 제기했다."))
        .as("한 관계자: an official").isEmpty();
    assertThat(sued("이가람 나래전자 대표가 말했다. 2028년 이 대표 상품은 소송을 제기했다."))
        .as("이 대표 상품: this leading product").isEmpty();
  }
}
