package dev.sasil.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a URL read from an article may become a link: only absolute {@code http} and
 * {@code https} URLs with a host do ({@code javascript:}, {@code data:} and relative URLs never).
 */
public final class SafeUrl {

  private SafeUrl() {}

  /** The URL, trimmed, when it may be linked; empty otherwise. */
  public static Optional<String> linkable(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String u = url.strip();
    if (u.isEmpty() || u.chars().anyMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c))) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(u);
      }
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
