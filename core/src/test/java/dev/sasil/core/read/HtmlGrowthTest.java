package dev.sasil.core.read;

import dev.sasil.core.testing.Growth;
import org.junit.jupiter.api.Test;

/** Issue 14, item 5: deeply nested markup took quadratic time (100,000 nested divs: 33.6 s). */
class HtmlGrowthTest {

  private final HtmlArticleExtractor extractor = HtmlArticleExtractor.standard();

  private static String nested(String open, String close, int depth) {
    return "<html><body>" + open.repeat(depth) + "메타는 라마를 공개했다. 본문은 충분히 길게 이어진다. 본문이다." + close.repeat(depth)
        + "</body></html>";
  }

  @Test
  void nestedDivsTakeLinearTime() {
    Growth.assertLinear("nested div", 25_000, n -> nested("<div>", "</div>", n), extractor::extract);
  }

  @Test
  void nestedBodyCandidatesTakeLinearTime() {
    Growth.assertLinear("nested article", 25_000, n -> nested("<article>", "</article>", n), extractor::extract);
  }

  @Test
  void nestedNoiseTakesLinearTime() {
    Growth.assertLinear("nested aside", 25_000,
        n -> "<html><body><article><p>" + "본문이다. ".repeat(20) + "</p>" + "<aside>광고".repeat(n) + "</aside>".repeat(n)
            + "</article></body></html>", extractor::extract);
  }

  @Test
  void nestedParagraphsAndLinksTakeLinearTime() {
    Growth.assertLinear("nested span/a in p", 25_000,
        n -> "<html><body><div><p>" + "<span><a href='x'>링크".repeat(n) + "</a></span>".repeat(n) + "</p></div></body></html>",
        extractor::extract);
  }
}
