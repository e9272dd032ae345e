package dev.sasil.core.date;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day written in an article's address. Many Korean outlets put the day of publication in the
 * path ({@code /2023/12/02/}) or start the article's number with it ({@code 202308110740001},
 * {@code AKR20180801111751062}, {@code NISX20241010_0002915487}, {@code /all/20240823/}).
 *
 * <p>Read strictly: a path of year, month and day; or a run of digits that starts with a valid
 * day of the years {@value #FIRST_YEAR} to 2099, and is either ten digits or longer (a day and a
 * serial number) or, with eight or nine, not the whole value of a query parameter (an article
 * number such as {@code idxno=20181208} may only look like a day). Anything else, and every
 * address whose day-like parts disagree, gives no day. It is an estimate of when the article was
 * filed, for reading an undated article's relative days; it is never given as its publication date.
 *
 * <p>Stateless and thread-safe.
 */
public final class AddressDates {

  /** The first year read from an address; Korean news sites with dated addresses are younger. */
  static final int FIRST_YEAR = 1990;

  private static final Pattern PATH_DAY = Pattern.compile("/((?:19|20)\\d\\d)/(\\d\\d)/(\\d\\d)(?=/|$|[^0-9])");
  private static final Pattern DIGITS = Pattern.compile("\\d{8,}");

  private AddressDates() {}

  /** The day {@code url} is dated with, or empty when it carries none or several. */
  public static Optional<LocalDate> dayIn(String url) {
    if (url == null || url.isBlank()) {
      return Optional.empty();
    }
    String address = withoutHost(url);
    LocalDate found = null;
    Matcher path = PATH_DAY.matcher(address);
    while (path.find()) {
      LocalDate d = day(path.group(1), path.group(2), path.group(3));
      if (d != null && found != null && !d.equals(found)) {
        return Optional.empty();
      }
      found = d == null ? found : d;
    }
    Matcher digits = DIGITS.matcher(address);
    while (digits.find()) {
      String run = digits.group();
      if (run.length() < 10 && wholeParameterValue(address, digits.start(), digits.end())) {
        continue;
      }
      LocalDate d = day(run.substring(0, 4), run.substring(4, 6), run.substring(6, 8));
      if (d != null && found != null && !d.equals(found)) {
        return Optional.empty();
      }
      found = d == null ? found : d;
    }
    return Optional.ofNullable(found);
  }

  /** The address after its scheme and host: a host's digits date nothing. */
  private static String withoutHost(String url) {
    int scheme = url.indexOf("://");
    int from = scheme < 0 ? 0 : scheme + 3;
    int path = url.indexOf('/', from);
    int query = url.indexOf('?', from);
    int start = path < 0 ? query : query < 0 ? path : Math.min(path, query);
    return start < 0 ? "" : url.substring(start);
  }

  private static boolean wholeParameterValue(String address, int start, int end) {
    return start > 0 && address.charAt(start - 1) == '=' && (end == address.length() || address.charAt(end) == '&'
        || address.charAt(end) == '#');
  }

  private static LocalDate day(String year, String month, String day) {
    int y = Integer.parseInt(year);
    int m = Integer.parseInt(month);
    int d = Integer.parseInt(day);
    if (y < FIRST_YEAR || y > 2099 || m < 1 || m > 12 || d < 1 || d > YearMonth.of(y, m).lengthOfMonth()) {
      return null; // not a day: an article number that only starts like one
    }
    return LocalDate.of(y, m, d);
  }
}
