package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A person's age in brackets after the name; every sentence here is written for the test. */
class AgeFramesTest {

  private static List<String> ages(String text) {
    return ClaimFacts.facts("2031-05-20", text).stream().filter(f -> f.contains(" 나이 ")).toList();
  }

  @Test
  void anAgeInBracketsAfterANameIsThePersonsAgeOfTheArticlesYear() {
    assertThat(ages("투수 김가람(37)이 12년 만에 친정팀으로 돌아왔다."))
        .containsExactly("김가람 나이 37 [period=2031]");
    assertThat(ages("소설가 한나래(54·서울)의 책이 100만부 넘게 팔렸다."))
        .containsExactly("한나래 나이 54 [period=2031]");
  }

  @Test
  void anAgeBeforeANounOfAPersonIsThatPersonsNamedByTheNameAfterIt() {
    assertThat(ages("구조된 이는 41세 남성 가모씨와 53세 여성 B 씨다."))
        .containsExactly("가모 나이 41 [period=2031]", "B 나이 53 [period=2031]");
    assertThat(ages("숨진 이들은 66세 여성 1명과 17세 소년 1명이다."))
        .containsExactly("여성 나이 66 [period=2031]", "소년 나이 17 [period=2031]");
    assertThat(ages("이 건물은 지은 지 30세 되는 건물이 아니다.")).isEmpty();
  }

  @Test
  void anAgeAfterTheNamesTitleIsTheNamesToo() {
    assertThat(ages("박가람 전 대통령(66)이 법정에 출석했다.")).containsExactly("박가람 나이 66 [period=2031]");
    assertThat(ages("김나래 씨(45)가 불을 처음 봤다.")).containsExactly("김나래 나이 45 [period=2031]");
  }

  @Test
  void aNumberInBracketsAfterAPlaceOrAnotherWordIsNoAge() {
    assertThat(ages("서울(48)과 부산(18)에서 의석을 얻었다.")).isEmpty();
    assertThat(ages("사망자(12) 가운데 외국인이 많았다.")).isEmpty();
    assertThat(ages("김가람 선수(3골)가 득점왕에 올랐다.")).isEmpty();
    assertThat(ages("김가람 사과(5)를 샀다.")).as("a noun after the name that is no title").isEmpty();
    assertThat(ages("김가람(250)이 나왔다.")).as("no one is 250").isEmpty();
  }

  @Test
  void twoAgesOfOneYearContradictAndAgesOfAnUndatedArticleNeverDo() {
    List<Finding> found = ClaimFacts.compare(Articles.of("a", "2031-05-20", "투수 김가람(37)이 복귀했다."),
        Articles.of("b", "2031-05-21", "투수 김가람(41)이 복귀했다."));
    assertThat(found).filteredOn(f -> f.claims().getFirst().attribute().equals("나이"))
        .singleElement().extracting(Finding::verdict).isEqualTo(Verdict.CONTRADICTION);
    assertThat(ClaimFacts.facts(null, "투수 김가람(37)이 복귀했다.")).contains("김가람 나이 37");
  }

  @Test
  void aDecadeInBracketsAfterANameIsThePersonsAgeBracketNoCount() {
    assertThat(ClaimFacts.facts("2031-09-07", "실종자는 △남모(40대·남) △허모(70대) 등 2명이다."))
        .contains("허모 나이 70~79 [period=2031]").noneMatch(f -> f.endsWith(" 70") || f.contains("△"));
  }

  @Test
  void theAgesOfAHiddenNameNeverContradict() {
    // 김모 hides a name: two 김모 of one story may be two people
    List<Finding> found = ClaimFacts.compare(Articles.of("a", "2031-09-07", "구조된 허모(52)씨는 주민이다."),
        Articles.of("b", "2031-09-07", "숨진 허모(17)씨는 학생이다."));
    assertThat(found).noneMatch(f -> f.verdict() == Verdict.CONTRADICTION);
  }
}
