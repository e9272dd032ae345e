package dev.sasil.report;

/** Writes a report in one format. Implementations are stateless and thread-safe. */
public interface ReportWriter {

  /** The whole document, {@code \n} line ends, ending with a newline; the same report gives the same string. */
  String write(Report report);

  /**
   * Writes the document of {@link #write(Report)} to {@code out}, the same characters; a format may
   * write it piece by piece rather than build it whole. {@code out} is flushed, not closed.
   */
  default void write(Report report, java.io.Writer out) throws java.io.IOException {
    out.write(write(report));
    out.flush();
  }
}
