package dev.sasil.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.time.ClockTime;
import dev.sasil.factcheck.time.Since;
import dev.sasil.factcheck.time.TimeModifier;
import dev.sasil.factcheck.time.TimeValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueFormatTest {

  private static final ValueFormat KO = new ValueFormat(Messages.of(ReportLanguage.KO));
  private static final ValueFormat EN = new ValueFormat(Messages.of(ReportLanguage.EN));

  @Test
  void timesAreWrittenAsKoreanDatesNeverAsTimex() {
    assertThat(KO.write(TimeValue.ofMonth(2022, 11))).isEqualTo("2022년 11월");
    assertThat(KO.write(TimeValue.ofYear(2022).withModifier(TimeModifier.END))).isEqualTo("2022년 말");
    assertThat(KO.write(TimeValue.ofMonth(null, 7))).isEqualTo("연도 미상 7월");
    assertThat(KO.write(TimeValue.parse("2023-Q4"))).isEqualTo("2023년 4분기");
    assertThat(KO.write(TimeValue.parse("2023-H2"))).isEqualTo("2023년 하반기");
    assertThat(KO.write(TimeValue.parse("2023-12-06"))).isEqualTo("2023년 12월 6일");
    assertThat(KO.write(new ClockTime(TimeValue.parse("2024-06-24"), 10, 5, true))).isEqualTo("2024년 6월 24일 10시 05분께");
  }

  @Test
  void timesInEnglish() {
    assertThat(EN.write(TimeValue.ofMonth(2022, 11))).isEqualTo("November 2022");
    assertThat(EN.write(TimeValue.ofYear(2022).withModifier(TimeModifier.END))).isEqualTo("late 2022");
    assertThat(EN.write(TimeValue.ofMonth(null, 7))).isEqualTo("July (year unknown)");
    assertThat(EN.write(TimeValue.parse("2023-Q4"))).isEqualTo("Q4 2023");
    assertThat(EN.write(TimeValue.parse("2023-12-06"))).isEqualTo("6 December 2023");
  }

  @Test
  void whatARecordCountsFromIsWrittenAsSinceATime() {
    assertThat(KO.write(new Since(TimeValue.ofMonth(1998, 11), false))).isEqualTo("1998년 11월 이후");
    assertThat(KO.write(new Since(TimeValue.ofYear(1976), true))).isEqualTo("1976년경 이후");
    assertThat(EN.write(new Since(TimeValue.ofYear(1976), true))).isEqualTo("since about 1976");
  }

  @Test
  void largeNumbersUseKoreanMyriadGroupsOrEnglishScaleWords() {
    assertThat(ValueFormat.myriads(new BigDecimal("1300000000000"))).isEqualTo("1조3000억");
    assertThat(ValueFormat.myriads(new BigDecimal("52000"))).isEqualTo("5만2000");
    assertThat(ValueFormat.myriads(new BigDecimal("9999"))).isEqualTo("9999");
    assertThat(ValueFormat.myriads(new BigDecimal("0.125"))).isEqualTo("0.125");
    assertThat(ValueFormat.shortScale(new BigDecimal("1300000000000"))).isEqualTo("1.3 trillion");
    assertThat(ValueFormat.shortScale(new BigDecimal("350000000"))).isEqualTo("350 million");
    assertThat(ValueFormat.shortScale(new BigDecimal("52000"))).isEqualTo("52,000");
    assertThat(ValueFormat.shortScale(new BigDecimal("12.5"))).isEqualTo("12.5");
  }

  @Test
  void aHalfInningIsWrittenAsItsInningAndHalf() {
    assertThat(KO.write(Quantity.exact(new BigDecimal("9"), QuantityUnit.INNING))).isEqualTo("5회초");
    assertThat(KO.write(Quantity.exact(new BigDecimal("10"), QuantityUnit.INNING))).isEqualTo("5회말");
    Quantity either = new Quantity(new BigDecimal("9"), QuantityUnit.INNING, Bound.RANGE, new BigDecimal("10"));
    assertThat(KO.write(either)).isEqualTo("5회");
    assertThat(EN.write(either)).isEqualTo("inning 5");
    assertThat(EN.write(Quantity.exact(new BigDecimal("1"), QuantityUnit.INNING))).isEqualTo("top of inning 1");
  }

  @Test
  void quantitiesCarryUnitAndBoundAndNoRawNumber() {
    Quantity billion = new Quantity(new BigDecimal("1000000000"), QuantityUnit.USD, Bound.AT_MOST, null);
    assertThat(KO.write(billion)).isEqualTo("10억 달러 이하");
    assertThat(EN.write(billion)).isEqualTo("at most 1 billion dollars");
    assertThat(KO.write(new Quantity(new BigDecimal("50"), QuantityUnit.PLACES, Bound.AT_LEAST, null)))
        .isEqualTo("50곳 이상");
    assertThat(KO.write(new Quantity(new BigDecimal("30000000000"), QuantityUnit.USD, Bound.RANGE,
        new BigDecimal("40000000000")))).isEqualTo("300억~400억 달러");
    assertThat(KO.write(Quantity.exact(new BigDecimal("20000000"), QuantityUnit.TIMES))).isEqualTo("2000만회");
    assertThat(EN.write(Quantity.exact(new BigDecimal("20000000"), QuantityUnit.TIMES))).isEqualTo("20 million times");
    assertThat(ValueFormat.format(Quantity.exact(new BigDecimal("12.5"), QuantityUnit.PERCENT))).isEqualTo("12.5%");
    Quantity span = Quantity.exact(new BigDecimal("1664400"), QuantityUnit.DURATION);
    assertThat(KO.write(span)).as("38 months, in minutes").isEqualTo("38개월");
    assertThat(EN.write(span)).isEqualTo("38 months");
    Quantity seconds = Quantity.exact(dev.sasil.factcheck.quantity.Spans.of(736, java.time.temporal.ChronoUnit.SECONDS), QuantityUnit.DURATION);
    assertThat(KO.write(seconds)).as("12 minutes 16 seconds").isEqualTo("12분 16초");
    assertThat(EN.write(seconds)).isEqualTo("12 min 16 s");
    Quantity race = Quantity.exact(dev.sasil.factcheck.quantity.Spans.of(104, java.time.temporal.ChronoUnit.SECONDS)
        .add(dev.sasil.factcheck.quantity.Spans.ofHundredths(75)), QuantityUnit.DURATION);
    assertThat(KO.write(race)).as("a race time, to the hundredth").isEqualTo("1분 44.75초");
    assertThat(EN.write(race)).isEqualTo("1 min 44.75 s");
    assertThat(KO.write(new Quantity(new BigDecimal("7200"), QuantityUnit.DURATION, Bound.ABOUT, null)))
        .isEqualTo(KO.write(new Quantity(new BigDecimal("5"), QuantityUnit.PERSONS, Bound.ABOUT, null)).replace("5명", "5일"));
  }

  @Test
  void everyUnitHasWordsInEveryLanguage() {
    for (ReportLanguage l : ReportLanguage.values()) {
      for (QuantityUnit u : QuantityUnit.values()) {
        assertThat(Messages.of(l).has("unit." + u.name())).as(l + " " + u).isTrue();
      }
    }
  }
}
