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
}
