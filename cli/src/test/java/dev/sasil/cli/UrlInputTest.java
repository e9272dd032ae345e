package dev.sasil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every command that reads articles takes http(s) URLs, from a local server here. */
class UrlInputTest {

  private static final String PAGE = "<html><head><meta property=\"og:site_name\" content=\"한빛일보\">"
      + "<meta property=\"article:published_time\" content=\"2024-04-02T09:00:00+09:00\">"
      + "<title>새 도서관 문 열어</title></head><body><article>"
      + "<p>한빛시는 지난달 새 도서관을 열었다. 도서관에는 책 5만 권이 있다. 시는 내년에 분관을 더 짓기로 했다.</p>"
      + "</article></body></html>";

  private static HttpServer server;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/news/1", ex -> {
      byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/gone", ex -> {
      ex.sendResponseHeaders(404, -1);
      ex.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  @Test
  void summarizeReadsAPageByItsUrl() {
    CliRun run = CliRun.of("summarize", base + "/news/1");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("# " + base + "/news/1 | 새 도서관 문 열어 | 2024-04-02", "한빛시는 지난달");
  }

  @Test
  void aReportNamesTheOutletOfThePage() {
    CliRun run = CliRun.of("report", "-f", "md", base + "/news/1");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("한빛일보");
  }

  @Test
  void aMissingPageIsOneLineAndTheOtherInputsAreStillRead() {
    CliRun run = CliRun.of("compare", base + "/gone", base + "/news/1");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.SOME_FAILED);
    assertThat(run.err().lines().filter(l -> !BatchCounts.isSummary(l)))
        .containsExactly("sasil: " + base + "/gone: HTTP 404 (no such page)");
    assertThat(run.out()).contains("1 article");
  }
}
