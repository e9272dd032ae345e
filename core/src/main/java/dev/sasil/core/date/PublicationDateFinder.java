package dev.sasil.core.date;

import dev.sasil.core.Published;
import dev.sasil.core.read.RawDocument;

/**
 * Finds an article's publication date in what the source gave and in the text. Precedence:
 * caller's option, record metadata, HTML metadata, dateline in the text; unknown otherwise.
 * PLACEHOLDER: only takes what the document already carries.
 */
public final class PublicationDateFinder {

  /** The finder with the bundled dateline patterns. */
  public static PublicationDateFinder standard() {
    return new PublicationDateFinder();
  }

  /**
   * The publication date of {@code doc}, whose cleaned text is {@code cleanText}.
   */
  public Published find(RawDocument doc, String cleanText) {
    return doc.published();
  }
}
