package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.testing.Articles;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invented three-article stories of other domains (see {@code fixtures/README.md}): a phone launch
 * with model codes and pre-order figures, quarterly earnings, a policy announcement and a rocket
 * launch. Each test names the behaviour it guards.
 */
class OwnStoriesTest {

  private static List<Finding> compare(String name) {
    try {
      Path p = Path.of(OwnStoriesTest.class.getResource("/dev/sasil/factcheck/fixtures/" + name).toURI());
      List<Article> articles = Articles.read(p);
      return SourceComparer.standard().compare(articles);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Finding> about(List<Finding> all, String subject, String attribute) {
    return all.stream().filter(f -> f.subject().equals(subject) && f.attribute().equals(attribute)).toList();
  }

  @Test
  void modelCodesKeepLaunchesOfDifferentModelsApart() {
    List<Finding> f = compare("phones.jsonl");
    List<Finding> x13 = about(f, "한빛폰 X13", "released");
    assertThat(x13).hasSize(1);
    assertThat(x13.get(0).verdict()).isEqualTo(Verdict.AGREEMENT);
    // the date of the setting clause (발표회를 열고) dates the launch in phone-a
    assertThat(x13.get(0).articleIds()).containsExactly("phone-a", "phone-b", "phone-c");
    assertThat(about(f, "한빛폰 Z 플렉스3", "released")).hasSize(1);
    assertThat(f).noneMatch(x -> x.subject().equals("한빛폰"));
  }

  @Test
  void preOrderTotalsAgreeAcrossMonthsButNotWithTheFirstDayOrAForecast() {
    List<Finding> f = compare("phones.jsonl");
    List<Finding> pre = f.stream().filter(x -> x.attribute().equals("units.preorder")).toList();
    assertThat(pre).hasSize(1);
    assertThat(pre.get(0).verdict()).isEqualTo(Verdict.AGREEMENT);
    assertThat(pre.get(0).qualifiers()).containsExactly("scope=domestic");
    assertThat(f).noneMatch(x -> x.attribute().equals("units.shipped"));
  }

  @Test
  void aRealFoundingContradictionStays() {
    List<Finding> f = compare("phones.jsonl");
    assertThat(about(f, "한빛전자", "founded")).singleElement()
        .satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.CONTRADICTION));
  }

  @Test
  void quarterlyFiguresAgreeWhenRoundedAndContinueTheirPeriod() {
    List<Finding> f = compare("earnings.jsonl");
    assertThat(f).noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
    List<Finding> revenue = about(f, "SK하이닉스", "revenue");
    assertThat(revenue).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(x.qualifiers()).containsExactly("period=2024-Q2");
      assertThat(x.articleIds()).containsExactly("earn-a", "earn-b", "earn-c");
    });
    // 1분기 영업이익 is another period; 같은 기간 is the period of the previous sentence
    assertThat(about(f, "SK하이닉스", "operating.profit")).extracting(Finding::qualifiers)
        .containsExactlyInAnyOrder(List.of("period=2024-Q2"), List.of("period=2024-Q1"));
    assertThat(about(f, "삼성전자", "operating.profit")).extracting(Finding::qualifiers)
        .containsExactly(List.of("period=2024-Q2"));
    // 하반기 매출은 20조원을 넘어설 것으로 전망된다: a forecast is no figure
    assertThat(f).noneMatch(x -> x.qualifiers().contains("asof=2024-H2"));
  }

  @Test
  void aFoundingUnderAnotherNameIsNotComparedWithTheRenaming() {
    List<Finding> f = compare("policy.jsonl");
    assertThat(f).noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
    assertThat(about(f, "고용노동부", "founded")).extracting(Finding::qualifiers)
        .containsExactlyInAnyOrder(List.of(), List.of("as=노동부"));
  }

  @Test
  void launchesAgreeAndATopicalizedObjectIsWhatWasFounded() {
    List<Finding> f = compare("launch.jsonl");
    assertThat(about(f, "누리호", "launched")).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(x.articleIds()).containsExactly("sci-a", "sci-b", "sci-c");
    });
    assertThat(about(f, "스페이스X", "founded")).singleElement()
        .satisfies(x -> assertThat(x.claims().get(0).value().normalized()).isEqualTo("2002"));
  }

  @Test
  void openingsAgreeAcrossTimeZonesAndFoundingsByAnyVerb() {
    List<Finding> f = compare("sport.jsonl");
    assertThat(f).noneMatch(x -> x.verdict() == Verdict.CONTRADICTION);
    assertThat(about(f, "파리올림픽", "opened")).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT);
      // 지난 26일 개막한 파리올림픽에: the modified noun is the subject of an intransitive event
      assertThat(x.articleIds()).containsExactly("sp-a", "sp-b", "sp-c");
    });
    assertThat(about(f, "대한체육회", "founded")).singleElement()
        .satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT));
  }

  @Test
  void aBillPassingAgreesAndAMinistryIsFoundByTheAliasTable() {
    List<Finding> f = compare("bill.jsonl");
    assertThat(about(f, "AI 기본법", "passed")).singleElement().satisfies(x -> {
      assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(x.claims()).allSatisfy(c -> assertThat(c.value().normalized()).isEqualTo("2024-12-26"));
    });
    assertThat(about(f, "과학기술정보통신부", "founded")).singleElement()
        .satisfies(x -> assertThat(x.verdict()).isEqualTo(Verdict.AGREEMENT));
  }
}
