package dev.sasil.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

  private static List<String> lines(String text, int max) throws IOException {
    BoundedLineReader r = new BoundedLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    List<String> out = new ArrayList<>();
    for (BoundedLineReader.Line l; (l = r.next()) != null; ) {
      out.add(l.number() + ":" + (l.tooLong() ? "TOO LONG " + l.length() : new String(l.bytes(), StandardCharsets.UTF_8)));
    }
    return out;
  }

  @Test
  void splitsLinesDroppingCarriageReturns() throws IOException {
    assertThat(lines("a\r\nbb\n\nccc", 10)).containsExactly("1:a", "2:bb", "3:", "4:ccc");
    assertThat(lines("a\n", 10)).containsExactly("1:a");
    assertThat(lines("", 10)).isEmpty();
  }

  @Test
  void endsLinesAtALoneCarriageReturnToo() throws IOException {
    // issue 14, item 2: CR-only line endings merged every record into one line
    assertThat(lines("a\rbb\r\rccc\r", 10)).containsExactly("1:a", "2:bb", "3:", "4:ccc");
    assertThat(lines("a\r\n\r\nb", 10)).containsExactly("1:a", "2:", "3:b");
  }

  @Test
  void seesACrLfSplitAcrossTheBufferAsOneEnding() throws IOException {
    String first = "x".repeat(64 * 1024 - 1);
    assertThat(lines(first + "\r\nnext", 100_000)).hasSize(2).last().isEqualTo("2:next");
  }

  @Test
  void skipsOverlongLinesAndKeepsCounting() throws IOException {
    String longLine = "x".repeat(200_000);
    assertThat(lines("ok\n" + longLine + "\nok again", 1000))
        .containsExactly("1:ok", "2:TOO LONG 200000", "3:ok again");
  }
}
