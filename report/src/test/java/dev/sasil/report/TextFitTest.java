package dev.sasil.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFitTest {

  @Test
  void shortensAtCharacterBoundariesWithAnEllipsis() {
    assertThat(TextFit.shorten("오픈AI 설립", 20)).isEqualTo("오픈AI 설립");
    assertThat(TextFit.shorten("가나다라마바사아자차", 5)).isEqualTo("가나다라…");
    String emoji = "😀😀😀😀😀😀";
    assertThat(TextFit.shorten(emoji, 3)).isEqualTo("😀😀…");
    assertThat(TextFit.shorten("a\nb\t c", 10)).isEqualTo("a b c");
  }

  @Test
  void randomTextNeverSplitsASurrogatePair() {
    Random random = new Random(42);
    for (int n = 0; n < 500; n++) {
      StringBuilder s = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        int kind = random.nextInt(4);
        s.appendCodePoint(kind == 0 ? 0x1F600 + random.nextInt(50) : kind == 1 ? 0xAC00 + random.nextInt(11172)
            : kind == 2 ? 0x05D0 + random.nextInt(27) : 0x20 + random.nextInt(95));
      }
      String out = TextFit.shorten(s.toString(), random.nextInt(20));
      for (int i = 0; i < out.length(); i++) {
        char c = out.charAt(i);
        if (Character.isHighSurrogate(c)) {
          assertThat(i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1))).isTrue();
        }
      }
    }
  }
}
