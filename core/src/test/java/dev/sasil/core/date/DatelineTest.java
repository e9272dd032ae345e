package dev.sasil.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.time.PartialDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DatelineTest {

  private final Dateline datelines = Dateline.standard();

  private Optional<String> parse(String line) {
    return datelines.parse(line).map(m -> m.date() + " " + m.kind());
  }

  @Test
  void readsCommonKoreanDatelines() {
    assertThat(parse("||2024.10.02")).contains("2024-10-02 PLAIN");
    assertThat(parse("입력 2023.11.20 09:12")).contains("2023-11-20 PUBLISHED");
    assertThat(parse("기사입력 2023-11-20 오전 9:12")).contains("2023-11-20 PUBLISHED");
    assertThat(parse("2023년 11월 23일 오전 8시 30분")).contains("2023-11-23 PLAIN");
    assertThat(parse("2024-05-30")).contains("2024-05-30 PLAIN");
    assertThat(parse("2024/05/30 (목) 18:01")).contains("2024-05-30 PLAIN");
    assertThat(parse("등록 2024.05.30 17:40 | 수정 2024.05.31 18:01")).contains("2024-05-30 PUBLISHED");
    assertThat(parse("수정 2024.05.31 18:01 | 입력 2024.05.30 17:40")).contains("2024-05-30 PUBLISHED");
    assertThat(parse("업데이트 2024.05.31")).contains("2024-05-31 MODIFIED");
    assertThat(parse("Posted on 2024-05-30")).contains("2024-05-30 PUBLISHED");
    assertThat(parse("조상록 기자 2024.10.02 09:00")).contains("2024-10-02 PLAIN");
    assertThat(parse("입력 23.11.20 09:12")).contains("2023-11-20 PUBLISHED");
  }

  @Test
  void acceptsAPartialDateOnItsOwnLine() {
    assertThat(datelines.parse("2023년 7월").map(Dateline.Match::date)).contains(PartialDate.ofMonth(2023, 7));
    assertThat(datelines.parse("발행 2023.07").map(Dateline.Match::date)).contains(PartialDate.ofMonth(2023, 7));
  }

  @Test
  void ignoresDatesInSentences() {
    assertThat(parse("메타는 2023년 7월 18일 라마2를 오픈소스로 공개했다.")).isEmpty();
    assertThat(parse("지난 2024.10.02 발표된 자료에 따르면 매출이 늘었다")).isEmpty();
    assertThat(parse("메타의 최고경영자 마크 저커버그는 23년 7월18일 페이스북을 통해 밝혔다.")).isEmpty();
  }

  @Test
  void ignoresFileNamesNumbersAndImpossibleDates() {
    assertThat(parse("grok_VE_20240313")).isEmpty();
    assertThat(parse("20240313")).isEmpty();
    assertThat(parse("2024.13.45")).isEmpty();
    assertThat(parse("1.5 2.0 3.1")).isEmpty();
    assertThat(parse("라마 3.2")).isEmpty();
    assertThat(parse("23.11.20")).isEmpty();
    assertThat(parse("")).isEmpty();
  }

  @Test
  void neverThrowsOnRandomLines() {
    Random random = new Random(11);
    String alphabet = "0123456789.-/년월일시분 입력수정|:()오전후가나";
    for (int i = 0; i < 2000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(40);
      for (int j = 0; j < n; j++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      datelines.parse(sb.toString());
    }
  }
}
