package dev.sasil.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.core.testing.TestData;
import dev.sasil.core.Article;
import dev.sasil.core.DateSource;
import dev.sasil.core.Published;
import dev.sasil.core.read.RawDocument;
import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.Finding;
import dev.sasil.report.Hostile;
import dev.sasil.report.Labels;
import dev.sasil.report.ReportLanguage;
import dev.sasil.report.Report;
import dev.sasil.report.ReportBuilder;
import dev.sasil.report.SeedReports;
import dev.sasil.summarizer.Summary;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the HTML report of the seeds plus hostile articles, opened in headless Chromium.
 * Chromium runs the page and dumps the DOM it ended with; an injected script that ran would have
 * changed the title or added an attribute or element. Skipped, saying so, when no Chromium is
 * installed ({@code apt-get install chromium}; {@code .ci/run} installs it).
 */
class HtmlReportInChromiumTest {

  @TempDir Path dir;

  /** A raw hostile document, read like any other input: HTML-looking text, injection in title and URL. */
  private static RawDocument hostileDocument() {
    String text = "해커들이 " + Hostile.SCRIPT + " 2019년 회사를 세웠다고 밝혔다.\n"
        + "공격 " + Hostile.ATTR + " 은 2020년 3월 시작됐다. " + Hostile.IMG + "\n"
        + Hostile.LONG + " 그리고 2021년 공개됐다.\n"
        + Hostile.RTL + " " + Hostile.EMOJI + " 오픈AI는 2015년 설립됐다.\n";
    return new RawDocument("hostile\" onmouseover=\"document.title='pwned'.txt", "test",
        Hostile.SCRIPT + Hostile.ATTR + Hostile.EMOJI, "javascript:document.title='pwned'",
        Published.of(PartialDate.parse("2024-01-15"), DateSource.METADATA), text, false);
  }

