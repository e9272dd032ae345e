package dev.sasil.factcheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AliasTableTest {

  private final AliasTable table = AliasTable.standard();

  @Test
  void latinReadingsMatchUnlistedMixedSpellings() {
    LatinReading r = LatinReading.standard();
    assertThat(r.key("챗GPT")).isEqualTo(r.key("챗지피티")).isEqualTo("챗지피티");
    assertThat(r.key("오픈 AI")).isEqualTo(r.key("오픈에이아이"));
    assertThat(table.lookup("챗 지피티").map(Entity::canonical)).contains("챗GPT");
  }

  @Test
  void aliasesResolveToOneCanonicalName() {
    assertThat(table.lookup("OpenAI").map(Entity::canonical)).contains("오픈AI");
    assertThat(table.lookup("오픈에이아이").map(Entity::canonical)).contains("오픈AI");
    assertThat(table.lookup("ChatGPT").map(Entity::canonical)).contains("챗GPT");
    assertThat(table.lookup("그락").map(Entity::canonical)).contains("그록");
    assertThat(table.lookup("Grok").map(Entity::canonical)).contains("그록");
    assertThat(table.lookup("MS").map(Entity::canonical)).contains("마이크로소프트");
    assertThat(table.lookup("알트만").map(Entity::canonical)).contains("샘 올트먼");
  }

  @Test
  void aTypoResolvesByJamoDistance() {
    assertThat(table.fuzzy("저커버크").map(Entity::canonical)).contains("마크 저커버그");
    assertThat(table.fuzzy("엔비디야").map(Entity::canonical)).contains("엔비디아");
  }

  @Test
  void distanceDoesNotMergeDifferentNames() {
    assertThat(table.fuzzy("그로크").map(Entity::canonical)).as("Groq the chip maker is not Grok").contains("그로크");
    assertThat(table.fuzzy("마이크로칩")).isEmpty();
    assertThat(table.fuzzy("유해진")).as("a Korean name one letter from a listed person's is another person").isEmpty();
  }

  @Test
  void typesComeFromTheTable() {
    assertThat(table.lookup("오픈AI").map(Entity::type)).contains(EntityType.ORG);
    assertThat(table.lookup("머스크").map(Entity::type)).contains(EntityType.PERSON);
    assertThat(table.lookup("라마").map(Entity::type)).contains(EntityType.PRODUCT);
  }

  @Test
  void fuzzyFindsWhatComparingWithEveryNameFinds() {
    Random r = new Random(2024);
    Misspellings near = new Misspellings(r);
    List<String> keys = table.fuzzyKeys();
    int found = 0;
    for (int n = 0; n < 20_000; n++) {
      String word = r.nextInt(5) == 0 ? near.word(2, 7) : near.near(keys.get(r.nextInt(keys.size())));
      Optional<Entity> expected = scan(word);
      assertThat(table.fuzzy(word)).as("fuzzy(%s)", word).isEqualTo(expected);
      found += expected.isPresent() ? 1 : 0;
    }
    assertThat(found).as("random misspellings that resolve").isGreaterThan(1000);
  }

  /** The fuzzy lookup as it was before the index: every Hangul name compared, in file order. */
  private Optional<Entity> scan(String name) {
    String key = table.reading().key(name);
    if (JamoDistance.syllables(key) < 3) {
      return Optional.empty();
    }
    Entity best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean tie = false;
    for (String k : table.fuzzyKeys()) {
      if (!JamoDistance.variants(key, k)) {
        continue;
      }
      int d = JamoDistance.distance(key, k);
      Entity e = table.byKey(k).orElseThrow();
      if (d < bestDistance) {
        best = e;
        bestDistance = d;
        tie = false;
      } else if (d == bestDistance && !e.equals(best)) {
        tie = true;
      }
    }
    return tie ? Optional.empty() : Optional.ofNullable(best);
  }
}
