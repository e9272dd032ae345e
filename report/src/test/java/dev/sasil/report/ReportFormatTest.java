package dev.sasil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void parsesCliNamesCaseInsensitively() {
    assertThat(ReportFormat.parse("HTML")).isEqualTo(ReportFormat.HTML);
    assertThat(ReportFormat.parse(" md ")).isEqualTo(ReportFormat.MD);
    assertThat(ReportFormat.parse("markdown")).isEqualTo(ReportFormat.MD);
    assertThat(ReportFormat.parse("claimreview")).isEqualTo(ReportFormat.CLAIMREVIEW);
  }

  @Test
  void unknownNameListsTheFormats() {
    assertThatThrownBy(() -> ReportFormat.parse("pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'pdf'").hasMessageContaining("html, md, json, claimreview");
  }

  @Test
  void everyFormatWritesADocumentEndingWithANewline() {
    Report r = Fixtures.small();
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(f.writer().write(r)).as(f.cliName()).isNotBlank().endsWith("\n");
    }
  }
}
