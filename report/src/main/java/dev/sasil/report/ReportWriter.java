package dev.sasil.report;

/** Writes a report in one format. Implementations are stateless and thread-safe. */
public interface ReportWriter {

  /** The whole document, {@code \n} line ends, ending with a newline; the same report gives the same string. */
  String write(Report report);
}
