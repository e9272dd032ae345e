package dev.sasil.factcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttributeCatalogTest {

  private final AttributeCatalog catalog = AttributeCatalog.standard();

  @Test
  void singleValuedEventsCanContradictOthersCannot() {
    assertThat(catalog.canContradict("founded")).isTrue();
    assertThat(catalog.canContradict("released")).isTrue();
    assertThat(catalog.canContradict("announced")).isFalse();
    assertThat(catalog.canContradict("published")).as("a dated report comes out once").isTrue();
    assertThat(catalog.canContradict("parameters")).isFalse();
    assertThat(catalog.canContradict("no.such.attribute")).isFalse();
  }

  @Test
  void everyAttributeOfTheLexiconsIsInTheCatalog() {
    for (String a : new String[] {"released", "founded", "left", "joined", "sued", "invested", "raised", "announced",
        "users.monthly", "users.weekly", "downloads", "parameters", "valuation", "market.size", "employees"}) {
      assertThat(catalog.knows(a)).as(a).isTrue();
    }
    assertThat(catalog.values("users.monthly")).isEqualTo(AttributeCatalog.Values.DATED);
  }
}
