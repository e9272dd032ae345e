package dev.sasil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.core.resource.ResourceLines;
import dev.sasil.core.resource.ResourceLines.Line;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.extract.AttributeCatalog;
import dev.sasil.factcheck.source.SourceGroup;
import dev.sasil.factcheck.source.SourceGroups;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void bundledLabelsNameKnownAttributesAndPassOthersThrough() {
    Labels l = Labels.standard();
    assertThat(l.attribute("founded")).isEqualTo("설립");
    assertThat(l.hasLabel("founded")).isTrue();
    assertThat(l.attribute("something.new")).isEqualTo("something.new");
    assertThat(l.verdict(Verdict.CONTRADICTION)).isEqualTo("엇갈림");
  }

  @Test
  void everyModalityAndStateAQualifierCanSayIsShown() {
    Labels l = Labels.standard();
    assertThat(List.of("forecast", "target", "condition", "planned", "previous", "first", "local"))
        .allSatisfy(q -> assertThat(l.qualifiers(List.of(q))).as(q).isNotEmpty().isNotEqualTo(q));
    assertThat(l.qualifiers(List.of("previous"))).isEqualTo("변경 전 값");
  }

  @Test
  void copiesAreSaidInKoreanOneGroupAfterAnother() {
    SourceGroups g = SourceGroups.of(List.of(
        new SourceGroup("a1", List.of("a3")), new SourceGroup("a2", List.of("a5", "a6"))));
    assertThat(Labels.standard().copies(g)).isEqualTo("a3은(는) a1의 사본; a5, a6은(는) a2의 사본");
    assertThat(Labels.standard().copies(SourceGroups.separate())).isEmpty();
  }

  @Test
  void parserReadsAttributeTabLabelAndRejectsMalformedLines() {
    // comments and blank lines are ResourceLines' business: line 3 after "# c" and ""
    assertThat(Labels.parse(List.of(new Line(3, "founded\t설립")))).containsEntry("founded", "설립");
    assertThatThrownBy(() -> Labels.parse(List.of(new Line(1, "founded 설립"))))
        .hasMessageContaining("attributes.txt:1");
    assertThatThrownBy(() -> Labels.parse(List.of(new Line(1, "a\tb"), new Line(2, "a\tc"))))
        .hasMessageContaining("duplicate");
  }

  @Test
  void periodIsTheDateRangeWithTheUndatedCountOrUnknown() {
    Labels l = Labels.standard();
    assertThat(l.period(Fixtures.small().header())).isEqualTo("2023-12-06 – 2024-03-13 (날짜 미상 1건)");
    assertThat(l.period(new ReportBuilder("sasil test").build(List.of(), List.of(), List.of()).header()))
        .isEqualTo("날짜 미상");
  }

  @Test
  void everyLabelledAttributeIsOneTheFactCheckerKnows() {
    assertThat(Labels.parse(ResourceLines.read(Labels.class, "attributes.txt")).keySet())
        .allMatch(AttributeCatalog.standard()::knows);
  }

  @Test
  void outletsAreListedOrSaidToBeUnknown() {
    Labels l = Labels.standard();
    assertThat(l.outlets(Fixtures.small().header())).isEqualTo("example.com, news.example.org");
    assertThat(l.outlets(new ReportBuilder("sasil test").build(List.of(), List.of(), List.of()).header()))
        .isEqualTo("알 수 없음 (URL 없음)");
  }
}
