package dev.sasil.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetching pages from a local server that redirects, speaks EUC-KR, fails, stalls and overflows. */
class PageFetcherTest {

  private static final String BODY = "<p>한빛시는 지난 3월 새 도서관을 열었다. 도서관에는 책 5만 권이 있다.</p>";
  private static final String PAGE = "<html><head><meta property=\"og:site_name\" content=\"한빛일보\">"
      + "<title>새 도서관</title></head><body><article>" + BODY + "</article></body></html>";

  private static HttpServer server;
  private static String base;
  private static final List<String> userAgents = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/page", ex -> send(ex, 200, "text/html; charset=UTF-8", PAGE.getBytes(StandardCharsets.UTF_8)));
    server.createContext("/euckr-header", ex -> send(ex, 200, "text/html; charset=EUC-KR", PAGE.getBytes(euckr())));
    server.createContext("/euckr-meta", ex -> send(ex, 200, "text/html",
        PAGE.replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">")
            .getBytes(euckr())));
    server.createContext("/moved", ex -> redirect(ex, "/page"));
    server.createContext("/loop", ex -> redirect(ex, "/loop"));
    server.createContext("/missing", ex -> send(ex, 404, "text/html", "<h1>없음</h1>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/broken", ex -> send(ex, 503, "text/html", "<h1>점검</h1>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/image", ex -> send(ex, 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}));
    server.createContext("/binary", ex -> send(ex, 200, "text/html", new byte[] {'<', 'p', '>', 0, 0, 0, 7, 8}));
    server.createContext("/huge", ex -> send(ex, 200, "text/html", ("<p>" + "가".repeat(40_000) + "</p>").getBytes(StandardCharsets.UTF_8)));
    server.createContext("/slow", ex -> {
      sleep(3000);
      send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/slow-body", ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        out.write("<p>".getBytes(StandardCharsets.UTF_8));
        out.flush();
        sleep(3000);
      } catch (IOException e) {
        // the client gave up
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static Charset euckr() {
    return Charset.forName("EUC-KR");
  }

  private static void redirect(HttpExchange ex, String to) throws IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final PageFetcher FETCHER = new PageFetcher(PageFetcher.Settings.DEFAULT
      .withTimeout(Duration.ofMillis(800)).withMaxBytes(100_000));

  @Test
  void aPageIsFetchedAsHtmlNamedByItsUrlWithAnIdentifyingUserAgent() throws InputException {
    RawDocument d = FETCHER.fetch(base + "/page");
    assertThat(d.id()).isEqualTo(base + "/page");
    assertThat(d.html()).isTrue();
    assertThat(d.content()).contains("한빛시는 지난 3월");
    assertThat(userAgents).last().asString().startsWith("sasil/").contains("+https://sasil.dev");
  }

  @Test
  void redirectsAreFollowedAndTheFinalUrlKept() throws InputException {
    RawDocument d = FETCHER.fetch(base + "/moved");
    assertThat(d.id()).isEqualTo(base + "/moved");
    assertThat(d.url()).isEqualTo(base + "/page");
    assertThat(d.content()).contains("한빛시는");
  }

  @Test
  void endlessRedirectsStopAfterTheLimit() {
    assertThatThrownBy(() -> FETCHER.fetch(base + "/loop")).hasMessage("more than 5 redirects");
  }

  @Test
  void theCharsetComesFromTheHeaderOrElseTheMetaTag() throws InputException {
    assertThat(FETCHER.fetch(base + "/euckr-header").content()).contains("한빛시는 지난 3월");
    assertThat(FETCHER.fetch(base + "/euckr-meta").content()).contains("한빛시는 지난 3월");
  }

  @Test
  void errorStatusesAreOneLineWithTheirMeaning() {
    assertThatThrownBy(() -> FETCHER.fetch(base + "/missing")).hasMessage("HTTP 404 (no such page)");
    assertThatThrownBy(() -> FETCHER.fetch(base + "/broken")).hasMessage("HTTP 503 (the server failed)");
  }

  @Test
  void whatIsNotAWebPageIsRefused() {
    assertThatThrownBy(() -> FETCHER.fetch(base + "/image")).hasMessage("not a web page (Content-Type image/png)");
    assertThatThrownBy(() -> FETCHER.fetch(base + "/binary")).hasMessage("not a web page (binary data)");
  }

  @Test
  void aPageOverTheSizeLimitIsNotRead() {
    assertThatThrownBy(() -> FETCHER.fetch(base + "/huge")).hasMessageStartingWith("too large (");
  }

  @Test
  void aSlowServerTimesOutWhetherItStallsBeforeOrDuringThePage() {
    assertThatThrownBy(() -> FETCHER.fetch(base + "/slow")).hasMessage("timed out after 800 ms");
    assertThatThrownBy(() -> FETCHER.fetch(base + "/slow-body")).hasMessage("timed out after 800 ms");
  }

  @Test
  void nothingListeningIsOneLine() {
    assertThatThrownBy(() -> FETCHER.fetch("http://127.0.0.1:1/x")).hasMessageStartingWith("cannot connect to 127.0.0.1");
  }

  @Test
  void theDocumentReaderReadsUrlsAsArticlesWithTheOutletOfThePage() {
    ReadResult r = new DocumentReader(ReaderOptions.DEFAULT, () -> null,
        PageFetcher.Settings.DEFAULT.withTimeout(Duration.ofSeconds(5))).read(List.of(base + "/page", base + "/missing"));
    assertThat(r.documents()).singleElement().satisfies(d -> {
      assertThat(d.outlet()).isEqualTo("한빛일보");
      assertThat(d.title()).isEqualTo("새 도서관");
      assertThat(d.content()).doesNotContain("<p>").contains("한빛시는");
    });
    assertThat(r.problems()).extracting(InputProblem::toString).containsExactly(base + "/missing: HTTP 404 (no such page)");
  }
}
