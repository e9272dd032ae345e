package dev.sasil.factcheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class SpansTest {

  @Test
  void yearsAndMonthsAreOneAmountAndWrittenInTheLargestUnitThatDividesIt() {
    BigDecimal threeYearsTwoMonths = BigDecimal.valueOf(3 * Spans.minutes(ChronoUnit.YEARS) + 2 * Spans.minutes(ChronoUnit.MONTHS));
    assertThat(threeYearsTwoMonths).isEqualTo(BigDecimal.valueOf(38 * Spans.minutes(ChronoUnit.MONTHS)));
    assertThat(Spans.iso(threeYearsTwoMonths)).isEqualTo("P38M");
    assertThat(Spans.iso(BigDecimal.valueOf(Spans.minutes(ChronoUnit.WEEKS)))).isEqualTo("P7D");
    assertThat(Spans.iso(BigDecimal.valueOf(90))).isEqualTo("PT90M");
    assertThat(Spans.whole(BigDecimal.valueOf(Spans.minutes(ChronoUnit.YEARS) * 32)))
        .hasValue(new Spans.Whole(BigDecimal.valueOf(32), Spans.Unit.YEARS));
  }

  @Test
  void secondsAreSixtiethsOfAMinuteAndWrittenBackAsWholeSeconds() {
    BigDecimal twelveSixteen = Spans.of(12 * 60 + 16, ChronoUnit.SECONDS);
    assertThat(twelveSixteen).isEqualByComparingTo("12.266667");
    assertThat(Spans.iso(twelveSixteen)).isEqualTo("PT12M16S");
    assertThat(Spans.iso(Spans.of(30, ChronoUnit.SECONDS))).isEqualTo("PT30S");
    assertThat(Spans.iso(Spans.of(120, ChronoUnit.SECONDS))).as("whole minutes stay minutes").isEqualTo("PT2M");
    assertThat(Spans.seconds(BigDecimal.valueOf(14))).isEmpty();
    assertThat(twelveSixteen).isNotEqualByComparingTo(Spans.of(14, ChronoUnit.MINUTES));
  }

  @Test
  void aRaceTimeKeepsItsHundredthsAndWholeSecondsHaveNone() {
    BigDecimal race = Spans.of(104, ChronoUnit.SECONDS).add(Spans.ofHundredths(75));
    assertThat(Spans.iso(race)).isEqualTo("PT1M44.75S");
    assertThat(Spans.hundredths(race)).hasValue(10475);
    assertThat(Spans.iso(Spans.of(50, ChronoUnit.SECONDS).add(Spans.ofHundredths(7)))).isEqualTo("PT50.07S");
    assertThat(race).as("two race times a hundredth apart are two amounts")
        .isNotEqualByComparingTo(Spans.of(104, ChronoUnit.SECONDS).add(Spans.ofHundredths(74)));
    assertThat(Spans.hundredths(Spans.of(736, ChronoUnit.SECONDS))).as("12분 16초").isEmpty();
    assertThat(Spans.hundredths(BigDecimal.valueOf(90))).isEmpty();
  }
}
