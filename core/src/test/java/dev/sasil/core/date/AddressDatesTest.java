package dev.sasil.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every address here is made up for the test, in the shapes outlets use. */
class AddressDatesTest {

  private static final LocalDate DAY = LocalDate.of(2031, 3, 24);

  @Test
  void aPathOfYearMonthAndDayDatesTheArticle() {
    assertThat(AddressDates.dayIn("https://news.example.kr/politics/2031/03/24/ABCDEF/")).contains(DAY);
    assertThat(AddressDates.dayIn("https://news.example.kr/site/data/html_dir/2031/03/24/2031032400123.html"))
        .as("a path and a number that agree").contains(DAY);
  }

  @Test
  void anArticleNumberThatStartsWithADayDatesTheArticle() {
    assertThat(AddressDates.dayIn("https://example.kr/article/203103240740001")).contains(DAY);
    assertThat(AddressDates.dayIn("https://example.kr/view.php?ud=20310324000037")).contains(DAY);
    assertThat(AddressDates.dayIn("https://example.kr/view?id=AKR20310324111751062")).contains(DAY);
    assertThat(AddressDates.dayIn("https://example.kr/view_amp.html?ar_id=NISX20310324_0002915487")).contains(DAY);
    assertThat(AddressDates.dayIn("https://example.kr/news/all/20310324/126655200/1")).contains(DAY);
  }

  @Test
  void numbersThatOnlyLookLikeADayDateNothing() {
    assertThat(AddressDates.dayIn("https://example.kr/news/articleView.html?idxno=20310324"))
        .as("a short article number as a whole parameter").isEmpty();
    assertThat(AddressDates.dayIn("https://example.kr/article/25237367")).as("no valid year").isEmpty();
    assertThat(AddressDates.dayIn("https://example.kr/article/view.asp?arcid=0018473064")).isEmpty();
    assertThat(AddressDates.dayIn("https://example.kr/view?news_id=N1008311140")).isEmpty();
    assertThat(AddressDates.dayIn("https://example.kr/a/2031134567890")).as("month 13").isEmpty();
    assertThat(AddressDates.dayIn("https://example.kr/a/20310231123456")).as("31 February").isEmpty();
    assertThat(AddressDates.dayIn("https://20310324.example.kr/a/1")).as("a host's digits").isEmpty();
  }

  @Test
  void anAddressWhoseDaysDisagreeOrThatHasNoneDatesNothing() {
    assertThat(AddressDates.dayIn("https://example.kr/2031/03/24/2031032500123.html")).isEmpty();
    assertThat(AddressDates.dayIn("https://example.kr/news/view/1254162")).isEmpty();
    assertThat(AddressDates.dayIn(null)).isEmpty();
    assertThat(AddressDates.dayIn("")).isEmpty();
    assertThat(AddressDates.dayIn("not an address")).isEmpty();
  }
}
