package dev.sasil.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeUrlTest {

  @Test
  void onlyAbsoluteHttpUrlsAreLinkable() {
    assertThat(SafeUrl.linkable(" https://www.hani.co.kr/arti/1.html ")).contains("https://www.hani.co.kr/arti/1.html");
    assertThat(SafeUrl.linkable("http://example.com")).isPresent();
    assertThat(SafeUrl.linkable("javascript:alert(1)")).isEmpty();
    assertThat(SafeUrl.linkable("JaVaScRiPt:alert(1)")).isEmpty();
    assertThat(SafeUrl.linkable("data:text/html,<script>alert(1)</script>")).isEmpty();
    assertThat(SafeUrl.linkable("//example.com/x")).isEmpty();
    assertThat(SafeUrl.linkable("https://example.com/\" onmouseover=\"x")).isEmpty();
    assertThat(SafeUrl.linkable("https://exa mple.com")).isEmpty();
    assertThat(SafeUrl.linkable(null)).isEmpty();
  }
}
