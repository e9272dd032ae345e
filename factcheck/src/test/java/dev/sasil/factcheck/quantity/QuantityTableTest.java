package dev.sasil.factcheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.time.ResourceTable;
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
    List<String> failures = new ArrayList<>();
    int rows = 0;
    for (ResourceTable.Row row : ResourceTable.read(QuantityTableTest.class, "quantity-table.tsv")) {
      rows++;
      String got = describe(normalizer.find(row.get(0)));
      if (!got.equals(row.get(1))) {
        failures.add(row.get(0) + "\n    expected " + row.get(1) + "\n    got      " + got);
      }
    }
    assertThat(rows).isGreaterThanOrEqualTo(40);
    assertThat(failures).as("%d of %d rows fail", failures.size(), rows).isEmpty();
  }
}
