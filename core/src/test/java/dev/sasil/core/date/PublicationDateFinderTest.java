package dev.sasil.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.testing.TestData;
import dev.sasil.core.time.PartialDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDateFinderTest {

  private final PublicationDateFinder finder = PublicationDateFinder.standard();

  private Published find(String text) {
    return finder.find(RawDocument.text("a.txt", text));
  }

  private static String body(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      sb.append("본문 ").append(i).append("번째 문장이다. 2019년 3월 1일 일이 있었다고 했다.\n");
    }
    return sb.toString();
  }

  @Test
  void keepsADateTheDocumentCarries() {
    RawDocument doc = new RawDocument("a", "a", null, null,
        Published.of(PartialDate.ofMonth(2023, 7), DateSource.METADATA), "제목\n||2024.10.02\n본문이다.", false);
    assertThat(finder.find(doc)).isEqualTo(Published.of(PartialDate.ofMonth(2023, 7), DateSource.METADATA));
  }

  @Test
  void findsADatelineNearTheTop() {
    assertThat(find("제목이다\n입력 2023.11.20 09:12\n" + body(20)))
        .isEqualTo(Published.of(PartialDate.ofDay(2023, 11, 20), DateSource.TEXT));
  }

  @Test
  void findsADatelineAtTheBottomBeforeTheTail() {
    String text = "제목이다\n" + body(20) + "홍길동 기자\n2024-05-30\n관련기사\n2024-05-01 다른 기사\n";
    assertThat(find(text).date()).isEqualTo(PartialDate.ofDay(2024, 5, 30));
  }

  @Test
  void prefersThePublicationWordOverAChangeWord() {
    assertThat(find("제목\n수정 2023.11.21 10:00\n입력 2023.11.20 09:12\n" + body(3)).date())
        .isEqualTo(PartialDate.ofDay(2023, 11, 20));
  }

  @Test
  void neverTakesADateFromTheMiddleOrFromASentence() {
    String text = "제목\n" + body(10) + "2022.01.05\n" + body(10);
    assertThat(find(text)).isEqualTo(Published.UNKNOWN);
    assertThat(find("메타는 2023년 7월 18일 라마2를 공개했다.")).isEqualTo(Published.UNKNOWN);
  }

  @Test
  void findsTheSeedDatelineOf004() throws IOException {
    String text = Files.readString(TestData.examples().resolve("004_f02ecc4ec15e8328.txt"), StandardCharsets.UTF_8);
    assertThat(find(text)).isEqualTo(Published.of(PartialDate.ofDay(2024, 10, 2), DateSource.TEXT));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "000_19576071d7ccea1c.txt", "001_adf6a44659eadc49.txt", "002_c75a170ff0586982.txt", "003_ea2763dd7b979d46.txt"})
  void inventsNoDateForTheOtherSeeds(String name) throws IOException {
    String text = Files.readString(TestData.examples().resolve(name), StandardCharsets.UTF_8);
    assertThat(find(text)).isEqualTo(Published.UNKNOWN);
  }
}
