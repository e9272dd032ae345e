package dev.sasil.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches a news page over HTTP(S) with the JDK's {@link HttpClient}: an identifying
 * User-Agent, a time limit for the whole fetch, at most {@link Settings#maxRedirects()}
 * redirects, a size limit, and the charset of the {@code Content-Type} header, else of the page's
 * {@code <meta>} (EUC-KR pages exist), else detected as {@link TextDecoder} does. Anything that
 * is not a page (a 4xx or 5xx status, an image, a PDF) is an {@link InputException} with one
 * line saying why. Thread-safe; one client is shared by all fetches of a fetcher.
 */
public final class PageFetcher {

  /**
   * How pages are fetched.
   *
   * @param timeout the longest a whole fetch may take, redirects and body included
   * @param maxRedirects the most redirects followed
   * @param maxBytes the largest page read
   * @param userAgent the User-Agent header
   */
  public record Settings(Duration timeout, int maxRedirects, long maxBytes, String userAgent) {

    /** What a news page needs: 20 s, 5 redirects, 20 MB. */
    public static final Settings DEFAULT =
        new Settings(Duration.ofSeconds(20), 5, ReaderOptions.DEFAULT_MAX_DOCUMENT_BYTES, defaultUserAgent());

    public Settings {
      Objects.requireNonNull(timeout, "timeout");
      Objects.requireNonNull(userAgent, "userAgent");
      if (timeout.isNegative() || timeout.isZero() || maxRedirects < 0 || maxBytes <= 0
          || maxBytes > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("bad fetch settings: " + timeout + ", " + maxRedirects + ", " + maxBytes);
      }
    }

    /** These settings with another size limit. */
    public Settings withMaxBytes(long bytes) {
      return new Settings(timeout, maxRedirects, bytes, userAgent);
    }

    /** These settings with another time limit. */
    public Settings withTimeout(Duration newTimeout) {
      return new Settings(newTimeout, maxRedirects, maxBytes, userAgent);
    }

    private static String defaultUserAgent() {
      String v = PageFetcher.class.getPackage().getImplementationVersion();
      return "sasil/" + (v == null ? "dev" : v) + " (Korean news summaries and fact checks; +https://sasil.dev)";
    }
  }

  /** Whether an input names a web page rather than a file. */
  public static boolean isUrl(String input) {
    String s = input.toLowerCase(Locale.ROOT);
    return s.startsWith("http://") || s.startsWith("https://");
  }

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
  private static final int META_WINDOW = 4096;

  private final Settings settings;
  private final HttpClient client;

  public PageFetcher(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER) // followed here, to count them
        .connectTimeout(settings.timeout())
        .build();
  }

  /**
   * The page at {@code url} as an HTML document whose id and origin are the URL as given and
   * whose URL is the one finally read (after redirects).
   *
   * @throws InputException with one line saying why, when it is no readable page
   */
  public RawDocument fetch(String url) throws InputException {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new InputException("not a valid URL");
    }
    long deadline = System.nanoTime() + settings.timeout().toNanos();
    URI at = uri;
    for (int redirects = 0; ; redirects++) {
      if (!isUrl(at.toString()) || at.getHost() == null) {
        throw new InputException("not an http(s) URL: " + at);
      }
      HttpResponse<InputStream> response = send(at, deadline);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        close(response);
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          throw new InputException("HTTP " + status + " without a Location to go to");
        }
        if (redirects >= settings.maxRedirects()) {
          throw new InputException("more than " + settings.maxRedirects() + " redirects");
        }
        at = at.resolve(location.get().strip());
        continue;
      }
      if (status >= 400) {
        close(response);
        throw new InputException("HTTP " + status + reason(status));
      }
      if (status != 200) {
        close(response);
        throw new InputException("HTTP " + status + ": no page to read");
      }
      return document(url, at, response, deadline);
    }
  }

  private RawDocument document(String url, URI at, HttpResponse<InputStream> response, long deadline)
      throws InputException {
    String type = response.headers().firstValue("Content-Type").orElse("");
    String mime = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    boolean html = mime.isEmpty() || mime.equals("text/html") || mime.equals("application/xhtml+xml");
    if (!html && !mime.equals("text/plain")) {
      close(response);
      throw new InputException("not a web page (Content-Type " + mime + ")");
    }
    long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (length > settings.maxBytes()) {
      close(response);
      throw tooLarge(length);
    }
    byte[] bytes = body(response, deadline);
    if (bytes.length == 0) {
      throw new InputException("empty page");
    }
    for (int i = 0; i < Math.min(bytes.length, 1024); i++) {
      if (bytes[i] == 0) {
        throw new InputException("not a web page (binary data)");
      }
    }
    String text = decode(bytes, charsetParameter(type), html);
    return new RawDocument(url, url, null, at.toString(), null, text, html);
  }

  private HttpResponse<InputStream> send(URI uri, long deadline) throws InputException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(remaining(deadline))
        .header("User-Agent", settings.userAgent())
        .header("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5")
        .header("Accept-Language", "ko,en;q=0.5")
        .GET()
        .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      throw timedOut();
    } catch (HttpTimeoutException e) {
      throw timedOut();
    } catch (ConnectException e) {
      throw new InputException("cannot connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
    } catch (IOException e) {
      throw new InputException("cannot fetch (" + oneLine(e) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted");
    }
  }

  /** The body, at most the size limit, within the deadline. */
  private byte[] body(HttpResponse<InputStream> response, long deadline) throws InputException {
    InputStream in = response.body();
    CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
      try {
        return in.readNBytes((int) settings.maxBytes() + 1);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, Thread::startVirtualThread);
    try {
      byte[] bytes = read.get(Math.max(1, remaining(deadline).toMillis()), TimeUnit.MILLISECONDS);
      if (bytes.length > settings.maxBytes()) {
        throw tooLarge(bytes.length);
      }
      return bytes;
    } catch (TimeoutException e) {
      throw timedOut();
    } catch (ExecutionException e) {
      throw new InputException("cannot fetch (" + oneLine(e.getCause()) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted");
    } finally {
      closeQuietly(in);
    }
  }

  /**
   * The page's text: in the charset its header names, else the one its {@code <meta>} names,
   * else as {@link TextDecoder} detects it. EUC-KR is read as CP949, its superset.
   */
  static String decode(byte[] bytes, Optional<Charset> declared, boolean html) throws InputException {
    Optional<Charset> cs = declared.isPresent() || !html ? declared : metaCharset(bytes);
    if (cs.isEmpty()) {
      return TextDecoder.decode(bytes).text();
    }
    int skip = cs.get().equals(StandardCharsets.UTF_8) && TextDecoder.startsWithUtf8Bom(bytes) ? 3 : 0;
    return new String(bytes, skip, bytes.length - skip, cs.get());
  }

  static Optional<Charset> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, META_WINDOW), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? charset(m.group(1)) : Optional.empty();
  }

  static Optional<Charset> charsetParameter(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        return charset(p.substring("charset=".length()).replace("\"", "").replace("'", "").strip());
      }
    }
    return Optional.empty();
  }

  private static Optional<Charset> charset(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("euc-kr") || n.equals("euckr") || n.equals("ks_c_5601-1987") || n.equals("cp949")
        || n.equals("x-windows-949") || n.equals("ms949")) {
      return Optional.of(TextDecoder.korean());
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty(); // an unknown name: detect instead
    }
  }

  private Duration remaining(long deadline) throws InputException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw timedOut();
    }
    return Duration.ofNanos(left);
  }

  private InputException timedOut() {
    Duration t = settings.timeout();
    return new InputException("timed out after " + (t.toMillis() < 1000 ? t.toMillis() + " ms" : t.toSeconds() + " s"));
  }

  private InputException tooLarge(long size) {
    return new InputException("too large (" + Sizes.format(size) + "; the limit is "
        + Sizes.format(settings.maxBytes()) + ", see --max-size); not read");
  }

  private static String reason(int status) {
    return switch (status) {
      case 401, 403 -> " (access denied)";
      case 404, 410 -> " (no such page)";
      case 429 -> " (too many requests; try later)";
      default -> status >= 500 ? " (the server failed)" : "";
    };
  }

  private static void close(HttpResponse<InputStream> response) {
    closeQuietly(response.body());
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing more to read from it either way
    }
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return m.replace('\n', ' ');
  }
}
