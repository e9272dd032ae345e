package dev.sasil.factcheck.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.quantity.QuantityMention;
import dev.sasil.factcheck.quantity.QuantityNormalizer;
import dev.sasil.factcheck.time.TimeAnchor;
import dev.sasil.factcheck.time.TimeMention;
import dev.sasil.factcheck.time.TimeNormalizer;
import dev.sasil.factcheck.time.TimeValue;

/**
 * Fuzz tests of the time and quantity normalizers (issue 14): mentions are in-order spans of the
 * text, and every time value is a TIMEX3 value with a four-digit year or {@code XXXX}.
 */
class NormalizersFuzzTest {

  @FuzzTest(maxDuration = "30m")
  void timesAreSpansWithFourDigitYears(FuzzedDataProvider data) {
    TimeAnchor anchor = data.consumeBoolean() ? TimeAnchor.UNKNOWN
        : TimeAnchor.of(PartialDate.ofDay(data.consumeInt(TimeAnchor.MIN_YEAR, TimeAnchor.MAX_YEAR),
            data.consumeInt(1, 12), data.consumeInt(1, 28)));
    String text = data.consumeRemainingAsString();
    int previousEnd = 0;
    for (TimeMention m : TimeNormalizer.standard().find(text, anchor)) {
      assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      previousEnd = m.end();
      TimeValue v = m.value();
      if (v != null) {
        assertThat(v.normalized()).matches("(\\d{4}|XXXX)(-.*)?");
      }
    }
  }

  @FuzzTest(maxDuration = "30m")
  void quantitiesAreSpansOfTheText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    int previousEnd = 0;
    for (QuantityMention m : QuantityNormalizer.standard().find(text)) {
      assertThat(m.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.quantity()).isNotNull();
      previousEnd = m.end();
    }
  }
}
