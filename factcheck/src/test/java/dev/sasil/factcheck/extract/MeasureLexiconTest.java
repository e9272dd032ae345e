package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasureLexiconTest {

  private final MeasureLexicon lexicon = MeasureLexicon.standard();

  @Test
  void theMostSpecificCueWins() {
    assertThat(lexicon.find("월간 활성 이용자는")).singleElement()
        .satisfies(c -> assertThat(c.cue().attribute()).isEqualTo("users.monthly"));
    assertThat(lexicon.find("주간 사용자는")).singleElement()
        .satisfies(c -> assertThat(c.cue().attribute()).isEqualTo("users.weekly"));
    assertThat(lexicon.find("이용자는")).singleElement()
        .satisfies(c -> assertThat(c.cue().attribute()).isEqualTo("users"));
    assertThat(lexicon.find("기업가치를")).singleElement()
        .satisfies(c -> assertThat(c.cue().attribute()).isEqualTo("valuation"));
  }

  @Test
  void cuesAllowOnlyTheirUnits() {
    MeasureLexicon.Cue users = lexicon.find("사용자").get(0).cue();
    assertThat(users.units()).containsExactly(dev.sasil.factcheck.quantity.QuantityUnit.PERSONS);
  }

  @Test
  void aOneSyllableCueIsAWholeWordNeverAParticle() {
    assertThat(lexicon.find("금 3개, 은 2개")).extracting(m -> m.cue().attribute()).containsExactly("금메달", "은메달");
    assertThat(lexicon.find("동네 서점은 3만 부")).extracting(m -> m.cue().attribute()).doesNotContain("은메달", "동메달");
    assertThat(lexicon.forHead("서점은", dev.sasil.factcheck.quantity.QuantityUnit.COUNT)).isEmpty();
    assertThat(lexicon.forHead("은", dev.sasil.factcheck.quantity.QuantityUnit.COUNT)).isPresent();
  }

  @Test
  void aCueOfSeveralWordsIsFoundWhereItStartsAndOnlyForItsUnits() {
    String text = "1830.25로 거래를 마감했다";
    int from = text.indexOf("거래");
    assertThat(lexicon.phraseAt(text, from, dev.sasil.factcheck.quantity.QuantityUnit.SCORE))
        .map(MeasureLexicon.Cue::attribute).contains("종가");
    assertThat(lexicon.phraseAt(text, from, dev.sasil.factcheck.quantity.QuantityUnit.KRW)).isEmpty();
    assertThat(lexicon.phraseAt(text, 0, dev.sasil.factcheck.quantity.QuantityUnit.SCORE)).isEmpty();
    assertThat(lexicon.phraseAt("거래가 많았다", 0, dev.sasil.factcheck.quantity.QuantityUnit.SCORE)).isEmpty();
  }

  @Test
  void aHeadPhraseEndsInItsLongestCueWhateverItsSpacesAndGivesTheRestAsOwner() {
    MeasureLexicon.HeadMatch m = lexicon.forHead("민간 소비 성장률", dev.sasil.factcheck.quantity.QuantityUnit.PERCENT).orElseThrow();
    assertThat(m.cue().text()).isEqualTo("성장률");
    assertThat(m.prefix()).isEqualTo("민간소비");
    assertThat(lexicon.forHead("월간 활성 이용자", dev.sasil.factcheck.quantity.QuantityUnit.PERSONS).orElseThrow().cue().attribute())
        .isEqualTo("users.monthly");
    assertThat(lexicon.forHead("", dev.sasil.factcheck.quantity.QuantityUnit.PERCENT)).isEmpty();
    assertThat(lexicon.forHead(" ", dev.sasil.factcheck.quantity.QuantityUnit.PERCENT)).isEmpty();
  }

  @Test
  void aWordSpellingAMeasureAnotherWayIsWrittenAsTheMeasuresFirstWord() {
    assertThat(lexicon.withLead("매출액")).isEqualTo("매출");
    assertThat(lexicon.withLead("수출")).isEqualTo("수출액");
    assertThat(lexicon.withLead("가람전자 매출액")).as("a phrase").isEqualTo("가람전자 매출액");
    assertThat(lexicon.withLead("공시가격")).isEqualTo("공시가격");
    assertThat(lexicon.withLead("가격")).as("a kind of price, not a spelling of 출고가").isEqualTo("가격");
    assertThat(lexicon.withLead("영업손실")).as("a negative names no amount of its own").isEqualTo("영업손실");
    assertThat(lexicon.withLead("비")).as("one syllable: a word of anything").isEqualTo("비");
  }
}
