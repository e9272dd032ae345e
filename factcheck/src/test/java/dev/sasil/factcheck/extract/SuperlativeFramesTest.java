package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.crosscheck.CrossChecker;
import dev.sasil.factcheck.testing.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records ever (역대 최대, 사상 최저); every sentence here is written for the test. */
class SuperlativeFramesTest {

  private static List<String> records(String text) {
    return ClaimFacts.facts("2031-03-02", text).stream().filter(f -> f.contains(" record ")).toList();
  }

  private static List<String> firsts(String text) {
    return ClaimFacts.facts("2031-03-02", text).stream().filter(f -> f.contains(" first ")).toList();
  }

  @Test
  void theNounAfterTheRecordWordIsWhatTheRecordIsOf() {
    assertThat(records("가람전자가 3분기 사상 최대 매출을 올렸다.")).containsExactly("가람전자 record 최대 [of=revenue]");
    assertThat(records("이번 선거는 헌정 사상 최소 표차로 끝났다.")).containsExactly(" record 최저 [of=표차]");
    assertThat(records("나래시의 낮 기온이 역대 최고기온을 넘었다.")).containsExactly(" record 최대 [of=최고기온]");
  }

  @Test
  void aRecordNounGluedToTheMeasureLeavesTheMeasure() {
    assertThat(records("나래전자 등은 역대 최고 수출실적을 기록했다.")).containsExactly(" record 최대 [of=수출액]");
  }

  @Test
  void aRecordNounLeavesItToTheTopicOrTheFigureOfTheClause() {
    assertThat(records("위자료는 역대 최대 규모다.")).containsExactly(" record 최대 [of=위자료]");
    assertThat(records("가계 빚이 역대 최대를 기록했다.")).as("a noun of one syllable with the one before")
        .containsExactly(" record 최대 [of=가계빚]");
    assertThat(records("가람국의 연간 수출액이 5천억달러를 넘어서며 역대 최고치를 새로 썼다."))
        .as("a clause its subject goes on from").containsExactly(" record 최대 [of=수출액]");
    assertThat(records("매출만 놓고 보면 분기 기준으로 역대 최대 실적을 냈다.")).as("the noun a frame reckons by")
        .containsExactly(" record 최대 [of=revenue]");
    assertThat(records("선수단 규모가 줄어들면서 역대 최저 성적에 대한 우려가 나왔다.")).as("no figure or topic of another clause")
        .isEmpty();
  }

  @Test
  void aRecordOfAListIsARecordOfEachMeasureItNames() {
    assertThat(records("가람국은 지난해 수출과 수입이 나란히 사상 최대였다."))
        .containsExactly(" record 최대 [of=수출액]", " record 최대 [of=수입액]");
    assertThat(records("가람전자는 매출·영업이익·순이익 모두 역대 최대를 기록했다."))
        .containsExactly(" record 최대 [of=revenue]", " record 최대 [of=operating.profit]", " record 최대 [of=net.profit]");
    assertThat(records("가람전자는 매출, 영업이익 모두 역대 최대를 기록했다."))
        .containsExactly(" record 최대 [of=revenue]", " record 최대 [of=operating.profit]");
    assertThat(records("가람전자는 역대 최대 매출·영업이익을 올렸다."))
        .containsExactly("가람전자 record 최대 [of=revenue]", "가람전자 record 최대 [of=operating.profit]");
    assertThat(records("가람국은 수출, 수입과 무역수지가 나란히 사상 최대였다.")).as("a subject joined to two nouns before it")
        .containsExactly(" record 최대 [of=수출액]", " record 최대 [of=수입액]", " record 최대 [of=무역수지]");
    assertThat(records("가람국과 나래국 모두 역대 최대 실적을 냈다.")).as("names, no measures").isEmpty();
    assertThat(records("아세안·미국 모두 역대 최대였다.")).as("an item that names no measure").isEmpty();
  }

  @Test
  void aSuperlativeAdjectiveAndOtherKindsAreRecordsToo() {
    assertThat(records("이는 역대 가람상 시상식 중 가장 낮은 시청률이다.")).containsExactly(" record 최저 [of=시청률]");
    assertThat(records("올겨울은 역대 최악의 가뭄으로 남았다.")).containsExactly(" record 최악 [of=가뭄]");
  }

  @Test
  void noRecordWithoutAWordOfHistoryOrWithNothingNamed() {
    assertThat(records("사상자는 모두 12명으로 집계됐다.")).as("사상자 is casualties").isEmpty();
    assertThat(records("가람전자의 3분기 매출이 최대 5조원에 이를 전망이다.")).as("최대 alone is a bound").isEmpty();
    assertThat(records("이는 역대 최대 규모다.")).as("a pronoun names no measure").isEmpty();
    assertThat(records("역대 정부가 모두 이 문제를 다뤘고 가장 큰 숙제로 남겼다.")).isEmpty();
  }

