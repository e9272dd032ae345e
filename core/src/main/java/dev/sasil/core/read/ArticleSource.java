package dev.sasil.core.read;

import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.time.PartialDate;
import java.time.LocalDate;

/**
 * What the caller knows about an article, overriding what the input says: its id, title, URL
 * and publication date, each optional (null: take it from the input). Start from {@link
 * #DEFAULT} and add what you know:
 *
 * <pre>{@code
 * ArticleSource.DEFAULT.withPublished(LocalDate.of(2024, 3, 13)).withId("grok.txt")
 * }</pre>
 *
 * <p>A date given here is the article's date, with {@link DateSource#OPTION} as its source,
 * whatever the input's metadata or dateline says (like {@code --published ID=DATE}).
 *
 * @param id the article id, or null for the input's (a file name, a URL)
 * @param title the title, or null for the input's
 * @param url the article's URL, or null for the input's
 * @param published the publication date, or null for the input's
 */
public record ArticleSource(String id, String title, String url, PartialDate published) {

  /** Everything taken from the input. */
  public static final ArticleSource DEFAULT = new ArticleSource(null, null, null, null);

  public ArticleSource {
    if (id != null && id.isBlank()) {
      throw new IllegalArgumentException("blank article id");
    }
  }

  /** With this id. */
  public ArticleSource withId(String newId) {
    return new ArticleSource(newId, title, url, published);
  }

  /** With this title. */
  public ArticleSource withTitle(String newTitle) {
    return new ArticleSource(id, newTitle, url, published);
  }

  /** With this URL. */
  public ArticleSource withUrl(String newUrl) {
    return new ArticleSource(id, title, newUrl, published);
  }

  /** Published on this date, known to the year, month or day. */
  public ArticleSource withPublished(PartialDate date) {
    return new ArticleSource(id, title, url, date);
  }

  /** Published on this day. */
  public ArticleSource withPublished(LocalDate date) {
    return withPublished(PartialDate.of(date));
  }

  /**
   * Published on this date: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException naming the text when it is none of these
   */
  public ArticleSource withPublished(String date) {
    return withPublished(PartialDate.parse(date));
  }

  /** The document with what this source says put over what the input said. */
  public RawDocument applyTo(RawDocument doc) {
    RawDocument d = doc;
    if (id != null) {
      d = d.withId(id);
    }
    if (title != null) {
      d = d.withTitle(title);
    }
    if (url != null) {
      d = d.withUrl(url);
    }
    if (published != null) {
      d = d.withPublished(Published.of(published, DateSource.OPTION));
    }
    return d;
  }
}
