package dev.sasil.factcheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code quantity-table.tsv}: each text with every quantity it holds, written {@code VALUE UNIT
 * [BOUND] [=> VALUE UNIT [BOUND]]}, separated by {@code " ; "}; {@code NONE} when it holds none.
 */
class QuantityTableTest {

  private final QuantityNormalizer normalizer = QuantityNormalizer.standard();

  static String describe(List<QuantityMention> ms) {
    if (ms.isEmpty()) {
      return "NONE";
    }
    List<String> parts = new ArrayList<>();
    for (QuantityMention m : ms) {
      parts.add(describe(m.quantity()) + (m.conversion() == null ? "" : " => " + describe(m.conversion())));
    }
    return String.join(" ; ", parts);
  }

  private static String describe(Quantity q) {
    return q.normalized() + " " + q.unit() + (q.bound() == Bound.EXACT ? "" : " " + q.bound());
  }

  @Test
  void ownTableOfQuantitiesPasses() throws Exception {
    Path table = Path.of(QuantityTableTest.class.getResource("quantity-table.tsv").toURI());
    List<String> failures = new ArrayList<>();
    int rows = 0;
    for (String line : Files.readAllLines(table, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      rows++;
      String[] c = line.split("\t");
      String got = describe(normalizer.find(c[0]));
      if (!got.equals(c[1].strip())) {
        failures.add(c[0] + "\n    expected " + c[1] + "\n    got      " + got);
      }
    }
    assertThat(rows).isGreaterThanOrEqualTo(40);
    assertThat(failures).as("%d of %d rows fail", failures.size(), rows).isEmpty();
  }
}
