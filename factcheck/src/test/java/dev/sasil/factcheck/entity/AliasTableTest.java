package dev.sasil.factcheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

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
  }

  @Test
  void typesComeFromTheTable() {
    assertThat(table.lookup("오픈AI").map(Entity::type)).contains(EntityType.ORG);
    assertThat(table.lookup("머스크").map(Entity::type)).contains(EntityType.PERSON);
    assertThat(table.lookup("라마").map(Entity::type)).contains(EntityType.PRODUCT);
  }
}
