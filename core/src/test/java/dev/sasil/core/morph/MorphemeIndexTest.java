package dev.sasil.core.morph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Morpheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.ko.POS;
import org.junit.jupiter.api.Test;

class MorphemeIndexTest {

  /** The morphemes within a span as a pass over all of them finds them, in list order. */
  private static List<Morpheme> scan(List<Morpheme> ms, int from, int to) {
    List<Morpheme> out = new ArrayList<>();
    for (Morpheme m : ms) {
      if (m.start() >= from && m.end() <= to) {
        out.add(m);
      }
    }
    return out;
  }

  @Test
  void fusedPartsSpanningTheTokenAreFoundInListOrder() {
    // 공개했다: 하 and 았 share the fused syllable; a part may carry the whole token's span
    List<Morpheme> ms = List.of(new Morpheme("공개", POS.Tag.NNG, 0, 2), new Morpheme("하", POS.Tag.XSV, 0, 3),
        new Morpheme("았", POS.Tag.EP, 2, 3), new Morpheme("다", POS.Tag.EF, 3, 4));
    MorphemeIndex index = MorphemeIndex.of(ms);
    assertThat(index.within(0, 4)).containsExactlyElementsOf(ms);
    assertThat(index.within(0, 3)).containsExactly(ms.get(0), ms.get(1), ms.get(2));
    assertThat(index.within(2, 4)).containsExactly(ms.get(2), ms.get(3));
    assertThat(index.positionsWithin(0, 3)).containsExactly(0, 1, 2);
    assertThat(index.within(4, 9)).isEmpty();
  }

  @Test
  void withinFindsWhatAPassOverAllMorphemesFinds() {
    Random r = new Random(31);
    for (int round = 0; round < 300; round++) {
      List<Morpheme> ms = new ArrayList<>();
      for (int k = r.nextInt(40); k > 0; k--) {
        int start = r.nextInt(60);
        ms.add(new Morpheme("x", POS.Tag.NNG, start, start + r.nextInt(5))); // unsorted, overlapping, some empty
      }
      MorphemeIndex index = MorphemeIndex.of(ms);
      for (int q = 0; q < 50; q++) {
        int from = r.nextInt(70) - 5;
        int to = from + r.nextInt(20) - 2;
        List<Morpheme> expected = scan(ms, from, to);
        assertThat(index.within(from, to)).as("within(%d, %d) of %s", from, to, ms).containsExactlyElementsOf(expected);
        assertThat(index.positionsWithin(from, to)).isSorted().hasSize(expected.size());
      }
    }
  }

  @Test
  void noriOutputOfRandomTextIsIndexedExactly() {
    Random r = new Random(5);
    NoriAnalyzer nori = NoriAnalyzer.withBundledDictionary();
    String alphabet = "했다세웠지만공개하고오픈AI는 2024년 3월 (가) 1조2억원을 ‘그록’";
    for (int n = 0; n < 200; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(60); k > 0; k--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = b.toString();
      List<Morpheme> ms = nori.analyze(text, 7);
      MorphemeIndex index = MorphemeIndex.of(ms);
      for (int s = 7; s <= text.length() + 7; s++) {
        int e = s + r.nextInt(8);
        assertThat(index.within(s, e)).as("within(%d, %d) of '%s'", s, e, text).containsExactlyElementsOf(scan(ms, s, e));
      }
    }
  }
}
