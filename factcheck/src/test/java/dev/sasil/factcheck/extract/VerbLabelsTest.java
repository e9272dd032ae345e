package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerbLabelsTest {

  @Test
  void aPredicateNoLexiconNamesIsLabelledInItsDictionaryForm() {
    assertThat(ClaimFacts.facts("2031-08-11", "태풍 가람은 약 16시간 동안 한국에 머물렀다."))
        .anyMatch(f -> f.contains(" 머무르다 PT960M"))
        .noneMatch(f -> f.contains(" 머무르 "));
  }

  @Test
  void aNounReadAsTheVerbOfItsLightVerbKeepsItsNoun() {
    // 인하한: Nori may read the noun of noun+하다 as a verb stem; the label stays the noun
    assertThat(ClaimFacts.facts("2031-10-11", "이번 금리 인하는 2029년 5월 0.25%포인트 인하한 뒤 처음이다."))
        .noneMatch(f -> f.contains("인하다"));
  }
}
