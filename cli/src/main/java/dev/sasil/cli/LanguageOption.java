package dev.sasil.cli;

import dev.sasil.report.ReportLanguage;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** {@code --lang ko|en}: the language a report speaks to its reader. */
final class LanguageOption {

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "ko",
      converter = Converter.class,
      description = "Language of what a reader sees: ko (default) or en.")
  ReportLanguage language = ReportLanguage.KO;

  ReportLanguage language() {
    return language;
  }

  /** Parses a language code, listing the languages when it is none of them. */
  static final class Converter implements ITypeConverter<ReportLanguage> {
    @Override
    public ReportLanguage convert(String value) {
      return Conversions.parse(value, ReportLanguage::parse);
    }
  }
}
