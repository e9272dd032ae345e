package dev.sasil.report.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkdownEscaperTest {

  @Test
  void escapesPunctuationThatMarkdownWouldRead() {
    assertThat(MarkdownEscaper.inline("a | b")).isEqualTo("a \\| b");
    assertThat(MarkdownEscaper.inline("**x** _y_ `z` [l](u) <b> $m$ ~s~ !"))
        .isEqualTo("\\*\\*x\\*\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<b\\> \\$m\\$ \\~s\\~ \\!");
    assertThat(MarkdownEscaper.inline("a\\b & c")).isEqualTo("a\\\\b \\& c");
  }

  @Test
  void lineBreaksBecomeOneSpaceAndEdgesAreKept() {
    assertThat(MarkdownEscaper.inline("지난 \n\n 2월")).isEqualTo("지난 2월");
    assertThat(MarkdownEscaper.inline("지난 ")).isEqualTo("지난 ");
    assertThat(MarkdownEscaper.inline("\r\n끝")).isEqualTo(" 끝");
  }

  @Test
  void randomTextNeverBreaksATableRow() {
    Random random = new Random(11);
    String alphabet = "|\n\r\\`*_가 a\u2028";
    for (int n = 0; n < 2000; n++) {
      StringBuilder s = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String e = MarkdownEscaper.inline(s.toString());
      assertThat(e).doesNotContain("\n", "\r", "\u2028");
      // every pipe is escaped: preceded by an odd number of backslashes
      for (int i = e.indexOf('|'); i >= 0; i = e.indexOf('|', i + 1)) {
        int slashes = 0;
        for (int j = i - 1; j >= 0 && e.charAt(j) == '\\'; j--) {
          slashes++;
        }
        assertThat(slashes % 2).isEqualTo(1);
      }
    }
  }
}
