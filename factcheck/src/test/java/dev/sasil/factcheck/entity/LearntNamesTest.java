package dev.sasil.factcheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LearntNamesTest {

  private static final LatinReading READING = LatinReading.standard();

  private static Entity unknown(String name) {
    return new Entity(name, "", EntityType.UNKNOWN, false, " ");
  }

  @Test
  void aMisspellingResolvesToTheLearntName() {
    LearntNames learnt = LearntNames.of(Map.of(READING.key("노바랩스"), unknown("노바랩스")));
    assertThat(learnt.variant("노바렙스").map(Entity::canonical)).contains("노바랩스");
    assertThat(learnt.variant("노바")).isEmpty();
    assertThat(learnt.get(READING.key("노바랩스"))).isNotNull();
    assertThat(learnt.isKeyPrefix("노바")).isTrue();
    assertThat(learnt.isKeyPrefix("바랩")).isFalse();
    assertThat(LearntNames.none().isEmpty()).isTrue();
  }

  @Test
  void variantIsTheFirstInKeyOrderAsAScanOfAllNamesFinds() {
    Random r = new Random(77);
    Misspellings near = new Misspellings(r);
    int found = 0;
    for (int round = 0; round < 40; round++) {
      Map<String, Entity> byKey = new HashMap<>();
      for (int i = 0; i < 150; i++) {
        String name = near.word(1, 7).strip();
        if (!name.isEmpty()) {
          byKey.putIfAbsent(READING.key(name), unknown(name));
        }
      }
      LearntNames learnt = LearntNames.of(byKey);
      List<Entity> names = List.copyOf(byKey.values());
      for (int q = 0; q < 200; q++) {
        String stem = r.nextInt(4) == 0 ? near.word(2, 7) : near.near(names.get(r.nextInt(names.size())).canonical());
        Optional<Entity> expected = scan(stem, byKey);
        assertThat(learnt.variant(stem)).as("variant(%s)", stem).isEqualTo(expected);
        found += expected.isPresent() ? 1 : 0;
      }
    }
    assertThat(found).as("random misspellings that resolve").isGreaterThan(1000);
  }

  /** The lookup as it was before the index: every learnt name compared, the least key kept. */
  private static Optional<Entity> scan(String stem, Map<String, Entity> byKey) {
    if (JamoDistance.syllables(stem) < 3) {
      return Optional.empty();
    }
    return byKey.entrySet().stream()
        .filter(x -> JamoDistance.variants(stem, x.getValue().canonical()))
        .min(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue);
  }
}
