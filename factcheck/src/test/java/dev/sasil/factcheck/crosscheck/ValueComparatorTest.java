package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.crosscheck.Comparison.Relation;
import dev.sasil.factcheck.entity.Office;
import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import dev.sasil.factcheck.quantity.Superlative;
import dev.sasil.factcheck.time.TimeModifier;
import dev.sasil.factcheck.time.TimeValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueComparatorTest {

  private final ValueComparator cmp = new ValueComparator();

  private static Quantity usd(String v, Bound b) {
    return new Quantity(new BigDecimal(v), QuantityUnit.USD, b, null);
  }

  @Test
  void officesEndingInOneTitleOrWritingTheOthersTitleAreOneAndOthersAreNot() {
    assertThat(cmp.compare(new Office("초대 청장", "청장"), new Office("초대청장", "청장")).relation()).isEqualTo(Relation.SAME);
    assertThat(cmp.compare(new Office("가람청 초대청장", "청장"), new Office("초대 가람청장", "청장")).relation())
        .isEqualTo(Relation.COMPATIBLE);
    assertThat(cmp.compare(new Office("대통령 당선인", "당선인"), new Office("대통령", "대통령")).relation())
        .isEqualTo(Relation.COMPATIBLE);
    assertThat(cmp.compare(new Office("최고위원", "위원"), new Office("비상대책위원장", "위원장")).relation())
        .isEqualTo(Relation.CONFLICT);
  }

  @Test
  void recordsOfOneKindAreOneHoweverWritten() {
    assertThat(cmp.compare(new Superlative("최대", "역대 최대"), new Superlative("최대", "사상 최고치")).relation())
        .isEqualTo(Relation.SAME);
    assertThat(cmp.compare(new Superlative("최대", "역대 최대"), new Superlative("최저", "역대 최저")).relation())
        .isEqualTo(Relation.CONFLICT);
  }

  @Test
  void aboutBeforeAFigureWrittenToFourDigitsOrMoreIsNoEstimate() {
    assertThat(cmp.compare(usd("3318020000000", Bound.ABOUT), usd("3310930000000", Bound.ABOUT)).relation())
        .as("약 3조3180억2천만 vs 약 3조3109억3천만: two precise figures").isEqualTo(Comparison.Relation.CONFLICT);
    assertThat(cmp.compare(usd("3318020000000", Bound.ABOUT), usd("3318020000000", Bound.EXACT)).relation().compatible())
        .isTrue();
    assertThat(cmp.compare(usd("3300000000000", Bound.ABOUT), usd("3318020000000", Bound.EXACT)).relation().compatible())
        .as("약 3조3천억 is an estimate").isTrue();
  }

  @Test
  void preciseFiguresOneUnitOfTheirLastDigitApartConflictWhereRoundFiguresStillTouch() {
    Quantity a = new Quantity(new BigDecimal("241065"), QuantityUnit.PERSONS, Bound.EXACT, null);
    Quantity b = new Quantity(new BigDecimal("241066"), QuantityUnit.PERSONS, Bound.EXACT, null);
    assertThat(cmp.compare(a, b).relation()).as("24만1065표 vs 24만1066표").isEqualTo(Relation.CONFLICT);
    assertThat(cmp.compare(usd("650000000", Bound.EXACT), usd("655000000", Bound.EXACT)).relation().compatible())
        .as("6억5천만 may be a rounding of 6억5500만").isTrue();
    Quantity fleet = Quantity.exact(new BigDecimal("159"), QuantityUnit.PERSONS);
    assertThat(cmp.compare(fleet, Quantity.exact(new BigDecimal("158"), QuantityUnit.PERSONS)).relation().compatible())
        .as("159명 vs 158명: counts written to the unit").isFalse();
    assertThat(cmp.compare(Quantity.exact(new BigDecimal("150"), QuantityUnit.PERSONS),
        Quantity.exact(new BigDecimal("160"), QuantityUnit.PERSONS)).relation().compatible())
        .as("150명 and 160명 may both be rounded").isTrue();
  }

  @Test
  void anAmountCutAtItsManOrEokIsTheFinerOneButACutAtAnyOtherDigitIsNot() {
    assertThat(cmp.compare(usd("31200000000", Bound.EXACT), usd("31270000000", Bound.EXACT)).relation().compatible())
        .as("312억 of 312억7000만: the 만 dropped").isTrue();
    assertThat(cmp.compare(usd("31270000000", Bound.EXACT), usd("31200000000", Bound.EXACT)).relation().compatible())
        .as("either order").isTrue();
    assertThat(cmp.compare(usd("31300000000", Bound.EXACT), usd("31270000000", Bound.EXACT)).relation().compatible())
        .as("313억 rounds 312억7000만").isTrue();
    assertThat(cmp.compare(usd("31100000000", Bound.EXACT), usd("31270000000", Bound.EXACT)).relation().compatible())
        .as("311억 is neither").isFalse();
    assertThat(cmp.compare(usd("4270000000", Bound.EXACT), usd("4278100000", Bound.EXACT)).relation().compatible())
        .as("42억7000만 ends at no unit of its own: rounded, not cut, and 42억8000만 would be").isFalse();
    Quantity coarse = Quantity.exact(new BigDecimal("250000"), QuantityUnit.PERSONS);
    assertThat(cmp.compare(coarse, Quantity.exact(new BigDecimal("258300"), QuantityUnit.PERSONS)).relation().compatible())
        .as("25만명 of 25만8300명").isTrue();
    assertThat(ValueComparator.cutAlike(new BigDecimal("-31200000000"), new BigDecimal("31270000000")))
        .as("a loss is no cut of a profit").isFalse();
  }

  @Test
  void aCountOfTwoDigitsIsNoRoundingOfAnotherButAboutOneMayBe() {
    Quantity eighty = new Quantity(new BigDecimal("80"), QuantityUnit.PERSONS, Bound.EXACT, null);
    Quantity eightyThree = new Quantity(new BigDecimal("83"), QuantityUnit.PERSONS, Bound.EXACT, null);
    assertThat(cmp.compare(eighty, eightyThree).relation().compatible()).as("80표 vs 83표").isFalse();
    Quantity about = new Quantity(new BigDecimal("80"), QuantityUnit.PERSONS, Bound.ABOUT, null);
    assertThat(cmp.compare(about, eightyThree).relation().compatible()).as("약 80명 vs 83명").isTrue();
    Quantity rate = new Quantity(new BigDecimal("80"), QuantityUnit.PERCENT, Bound.EXACT, null);
    Quantity rate83 = new Quantity(new BigDecimal("80.4"), QuantityUnit.PERCENT, Bound.EXACT, null);
    assertThat(cmp.compare(rate, rate83).relation().compatible()).as("a rate is no count").isTrue();
  }

  @Test
  void agesAYearApartAreCompatibleAndTwoYearsConflict() {
    Quantity a = Quantity.exact(new BigDecimal("53"), QuantityUnit.AGE);
    assertThat(cmp.compare(a, Quantity.exact(new BigDecimal("54"), QuantityUnit.AGE)).relation())
        .as("a birthday or the Korean count").isEqualTo(Relation.COMPATIBLE);
    assertThat(cmp.compare(a, Quantity.exact(new BigDecimal("55"), QuantityUnit.AGE)).relation())
        .as("within 15 %, yet two accounts of an age").isEqualTo(Relation.CONFLICT);
  }

  @Test
  void endOfYearIsCompatibleWithNovember() {
    Comparison c = cmp.compare(TimeValue.ofYear(2022).withModifier(TimeModifier.END), TimeValue.ofMonth(2022, 11));
    assertThat(c.relation()).isEqualTo(Relation.COMPATIBLE);
  }

  @Test
  void differentYearsConflict() {
    Comparison c = cmp.compare(TimeValue.ofYear(2015), TimeValue.ofYear(2016));
    assertThat(c.relation()).isEqualTo(Relation.CONFLICT);
    assertThat(c.explanation()).isEqualTo("2015 vs 2016: years differ");
    assertThat(cmp.compare(TimeValue.ofMonth(2023, 5), TimeValue.ofMonth(2023, 11)).explanation())
        .isEqualTo("2023-05 vs 2023-11: months differ");
  }

  @Test
  void aMonthOfAnUnknownYearIsCompatibleButSaysSo() {
    Comparison c = cmp.compare(TimeValue.ofMonth(null, 7), TimeValue.ofDay(2023, 7, 18));
    assertThat(c.relation()).isEqualTo(Relation.COMPATIBLE);
    assertThat(c.explanation()).contains("XXXX-07").contains("unresolved");
  }

  @Test
  void anUnknownYearNeverMakesAFirmConflict() {
    assertThat(cmp.compare(TimeValue.ofMonth(null, 7), TimeValue.ofMonth(2023, 8)).relation())
        .isEqualTo(Relation.WEAK_CONFLICT);
    assertThat(cmp.compare(TimeValue.ofMonth(null, 7), TimeValue.ofYear(2023)).relation())
        .isEqualTo(Relation.INCOMPARABLE);
  }

  @Test
  void oneDayApartIsLeftToTheCrossCheckAndMoreIsAConflict() {
    // whether 현지시간 explains one day is decided by the cross-check, which sees the claims
    assertThat(cmp.compare(TimeValue.ofDay(2023, 7, 18), TimeValue.ofDay(2023, 7, 19)).relation())
        .isEqualTo(Relation.WEAK_CONFLICT);
    assertThat(cmp.compare(TimeValue.ofDay(2023, 7, 18), TimeValue.ofDay(2023, 7, 25)).relation())
        .isEqualTo(Relation.CONFLICT);
    assertThat(cmp.compare(TimeValue.ofDay(2023, 7, 18), TimeValue.ofDay(2023, 7, 20)).relation())
        .as("two days apart: no time zone explains it").isEqualTo(Relation.CONFLICT);
  }

  @Test
  void clockTimesAgreeWithinTheirHedgeAndConflictOtherwise() {
    TimeValue day = TimeValue.ofDay(2031, 5, 2);
    assertThat(cmp.compare(new dev.sasil.factcheck.time.ClockTime(day, 15, 19, false),
        new dev.sasil.factcheck.time.ClockTime(day, 15, 33, false)).relation()).isEqualTo(Relation.CONFLICT);
    assertThat(cmp.compare(new dev.sasil.factcheck.time.ClockTime(day, 10, 30, true),
        new dev.sasil.factcheck.time.ClockTime(day, 10, 31, false)).relation()).isEqualTo(Relation.COMPATIBLE);
    assertThat(cmp.compare(new dev.sasil.factcheck.time.ClockTime(day, 10, 31, false), day).relation().compatible())
        .isTrue();
  }

  @Test
  void twoHedgedTimesWrittenToMinutesOffTheTensAreTwoMinutes() {
    TimeValue day = TimeValue.ofDay(2031, 5, 2);
    // 오후 10시 23분쯤 vs 10시 27분쯤: each outlet names its minute; the hedge does not make them one
    assertThat(cmp.compare(new dev.sasil.factcheck.time.ClockTime(day, 22, 23, true),
        new dev.sasil.factcheck.time.ClockTime(day, 22, 27, true)).relation()).isEqualTo(Relation.CONFLICT);
    // 오전 8시 22분께 vs 8시 24분쯤, 10시 43분쯤 vs 10시 44분: nor one minute apart
    assertThat(cmp.compare(new dev.sasil.factcheck.time.ClockTime(day, 8, 22, true),
        new dev.sasil.factcheck.time.ClockTime(day, 8, 24, true)).relation()).isEqualTo(Relation.CONFLICT);
    assertThat(cmp.compare(new dev.sasil.factcheck.time.ClockTime(day, 22, 43, true),
        new dev.sasil.factcheck.time.ClockTime(day, 22, 44, false)).relation()).isEqualTo(Relation.CONFLICT);
    assertThat(cmp.compare(new dev.sasil.factcheck.time.ClockTime(day, 22, 43, true),
        new dev.sasil.factcheck.time.ClockTime(day, 22, 43, false)).relation()).isNotEqualTo(Relation.CONFLICT);
    // 오후 10시 20분께 is a round time: any minute near it
    assertThat(cmp.compare(new dev.sasil.factcheck.time.ClockTime(day, 22, 20, true),
        new dev.sasil.factcheck.time.ClockTime(day, 22, 27, true)).relation()).isEqualTo(Relation.COMPATIBLE);
  }

  @Test
  void vagueModifiersAloneMakeOnlyAWeakConflict() {
    assertThat(cmp.compare(TimeValue.ofYear(2022).withModifier(TimeModifier.START), TimeValue.ofMonth(2022, 11))
        .relation()).isEqualTo(Relation.WEAK_CONFLICT);
  }

  @Test
  void lowerBoundsContainLargerAmounts() {
    assertThat(cmp.compare(usd("10000000000", Bound.AT_LEAST), usd("13000000000", Bound.EXACT)).relation())
        .isEqualTo(Relation.COMPATIBLE);
    assertThat(cmp.compare(usd("10000000000", Bound.AT_LEAST), usd("5000000000", Bound.EXACT)).relation())
        .isEqualTo(Relation.CONFLICT);
  }

  @Test
  void roundedFiguresAndAboutAreTolerant() {
    assertThat(cmp.compare(usd("135000000", Bound.ABOUT), usd("130000000", Bound.EXACT)).relation())
        .isEqualTo(Relation.COMPATIBLE);
    assertThat(cmp.compare(usd("200000000", Bound.EXACT), usd("250000000", Bound.EXACT)).relation())
        .isEqualTo(Relation.CONFLICT);
  }

  @Test
  void preciseFiguresNoRoundingExplainsConflictHoweverClose() {
    assertThat(cmp.compare(usd("517390000", Bound.EXACT), usd("557390000", Bound.EXACT)).relation())
        .as("four significant digits each, 7 %% apart").isEqualTo(Relation.CONFLICT);
    assertThat(cmp.compare(usd("647200000", Bound.EXACT), usd("647240000", Bound.EXACT)).relation())
        .as("a rounding of the other").isEqualTo(Relation.COMPATIBLE);
    assertThat(cmp.compare(usd("220", Bound.EXACT), usd("240", Bound.EXACT)).relation())
        .as("round figures close together stay weak").isEqualTo(Relation.WEAK_CONFLICT);
  }

  private static Quantity percent(String v, Bound b) {
    return new Quantity(new BigDecimal(v), QuantityUnit.PERCENT, b, null);
  }

  @Test
  void ratesAreReadInPointsAndAboutARateIsItsRounding() {
    assertThat(cmp.compare(percent("90", Bound.ABOUT), percent("98", Bound.EXACT)).relation())
        .as("약 90%% vs 98%%").isEqualTo(Relation.CONFLICT);
    assertThat(cmp.compare(percent("90", Bound.ABOUT), percent("92", Bound.EXACT)).relation())
        .isEqualTo(Relation.COMPATIBLE);
    assertThat(cmp.compare(percent("1.3", Bound.ABOUT), percent("1.4", Bound.EXACT)).relation().compatible())
        .isTrue();
    assertThat(cmp.compare(percent("52.4", Bound.ABOUT), percent("52.1", Bound.EXACT)).relation())
        .as("약 and less than a point apart").isEqualTo(Relation.WEAK_CONFLICT);
  }

  @Test
  void figuresWrittenToTheSameDecimalConflictHoweverClose() {
    assertThat(cmp.compare(percent("1.72", Bound.EXACT), percent("1.75", Bound.EXACT)).relation())
        .isEqualTo(Relation.CONFLICT);
    assertThat(cmp.compare(percent("52.4", Bound.EXACT), percent("52.1", Bound.EXACT)).relation())
        .isEqualTo(Relation.CONFLICT);
    assertThat(cmp.compare(percent("1.7", Bound.EXACT), percent("1.75", Bound.EXACT)).relation().compatible())
        .as("the coarser may be the finer rounded").isTrue();
    assertThat(cmp.compare(percent("6.66", Bound.EXACT), percent("6.7", Bound.EXACT)).relation().compatible())
        .isTrue();
    assertThat(cmp.compare(percent("22", Bound.EXACT), percent("23", Bound.EXACT)).relation())
        .as("whole rates are left to the points rule").isNotEqualTo(Relation.CONFLICT);
  }

  @Test
  void rangesContainTheirInside() {
    Quantity range = new Quantity(new BigDecimal("30000000000"), QuantityUnit.USD, Bound.RANGE, new BigDecimal("40000000000"));
    assertThat(cmp.compare(range, usd("35000000000", Bound.EXACT)).relation()).isEqualTo(Relation.COMPATIBLE);
  }

  @Test
  void twoRangesWrittenWithBothEndsAreOneFigureOnlyWhenTheirEndsAre() {
    Quantity a = new Quantity(new BigDecimal("86000"), QuantityUnit.KRW, Bound.RANGE, new BigDecimal("260000"));
    Quantity b = new Quantity(new BigDecimal("86000"), QuantityUnit.KRW, Bound.RANGE, new BigDecimal("250000"));
    assertThat(cmp.compare(a, b).relation()).isEqualTo(Relation.WEAK_CONFLICT);
    assertThat(cmp.compare(a, new Quantity(new BigDecimal("86000"), QuantityUnit.KRW, Bound.RANGE, new BigDecimal("260000")))
        .relation().compatible()).isTrue();
    Quantity bracket = new Quantity(new BigDecimal("400000"), QuantityUnit.KRW, Bound.RANGE, new BigDecimal("499999"));
    assertThat(bracket.spanned()).as("40만원대 is a bracket of one figure").isFalse();
    assertThat(a.spanned()).isTrue();
    assertThat(cmp.compare(bracket, new Quantity(new BigDecimal("420000"), QuantityUnit.KRW, Bound.RANGE,
        new BigDecimal("450000"))).relation()).as("a bracket holds a range inside it").isEqualTo(Relation.COMPATIBLE);
  }

  @Test
  void theSameDigitsInDifferentUnitsAreNeverCompared() {
    Quantity krw = new Quantity(new BigDecimal("1300000000000"), QuantityUnit.KRW, Bound.ABOUT, null);
    Quantity usd = usd("1300000000000", Bound.EXACT);
    assertThat(cmp.compare(krw, usd).relation()).isEqualTo(Relation.INCOMPARABLE);
    assertThat(cmp.compare(TimeValue.ofYear(2023), usd).relation()).isEqualTo(Relation.INCOMPARABLE);
  }

  /** A length of time in minutes. */
  private static Quantity minutes(long v, Bound b) {
    return new Quantity(BigDecimal.valueOf(v), QuantityUnit.DURATION, b, null);
  }

  @Test
  void aboutALengthSaidToItsHourIsRoundedToTheHourNotFifteenPercent() {
    assertThat(cmp.compare(minutes(16 * 60, Bound.ABOUT), minutes(18 * 60, Bound.ABOUT)).relation())
        .as("약 16시간 vs 약 18시간").isEqualTo(Relation.CONFLICT);
    assertThat(cmp.compare(minutes(14, Bound.ABOUT), minutes(12, Bound.EXACT)).relation())
        .as("약 14분 vs 12분").isEqualTo(Relation.CONFLICT);
    assertThat(cmp.compare(minutes(213 * 60, Bound.ABOUT), minutes(213 * 60 + 43, Bound.EXACT)).relation().compatible())
        .as("약 213시간 may cut 213시간 43분 short").isTrue();
    assertThat(cmp.compare(minutes(20, Bound.ABOUT), minutes(22, Bound.EXACT)).relation().compatible())
        .as("약 20분 may be a round ten").isTrue();
  }

  @Test
  void hoursOrDaysSaidWholeMayCutALengthShortButMinutesMayNot() {
    assertThat(cmp.compare(minutes(213 * 60, Bound.EXACT), minutes(213 * 60 + 43, Bound.EXACT)).relation().compatible())
        .as("213시간 만에 vs 213시간 43분").isTrue();
    assertThat(cmp.compare(minutes(16 * 60, Bound.EXACT), minutes(18 * 60, Bound.EXACT)).relation())
        .as("16시간 vs 18시간").isEqualTo(Relation.CONFLICT);
    assertThat(cmp.compare(minutes(14, Bound.EXACT), minutes(12, Bound.EXACT)).relation())
        .as("14분 vs 12분").isEqualTo(Relation.CONFLICT);
  }
}
