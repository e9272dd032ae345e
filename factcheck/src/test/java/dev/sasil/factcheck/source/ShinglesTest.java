package dev.sasil.factcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShinglesTest {

  @Test
  void wordsAreLettersAndDigitsBetweenSpacesWithPunctuationRemoved() {
    assertThat(Shingles.words("  “AI”는 12일, 1,400원을\u00a0올렸다 .\n\t(끝)"))
        .containsExactly("ai는", "12일", "1400원을", "올렸다", "끝");
    assertThat(Shingles.words("ＡＢＣ 한솔시")).as("NFKC folds full-width letters").containsExactly("abc", "한솔시");
    assertThat(Shingles.words(" ... \n")).isEmpty();
  }

  @Test
  void shinglesAreDistinctSortedHashesOfRunsOfWords() {
    List<String> w = List.of("가", "나", "다", "라", "마", "바");
    assertThat(Shingles.of(w, 5)).hasSize(2).isSorted();
    assertThat(Shingles.of(List.of("가", "나", "다", "라"), 5)).isEmpty();
    // the same run twice is one shingle; the order of words matters
    assertThat(Shingles.of(List.of("가", "나", "가", "나", "가", "나", "가"), 5)).hasSize(2);
    assertThat(Shingles.of(List.of("나", "가", "다", "라", "마"), 5)).doesNotContain(Shingles.of(w.subList(0, 5), 5)[0]);
  }

  @Test
  void randomTextNeverThrowsAndGivesOneShinglePerDistinctRun() {
    Random r = new Random(7);
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(200); i > 0; i--) {
        int kind = r.nextInt(5);
        b.appendCodePoint(kind == 0 ? ' ' : kind == 1 ? r.nextInt(0x80) : kind == 2 ? 0xAC00 + r.nextInt(11172)
            : kind == 3 ? r.nextInt(0x3000) : r.nextInt(Character.MAX_CODE_POINT + 1));
      }
      List<String> words = Shingles.words(b.toString());
      assertThat(words).allSatisfy(x -> assertThat(x).isNotEmpty().doesNotContainAnyWhitespaces());
      long distinctRuns = java.util.stream.IntStream.rangeClosed(0, words.size() - 5)
          .mapToObj(i -> words.subList(i, i + 5)).distinct().count();
      assertThat(Shingles.of(words, 5)).hasSize((int) distinctRuns).isSorted();
    }
  }
}
