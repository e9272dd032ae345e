package dev.sasil.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.factcheck.Evidence;
import org.junit.jupiter.api.Test;

class ValueSpanTest {

  private final Article article = Fixtures.article("a.txt", "t", null, "2023-07",
      "첫 문장이다.", "2015년에 세워졌고 2015년에 알려졌다.");

  @Test
  void spanComesFromArticleOffsetsRelativeToTheSentence() {
    // the second "2015년" of sentence 1: offsets into the article text
    int sentenceStart = article.sentences().get(1).start();
    int second = article.sentences().get(1).text().lastIndexOf("2015년");
    Evidence e = new Evidence("a.txt", 1, article.sentences().get(1).text(),
        sentenceStart + second, sentenceStart + second + 5, "2015년");
    ValueSpan span = ValueSpan.of(e, article);
    assertThat(span.start()).isEqualTo(second);
    assertThat(span.before()).isEqualTo("2015년에 세워졌고 ");
    assertThat(span.value()).isEqualTo("2015년");
    assertThat(span.after()).isEqualTo("에 알려졌다.");
  }

  @Test
  void withoutTheArticleTheValueIsLookedUpInTheSentence() {
    Evidence e = new Evidence("a.txt", 1, "2015년에 세워졌고 2015년에 알려졌다.", 500, 505, "2015년");
    ValueSpan span = ValueSpan.of(e, null);
    assertThat(span.start()).isZero();
    assertThat(span.value()).isEqualTo("2015년");
  }

  @Test
  void offsetsThatDoNotFitFallBackToLookup() {
    Evidence e = new Evidence("a.txt", 1, article.sentences().get(1).text(), 0, 5, "2015년");
    assertThat(ValueSpan.of(e, article).start()).isZero();
    Evidence outOfRange = new Evidence("a.txt", 9, "다른 문장 2015년", 0, 5, "2015년");
    assertThat(ValueSpan.of(outOfRange, article).value()).isEqualTo("2015년");
  }

  @Test
  void aValueNotInTheSentenceHighlightsNothing() {
    Evidence e = new Evidence("a.txt", 1, "값이 없는 문장", 3, 8, "2015년");
    ValueSpan span = ValueSpan.of(e, article);
    assertThat(span.found()).isFalse();
    assertThat(span.before()).isEqualTo("값이 없는 문장");
    assertThat(span.value()).isEmpty();
    assertThat(span.after()).isEmpty();
  }
}
