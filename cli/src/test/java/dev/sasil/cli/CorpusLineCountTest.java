package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CorpusLineCountTest {

  private static int count(String text) throws IOException {
    return CorpusLineCount.nonBlankLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void countsNonBlankLinesWhateverTheirEnding() throws IOException {
    assertThat(count("{}\n\n  \n{}\r\n{}\r{}")).isEqualTo(4);
    assertThat(count("")).isZero();
    assertThat(count(" \n\t\r\n")).isZero();
  }

  @Test
  void countsAHugeLineWithoutHoldingIt() throws IOException {
    // issue 14, item 6: the bar's pre-count read a 1 GB line whole and ran out of memory at -Xmx512m
    long size = 1L << 30;
    InputStream endless = new InputStream() {
      long left = size;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
        left -= n;
        return n;
      }
    };
    assertThat(CorpusLineCount.nonBlankLines(endless)).isEqualTo(1);
  }
}