  @Test
  void anExpectedRecordIsAForecastButATargetReachedIsNot() {
    assertThat(records("올해 매출은 역대 최대를 기록할 것으로 전망된다.")).containsExactly(" record 최대 [forecast, of=revenue]");
    assertThat(records("가람전자는 역대 최대 매출로 시장 예상을 넘어섰다.")).as("measured against a forecast, no forecast")
        .containsExactly("가람전자 record 최대 [of=revenue]");
    assertThat(firsts("세계 최초의 해양 위성인 '나래 1호'가 목표한 궤도에 진입했다.")).containsExactly("나래 1호 first 최초");
  }

  @Test
  void sourcesWritingOneRecordTwoWaysAgree() {
    List<Finding> f = CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-03-02", "가람전자가 3분기 사상 최대 매출을 올렸다."),
        Articles.of("b", "2031-03-02", "가람전자의 이번 매출은 분기 기준 역대 최대다."))));
    assertThat(f).filteredOn(x -> x.attribute().equals(SuperlativeFrames.ATTRIBUTE) && x.verdict() == Verdict.AGREEMENT)
        .singleElement().satisfies(x -> assertThat(x.claims()).extracting(c -> c.evidence().articleId()).contains("a", "b"));
  }

  @Test
  void aFirstAmongAGroupBelongsToTheNameOfItsClause() {
    assertThat(firsts("이가람은 아시아인으로는 최초로 가람리그 득점왕에 올랐다.")).containsExactly("이가람 first 최초");
    assertThat(firsts("가람리그에서 아시아 선수가 득점왕에 오른 것은 이가람이 처음이다.")).containsExactly("이가람 first 최초");
    assertThat(firsts("세계 최초의 해양 관측 위성인 '나래 1호'가 발사됐다.")).as("the name after it")
        .containsExactly("나래 1호 first 최초");
  }

  @Test
  void aFirstOfHistoryWithoutANameIsTheStorysEvent() {
    assertThat(firsts("수정 예산안이 야당 단독으로 통과된 것은 헌정 사상 처음이다.")).containsExactly(" first 최초 [event]");
    assertThat(firsts("예산안이 처리된 것은 헌정사상 이번이 처음이다.")).containsExactly(" first 최초 [event]");
    assertThat(firsts("감액만 반영된 예산안이 통과된 일은 사상 초유의 일이다.")).containsExactly(" first 최초 [event]");
    assertThat(firsts("정지궤도 위성으로는 사상 처음으로 해양 탑재체를 갖췄다."))
        .as("no topic: the story's own subject, unwritten").containsExactly(" first 최초");
  }

  @Test
  void aFirstReportASpanOrANegationIsNoFirst() {
    assertThat(firsts("소방당국에 따르면 최초 신고는 오전 7시 41분에 접수됐다.")).isEmpty();
    assertThat(firsts("금리를 내린 것은 4년 5개월 만에 처음이다.")).as("a record since").isEmpty();
    assertThat(firsts("가람호는 발사 뒤 지상국과 최초로 교신한다.")).as("the first contact").isEmpty();
    assertThat(firsts("경보가 내려진 것은 올해 들어 처음이다.")).as("a first of this year").isEmpty();
    assertThat(firsts("위성은 발사체가 도달하는 최초의 궤도에서 분리된다.")).as("the initial orbit").isEmpty();
    assertThat(firsts("가람시는 이 행사를 처음으로 열었다.")).as("처음 with no word of history").isEmpty();
    assertThat(firsts("이런 통과는 헌정 사상 처음이 아니다.")).isEmpty();
  }

  @Test
  void firstsOfOneNameAgreeAcrossSources() {
    List<Finding> f = CrossChecker.standard().check(ClaimExtractor.standard().extract(List.of(
        Articles.of("a", "2031-05-23", "이가람은 아시아인으로는 최초로 가람리그 득점왕에 올랐다."),
        Articles.of("b", "2031-05-23", "가람리그에서 아시아 선수가 득점왕에 오른 건 이가람이 최초다."))));
    assertThat(f).filteredOn(x -> x.attribute().equals(FirstFrames.ATTRIBUTE) && x.verdict() == Verdict.AGREEMENT)
        .singleElement().satisfies(x -> {
          assertThat(x.subject()).isEqualTo("이가람");
          assertThat(x.claims()).extracting(c -> c.evidence().articleId()).contains("a", "b");
        });
  }
}
