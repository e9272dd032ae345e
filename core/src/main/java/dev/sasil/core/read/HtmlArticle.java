package dev.sasil.core.read;

import dev.sasil.core.time.PartialDate;
import java.util.Objects;

/**
 * What was read out of a news page.
 *
 * @param text the article's text, paragraphs and {@code <br>} as line breaks; may be empty
 * @param title {@code og:title}, {@code <title>} or the first {@code <h1>}; null when none
 * @param url {@code og:url} or the canonical link; null when none
 * @param published the publication date of the page's metadata; null when none
 * @param siteName the outlet's name ({@code og:site_name}, {@code application-name}); null when none
 */
public record HtmlArticle(String text, String title, String url, PartialDate published, String siteName) {

  public HtmlArticle {
    Objects.requireNonNull(text, "text");
    title = title == null || title.isBlank() ? null : title.strip();
    url = url == null || url.isBlank() ? null : url.strip();
    siteName = siteName == null || siteName.isBlank() ? null : siteName.strip();
  }

  /** A page without a site name. */
  public HtmlArticle(String text, String title, String url, PartialDate published) {
    this(text, title, url, published, null);
  }
}
