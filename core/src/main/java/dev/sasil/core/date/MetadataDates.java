package dev.sasil.core.date;

import dev.sasil.core.time.PartialDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date strings found in metadata ({@code article:published_time}, JSON-LD {@code
 * datePublished}, {@code <time datetime>}, JSON Lines {@code published}): ISO 8601 with or without a
 * time ({@code 2024-10-02T09:12:00+09:00}), dotted or slashed dates ({@code 2024.10.02}), compact
 * {@code 20241002}, partial {@code 2023-07} and {@code 2023}, and RFC 1123 ({@code Wed, 02 Oct 2024
 * 09:12:00 GMT}). The date is taken as written, in the time zone the source used: a Korean page's
 * {@code 2024-10-02T01:00+09:00} was published on the 2nd. Stateless and thread-safe.
 */
public final class MetadataDates {

  private static final Pattern DATE = Pattern.compile(
      "((?:1[89]|2\\d)\\d{2})(?:\\s*([-./])\\s*(\\d{1,2})(?:\\s*\\2\\s*(\\d{1,2}))?)?\\.?(?:$|[T\\s,]|\\d{1,2}:)");
  private static final Pattern COMPACT = Pattern.compile("((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:$|[T\\s]|\\d{4,6}).*");

  private MetadataDates() {}

  /** The date in {@code value}, or empty when it holds none or an impossible one. */
  public static Optional<PartialDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = DATE.matcher(s);
    if (m.lookingAt()) {
      int year = Integer.parseInt(m.group(1));
      if (m.group(3) == null) {
        return s.length() == 4 ? Optional.of(PartialDate.ofYear(year)) : Optional.empty();
      }
      int month = Integer.parseInt(m.group(3));
      int day = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
      return Dateline.date(year, month, day);
    }
    Matcher c = COMPACT.matcher(s);
    if (c.matches()) {
      return Dateline.date(Integer.parseInt(c.group(1)), Integer.parseInt(c.group(2)), Integer.parseInt(c.group(3)));
    }
    try {
      return Optional.of(PartialDate.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
