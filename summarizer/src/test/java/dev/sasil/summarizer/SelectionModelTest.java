package dev.sasil.summarizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.resource.ResourceLines;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionModelTest {

  private static SelectionModel parse(String text) throws IOException {
    return SelectionModel.parse(ResourceLines.read(new StringReader(text)), "test");
  }

  private static double[] weights(double first, double rest) {
    double[] w = new double[SentenceFeature.COUNT];
    Arrays.fill(w, rest);
    w[0] = first;
    return w;
  }

  @Test
  void theBundledModelLoadsAndPrefersTheLeadOfAReportToItsClosingQuote() {
    SelectionModel m = SelectionModel.standard();
    double[] lead = new double[SentenceFeature.COUNT];
    lead[SentenceFeature.PLACE_1.ordinal()] = 1;
    lead[SentenceFeature.REPORT_PLACE_1.ordinal()] = 1;
    lead[SentenceFeature.FINAL_ENDING.ordinal()] = 1;
    double[] quote = new double[SentenceFeature.COUNT];
    quote[SentenceFeature.LOG_PLACE.ordinal()] = Math.log(8);
    quote[SentenceFeature.QUOTE.ordinal()] = 1;
    quote[SentenceFeature.REPORT_QUOTE.ordinal()] = 1;
    quote[SentenceFeature.CLOSING.ordinal()] = 1;
    quote[SentenceFeature.FINAL_ENDING.ordinal()] = 1;
    assertThat(m.probability(lead)).isGreaterThan(m.probability(quote));
  }

  @Test
  void whatIsFormattedParsesBackToTheSameWeights() throws IOException {
    SelectionModel m = new SelectionModel(-1.25, weights(0.5, -0.125));
    SelectionModel back = parse(m.format(List.of("a header", "")));
    assertThat(back.bias()).isEqualTo(-1.25);
    for (SentenceFeature f : SentenceFeature.values()) {
      assertThat(back.weight(f)).isEqualTo(m.weight(f));
    }
    assertThat(m.format(List.of("a header"))).startsWith("# a header\nbias ");
  }

  @Test
  void theLogitIsTheBiasPlusTheWeightedValues() {
    SelectionModel m = new SelectionModel(1, weights(2, 0));
    double[] x = new double[SentenceFeature.COUNT];
    x[0] = 3;
    assertThat(m.logit(x)).isEqualTo(7.0);
    assertThat(m.probability(new double[SentenceFeature.COUNT])).isEqualTo(1 / (1 + Math.exp(-1)));
  }

  @Test
  void aMissingUnknownOrRepeatedFeatureIsNamed() throws IOException {
    String full = new SelectionModel(0, weights(0, 0)).format(List.of());
    String missing = full.lines().filter(l -> !l.startsWith("DAY ")).reduce("", (a, b) -> a + b + "\n");
    assertThatThrownBy(() -> parse(missing)).hasMessageContaining("no weight for DAY");
    assertThatThrownBy(() -> parse(full + "LEAD_PLACE 1\n")).hasMessageContaining("test:").hasMessageContaining("LEAD_PLACE");
    assertThatThrownBy(() -> parse(full + "DAY 1\n")).hasMessageContaining("each feature once");
    assertThatThrownBy(() -> parse(full.replace("bias 0.000000\n", ""))).hasMessageContaining("no bias");
    assertThatThrownBy(() -> parse(full.replace("bias 0.000000", "bias zero"))).hasMessageContaining("a number");
  }

  @Test
  void weightsMustBeFiniteAndOnePerFeature() {
    assertThatThrownBy(() -> new SelectionModel(0, new double[2])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SelectionModel(Double.NaN, weights(0, 0))).isInstanceOf(IllegalArgumentException.class);
  }
}
