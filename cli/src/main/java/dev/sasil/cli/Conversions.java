package dev.sasil.cli;

import java.util.function.Function;
import picocli.CommandLine.TypeConversionException;

/** Option values parsed by the library's own parsers, their messages shown as one usage line. */
final class Conversions {

  private Conversions() {}

  /** {@code parser}'s value, or a usage error with its message (no Java exception text). */
  static <T> T parse(String value, Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
