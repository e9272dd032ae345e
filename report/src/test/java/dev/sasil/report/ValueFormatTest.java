package dev.sasil.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.time.TimeModifier;
import dev.sasil.factcheck.time.TimeValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

  @Test
  void timesAreTimexWithTheModifierInKorean() {
    assertThat(ValueFormat.format(TimeValue.ofMonth(2022, 11))).isEqualTo("2022-11");
    assertThat(ValueFormat.format(TimeValue.ofYear(2022).withModifier(TimeModifier.END))).isEqualTo("2022 말");
    assertThat(ValueFormat.format(TimeValue.ofMonth(null, 7))).isEqualTo("XXXX-07");
  }

  @Test
  void largeNumbersUseKoreanMyriadGroups() {
    assertThat(ValueFormat.number(new BigDecimal("1300000000000"))).isEqualTo("1조3000억");
    assertThat(ValueFormat.number(new BigDecimal("52000"))).isEqualTo("5만2000");
    assertThat(ValueFormat.number(new BigDecimal("9999"))).isEqualTo("9999");
    assertThat(ValueFormat.number(new BigDecimal("0.125"))).isEqualTo("0.125");
    assertThat(ValueFormat.number(new BigDecimal("70000000000"))).isEqualTo("700억");
  }

  @Test
  void quantitiesCarryUnitAndBound() {
    assertThat(ValueFormat.format(new Quantity(new BigDecimal("1000000000"), QuantityUnit.USD, Bound.ABOUT, null)))
        .isEqualTo("약 10억달러");
    assertThat(ValueFormat.format(new Quantity(new BigDecimal("50"), QuantityUnit.PLACES, Bound.AT_LEAST, null)))
        .isEqualTo("50곳 이상");
    assertThat(ValueFormat.format(new Quantity(new BigDecimal("30000000000"), QuantityUnit.USD, Bound.RANGE,
        new BigDecimal("40000000000")))).isEqualTo("300억~400억달러");
    assertThat(ValueFormat.format(Quantity.exact(new BigDecimal("12.5"), QuantityUnit.PERCENT))).isEqualTo("12.5%");
  }
}
