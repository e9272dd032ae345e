package dev.sasil.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.time.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleSourceTest {

  private static final RawDocument DOC = new RawDocument("a.html", "dir/a.html", "제목", "https://example.com/1",
      Published.of(PartialDate.ofYear(2020), DateSource.HTML), "본문", false, "한빛일보");

  @Test
  void theDefaultChangesNothing() {
    assertThat(ArticleSource.DEFAULT.applyTo(DOC)).isEqualTo(DOC);
  }

  @Test
  void whatTheCallerKnowsWinsAndTheDateSaysItWasGiven() {
    RawDocument d = ArticleSource.DEFAULT.withId("b").withTitle("다른 제목").withUrl("https://example.com/2")
        .withPublished(LocalDate.of(2024, 3, 13)).applyTo(DOC);
    assertThat(d.id()).isEqualTo("b");
    assertThat(d.origin()).isEqualTo("dir/a.html");
    assertThat(d.title()).isEqualTo("다른 제목");
    assertThat(d.url()).isEqualTo("https://example.com/2");
    assertThat(d.published()).isEqualTo(Published.of(PartialDate.ofDay(2024, 3, 13), DateSource.OPTION));
    assertThat(d.outlet()).isEqualTo("한빛일보");
  }

  @Test
  void aPartialDateIsEnoughAndAMalformedOneSaysSo() {
    assertThat(ArticleSource.DEFAULT.withPublished("2023-07").published()).isEqualTo(PartialDate.ofMonth(2023, 7));
    assertThatThrownBy(() -> ArticleSource.DEFAULT.withPublished("July")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("July");
    assertThatThrownBy(() -> ArticleSource.DEFAULT.withId(" ")).hasMessageContaining("blank");
  }
}
