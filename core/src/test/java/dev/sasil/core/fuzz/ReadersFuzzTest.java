package dev.sasil.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sasil.core.read.DocumentReader;
import dev.sasil.core.read.HtmlArticle;
import dev.sasil.core.read.HtmlArticleExtractor;
import dev.sasil.core.read.InputException;
import dev.sasil.core.read.ReadResult;
import dev.sasil.core.read.ReaderOptions;
import dev.sasil.core.read.TextDecoder;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzz tests of reading (issue 14): standard input as text, HTML or JSON Lines, every charset, and
 * HTML pages. Bad input is a one-line problem naming the input, never an exception.
 */
class ReadersFuzzTest {

  private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
      StandardCharsets.UTF_16BE, Charset.forName("x-windows-949"), StandardCharsets.ISO_8859_1);

  /** Any bytes on standard input: read, or refused in one line; ids never blank. */
  @FuzzTest(maxDuration = "30m")
  void anyStandardInputIsReadOrRefusedInOneLine(FuzzedDataProvider data) {
    long limit = data.consumeLong(16, 1 << 16);
    byte[] bytes = data.consumeRemainingAsBytes();
    ReadResult r = new DocumentReader(new ReaderOptions(limit), () -> new ByteArrayInputStream(bytes)).read(List.of("-"));
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n").startsWith("-"));
    assertThat(r.warnings()).allSatisfy(p -> assertThat(p.toString()).doesNotContain("\n"));
    assertThat(r.documents()).allSatisfy(d -> {
      assertThat(d.id()).isNotBlank();
      assertThat(d.content()).isNotNull();
    });
    if (r.documents().isEmpty()) {
      assertThat(r.problems()).isNotEmpty(); // nothing dropped without a word
    }
  }

  /** Text in any charset: decoded, or refused with a reason. */
  @FuzzTest(maxDuration = "30m")
  void textInEveryCharsetDecodesOrIsRefused(FuzzedDataProvider data) {
    Charset charset = data.pickValue(CHARSETS);
    boolean bom = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    byte[] body = text.getBytes(charset);
    byte[] mark = !bom ? new byte[0]
        : charset == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
        : charset == StandardCharsets.UTF_16BE ? new byte[] {(byte) 0xFE, (byte) 0xFF}
        : charset == StandardCharsets.UTF_8 ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[0];
    byte[] bytes = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, bytes, 0, mark.length);
    System.arraycopy(body, 0, bytes, mark.length, body.length);
    try {
      TextDecoder.Decoded d = TextDecoder.decode(bytes);
      assertThat(d.text()).isNotBlank();
      if (mark.length > 0) {
        assertThat(d.text()).isEqualTo(text); // a byte-order mark decides
      }
    } catch (InputException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n");
    }
  }

  /** Any page: reduced to text without markup, scripts or styles, never an exception. */
  @FuzzTest(maxDuration = "30m")
  void anyPageGivesItsTextWithoutScripts(FuzzedDataProvider data) {
    String page = data.consumeRemainingAsString();
    HtmlArticle a = HtmlArticleExtractor.standard().extract(page);
    assertThat(a.text()).isNotNull().doesNotContain("\r");
  }
}
