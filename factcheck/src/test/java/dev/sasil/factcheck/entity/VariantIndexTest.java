package dev.sasil.factcheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VariantIndexTest {

  @Test
  void candidatesHoldEveryVariantAScanOfAllNamesFinds() {
    Random r = new Random(14);
    Misspellings near = new Misspellings(r);
    long candidates = 0;
    long queries = 0;
    for (int round = 0; round < 20; round++) {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        names.add(near.word(1, 7));
      }
      VariantIndex index = new VariantIndex(names);
      for (int q = 0; q < 200; q++) {
        String word = r.nextInt(4) == 0 ? near.word(1, 7) : near.near(names.get(r.nextInt(names.size())));
        int[] found = index.candidates(word);
        List<Integer> variants = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
          if (JamoDistance.variants(word, names.get(i))) {
            variants.add(i);
          }
        }
        assertThat(found).as("candidates of %s", word).isSorted().doesNotHaveDuplicates();
        assertThat(Arrays.stream(found).boxed().toList()).as("candidates of %s (positions of its variants)", word)
            .containsAll(variants);
        candidates += found.length;
        queries++;
      }
    }
    assertThat((double) candidates / queries).as("candidates per word, of 200 names").isLessThan(10);
  }

  @Test
  void aMisspeltNameFindsTheName() {
    VariantIndex index = new VariantIndex(List.of("저커버그", "엔비디아", "오픈에이아이", "그록"));
    assertThat(index.candidates("저커버크")).contains(0);
    assertThat(index.candidates("엔비디야")).contains(1);
    assertThat(index.candidates("오픈애이아이")).contains(2);
    assertThat(index.candidates("그록")).as("a short name finds itself").contains(3);
    assertThat(index.candidates("그락")).as("short names are never variants").doesNotContain(3);
    assertThat(index.candidates("라마2")).isEmpty();
  }

  @Test
  void deletionHashesAreTheHashesOfTheShorterStrings() {
    Random r = new Random(3);
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(9); k > 0; k--) {
        b.append("ㄱㅏㄴㅡabc".charAt(r.nextInt(7)));
      }
      String s = b.toString();
      for (int depth = 0; depth <= 2; depth++) {
        Set<Long> expected = new HashSet<>();
        expected.add(VariantIndex.hash(s));
        for (int i = 0; i < s.length() && depth >= 1; i++) {
          String one = s.substring(0, i) + s.substring(i + 1);
          expected.add(VariantIndex.hash(one));
          for (int j = i; j < one.length() && depth == 2; j++) {
            expected.add(VariantIndex.hash(one.substring(0, j) + one.substring(j + 1)));
          }
        }
        Set<Long> told = new HashSet<>();
        List<Long> all = new ArrayList<>();
        VariantIndex.forEachDeletion(s, depth, h -> {
          told.add(h);
          all.add(h);
        });
        assertThat(told).as("deletions of '%s' at depth %d", s, depth).isEqualTo(expected);
        int sets = depth == 0 ? 1 : depth == 1 ? 1 + s.length() : 1 + s.length() + s.length() * (s.length() - 1) / 2;
        assertThat(all).as("each set of positions once").hasSize(sets);
      }
    }
  }

  @Test
  void aWordFarLongerThanEveryNameIsNoCandidateAndCostsNoQuadraticWork() {
    VariantIndex index = new VariantIndex(java.util.List.of("오픈에이아이", "마이크로소프트"));
    String longWord = "가나다라마바사".repeat(3000); // a 21,000-syllable line of a hostile page
    int[] found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(10), () -> index.candidates(longWord));
    org.assertj.core.api.Assertions.assertThat(found).isEmpty();
  }
}