  @Test
  void injectedScriptsDoNotRunAndTimelineAndFindingsArePresent() throws Exception {
    Chromium chromium = Chromium.find().orElse(null);
    TestData.assume(chromium != null,
        "chromium is not installed (apt-get install chromium): skipping the end-to-end HTML test");

    List<Article> articles = SeedReports.articles(hostileDocument());
    Report piped = SeedReports.report(articles);
    // add hand-made hostile findings (subjects, explanations and qualifiers that attack) to the real ones
    Report hostile = Hostile.report();
    List<Article> all = new ArrayList<>(articles);
    hostile.articles().forEach(a -> all.add(a.article()));
    List<Finding> findings = new ArrayList<>(piped.findings());
    findings.addAll(hostile.findings());
    findings.sort(Comparator.comparing(Finding::verdict)); // the report takes findings in report order
    List<Summary> summaries = new ArrayList<>();
    piped.articles().forEach(a -> summaries.add(a.summary()));
    hostile.articles().forEach(a -> summaries.add(a.summary()));
    Report report = new ReportBuilder(SeedReports.GENERATOR).build(all, summaries, findings);

    Path page = dir.resolve("report.html");
    Files.writeString(page, new HtmlReportWriter().write(report), StandardCharsets.UTF_8);
    String dom = chromium.dumpDom(page);
    assertThat(dom).as("Chromium dumped no DOM").contains("</html>");

    Document doc = Jsoup.parse(dom);
    assertThat(doc.title()).isEqualTo("사실 보고서: 기사 " + all.size() + "건").doesNotContain("pwned");
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("img")).isEmpty();
    assertThat(doc.select("[data-pwned]")).isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
      }
    }
    assertThat(doc.select("a[href]").eachAttr("href")).noneMatch(h -> h.toLowerCase().startsWith("javascript"));
    // the hostile strings are there, as text
    assertThat(doc.body().text()).contains(Hostile.SCRIPT, "onerror=", Hostile.RTL, Hostile.EMOJI);
    assertThat(doc.body().text()).contains(Hostile.LONG);

    Element svg = doc.selectFirst("svg.timeline");
    assertThat(svg).as("timeline SVG").isNotNull();
    assertThat(svg.select("g.lane")).hasSize(all.size());
    for (int i = 1; i <= report.findings().size(); i++) {
      assertThat(doc.getElementById("f" + i)).as("finding f%d", i).isNotNull();
    }
    assertThat(doc.select("article.finding")).hasSize(report.findings().size());
    assertThat(doc.select("#articles article.article")).hasSize(all.size());

    // what the report itself says (not the articles' own words) is Korean: no internal key, no raw number
    ReaderText korean = readerText(chromium, piped, ReportLanguage.KO);
    assertThat(doc.select(".derived .quote")).as("the quoted words of inferred values").isNotEmpty();
    assertThat(korean.all()).doesNotContain("\uFFFD").doesNotContain("{0}").doesNotContainPattern("[a-z]+=").doesNotContainPattern("\\d{7,}").doesNotContain("XXXX")
        .doesNotContainPattern("\\b(vs|differ|compatible|unresolved|only|says|agree|derived)\\b")
        .doesNotContainPattern("\\b(founded|released|left|joined|TIMES|USD|KRW|PERSONS)\\b");
    assertThat(around(korean.withoutNames().replaceAll("\\b(URL|HTML)\\b", ""), "[A-Za-z]{3,}"))
        .as("English in the Korean report").isEmpty();
    // and the English report has no Korean of its own
    ReaderText english = readerText(chromium, piped, ReportLanguage.EN);
    assertThat(around(english.withoutNames(), "[\\uAC00-\\uD7A3]+")).as("Korean in the English report").isEmpty();
    assertThat(english.all()).doesNotContainPattern("[a-z]+=").doesNotContainPattern("\\d{7,}").doesNotContain("XXXX");
  }

  @Test
  void theTimelineIsReadableOnADesktopAndOpensOnTheClaimsOnAPhone() throws Exception {
    Chromium chromium = Chromium.find().orElse(null);
    TestData.assume(chromium != null,
        "chromium is not installed (apt-get install chromium): skipping the timeline screenshots");
    Report report = SeedReports.report(SeedReports.articles());
    Path page = dir.resolve("report.html");
    Files.writeString(page, new HtmlReportWriter().write(report), StandardCharsets.UTF_8);
    // kept for people to look at: target/screenshots/timeline-{desktop,phone}.png
    Path shots = Files.createDirectories(Path.of("target", "screenshots"));
    Path desktop = shots.resolve("timeline-desktop.png");
    Path phone = shots.resolve("timeline-phone.png");
    chromium.screenshot(page, desktop, 1280, 2400);
    chromium.screenshot(page, phone, 390, 2400);
    BufferedImage d = ImageIO.read(desktop.toFile());
    BufferedImage p = ImageIO.read(phone.toFile());
    assertThat(d).as("desktop screenshot").isNotNull();
    assertThat(p).as("phone screenshot").isNotNull();
    // the marks and the publication dates are on screen: at a phone's width the figure opens at its
    // right end, where the articles' publication dates (blue) and their latest claims are
    for (BufferedImage shot : List.of(d, p)) {
      assertThat(pixels(shot, 0xc62828)).as("red contradiction marks").isGreaterThan(20);
      assertThat(pixels(shot, 0x1b7f4c)).as("green agreement marks").isGreaterThan(20);
      assertThat(pixels(shot, 0x2f5fb3)).as("blue publication dates").isGreaterThan(20);
    }
  }

  /**
   * The labels as Chromium lays them out (their real glyph boxes, not the estimate the layout
   * uses): none is crossed by a line or overlaps a bar, a mark or another text, in the seeds'
   * timeline and in crowded ones.
   */
  @Test
  void noLabelTouchesALineOrAnotherLabelAsChromiumDrawsIt() throws Exception {
    Chromium chromium = Chromium.find().orElse(null);
    TestData.assume(chromium != null,
        "chromium is not installed (apt-get install chromium): skipping the measured timeline labels");
    List<Report> reports = new ArrayList<>(List.of(SeedReports.report(SeedReports.articles())));
    for (long seed = 1; seed <= 5; seed++) {
      reports.add(CrowdedReports.report(seed));
    }
    int n = 0;
    for (Report report : reports) {
      // the report's own page has no script and forbids them; this copy drops the policy and adds
      // one that measures and writes what it found
      String html = new HtmlReportWriter().write(report)
          .replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "")
          .replace("</body>", MEASURE + "</body>");
      Path page = dir.resolve("measured-" + n++ + ".html");
      Files.writeString(page, html, StandardCharsets.UTF_8);
      Element result = Jsoup.parse(chromium.dumpDom(page)).getElementById("measured");
      assertThat(result).as("the measuring script ran").isNotNull();
      assertThat(result.attr("data-labels")).as("labels measured").isNotEqualTo("0");
      assertThat(result.text()).as("labels touched, report %d", n).isEmpty();
    }
  }

  /** Measures every label of the timeline against every line, shape and other text (user units). */
  private static final String MEASURE = """
      <script>
      (() => {
        const svg = document.querySelector('svg.timeline');
        const box = e => { const b = e.getBBox(); return {x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height}; };
        const hit = (a, b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        const inside = (b, x, y) => x > b.x0 && x < b.x1 && y > b.y0 && y < b.y1;
        const labels = [...svg.querySelectorAll('g.mark > text')];
        const texts = [...svg.querySelectorAll('text')].filter(t => !labels.includes(t));
        const shapes = [...svg.querySelectorAll('g.mark rect, g.mark circle, g.mark path, g.published rect')];
        const lines = [...svg.querySelectorAll('line')].map(l => ['x1', 'y1', 'x2', 'y2'].map(k => l[k].baseVal.value));
        const found = [];
        labels.forEach((t, i) => {
          const b = box(t);
          for (const [x1, y1, x2, y2] of lines) {
            const steps = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) * 4));
            for (let s = 0; s <= steps; s++) {
              if (inside(b, x1 + (x2 - x1) * s / steps, y1 + (y2 - y1) * s / steps)) { found.push(t.textContent + ' ' + JSON.stringify(b) + ' x line ' + [x1, y1, x2, y2].join(' ') + ' at ' + t.getAttribute('x') + ',' + t.getAttribute('y')); break; }
            }
          }
          shapes.forEach(s => { if (hit(b, box(s))) found.push(t.textContent + ' x shape'); });
          texts.concat(labels.slice(i + 1)).forEach(o => { if (hit(b, box(o))) found.push(t.textContent + ' x ' + o.textContent); });
        });
        const out = document.createElement('pre');
        out.id = 'measured';
        out.setAttribute('data-labels', labels.length);
        out.textContent = found.join(' | ');
        document.body.appendChild(out);
      })();
      </script>
      """;

  /** How many pixels of the screenshot are (nearly) this colour. */
  private static int pixels(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int c = image.getRGB(x, y);
        if (Math.abs(((c >> 16) & 0xff) - ((rgb >> 16) & 0xff)) < 12 && Math.abs(((c >> 8) & 0xff) - ((rgb >> 8) & 0xff)) < 12
            && Math.abs((c & 0xff) - (rgb & 0xff)) < 12) {
          n++;
        }
      }
    }
    return n;
  }

  /** Each match of {@code regex} with a few characters either side. */
  private static List<String> around(String text, String regex) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
    while (m.find()) {
      out.add(text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)));
    }
    return out;
  }

  /** The report's own words, with the qualifiers (which name entities as articles write them) and without. */
  private record ReaderText(String all, String withoutNames) {}

  /**
   * The text of the report as Chromium shows it, less what comes from the articles: cited
   * sentences, summaries, titles, subjects, ids, keywords, the timeline's labels, names and offices
   * as written, and the generator's name.
   */
  private ReaderText readerText(Chromium chromium, Report report, ReportLanguage language) throws Exception {
    Path page = dir.resolve("report-" + language.code() + ".html");
    Files.writeString(page, new HtmlReportWriter(Labels.of(language)).write(report), StandardCharsets.UTF_8);
    Document doc = Jsoup.parse(chromium.dumpDom(page));
    doc.select("blockquote, .quote, ol.summary, h3 span[dir=auto], .byline, code, .kw, .source a, svg, .timeline-legend bdi, footer, dd, title").remove();
    String all = doc.body().text();
    doc.select(".qualifiers, .norm").remove();
    String without = doc.body().text();
    // names and offices are values the articles write (오픈AI CEO): their words are the articles'
    for (var f : report.findings()) {
      for (var c : f.claims()) {
        if (c.value() instanceof dev.sasil.factcheck.entity.Office || c.value() instanceof dev.sasil.factcheck.entity.Spelling) {
          without = without.replace(c.value().normalized(), "");
        }
      }
    }
    return new ReaderText(all, without);
  }
}
