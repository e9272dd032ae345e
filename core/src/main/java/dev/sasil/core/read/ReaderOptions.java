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

  /** The largest limit: a document is held in one Java array. */
  public static final long MAX_DOCUMENT_BYTES = Integer.MAX_VALUE - 16;

  public ReaderOptions {
    if (maxDocumentBytes <= 0 || maxDocumentBytes > MAX_DOCUMENT_BYTES) {
      throw new IllegalArgumentException("maxDocumentBytes out of range: " + maxDocumentBytes);
    }
  }

  /**
   * Options with the limit a user wrote ({@code 20MB}, {@code 500k}).
   *
   * @throws IllegalArgumentException naming the value when it is not a size or is above {@link
   *     #MAX_DOCUMENT_BYTES} (as the user would write it, not a field name)
   */
  public static ReaderOptions ofSize(String size) {
    long bytes = Sizes.parse(size);
    if (bytes > MAX_DOCUMENT_BYTES) {
      throw new IllegalArgumentException("too large, the largest is " + (MAX_DOCUMENT_BYTES >> 20) + "MB: '" + size + "'");
    }
    return new ReaderOptions(bytes);
  }
}
