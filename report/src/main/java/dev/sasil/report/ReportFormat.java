package dev.sasil.report;

import dev.sasil.report.claimreview.ClaimReviewWriter;
import dev.sasil.report.html.HtmlReportWriter;
import dev.sasil.report.json.ReportJson;
import dev.sasil.report.markdown.MarkdownReportWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a report is written in. */
public enum ReportFormat {
  HTML("html", "html"),
  MD("md", "md"),
  JSON("json", "json"),
  CLAIMREVIEW("claimreview", "jsonld");

  private final String cliName;
  private final String extension;

  ReportFormat(String cliName, String extension) {
    this.cliName = cliName;
    this.extension = extension;
  }

  /** The name on the command line: {@code html}, {@code md}, {@code json}, {@code claimreview}. */
  public String cliName() {
    return cliName;
  }

  /** The usual file extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** A new writer of this format in Korean (writers are stateless and thread-safe). */
  public ReportWriter writer() {
    return writer(ReportLanguage.KO);
  }

  /**
   * A new writer of this format speaking {@code language} to its reader (HTML and Markdown; JSON
   * and ClaimReview are for programs and the same in every language).
   */
  public ReportWriter writer(ReportLanguage language) {
    return switch (this) {
      case HTML -> new HtmlReportWriter(Labels.of(language));
      case MD -> new MarkdownReportWriter(Labels.of(language));
      case JSON -> new ReportJson();
      case CLAIMREVIEW -> new ClaimReviewWriter();
    };
  }

  /**
   * The format of a command-line name, case-insensitive; {@code markdown} is accepted for {@code md}.
   *
   * @throws IllegalArgumentException naming the value and the formats when it is none of them
   */
  public static ReportFormat parse(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("markdown")) {
      return MD;
    }
    for (ReportFormat f : values()) {
      if (f.cliName.equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown report format '" + name + "' (expected one of "
        + Arrays.stream(values()).map(ReportFormat::cliName).collect(Collectors.joining(", ")) + ")");
  }
}
