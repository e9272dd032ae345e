package dev.sasil.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotePairsTest {

  @Test
  void matchedPairsNestAndTheirMarksCountAsOutside() {
    String t = "가“나‘다’라”마";
    QuotePairs q = QuotePairs.of(t, 0, t.length());
    assertThat(q.depth(0)).isZero();
    assertThat(q.depth(1)).isZero();
    assertThat(q.depth(2)).isEqualTo(1);
    assertThat(q.depth(4)).isEqualTo(2);
    assertThat(q.depth(7)).isZero();
    assertThat(q.closesPair(7)).isTrue();
    assertThat(q.closesPair(5)).isTrue();
  }

  @Test
  void straightQuotesPairInOrderAndStrayMarksAreIgnored() {
    String t = "x\"a\"y\"b";
    QuotePairs q = QuotePairs.of(t, 0, t.length());
    assertThat(q.depth(2)).isEqualTo(1);
    assertThat(q.depth(4)).isZero();
    assertThat(q.depth(6)).isZero();
    String stray = "(a “b) c";
    QuotePairs s = QuotePairs.of(stray, 0, stray.length());
    assertThat(s.depth(3)).isEqualTo(1);
    assertThat(s.depth(7)).isZero();
  }

  @Test
  void apostrophesBetweenLettersAreNotQuotes() {
    String t = "don't 'x' Musk’s";
    QuotePairs q = QuotePairs.of(t, 0, t.length());
    assertThat(q.depth(4)).isZero();
    assertThat(q.depth(7)).isEqualTo(1);
    assertThat(q.depth(14)).isZero();
  }
}
