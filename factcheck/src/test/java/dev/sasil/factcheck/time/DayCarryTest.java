package dev.sasil.factcheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayCarryTest {

  private final TimeNormalizer normalizer = TimeNormalizer.standard();

  /** The day each sentence's last time resolves to, the sentences read in order by one carry. */
  private List<String> days(String published, String... sentences) {
    DayCarry carry = new DayCarry(TimeLexicon.standard(), published == null ? null : LocalDate.parse(published));
    TimeAnchor anchor = published == null ? TimeAnchor.UNKNOWN : TimeAnchor.parse(published);
    return java.util.Arrays.stream(sentences)
        .map(s -> carry.carry(normalizer.find(s, anchor)))
        .map(ts -> ts.isEmpty() ? "-" : ts.getLast().value() == null ? "?" : ts.getLast().value().normalized())
        .toList();
  }

  @Test
  void aRelativeDayOfAnArticleOfTheDayAfterIsOnTheEveItsStoryWasToldOn() {
    assertThat(days("2031-07-20", "가람항공은 19일 시험비행에 성공했다.", "기념식이 열렸다.", "시험기는 이날 오후 이륙했다."))
        .containsExactly("2031-07-19", "-", "2031-07-19");
    assertThat(days("2031-07-20", "가람항공은 지난 19일 시험비행에 성공했다.", "시험기는 전날 점검을 마쳤다."))
        .as("a past-marked eve is still the story's day; 전날 counts from it").containsExactly("2031-07-19", "2031-07-18");
  }

  @Test
  void aRelativeDayStaysOnTheArticlesDateWhenTheArticleWritesItOrLooksFurtherBack() {
    assertThat(days("2031-07-20", "가람항공은 20일 시험비행에 성공했다.", "앞서 전날(19일) 점검을 마쳤다.", "시험기는 이날 이륙했다."))
        .as("the article wrote its own day").containsExactly("2031-07-20", "2031-07-19", "2031-07-20");
    assertThat(days("2031-04-06", "검찰은 2월 27일 징역 30년을 구형했다.", "이날 선고 공판은 생중계됐다."))
        .as("a look back is no day of the story").containsExactly("2031-02-27", "2031-04-06");
    assertThat(days(null, "가람항공은 19일 시험비행에 성공했다.", "시험기는 이날 이륙했다.")).as("an undated article")
        .doesNotContain("2031-07-19");
  }
}
