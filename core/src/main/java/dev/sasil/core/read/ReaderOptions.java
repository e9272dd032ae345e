package dev.sasil.core.read;

/**
 * How {@link DocumentReader} reads.
 *
 * @param maxDocumentBytes the largest document (file, JSON Lines line, standard input) read; a
 *     larger one is refused with a message before it is loaded
 */
public record ReaderOptions(long maxDocumentBytes) {

  /** 20 MB: far more than any news article, far less than a heap. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

  public static final ReaderOptions DEFAULT = new ReaderOptions(DEFAULT_MAX_DOCUMENT_BYTES);

  public ReaderOptions {
    if (maxDocumentBytes <= 0 || maxDocumentBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxDocumentBytes out of range: " + maxDocumentBytes);
    }
  }
}
