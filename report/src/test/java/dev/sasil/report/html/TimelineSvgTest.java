package dev.sasil.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sasil.report.Hostile;
import dev.sasil.report.Labels;
import dev.sasil.report.Report;
import dev.sasil.report.SeedReports;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class TimelineSvgTest {

  private static TimelineSvg.Figure seedsFigure;
  private static org.jsoup.nodes.Document seeds;

  @BeforeAll
  static void renderSeeds() {
    Report r = SeedReports.report(SeedReports.articles());
    seedsFigure = new TimelineSvg(Labels.standard()).render(r);
    seeds = svg(seedsFigure);
  }

  private static org.jsoup.nodes.Document svg(TimelineSvg.Figure figure) {
    return Jsoup.parse(figure.svg(), "", Parser.xmlParser());
  }

  @Test
  void hostileTimelineIsWellFormedXml() throws Exception {
    Report r = Hostile.report();
    String svg = new TimelineSvg(Labels.standard()).render(r).svg();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
  }

  @Test
  void lanesAreInOrderOfPublicationUndatedLast() {
    // seeds: 003 is 2023-07, 000 2023-12-06, 002 2024-03-13, 004 2024-10-02, 001 undated
    assertThat(seeds.select("g.lane text.lane-number").eachText()).containsExactly("4", "1", "3", "5", "2");
  }

  @Test
  void noLineMarkOrOtherTextTouchesALabelOfTheSeeds() {
    SvgLabels geometry = new SvgLabels(seeds);
    assertThat(geometry.labels()).hasSizeGreaterThan(10);
    assertThat(geometry.collisions()).isEmpty();
    assertEveryMarkIsNamedOrListed(seedsFigure, seeds);
  }

  @Test
  void manyClaimsOnFewDaysLeaveEveryLabelClearOrListedInTheLegend() {
    int listed = 0;
    int named = 0;
    for (long seed = 1; seed <= 30; seed++) {
      TimelineSvg.Figure figure = new TimelineSvg(Labels.standard()).render(CrowdedReports.report(seed));
      org.jsoup.nodes.Document doc = svg(figure);
      assertThat(new SvgLabels(doc).collisions()).as("seed %d", seed).isEmpty();
      assertEveryMarkIsNamedOrListed(figure, doc);
      listed += Jsoup.parse(figure.legend()).select("li").size();
      named += doc.select("g.mark > text:not(.mark-number)").size();
    }
    // the crowded figures use both ways out
    assertThat(named).isGreaterThan(listed).isPositive();
    assertThat(listed).as("labels listed in a legend").isPositive();
  }

  @Test
  void theFigureIsTheSameEveryTime() {
    Report r = CrowdedReports.report(7);
    TimelineSvg.Figure a = new TimelineSvg(Labels.standard()).render(r);
    TimelineSvg.Figure b = new TimelineSvg(Labels.standard()).render(CrowdedReports.report(7));
    assertThat(b).isEqualTo(a);
  }

  /** Every mark has its label, or a number whose legend entry links to its finding. */
  private static void assertEveryMarkIsNamedOrListed(TimelineSvg.Figure figure, org.jsoup.nodes.Document doc) {
    List<String> numbers = new ArrayList<>();
    for (Element mark : doc.select("g.mark")) {
      Element text = mark.selectFirst("> text");
      if (text == null || text.hasClass("mark-number")) {
        numbers.add(mark.parent().attr("href"));
      }
    }
    org.jsoup.nodes.Document legend = Jsoup.parse(figure.legend());
    assertThat(legend.select("li a").eachAttr("href")).containsExactlyElementsOf(numbers);
    assertThat(legend.select("li").eachAttr("value"))
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, numbers.size()).mapToObj(Integer::toString).toList());
    assertThat(doc.select("text.mark-number").eachText())
        .allSatisfy(n -> assertThat(legend.select("li[value=" + n + "]")).hasSize(1));
  }

  @Test
  void connectorsRunOnlyThroughTheLanesOfTheClaimsTheyJoin() {
    List<double[]> lanes = new ArrayList<>(); // top, bottom
    List<Double> tops = new ArrayList<>();
    for (Element lane : seeds.select("g.lane")) {
      tops.add(Double.parseDouble(lane.selectFirst("text.lane-number").attr("y")) - 22);
    }
    for (int i = 0; i + 1 < tops.size(); i++) {
      lanes.add(new double[] {tops.get(i), tops.get(i + 1)});
    }
    assertThat(lanes).hasSize(4);
    int checked = 0;
    for (Element link : seeds.select("g.link")) {
      List<double[]> segments = new ArrayList<>();
      for (Element line : link.select("line")) {
        segments.add(new double[] {Double.parseDouble(line.attr("y1")), Double.parseDouble(line.attr("y2"))});
      }
      for (double[] lane : lanes) {
        boolean involved = segments.stream().anyMatch(s -> inside(s[0], lane) || inside(s[1], lane));
        if (involved) {
          continue;
        }
        for (double[] s : segments) {
          double lo = Math.min(s[0], s[1]);
          double hi = Math.max(s[0], s[1]);
          assertThat(hi <= lane[0] + 0.5 || lo >= lane[1] - 0.5)
              .as("a connector crosses the uninvolved lane %s..%s", lane[0], lane[1]).isTrue();
          checked++;
        }
      }
    }
    assertThat(checked).as("some connector passes an uninvolved lane in the seeds").isPositive();
  }

  private static boolean inside(double y, double[] lane) {
    return y > lane[0] + 0.5 && y < lane[1] - 0.5;
  }
}
