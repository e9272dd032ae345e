package dev.sasil.factcheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Evidence;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.NormalizedValue;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.time.ClockTime;
import dev.sasil.factcheck.time.PartialTime;
import dev.sasil.factcheck.time.TimeValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreedDaysTest {

  private static Claim claim(String article, String text, NormalizedValue value) {
    String sentence = "창고 화재는 " + text + " 진화됐다.";
    int at = sentence.indexOf(text);
    return new Claim("", "진화", value, List.of(), new Evidence(article, 0, sentence, at, at + text.length(), text), "");
  }

  private static ClockTime at(int year, int month, int day, int hour, int minute) {
    return new ClockTime(TimeValue.ofDay(year, month, day), hour, minute, false);
  }

  private static Finding agreement(Claim... claims) {
    return new Finding("", "진화", List.of(), Verdict.AGREEMENT, List.of(claims), "");
  }

  @Test
  void aTimeOfDayAloneTakesTheDayAnotherArticleWritesForIt() {
    Finding f = agreement(claim("a", "오후 5시 10분", new PartialTime(null, null, null, 17 * 60 + 10)),
        claim("b", "14일 오후 5시 10분", at(2031, 3, 14, 17, 10)));

    Claim dated = AgreedDays.apply(List.of(f)).get(0).claims().get(0);

    assertThat(dated.value().normalized()).isEqualTo("2031-03-14T17:10");
    assertThat(dated.derivation()).contains("b").contains("14일 오후 5시 10분");
    assertThat(dated.evidence()).isEqualTo(f.claims().get(0).evidence());
  }

  @Test
  void anUndatedArticlesDayOfTheMonthTakesTheMonthAndYearOfTheAgreement() {
    Finding f = agreement(claim("a", "14일", new PartialTime(null, null, 14, null)),
        claim("b", "3월 14일", TimeValue.ofDay(2031, 3, 14)));

    assertThat(AgreedDays.apply(List.of(f)).get(0).claims().get(0).value().normalized()).isEqualTo("2031-03-14");
  }

  @Test
  void daysThatDifferOrAreNotWrittenLeaveTheTimeAsItIs() {
    Finding differ = agreement(claim("a", "오후 5시 10분", new PartialTime(null, null, null, 17 * 60 + 10)),
        claim("b", "14일 오후 5시 10분", at(2031, 3, 14, 17, 10)),
        claim("c", "15일 오후 5시 10분", at(2031, 3, 15, 17, 10)));
    // 이날 took its day from the article's date, which may be the day after the event
    Finding unwritten = agreement(claim("a", "오후 5시 10분", new PartialTime(null, null, null, 17 * 60 + 10)),
        claim("b", "이날 오후 5시 10분", at(2031, 3, 15, 17, 10)));
    Finding otherTime = agreement(claim("a", "오후 5시 10분", new PartialTime(null, null, null, 17 * 60 + 10)),
        claim("b", "14일 오후 5시", at(2031, 3, 14, 17, 0)));

    for (Finding f : List.of(differ, unwritten, otherTime)) {
      assertThat(AgreedDays.apply(List.of(f)).get(0)).isSameAs(f);
    }
  }

  @Test
  void onlyAgreementsAreDated() {
    Finding single = new Finding("", "진화", List.of(), Verdict.SINGLE_SOURCE,
        List.of(claim("a", "오후 5시 10분", new PartialTime(null, null, null, 17 * 60 + 10))), "");

    assertThat(AgreedDays.apply(List.of(single)).get(0)).isSameAs(single);
  }
}
