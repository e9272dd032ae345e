package dev.sasil.factcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.core.DateSource;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.crosscheck.SourceComparer;
import dev.sasil.factcheck.testing.Articles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every sentence here is written for the test. */
class StoryDatesTest {

  private static StoryDates.Dated dated(String id, String day) {
    return new StoryDates.Dated(id, day == null ? null : LocalDate.parse(day), null);
  }

  @Test
  void anUndatedArticleIsReadAgainstTheLatestDayOfItsStorysDatedArticles() {
    StoryDates days = StoryDates.among(
        List.of(dated("a", "2031-03-24"), dated("b", null), dated("c", "2031-03-25")), Stories.one());
    assertThat(days.dayOf("b")).contains(LocalDate.parse("2031-03-25"));
    assertThat(days.dayOf("a")).as("a dated article keeps its own date").isEmpty();
  }

  @Test
  void anUndatedArticleIsReadAgainstTheLatestDayOfItsStoryThatItWritesItself() {
    Article undated = Articles.of("b", null, "가람시 축제는 24일 열렸다. 이날 시장은 개막을 선언했다.");
    StoryDates days = StoryDates.among(List.of(dated("a", "2031-03-24"),
        new StoryDates.Dated("b", null, null, WrittenDays.of(undated)), dated("c", "2031-03-25")), Stories.one());
    assertThat(days.dayOf("b")).contains(LocalDate.parse("2031-03-24"));
    StoryDates later = StoryDates.among(List.of(dated("a", "2031-03-24"),
        new StoryDates.Dated("b", null, null, WrittenDays.of(Articles.of("b", null, "축제는 2일 열린다."))),
        dated("c", "2031-03-25")), Stories.one());
    assertThat(later.dayOf("b")).as("a day outside the story's days says nothing").contains(LocalDate.parse("2031-03-25"));
  }

  @Test
  void aStoryToldOverMoreThanAWeekDatesNothing() {
    StoryDates days = StoryDates.among(
        List.of(dated("a", "2031-03-01"), dated("b", null), dated("c", "2031-03-20")), Stories.one());
    assertThat(days.dayOf("b")).isEmpty();
    assertThat(StoryDates.among(List.of(dated("a", null), dated("b", null)), Stories.one()).dayOf("a"))
        .as("no dated article, no day").isEmpty();
  }

  @Test
  void theArticleToReadCarriesTheStorysDayAsAnEstimateAndEverythingElseUnchanged() {
    Article undated = Articles.of("b", null, "가람시 축제는 24일 열렸다.");
    Article read = StoryDates.among(List.of(dated("a", "2031-03-25"), dated("b", null)), Stories.one()).toRead(undated);
    assertThat(read.published().source()).isEqualTo(DateSource.STORY);
    assertThat(read.published().date().firstDay()).isEqualTo(LocalDate.parse("2031-03-25"));
    assertThat(read.sentences()).isEqualTo(undated.sentences());
    assertThat(read.id()).isEqualTo(undated.id());
    assertThat(StoryDates.none().toRead(undated)).isSameAs(undated);
  }

  @Test
  void aDayOfTheMonthInAnUndatedReportGetsItsStorysMonthAndAgreesWithTheDatedOnes() {
    List<Article> articles = List.of(
        Articles.of("a", "2031-03-25", "가람시 벚꽃 축제가 24일 개막했다. 축제에는 12만명이 다녀갔다."),
        Articles.of("b", null, "가람시 벚꽃 축제가 24일 개막했다. 축제 첫날 12만명이 몰렸다."));
    List<Claim> claims = SourceComparer.standard().compare(articles).stream()
        .flatMap(f -> f.claims().stream()).filter(c -> c.evidence().articleId().equals("b")).toList();
    assertThat(claims).extracting(c -> c.value().normalized()).contains("2031-03-24").noneMatch(v -> v.startsWith("XXXX"));
  }

  @Test
  void anUndatedArticleWhoseAddressIsDatedIsReadAgainstThatDayAndDatesItsStory() {
    StoryDates days = StoryDates.among(List.of(new StoryDates.Dated("a", null, LocalDate.parse("2031-03-24")),
        dated("b", null), dated("c", "2031-03-20")), Stories.one());
    assertThat(days.dayOf("a")).as("its own address first").contains(LocalDate.parse("2031-03-24"));
    assertThat(days.dayOf("b")).as("the latest day of its story, addressed or dated").contains(LocalDate.parse("2031-03-24"));
    assertThat(days.dayOf("c")).isEmpty();
    assertThat(StoryDates.among(List.of(new StoryDates.Dated("a", LocalDate.parse("2031-03-20"), LocalDate.parse("2031-03-24"))),
        Stories.one()).dayOf("a")).as("a publication date wins over the address").isEmpty();
  }

  @Test
  void anArticleRunWithADatedAddressReadsTodayAsThatDay() {
    Article undated = Articles.of("b", null, "가람시 축제는 오늘 오전 10시 열렸다.");
    Article addressed = new Article(undated.id(), undated.title(), "https://example.kr/news/2031/03/24/x/",
        undated.published(), undated.text(), undated.sentences(), undated.language(), undated.warnings(), undated.outlet());
    List<Claim> claims = SourceComparer.standard().compare(List.of(addressed)).stream()
        .flatMap(f -> f.claims().stream()).toList();
    assertThat(claims).extracting(c -> c.value().normalized()).contains("2031-03-24T10:00");
    assertThat(StoryDates.of(List.of(addressed), Stories.one()).toRead(addressed).published().source())
        .isEqualTo(DateSource.ADDRESS);
  }
}
