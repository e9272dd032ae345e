package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.extract.FigureMention;
import dev.sasil.factcheck.quantity.Quantity;
import dev.sasil.factcheck.quantity.QuantityUnit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureContradictionTest {

  private static FigureMention dollars(String id, String sentence, String figure, long value) {
    int at = sentence.indexOf(figure);
    return new FigureMention(new Evidence(id, 0, sentence, at, at + figure.length(), figure),
        Quantity.exact(BigDecimal.valueOf(value), QuantityUnit.USD), null, List.of(), List.of(), List.of(), null, "");
  }

  @Test
  void aFigureTakesTheSignTheClaimAtItsWordsGivesIt() {
    FigureMention a = dollars("a", "지난해 무역 적자 312억 달러…역대 최대", "312억 달러", 31_200_000_000L);
    FigureMention b = dollars("b", "지난해 무역수지는 315억 달러 적자였다.", "315억 달러", 31_500_000_000L);
    Claim deficit = new Claim("", "무역수지", Quantity.exact(BigDecimal.valueOf(-31_200_000_000L), QuantityUnit.USD),
        List.of(), a.evidence(), "");
    Finding f = FigureContradiction.of("", "무역수지", List.of(), List.of(a, b), List.of(a, b), "values differ",
        Map.of(a.evidence(), deficit));
    assertThat(f.claims()).extracting(c -> ((Quantity) c.value()).value().signum()).containsExactly(-1, 1);
    assertThat(f.explanation()).startsWith("-31200000000 USD vs 31500000000 USD");
  }
}
