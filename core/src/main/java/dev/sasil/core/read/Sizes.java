package dev.sasil.core.read;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte sizes as people write them: {@code 20MB}, {@code 500k}, {@code 1048576}. */
public final class Sizes {

  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

  private Sizes() {}

  /**
   * Parses a size: a number of bytes with an optional {@code k}, {@code M} or {@code G} (powers of
   * 1024) and an optional {@code B}.
   *
   * @throws IllegalArgumentException naming the value when it is not a positive size
   */
  public static long parse(String text) {
    Matcher m = SIZE.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a size (expected e.g. 20MB, 500k or 1048576): '" + text + "'");
    }
    double n = Double.parseDouble(m.group(1));
    long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "k" -> 1024L;
      case "m" -> 1024L * 1024;
      case "g" -> 1024L * 1024 * 1024;
      default -> 1L;
    };
    long bytes = (long) (n * unit);
    if (bytes <= 0) {
      throw new IllegalArgumentException("size must be positive: '" + text + "'");
    }
    return bytes;
  }

  /** {@code 1.5 MB}, {@code 300 kB}, {@code 12 bytes}. */
  public static String format(long bytes) {
    if (bytes >= 1024L * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
    if (bytes >= 1024) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }
}
