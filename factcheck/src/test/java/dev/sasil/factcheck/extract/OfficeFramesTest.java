package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.crosscheck.CrossChecker;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who holds an office, won a prize or stands for one; every sentence here is written for the test. */
class OfficeFramesTest {

  private static List<String> offices(String text) {
    return ClaimFacts.facts("2031-03-02", text).stream()
        .filter(f -> f.contains(" office ") || f.contains(" award ") || f.contains(" nominee ")).toList();
  }

  @Test
  void aTitleWrittenAfterAFullNameIsThatPersonsOffice() {
    assertThat(offices("최가람 나래시 소방서장은 이날 브리핑에서 피해를 설명했다."))
        .containsExactly("최가람 office 나래시 소방서장");
    assertThat(offices("문가람 가람재판소장 권한대행이 결정문을 읽었다."))
        .as("a title the one before qualifies").containsExactly("문가람 office 가람재판소장 권한대행");
  }

  @Test
  void aFormerTitleTheArticlesOwnStaffAndACandidacyHoldNoOffice() {
    assertThat(offices("김나래 전 장관은 이날 기자회견을 열었다.")).isEmpty();
    assertThat(offices("박가람 기자 = 가람시 의회가 예산안을 의결했다.")).isEmpty();
    assertThat(offices("정나래 후보는 이날 유세를 벌였다.")).isEmpty();
  }

  @Test
  void aTitleStartsWhereAMorphemeDoesAndFollowsAWholeName() {
    assertThat(offices("가람시 나래읍 한 아파트 지하주차장에서 3명이 구조됐다.")).as("no 차장 in 주차장").isEmpty();
    assertThat(offices("이번 나래구청장 보궐선거의 투표율은 40%였다.")).as("이번 is no name").isEmpty();
    assertThat(offices("나래 전시회에서 한국 배우 최초로 상을 탔다.")).as("a country is no person").isEmpty();
    assertThat(offices("기시다 후미오 총리는 이날 지시했다.")).as("the first part of a name").isEmpty();
  }

  @Test
  void aVerbOfElectionOrAppointmentPutsItsSubjectInTheOfficeOfIts로Phrase() {
    assertThat(offices("윤나래 가람대 교수가 초대 원장으로 임명됐다."))
        .as("the subject's apposition names the person").contains("윤나래 office 초대 원장");
    assertThat(offices("새 위원장에는 정가람·한나래 후보가 선출됐다."))
        .as("each name of a list between the office and the verb").containsExactly("정가람 office 위원장", "한나래 office 위원장");
    assertThat(offices("청년위원장으로 뽑힌 조가람 의원은 소감을 밝혔다."))
        .as("the noun the relative clause modifies").contains("조가람 office 청년위원장");
  }

  @Test
  void anElectionTheSentenceNamesGivesTheOfficeWhenNo로PhraseDoes() {
    assertThat(offices("가람시장 선거에서 김나래 후보가 박가람 후보를 꺾고 당선됐다."))
        .as("the subject, not the defeated object").containsExactly("김나래 office 가람시장");
    assertThat(offices("송가람 나래당 후보가 나래구청장 보궐선거에서 당선됐다.")).contains("송가람 office 나래구청장");
    assertThat(offices("진가람 나래당 후보가 가람구청장 재보궐선거에서 당선됐다."))
        .as("the longest election word: no 재 left on the office").contains("진가람 office 가람구청장");
    assertThat(offices("제9대 대통령 선거에서 나래당 한가람 후보의 당선이 확정됐다."))
        .as("the noun of the office verb before 확정, its holder a genitive").containsExactly("한가람 office 대통령");
    assertThat(offices("가람시장 선거에서 김나래 후보의 당선은 확정되지 않았다.")).isEmpty();
  }

  @Test
  void aPrizeIsWonByItsSubjectOrByTheNameItGoesTo() {
    assertThat(offices("신가람은 남우주연상을 수상했다.")).containsExactly("신가람 award 남우주연상");
    assertThat(offices("올해 MVP는 가람 구단 주장 오나래로 결정됐다.")).containsExactly("오나래 award MVP");
    assertThat(offices("시상식에서 가람호는 감독상(황나래)과 작품상을 수상했다."))
        .as("names in brackets after the prize").containsExactly("황나래 award 감독상");
    assertThat(offices("강나래는 감독상을 받지 못했다.")).as("a negated verb").isEmpty();
  }

  @Test
  void aNominationIsNoPrize() {
    assertThat(offices("여우조연상 후보에 오른 류나래는 수상하지 못했다.")).containsExactly("류나래 nominee 여우조연상");
    assertThat(offices("가람호는 남우주연상(이가람), 여우조연상(송나래·한가람) 3개 부문 후보에 올랐다."))
        .containsExactly("이가람 nominee 남우주연상", "송나래 nominee 여우조연상", "한가람 nominee 여우조연상");
  }

  @Test
  void anOfficeAndItsElectOrActingHolderAreOneOffice() {
    List<Finding> f = CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-03-02", "한가람 대통령 당선인은 이날 첫 일정을 소화했다."),
        Articles.of("b", "2031-03-02", "한가람 후보가 대통령으로 당선됐다."))));
    assertThat(f).filteredOn(x -> x.attribute().equals(OfficeFrames.OFFICE) && x.verdict() == Verdict.AGREEMENT)
        .singleElement().satisfies(x -> assertThat(x.claims()).extracting(c -> c.evidence().articleId()).contains("a", "b"));
  }

  @Test
  void sourcesWritingOneOfficeTwoWaysAgreeAndDifferentOfficesOfOnePersonNeverContradict() {
    List<Finding> f = CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-03-02", "윤나래 가람청 초대청장은 이날 첫 출근을 했다."),
        Articles.of("b", "2031-03-02", "초대 청장에 취임한 윤나래 청장은 포부를 밝혔다."),
        Articles.of("c", "2031-03-02", "윤나래 가람대 교수는 지난달 청장에 내정됐다."))));
    assertThat(f).filteredOn(x -> x.attribute().equals(OfficeFrames.OFFICE)).noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
    assertThat(f).filteredOn(x -> x.attribute().equals(OfficeFrames.OFFICE) && x.verdict() == Verdict.AGREEMENT)
        .singleElement().satisfies(x -> {
          assertThat(x.subject()).isEqualTo("윤나래");
          assertThat(x.claims()).extracting(c -> c.evidence().articleId()).contains("a", "b", "c");
        });
  }
}
