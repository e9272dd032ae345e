package dev.sasil.core.read;

import dev.sasil.core.Published;
import java.util.Objects;

/**
 * A document as read from its source, before cleaning: plain text or HTML, with whatever the
 * source said about it.
 *
 * @param id the article id (file name, or the {@code id} field of a JSON Lines record)
 * @param origin where it was read from, for messages ({@code dir/a.txt}, {@code corpus.jsonl:12})
 * @param title a title given by the source (JSON Lines {@code title}), or null
 * @param url a URL given by the source, or null
 * @param published a date given by the source ({@code published} field), or unknown
 * @param content the text or HTML
 * @param html whether {@code content} is HTML
 * @param outlet the outlet's name as the source gives it ({@code og:site_name}), or null
 */
public record RawDocument(
    String id, String origin, String title, String url, Published published, String content, boolean html,
    String outlet) {

  public RawDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(content, "content");
    published = published == null ? Published.UNKNOWN : published;
    outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
  }

  /** A document without an outlet name. */
  public RawDocument(
      String id, String origin, String title, String url, Published published, String content, boolean html) {
    this(id, origin, title, url, published, content, html, null);
  }

  /** A plain-text document whose id is also its origin. */
  public static RawDocument text(String id, String content) {
    return new RawDocument(id, id, null, null, Published.UNKNOWN, content, false);
  }

  /** This document with another id. */
  public RawDocument withId(String newId) {
    return new RawDocument(newId, origin, title, url, published, content, html, outlet);
  }

  /** This document with another title (null for none). */
  public RawDocument withTitle(String newTitle) {
    return new RawDocument(id, origin, newTitle, url, published, content, html, outlet);
  }

  /** This document with another URL (null for none). */
  public RawDocument withUrl(String newUrl) {
    return new RawDocument(id, origin, title, newUrl, published, content, html, outlet);
  }

  /** This document with another publication date. */
  public RawDocument withPublished(Published newPublished) {
    return new RawDocument(id, origin, title, url, newPublished, content, html, outlet);
  }

  /** This document with another outlet name (null for none). */
  public RawDocument withOutlet(String newOutlet) {
    return new RawDocument(id, origin, title, url, published, content, html, newOutlet);
  }
}
