package dev.sasil.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ResourceLinesTest {

  @Test
  void skipsCommentsAndBlankLinesAndKeepsLineNumbers() {
    assertThat(ResourceLines.read(ResourceLinesTest.class, "sample.txt"))
        .containsExactly(new ResourceLines.Line(3, "first line"), new ResourceLines.Line(5, "second\ttab"));
  }

  @Test
  void aReaderIsReadByTheSameRules() throws Exception {
    assertThat(ResourceLines.read(new StringReader("# c\n\n  a  \nb\n")))
        .containsExactly(new ResourceLines.Line(3, "  a"), new ResourceLines.Line(4, "b"));
  }

  @Test
  void aMissingResourceIsAPackagingErrorNamingIt() {
    assertThatThrownBy(() -> ResourceLines.read(ResourceLinesTest.class, "nope.txt"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("nope.txt");
  }

  @Test
  void malformedLinesAreNamedByResourceAndNumber() {
    ResourceLines.Line line = new ResourceLines.Line(7, "x y");
    assertThat(ResourceLines.malformed("lexicon.txt", line, "expected three columns"))
        .hasMessage("lexicon.txt:7: expected three columns: 'x y'");
  }
}
