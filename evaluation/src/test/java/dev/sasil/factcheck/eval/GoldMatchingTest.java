package dev.sasil.factcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.time.TimeValue;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GoldMatchingTest {

  private static Finding finding(String article, String sentence) {
    Claim c = new Claim("푸른마을", "founded", TimeValue.ofYear(1990), List.of(),
        new Evidence(article, 2, sentence, 0, 1, "x"), "");
    return new Finding("푸른마을", "founded", List.of(), Verdict.AGREEMENT, List.of(c), "");
  }

  @Test
  void squashRemovesExactlyTheCharactersPythonSplitsOn() {
    // str.isspace() in Python 3.11, enumerated over all code points
    int[] python = {0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001,
        0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f,
        0x3000};
    assertThat(IntStream.range(0, 0x110000).filter(GoldMatching::isPythonSpace).toArray()).containsExactly(python);
  }

  @Test
  void squashKeepsZeroWidthSpaceAndEverythingElse() {
    assertThat(GoldMatching.squash(" 푸른\u3000마을은\t1990년\u00a0세워졌다.\n")).isEqualTo("푸른마을은1990년세워졌다.");
    assertThat(GoldMatching.squash("푸른\u200b마을")).isEqualTo("푸른\u200b마을");
  }

  @Test
  void aClaimCitesEvidenceOfItsArticleWhoseTextItsSentenceContainsWhitespaceAside() {
    Finding f = finding("m1", "푸른마을은 1990년 세워졌다.");
    assertThat(GoldMatching.cites(f, new GoldEvidence("m1", "푸른 마을은1990년"))).isTrue();
    assertThat(GoldMatching.cites(f, new GoldEvidence("m2", "푸른마을은 1990년"))).as("another article").isFalse();
    assertThat(GoldMatching.cites(f, new GoldEvidence("m1", "1991년"))).isFalse();
  }

  @Test
  void aFindingCoversAnItemOnlyWhenEveryEntryIsCited() {
    Finding f = finding("m1", "푸른마을은 1990년 세워졌다.");
    assertThat(GoldMatching.covers(f, List.of(new GoldEvidence("m1", "1990년")))).isTrue();
    assertThat(GoldMatching.covers(f, List.of(new GoldEvidence("m1", "1990년"), new GoldEvidence("m2", "1990년"))))
        .isFalse();
  }
}
