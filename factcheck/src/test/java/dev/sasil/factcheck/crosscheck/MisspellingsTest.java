package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.entity.Spelling;
import dev.sasil.factcheck.extract.ClaimExtractor;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

class MisspellingsTest {

  private static List<Finding> spellings(String... texts) {
    return CrossChecker.standard().check(ClaimExtractor.standard().extract(Articles.ofDay("2025-03-14", texts)))
        .stream().filter(f -> f.claims().get(0).value() instanceof Spelling).toList();
  }

  private static List<Finding> misspelt(String... texts) {
    return spellings(texts).stream().filter(f -> f.verdict() == Verdict.CONTRADICTION).toList();
  }

  private static List<String> cited(Finding f) {
    return f.claims().stream().map(Claim::evidence).map(e -> e.articleId() + " " + e.text()).toList();
  }

  @Test
  void aPersonsNameSpelledOneLetterApartBesideOneTitleContradicts() {
    List<Finding> found = misspelt(
        "이번 사건의 재판장인 정우진 부장판사는 징역 3년을 선고했다.",
        "서울지법 형사1부(정유진 부장판사)는 이날 징역 3년을 선고했다.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).subject()).isEqualTo("부장판사");
    assertThat(found.get(0).attribute()).isEqualTo("name.person");
    assertThat(cited(found.get(0))).containsExactly("a0 정우진", "a1 정유진");
  }

  @Test
  void theSourcesThatWriteOneSpellingAgreeOnIt() {
    List<Finding> found = spellings(
        "서울지법 형사1부(정우진 부장판사)는 이날 징역 3년을 선고했다.",
        "재판장인 정우진 부장판사는 피고인에게 징역 3년을 선고했다.",
        "서울지법 형사1부(정유진 부장판사)는 징역 3년을 선고했다.");
    assertThat(found).extracting(Finding::verdict).containsExactlyInAnyOrder(Verdict.CONTRADICTION, Verdict.AGREEMENT);
    Finding agreement = found.stream().filter(f -> f.verdict() == Verdict.AGREEMENT).findFirst().orElseThrow();
    assertThat(cited(agreement)).containsExactly("a0 정우진", "a1 정우진");
    assertThat(agreement.explanation()).isEqualTo("2 articles say 정우진");
  }

  @Test
  void aPlaceAfterItsCitySpelledOneLetterApartContradicts() {
    List<Finding> found = misspelt(
        "충북 청주시 오창읍 일대에서 불이 났다.",
        "충북 청주시 오장읍 일대에서 불이 났다.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).attribute()).isEqualTo("name.place");
  }

  @Test
  void anArticleThatWritesBothSpellingsNamesTwoPeople() {
    assertThat(misspelt(
        "녹색당 김하윤 후보와 김하연 후보가 나섰다.",
        "녹색당 김하연 후보는 1.2%를 얻었다.")).isEmpty();
  }

  @Test
  void namesWithNoWordBesideThemInCommonAreTwoPeople() {
    assertThat(misspelt(
        "김하윤 아나운서가 사회를 봤다.",
        "축사는 김하연 의원이 했다.")).isEmpty();
  }

  @Test
  void aDifferentFamilyNameIsAnotherPerson() {
    assertThat(misspelt(
        "녹색당 김하윤 후보는 1.2%를 얻었다.",
        "녹색당 심하윤 후보는 1.2%를 얻었다.")).isEmpty();
  }

  @Test
  void namesMoreThanOneSyllableApartAreTwoPeople() {
    assertThat(misspelt(
        "녹색당 김하윤 후보는 1.2%를 얻었다.",
        "녹색당 김도연 후보는 1.2%를 얻었다.")).isEmpty();
  }

  @Test
  void twoPlayersOfOneTeamOneLetterApartAreTwoPeople() {
    assertThat(misspelt("KIA 투수 김도현이 5회를 세 타자로 막았다.", "KIA 김도영이 7회 1루로 달려나갔다."))
        .as("the team both sentences name tells no one apart").isEmpty();
  }
}
