package dev.sasil.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlEscaperTest {

  @Test
  void escapesMarkupAndBothQuotes() {
    assertThat(HtmlEscaper.escape("<script>a&b</script>")).isEqualTo("&lt;script&gt;a&amp;b&lt;/script&gt;");
    assertThat(HtmlEscaper.escape("\" onerror='x'")).isEqualTo("&quot; onerror=&#39;x&#39;");
  }

  @Test
  void keepsKoreanEmojiRtlAndWhitespace() {
    String s = "사실 🤖 שלום\tمرحبا\n끝";
    assertThat(HtmlEscaper.escape(s)).isEqualTo(s);
  }

  @Test
  void replacesControlsAndLoneSurrogates() {
    assertThat(HtmlEscaper.escape("a\u0000b\u0007c\u0085d")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
    assertThat(HtmlEscaper.escape("x\uD83Dy")).isEqualTo("x\uFFFDy");
    assertThat(HtmlEscaper.escape("x\uDE00")).isEqualTo("x\uFFFD");
    assertThat(HtmlEscaper.escape(null)).isEmpty();
  }

  @Test
  void randomTextIsInertInContentAndAttributesAndRoundTrips() {
    Random random = new Random(7);
    int[] alphabet = "<>&\"'=/ \n\tscript onerror가나다😀\u0000\uD800".codePoints().toArray();
    for (int n = 0; n < 2000; n++) {
      StringBuilder s = new StringBuilder();
      int len = random.nextInt(30);
      for (int i = 0; i < len; i++) {
        s.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
      }
      String e = HtmlEscaper.escape(s.toString());
      assertThat(e).doesNotContain("<", ">", "\"", "'");
      String back = Parser.unescapeEntities(e, true);
      String expected = s.toString().replace('\u0000', '\uFFFD').replace('\uD800', '\uFFFD'); // the lone high surrogate of the alphabet
      assertThat(back).isEqualTo(expected);
    }
  }
}
