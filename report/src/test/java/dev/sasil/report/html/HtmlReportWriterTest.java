package dev.sasil.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.Article;
import dev.sasil.report.Fixtures;
import dev.sasil.report.Hostile;
import dev.sasil.report.Report;
import dev.sasil.report.ReportBuilder;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

  private final HtmlReportWriter writer = new HtmlReportWriter();

  @Test
  void hostileArticleRendersAsTextWithoutScriptsHandlersOrUnsafeLinks() {
    String html = writer.write(Hostile.report());
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("img")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on");
        assertThat(a.getValue()).doesNotContainIgnoringCase("javascript:");
      }
    }
    assertThat(doc.title()).doesNotContain("pwned");
    assertThat(doc.body().text()).contains(Hostile.SCRIPT, "onerror=", Hostile.RTL, Hostile.EMOJI);
    assertThat(doc.select("a[href]").eachAttr("href"))
        .allMatch(h -> h.startsWith("#") || h.startsWith("https://"));
  }

  @Test
  void headerSaysWhichArticlesAreCopiesEscaped() {
    String html = writer.write(Fixtures.copies());
    Document doc = Jsoup.parse(html);
    assertThat(doc.select(".meta dt").eachText()).contains("사본");
    assertThat(doc.select(".meta dd").eachText())
        .contains(Fixtures.COPY_ID + "은(는) a1.txt의 사본 (한 출처로 셈)");
    assertThat(doc.select("header i")).isEmpty();
    assertThat(html).contains("&lt;i&gt;a3&lt;/i&gt;.txt은(는) a1.txt의 사본");
    assertThat(writer.write(Fixtures.small())).doesNotContain("사본");
  }

  @Test
  void pageIsSelfContained() {
    String html = writer.write(Fixtures.small());
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("link, script, iframe, object, embed, img[src]")).isEmpty();
    assertThat(doc.select("style")).hasSize(1);
    assertThat(html).doesNotContain("@import", "url(", "@font-face");
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    assertThat(doc.select("html").attr("lang")).isEqualTo("ko");
  }

  @Test
  void showsHeaderArticlesFindingsInOrderAndCollapsesSingleSources() {
    Document doc = Jsoup.parse(writer.write(Fixtures.small()));
    assertThat(doc.select(".stats li").eachText()).containsExactly("3기사", "1엇갈림", "1일치", "2단일 출처");
    assertThat(doc.select(".meta dd").eachText())
        .containsExactly("2023-12-06 – 2024-03-13 (날짜 미상 1건)", "example.com, news.example.org", "sasil test");
    assertThat(doc.select("#articles .article")).hasSize(3);
    assertThat(doc.select("#a1 .summary li")).hasSize(2);
    assertThat(doc.select("#a1 .kw").eachText()).containsExactly("오픈AI", "설립");
    assertThat(doc.select("#findings > article.finding").eachAttr("class"))
        .containsExactly("finding contradiction", "finding agreement");
    assertThat(doc.select("#single details article.finding")).hasSize(2);
    assertThat(doc.select("#f1 mark").eachText()).containsExactly("2016년", "2015년");
    assertThat(doc.select("#f1 blockquote").first().text()).isEqualTo("오픈AI는 지난 2016년 샘 올트먼 등이 세웠다.");
    assertThat(doc.select("#a3 .byline .unknown").text()).isEqualTo("날짜 미상");
  }

  @Test
  void timelineHasOneLanePerArticleAndLinksMarksToFindings() {
    Document doc = Jsoup.parse(writer.write(Fixtures.small()));
    Element svg = doc.selectFirst("svg.timeline");
    assertThat(svg).isNotNull();
    assertThat(svg.select("g.lane")).hasSize(3);
    // dated marks: 2 contradiction, 2 agreement; the XXXX-07 claim cannot be placed
    assertThat(svg.select("g.mark.contradiction")).hasSize(2);
    assertThat(svg.select("g.mark.agreement")).hasSize(2);
    assertThat(svg.select("g.mark.single-source")).isEmpty();
    assertThat(svg.select("g.link")).hasSize(2);
    assertThat(svg.select("desc").text()).contains("연도를 알 수 없는 값 1건");
    assertThat(svg.select("a").eachAttr("href")).contains("#f1", "#f2");
  }

  @Test
  void sameReportGivesTheSameBytes() {
    assertThat(writer.write(Hostile.report())).isEqualTo(new HtmlReportWriter().write(Hostile.report()));
  }

  @Test
  void emptyReportStillRenders() {
    Report empty = new ReportBuilder("sasil test").build(List.of(), List.of(), List.of());
    Document doc = Jsoup.parse(writer.write(empty));
    assertThat(doc.select("svg.timeline")).hasSize(1);
    assertThat(doc.text()).contains("기사가 없습니다");
  }
}
