package dev.sasil.factcheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFindingsReaderTest {

  // a small gold file of an invented event: two reports on a village festival
  private static final String GOLD = """
      {"corpus": "village", "published": {"v1": "2025-05-01", "v2": null},
       "agreements": [{"id": "V-ag1", "about": "festival date",
                       "evidence": [{"article": "v1", "contains": "5월 3일 축제"}, {"article": "v2", "contains": "3일 열린"}]},
                      {"id": "V-ag2", "about": "visitors", "stretch": true,
                       "evidence": [{"article": "v1", "contains": "2만명"}]}],
       "contradictions": [],
       "either": [{"id": "V-e1", "about": "rain or shine", "evidence": [{"article": "v2", "contains": "비가"}]}],
       "not_contradictions": [{"id": "V-n1", "about": "last year's festival",
                               "evidence": [{"article": "v1", "contains": "지난해 축제"}]}]}
      """;

  @Test
  void readsEverySectionInOrder() {
    GoldFindings g = GoldFindingsReader.parse(GOLD);
    assertThat(g.corpus()).isEqualTo("village");
    assertThat(g.items()).extracting(GoldItem::id).containsExactly("V-ag1", "V-ag2", "V-e1", "V-n1");
    assertThat(g.agreements().get(0).evidence())
        .containsExactly(new GoldEvidence("v1", "5월 3일 축제"), new GoldEvidence("v2", "3일 열린"));
    assertThat(g.agreements()).extracting(GoldItem::stretch).containsExactly(false, true);
    assertThat(g.either().get(0).section()).isEqualTo(GoldSection.EITHER);
  }

  @Test
  void aMissingSectionIsEmpty() {
    GoldFindings g = GoldFindingsReader.parse("""
        {"agreements": [{"id": "a", "about": "b", "evidence": [{"article": "v1", "contains": "축제"}]}]}""");
    assertThat(g.contradictions()).isEmpty();
    assertThat(g.notContradictions()).isEmpty();
    assertThat(g.corpus()).isEmpty();
  }

  @Test
  void anUnknownKeyIsNamedWithItsPlace() {
    assertThatThrownBy(() -> GoldFindingsReader.parse("""
        {"agreements": [{"id": "a", "about": "b", "evidence": [{"article": "v1", "contain": "축제"}]}]}"""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("agreements[0] (a).evidence[0]: unknown key \"contain\"");
    assertThatThrownBy(() -> GoldFindingsReader.parse("{\"look_alikes\": []}"))
        .hasMessage("the gold file: unknown key \"look_alikes\"");
  }

  @Test
  void wrongTypesAndImpossibleValuesFail() {
    assertThatThrownBy(() -> GoldFindingsReader.parse("""
        {"agreements": [{"id": "a", "about": "b", "stretch": "yes", "evidence": []}]}"""))
        .hasMessage("agreements[0] (a): stretch is not true or false");
    assertThatThrownBy(() -> GoldFindingsReader.parse("""
        {"agreements": [{"id": "a", "about": "b", "evidence": []}]}"""))
        .hasMessage("agreements[0] (a): item a cites no evidence");
    assertThatThrownBy(() -> GoldFindingsReader.parse("""
        {"either": [{"id": "a", "about": "b", "evidence": [{"article": "v1", "contains": "  "}]}]}"""))
        .hasMessage("either[0] (a).evidence[0]: blank contains text for article v1");
    assertThatThrownBy(() -> GoldFindingsReader.parse("""
        {"agreements": [{"about": "b", "evidence": []}]}"""))
        .hasMessage("agreements[0]: id is missing");
    assertThatThrownBy(() -> GoldFindingsReader.parse("{\"agreements\": {}}"))
        .hasMessage("agreements: not a list");
  }

  @Test
  void anIdUsedTwiceFails() {
    assertThatThrownBy(() -> GoldFindingsReader.parse("""
        {"agreements": [{"id": "a", "about": "b", "evidence": [{"article": "v1", "contains": "축제"}]}],
         "not_contradictions": [{"id": "a", "about": "c", "evidence": [{"article": "v2", "contains": "축제"}]}]}"""))
        .hasMessage("item id a is used twice");
  }

  @Test
  void malformedJsonIsOneLineWithItsPosition() {
    assertThatThrownBy(() -> GoldFindingsReader.parse("{\"agreements\": [\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not valid JSON at line 2, column 1 (Unexpected end-of-input")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> GoldFindingsReader.parse("{} {}")).hasMessageStartingWith("not valid JSON");
    assertThatThrownBy(() -> GoldFindingsReader.parse("{\"corpus\": \"a\", \"corpus\": \"b\"}"))
        .hasMessageContaining("Duplicate field 'corpus'");
    assertThatThrownBy(() -> GoldFindingsReader.parse("[]")).hasMessage("not a JSON object");
  }

  @Test
  void fileProblemsNameTheFile(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("gold.json");
    assertThatThrownBy(() -> GoldFindingsReader.read(missing)).isInstanceOf(IOException.class)
        .hasMessage(missing + ": no such file");
    Files.write(missing, new byte[] {'{', '"', 'c', 'o', 'r', 'p', 'u', 's', '"', ':', '"', (byte) 0xff, '"', '}'});
    assertThatThrownBy(() -> GoldFindingsReader.read(missing)).hasMessage(missing + ": not valid UTF-8");
    Files.writeString(missing, "{\"corpus\": 3}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldFindingsReader.read(missing)).hasMessage(missing + ": corpus: not a string");
    Files.writeString(missing, "\uFEFF" + GOLD, StandardCharsets.UTF_8);
    assertThat(GoldFindingsReader.read(missing).items()).hasSize(4);
  }
}
