package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.quantity.Bound;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DigitSlipTest {

  private static Quantity persons(String v) {
    return new Quantity(new BigDecimal(v), QuantityUnit.PERSONS, Bound.EXACT, null);
  }

  @Test
  void aDigitChangedDroppedOrAddedIsASlip() {
    assertThat(DigitSlip.between(persons("10020758"), persons("10022758"))).isTrue();
    assertThat(DigitSlip.between(persons("1040500000000"), persons("1140500000000"))).isTrue();
    assertThat(DigitSlip.between(persons("5230417"), persons("523417"))).isTrue();
  }

  @Test
  void roundOrDistantOrBoundedAmountsAreNoSlip() {
    assertThat(DigitSlip.between(persons("10000000"), persons("10000642"))).as("a round milestone").isFalse();
    assertThat(DigitSlip.between(persons("1149"), persons("1159"))).as("four digits").isFalse();
    assertThat(DigitSlip.between(persons("24415"), persons("24426"))).as("two digits").isFalse();
    assertThat(DigitSlip.between(persons("12345"), new Quantity(new BigDecimal("12346"), QuantityUnit.PERSONS,
        Bound.MORE_THAN, null))).as("a bound").isFalse();
    assertThat(DigitSlip.between(persons("12345"), persons("12345"))).as("the same").isFalse();
  }

  @Test
  void oneEditApartAgreesWithTheEditDistanceOnRandomDigits() {
    Random random = new Random(20261201);
    for (int n = 0; n < 20_000; n++) {
      String s = digits(random);
      String t = random.nextBoolean() ? digits(random) : mutate(s, random);
      assertThat(DigitSlip.oneEditApart(s, t)).as(s + " " + t).isEqualTo(distance(s, t) == 1);
    }
  }

  private static String digits(Random random) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(7);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + random.nextInt(3)));
    }
    return b.toString();
  }

  private static String mutate(String s, Random random) {
    StringBuilder b = new StringBuilder(s);
    int i = random.nextInt(s.length());
    switch (random.nextInt(3)) {
      case 0 -> b.setCharAt(i, (char) ('0' + random.nextInt(3)));
      case 1 -> b.deleteCharAt(i);
      default -> b.insert(i, (char) ('0' + random.nextInt(3)));
    }
    return b.toString();
  }

  private static int distance(String s, String t) {
    int[][] d = new int[s.length() + 1][t.length() + 1];
    for (int i = 0; i <= s.length(); i++) {
      for (int j = 0; j <= t.length(); j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
            d[i - 1][j - 1] + (s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[s.length()][t.length()];
  }
}
