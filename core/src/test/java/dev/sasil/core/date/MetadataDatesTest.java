package dev.sasil.core.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.time.PartialDate;
import org.junit.jupiter.api.Test;

class MetadataDatesTest {

  @Test
  void readsIsoDatesInTheSourcesOwnTimeZone() {
    assertThat(MetadataDates.parse("2024-10-02T01:00:00+09:00")).contains(PartialDate.ofDay(2024, 10, 2));
    assertThat(MetadataDates.parse("2024-10-02 09:12:00")).contains(PartialDate.ofDay(2024, 10, 2));
    assertThat(MetadataDates.parse("2024-10-02")).contains(PartialDate.ofDay(2024, 10, 2));
  }

  @Test
  void readsOtherCommonForms() {
    assertThat(MetadataDates.parse("2024.10.02")).contains(PartialDate.ofDay(2024, 10, 2));
    assertThat(MetadataDates.parse("2024/10/02 09:12")).contains(PartialDate.ofDay(2024, 10, 2));
    assertThat(MetadataDates.parse("20241002")).contains(PartialDate.ofDay(2024, 10, 2));
    assertThat(MetadataDates.parse("20241002T091200")).contains(PartialDate.ofDay(2024, 10, 2));
    assertThat(MetadataDates.parse("Wed, 2 Oct 2024 09:12:00 GMT")).contains(PartialDate.ofDay(2024, 10, 2));
  }

  @Test
  void readsPartialDates() {
    assertThat(MetadataDates.parse("2023-07")).contains(PartialDate.ofMonth(2023, 7));
    assertThat(MetadataDates.parse("2023")).contains(PartialDate.ofYear(2023));
  }

  @Test
  void refusesWhatIsNotADate() {
    assertThat(MetadataDates.parse(null)).isEmpty();
    assertThat(MetadataDates.parse("")).isEmpty();
    assertThat(MetadataDates.parse("어제")).isEmpty();
    assertThat(MetadataDates.parse("2024-13-01")).isEmpty();
    assertThat(MetadataDates.parse("2023-02-30")).isEmpty();
    assertThat(MetadataDates.parse("12345")).isEmpty();
  }
}
