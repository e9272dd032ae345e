package dev.sasil.factcheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTableTest {

  private final TimeNormalizer normalizer = TimeNormalizer.standard();

  @Test
  void sharedDevelopmentTablePassesCompletely() throws Exception {
    List<TimeTable.Row> rows = TimeTable.read(TestData.sharedFile("eval/time/korean-time-dev.tsv"));
    assertThat(rows).hasSizeGreaterThan(20);
    TimeTable.assertAllPass(normalizer, rows);
  }

  @Test
  void ownTableOfEveryFormPasses() throws Exception {
    List<TimeTable.Row> rows = TimeTable.read(resource("time-table.tsv"));
    assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
    TimeTable.assertAllPass(normalizer, rows);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(TimeTableTest.class.getResource(name).toURI());
  }
}
