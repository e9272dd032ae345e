package dev.sasil.factcheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MyriadsTest {

  @Test
  void anAmountIsWrittenAsKoreanNewsWritesARoundOne() {
    assertThat(Myriads.of(new BigDecimal("10000000"))).isEqualTo("1000만");
    assertThat(Myriads.of(new BigDecimal("1032000"))).isEqualTo("103만2000");
    assertThat(Myriads.of(new BigDecimal("200000000"))).isEqualTo("2억");
    assertThat(Myriads.of(new BigDecimal("750"))).isEqualTo("750");
    assertThat(Myriads.of(new BigDecimal("2.5"))).isEqualTo("2.5");
  }
}
