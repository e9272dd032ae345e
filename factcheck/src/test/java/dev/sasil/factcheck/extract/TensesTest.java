package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.core.Sentence;
import dev.sasil.factcheck.testing.Articles;
import dev.sasil.factcheck.time.TimeAnchor;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeNormalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tense of a bare day's predicate decides its month; every sentence here is written for the test. */
class TensesTest {

  private static final LocalDate DAY = LocalDate.of(2031, 4, 27);

  /** The days of the first sentence of {@code text}, in an article of 27 April 2031, as the tenses leave them. */
  private static List<String> days(String text) {
    Article a = Articles.of("t", DAY.toString(), text);
    Sentence s = a.sentences().getFirst();
    List<TimeMention> times = TimeNormalizer.standard().find(s.text(), TimeAnchor.of(a.published().date()));
    return Tenses.apply(s.morphemes(), s.start(), times, DAY).stream()
        .map(t -> t.text().strip() + "=" + t.value().firstDay()).toList();
  }

  @Test
  void aDaySaidInThePresentIsTheNearestSuchDayNotLastMonths() {
    assertThat(days("가람시는 새 조례를 28일 공포한다고 27일 밝혔다."))
        .containsExactly("28일=2031-04-28", "27일=2031-04-27");
    assertThat(days("가람시 정기총회는 28일 열린다.")).containsExactly("28일=2031-04-28");
    assertThat(days("가람시 정기총회가 열리는 날은 28일이다.")).containsExactly("28일=2031-04-28");
  }

  @Test
  void aPresentOrFutureAdnominalEndingSpeaksOfTheNearestDay() {
    assertThat(days("28일 열리는 총회에는 500명이 참석한다.")).containsExactly("28일=2031-04-28");
    assertThat(days("28일 열릴 총회에는 500명이 참석한다.")).containsExactly("28일=2031-04-28");
  }

  @Test
  void aDaySaidInThePastStaysTheLatestNotAfterTheArticle() {
    assertThat(days("가람시는 새 조례를 29일 공포했다.")).containsExactly("29일=2031-03-29");
    assertThat(days("29일 공포한 조례가 논란이 됐다.")).containsExactly("29일=2031-03-29");
    assertThat(days("가람시 정기총회는 29일이었다.")).containsExactly("29일=2031-03-29");
  }

  @Test
  void theDayAfterTheArticleSaidInThePastIsThatDayAsArticlesAreFiledTheEveningBefore() {
    assertThat(days("가람시는 새 조례를 28일 공포했다.")).containsExactly("28일=2031-04-28");
    assertThat(days("가람시는 4월 28일 새 조례를 공포했다.")).containsExactly("4월 28일=2031-04-28");
  }

  @Test
  void aConnectiveEndingTakesTheTenseOfThePredicateAfterIt() {
    assertThat(days("가람시는 29일 조례를 공포하고 30일 시행했다."))
        .containsExactly("29일=2031-03-29", "30일=2031-03-30");
    assertThat(days("가람시는 29일 조례를 공포하고 30일 시행한다."))
        .containsExactly("29일=2031-04-29", "30일=2031-04-30");
  }

  @Test
  void aNearerDayEarlierInTheMonthIsNoReasonToMoveBack() {
    // the 25th read as this month's by the normalizer already: the present changes nothing
    assertThat(days("가람시는 25일 조례를 공포한다.")).containsExactly("25일=2031-04-25");
    // a future marker read by the normalizer (next month's 25th) is not moved back to the nearest
    assertThat(days("가람시는 25일 조례를 공포할 예정이다.")).containsExactly("25일=2031-05-25");
  }

  @Test
  void aDayWithItsDirectionOrYearIsLeftAlone() {
    assertThat(days("가람시는 지난 28일 조례를 공포한다.")).containsExactly("지난 28일=2031-03-28");
    assertThat(days("가람시는 2030년 5월 28일 조례를 공포한다.")).containsExactly("2030년 5월 28일=2030-05-28");
  }

  @Test
  void aMonthAndDayMovesBetweenYears() {
    Article a = Articles.of("t", "2031-12-30", "가람시는 1월 2일 새 조례를 시행한다.");
    Sentence s = a.sentences().getFirst();
    List<TimeMention> times = TimeNormalizer.standard().find(s.text(), TimeAnchor.of(a.published().date()));
    assertThat(Tenses.apply(s.morphemes(), s.start(), times, LocalDate.of(2031, 12, 30)).getFirst().value().firstDay())
        .isEqualTo(LocalDate.of(2032, 1, 2));
  }

  @Test
  void anUnknownDayOfTheArticleChangesNothing() {
    Article a = Articles.of("t", DAY.toString(), "가람시는 28일 조례를 공포한다.");
    Sentence s = a.sentences().getFirst();
    List<TimeMention> times = TimeNormalizer.standard().find(s.text(), TimeAnchor.of(a.published().date()));
    assertThat(Tenses.apply(s.morphemes(), s.start(), times, null)).isSameAs(times);
  }

  @Test
  void figuresAndClaimsTakeTheMovedDay() {
    var extraction = ClaimExtractor.standard().extract(Articles.of("t", DAY.toString(),
        "가람시는 새 조례를 28일 공포한다고 27일 밝혔다."));
    assertThat(extraction.figures()).filteredOn(f -> f.evidence().text().equals("28일"))
        .singleElement().satisfies(f -> assertThat(f.value().toString()).contains("2031-04-28"));
    assertThat(ClaimFacts.facts(DAY.toString(), "한빛전자는 새 휴대전화 가람폰을 28일 출시한다고 27일 밝혔다."))
        .anyMatch(f -> f.contains("2031-04-28")).noneMatch(f -> f.contains("2031-03-28"));
  }
}
