package dev.sasil.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static final String KOREAN = "메타는 대규모언어모델 '라마2'를 오픈소스 형태로 공개했다.\n업스테이지는 1T 클럽을 발족했다.";

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void readsUtf8WithAndWithoutByteOrderMark() throws Exception {
    byte[] utf8 = KOREAN.getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoder.decode(utf8).text()).isEqualTo(KOREAN);
    TextDecoder.Decoded bom = TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8));
    assertThat(bom.text()).isEqualTo(KOREAN);
    assertThat(bom.charset()).isEqualTo("UTF-8");
  }

  @Test
  void readsUtf16WithByteOrderMark() throws Exception {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, KOREAN.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, KOREAN.getBytes(StandardCharsets.UTF_16BE));
    assertThat(TextDecoder.decode(le).text()).isEqualTo(KOREAN);
    assertThat(TextDecoder.decode(le).charset()).isEqualTo("UTF-16LE");
    assertThat(TextDecoder.decode(be).text()).isEqualTo(KOREAN);
    assertThat(TextDecoder.decode(be).charset()).isEqualTo("UTF-16BE");
  }

  @Test
  void detectsEucKr() throws Exception {
    byte[] euc = KOREAN.getBytes(Charset.forName("EUC-KR"));
    TextDecoder.Decoded d = TextDecoder.decode(euc);
    assertThat(d.text()).isEqualTo(KOREAN);
    assertThat(d.charset()).isEqualTo("CP949");
  }

  @Test
  void detectsCp949SyllablesOutsideEucKr() throws Exception {
    String text = "똠방각하 뷁 챗GPT를 썼다. 쌰갸 이야기다.";
    byte[] cp949 = text.getBytes(Charset.forName("x-windows-949"));
    assertThat(TextDecoder.decode(cp949).text()).isEqualTo(text);
  }

  @Test
  void toleratesAFewMalformedBytesInLongUtf8Text() throws Exception {
    byte[] utf8 = KOREAN.repeat(40).getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length - 2); // cut inside the last 다
    TextDecoder.Decoded d = TextDecoder.decode(cut);
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.replaced()).isEqualTo(1);
    assertThat(d.text()).startsWith(KOREAN).endsWith("\uFFFD");
  }

  @Test
  void refusesEmptyAndBlankFiles() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("empty file");
    assertThatThrownBy(() -> TextDecoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("empty");
  }

  @Test
  void refusesBinaryData() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    assertThatThrownBy(() -> TextDecoder.decode(png)).isInstanceOf(InputException.class)
        .hasMessageContaining("not a text file");
    byte[] controls = new byte[200];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x07);
    }
    assertThatThrownBy(() -> TextDecoder.decode(controls)).hasMessageContaining("control characters");
  }

  @Test
  void refusesRandomBytesWithoutThrowingAnythingElse() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      byte[] b = new byte[1 + random.nextInt(2000)];
      random.nextBytes(b);
      try {
        TextDecoder.decode(b);
      } catch (InputException expected) {
        assertThat(expected.getMessage()).doesNotContain("\n");
      }
    }
  }

  @Test
  void refusesLatin1TextThatIsNotKorean() {
    byte[] latin = "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e \u00e0 la fran\u00e7aise".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TextDecoder.decode(latin)).hasMessageContaining("EUC-KR");
  }

  @Test
  void measuresHangulShare() {
    assertThat(TextDecoder.hangulShare("abc")).isZero();
    assertThat(TextDecoder.hangulShare("한국어 text")).isEqualTo(1.0);
  }
}
