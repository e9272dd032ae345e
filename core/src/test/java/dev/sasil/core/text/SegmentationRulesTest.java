package dev.sasil.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SegmentationRulesTest {

  @Test
  void bundledRulesLoadOnceWithEverySection() {
    SegmentationRules rules = SegmentationRules.bundled();
    assertThat(rules).isSameAs(SegmentationRules.bundled());
    assertThat(rules.abbreviations()).contains("Dr", "Inc", "vs");
    assertThat(rules.finalSyllables()).contains('다', '요', '까', '죠');
    assertThat(rules.strongFinalSyllables()).contains('다').doesNotContain('나');
    assertThat(rules.unpunctuatedEndings()).contains("니다", "세요").doesNotContain("다", "요");
    assertThat(rules.quotatives()).contains("라고", "고");
    assertThat(rules.headingBullets()).contains('■', '◇', '▶', '●');
  }

  @Test
  void endingsAndQuotativesAreTriedLongestFirst() throws Exception {
    SegmentationRules rules = SegmentationRules.parse(new StringReader("[unpunctuated-endings]\n요\n세요\n[quotatives]\n고\n라고\n"));
    assertThat(rules.unpunctuatedEndings()).containsExactly("세요", "요");
    assertThat(rules.quotatives()).containsExactly("라고", "고");
    assertThat(rules.unpunctuatedEndingOf("하세요", 0, 3)).isEqualTo("세요");
    assertThat(rules.unpunctuatedEndingOf("하다", 0, 2)).isNull();
  }

  @Test
  void aLeadingDashMakesAnEndingNeedAStem() throws Exception {
    SegmentationRules rules = SegmentationRules.parse(new StringReader("[unpunctuated-endings]\n-고요\n"));
    assertThat(rules.unpunctuatedEndingOf("맛있고요", 0, 4)).isEqualTo("고요");
    assertThat(rules.unpunctuatedEndingOf("고요", 0, 2)).isNull();
  }

  @Test
  void commentsAndBlankLinesAreSkipped() throws Exception {
    SegmentationRules rules = SegmentationRules.parse(new StringReader("# c\n\n[abbreviations]\n# Dr\nMr\n"));
    assertThat(rules.abbreviations()).containsExactly("Mr");
  }

  @Test
  void unknownSectionsAndStrayEntriesAreRejectedWithTheirLine() {
    assertThatThrownBy(() -> SegmentationRules.parse(new StringReader("[abbreviations]\nMr\n[nonsense]\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3").hasMessageContaining("nonsense");
    assertThatThrownBy(() -> SegmentationRules.parse(new StringReader("Mr\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> SegmentationRules.parse(new StringReader("[heading-bullets]\n■■\n")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("■■");
  }
}
