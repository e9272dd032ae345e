package dev.sasil.factcheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of time expressions: {@code anchor <tab> text <tab> regex over the value [<tab> flags]}.
 * The expression checked is the first mention of the text with a value (or, with flag {@code
 * event}, the first duration, which must be event-relative; with {@code second}, the first after the first mention). The regex {@code NONE} means the
 * text has no time mention at all; {@code NULL} that its first mention has no value.
 */
final class TimeTable {

  record Row(int line, String anchor, String text, String expected, String flags) {
    @Override
    public String toString() {
      return line + ": " + anchor + " | " + text + " | " + expected + (flags.isEmpty() ? "" : " | " + flags);
    }
  }

  private TimeTable() {}

  static List<Row> read(Path p) throws IOException {
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      rows.add(new Row(n, c[0].strip(), c[1].strip(), c[2].strip(), c.length > 3 ? c[3].strip() : ""));
    }
    return rows;
  }

  /** Null when the row passes, else what went wrong. */
  static String check(TimeNormalizer normalizer, Row row) {
    List<TimeMention> ms = normalizer.find(row.text(), TimeAnchor.parse(row.anchor()));
    if (row.expected().equals("NONE")) {
      return ms.isEmpty() ? null : "expected no time, got " + ms;
    }
    TimeMention chosen = null;
    if (row.flags().contains("second")) {
      ms = ms.size() > 1 ? ms.subList(1, ms.size()) : List.of();
    }
    for (TimeMention m : ms) {
      if (row.flags().contains("event") ? m.duration() != null : m.value() != null || row.expected().equals("NULL")) {
        chosen = m;
        break;
      }
    }
    if (chosen == null) {
      return "no mention in " + ms;
    }
    if (row.flags().contains("event") && !chosen.eventRelative()) {
      return "not event-relative: " + chosen;
    }
    if (row.expected().equals("NULL")) {
      return chosen.value() == null ? null : "expected no value: " + chosen;
    }
    if (chosen.value() == null) {
      return "no value: " + chosen;
    }
    String v = chosen.value().normalized();
    return Pattern.compile(row.expected()).matcher(v).find() ? null : "got " + v + " from " + chosen;
  }

  static void assertAllPass(TimeNormalizer normalizer, List<Row> rows) {
    List<String> failures = new ArrayList<>();
    for (Row r : rows) {
      String f = check(normalizer, r);
      if (f != null) {
        failures.add(r + " -> " + f);
      }
    }
    assertThat(failures).as("%d of %d rows fail", failures.size(), rows.size()).isEmpty();
  }
}
