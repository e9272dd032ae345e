package dev.sasil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.resource.ResourceLines;
import dev.sasil.factcheck.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void everyLanguageHasEveryKey() {
    assertThat(Messages.of(ReportLanguage.EN).keys()).isEqualTo(Messages.of(ReportLanguage.KO).keys());
  }

  @Test
  void argumentsAreFilledInAndCountsTakeTheirForm() {
    Messages en = Messages.of(ReportLanguage.EN);
    assertThat(en.count("count.contradiction", 1)).isEqualTo("1 contradiction");
    assertThat(en.count("count.contradiction", 2)).isEqualTo("2 contradictions");
    assertThat(Messages.of(ReportLanguage.KO).count("count.article", 1)).isEqualTo("기사 1건");
    assertThat(en.get("copies.one", "a3", "a1")).isEqualTo("a3 is a copy of a1");
  }

  @Test
  void anUnknownKeyIsAProgrammingErrorNamingIt() {
    assertThatThrownBy(() -> Messages.of(ReportLanguage.KO).get("no.such")).hasMessageContaining("no.such");
  }

  @Test
  void theKoreanBundleSpeaksKoreanAndTheEnglishOneNoKorean() {
    Map<String, String> en = Messages.load("messages_en.properties");
    en.forEach((k, v) -> assertThat(v).as(k).doesNotContainPattern("[\\uAC00-\\uD7A3]"));
    assertThat(Labels.of(ReportLanguage.KO).verdict(Verdict.AGREEMENT)).isEqualTo("일치");
    assertThat(Labels.of(ReportLanguage.EN).verdict(Verdict.AGREEMENT)).isEqualTo("Agreement");
  }

  @Test
  void qualifiersAreWordsNotKeys() {
    Labels ko = Labels.of(ReportLanguage.KO);
    assertThat(ko.qualifiers(java.util.List.of("from=오픈AI"))).isEqualTo("오픈AI에서");
    assertThat(ko.qualifiers(java.util.List.of("asof=2024-07", "scope=yoy"))).isEqualTo("2024년 7월 기준, 전년 대비");
    assertThat(ko.qualifiers(java.util.List.of("period=2023-Q4"))).isEqualTo("2023년 4분기 기준");
    assertThat(ko.qualifiers(java.util.List.of("local", "something-new"))).isEqualTo("현지시간");
    assertThat(Labels.of(ReportLanguage.EN).qualifiers(java.util.List.of("from=오픈AI", "planned")))
        .isEqualTo("from 오픈AI, planned");
  }

  @Test
  void everyScopeTheGrammarReadsHasWordsInEveryLanguage() {
    var lines = ResourceLines.read(dev.sasil.factcheck.extract.AttributeCatalog.class, "grammar.txt");
    for (ResourceLines.Line line : lines) {
      String[] p = line.text().strip().split("\\s+");
      if (p[0].equals("SCOPE")) {
        for (ReportLanguage l : ReportLanguage.values()) {
          assertThat(Messages.of(l).has("qualifier.scope." + p[1])).as(l + " " + p[1]).isTrue();
        }
      }
    }
  }

  @Test
  void everyAttributeTheCheckerNamesInEnglishHasALabelInEveryLanguage() {
    var lines = ResourceLines.read(dev.sasil.factcheck.extract.AttributeCatalog.class, "attributes.txt");
    for (ResourceLines.Line line : lines) {
      String attribute = line.text().strip().split("\\s+")[0];
      if (attribute.matches("[a-z.]+")) {
        for (ReportLanguage l : ReportLanguage.values()) {
          assertThat(Labels.of(l).hasLabel(attribute)).as(l + " " + attribute).isTrue();
        }
      }
    }
  }
}
