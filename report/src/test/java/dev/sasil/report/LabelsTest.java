package dev.sasil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sasil.factcheck.Verdict;
import java.io.BufferedReader;
import java.io.StringReader;
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
  void parserSkipsCommentsAndRejectsMalformedLines() throws Exception {
    assertThat(Labels.parse(new BufferedReader(new StringReader("# c\n\nfounded\t설립\n")))).containsEntry("founded", "설립");
    assertThatThrownBy(() -> Labels.parse(new BufferedReader(new StringReader("founded 설립\n"))))
        .hasMessageContaining("attributes.txt:1");
    assertThatThrownBy(() -> Labels.parse(new BufferedReader(new StringReader("a\tb\na\tc\n"))))
        .hasMessageContaining("duplicate");
  }
}
