package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenericNounsTest {

  private final GenericNouns nouns = GenericNouns.standard();

  @Test
  void placesMapToTheirCanonicalName() {
    assertThat(nouns.place("국내")).contains("한국");
    assertThat(nouns.place("세계")).as("전 세계 is read at its last word").contains("전세계");
    assertThat(nouns.place("글로벌")).contains("전세계");
  }

  @Test
  void aWordOfAPhraseIsNoPlaceOnItsOwn() {
    // 한 달 전 출시된: 전 (before) is not the place of the release
    assertThat(nouns.place("전")).isEmpty();
  }

  @Test
  void aCountryAbroadIsAPlaceButNoReleasePlace() {
    assertThat(nouns.anyPlace("카타르")).contains("카타르");
    assertThat(nouns.place("카타르")).as("no place=… qualifier of a release").isEmpty();
    assertThat(nouns.anyPlace("홍천군")).contains("홍천");
    assertThat(nouns.anyPlace("결승")).isEmpty();
  }
}

