package dev.sasil.report;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The language a report speaks to its reader: Korean by default, or English. */
public enum ReportLanguage {
  KO("ko", Locale.KOREAN),
  EN("en", Locale.ENGLISH);

  private final String code;
  private final Locale locale;

  ReportLanguage(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The ISO 639-1 code: {@code ko}, {@code en} (HTML's {@code lang}, {@code --lang}). */
  public String code() {
    return code;
  }

  /** The month as this language writes it in a date: {@code 12} in Korean, {@code December} in English. */
  String month(int month) {
    return this == KO ? Integer.toString(month) : Month.of(month).getDisplayName(TextStyle.FULL, locale);
  }

  /** The month on a timeline axis: {@code 3} in Korean (written {@code 3월}), {@code Mar} in English. */
  public String monthShort(int month) {
    return this == KO ? Integer.toString(month) : Month.of(month).getDisplayName(TextStyle.SHORT, locale);
  }

  /**
   * The language of a code, case-insensitive.
   *
   * @throws IllegalArgumentException naming the value and the languages when it is none of them
   */
  public static ReportLanguage parse(String code) {
    String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    for (ReportLanguage l : values()) {
      if (l.code.equals(c)) {
        return l;
      }
    }
    throw new IllegalArgumentException("unknown language '" + code + "' (expected one of "
        + Arrays.stream(values()).map(ReportLanguage::code).collect(Collectors.joining(", ")) + ")");
  }
}
