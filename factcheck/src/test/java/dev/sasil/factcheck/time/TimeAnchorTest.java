package dev.sasil.factcheck.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class TimeAnchorTest {

  @Test
  void parsesFullPartialAndUnknownAnchors() {
    assertThat(TimeAnchor.parse("2023-07-18").toString()).isEqualTo("2023-07-18");
    assertThat(TimeAnchor.parse("2023-07").date().hasDay()).isFalse();
    assertThat(TimeAnchor.parse("2023").toString()).isEqualTo("2023");
    assertThat(TimeAnchor.parse("unknown")).isEqualTo(TimeAnchor.UNKNOWN);
    assertThat(TimeAnchor.parse("UNKNOWN").known()).isFalse();
  }

  @Test
  void rejectsWhatIsNoDateNamingIt() {
    assertThatThrownBy(() -> TimeAnchor.parse("2023-13")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023-13");
    assertThatThrownBy(() -> TimeAnchor.parse("yesterday")).hasMessageContaining("yesterday");
    assertThatThrownBy(() -> TimeAnchor.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAnchorYearOutsideTheReadableYearsIsRefusedOrUnknown() {
    // issue 14, item 8: --anchor 0001-01-01 gave year 0000 and -002
    assertThatThrownBy(() -> TimeAnchor.parse("0001-01-01")).hasMessage("an anchor's year is from 1000 to 2999: '0001-01-01'");
    assertThatThrownBy(() -> TimeAnchor.parse("9999")).hasMessageContaining("'9999'");
    assertThat(TimeAnchor.of(dev.sasil.core.time.PartialDate.ofYear(1))).isEqualTo(TimeAnchor.UNKNOWN);
    assertThat(TimeAnchor.of(dev.sasil.core.time.PartialDate.ofYear(1000)).known()).isTrue();
  }

  @Test
  void durationsPrintIsoLikeAndRejectOtherUnits() {
    assertThat(new TimeDuration(2, ChronoUnit.YEARS, TimeDuration.Direction.AFTER).toString()).isEqualTo("P2Y");
    assertThat(new TimeDuration(3, ChronoUnit.DAYS, TimeDuration.Direction.BEFORE).signedAmount()).isEqualTo(-3);
    assertThat(new TimeDuration(78, ChronoUnit.MINUTES, TimeDuration.Direction.AFTER).toString()).isEqualTo("PT78M");
    assertThat(new TimeDuration(736, ChronoUnit.SECONDS, TimeDuration.Direction.AFTER).toString()).isEqualTo("PT736S");
    assertThatThrownBy(() -> new TimeDuration(1, ChronoUnit.MILLIS, TimeDuration.Direction.AFTER)).hasMessageContainingAll("unsupported", "Millis");
    assertThatThrownBy(() -> new TimeDuration(-1, ChronoUnit.DAYS, TimeDuration.Direction.AFTER)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyADurationCanBeEventRelative() {
    assertThatThrownBy(() -> new TimeMention("x", 0, 1, null, null, true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TimeMention("x", 2, 1, null, null, false)).isInstanceOf(IllegalArgumentException.class);
  }
}
