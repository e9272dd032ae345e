package dev.sasil.factcheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuantityMentionTest {

  @Test
  void theCounterIsTheWordAfterTheNumberAndItsNumeralWords() {
    assertThat(QuantityMention.counterOf("41석")).isEqualTo("석");
    assertThat(QuantityMention.counterOf("30만 부")).isEqualTo("부");
    assertThat(QuantityMention.counterOf("37개국")).isEqualTo("개국");
    assertThat(QuantityMention.counterOf("2천여대")).isEqualTo("대");
    assertThat(QuantityMention.counterOf("12개 이상")).isEqualTo("개");
    assertThat(QuantityMention.counterOf("45%")).isEmpty();
    assertThat(QuantityMention.counterOf("300km")).isEqualTo("km");
    assertThat(QuantityMention.counterOf("512GB")).as("a unit in letters, whole").isEqualTo("GB");
    assertThat(QuantityMention.counterOf("36.5℃")).isEqualTo("℃");
  }
}
