package dev.sasil.report.html;

import static dev.sasil.report.html.HtmlEscaper.escape;
import static dev.sasil.report.html.TimelineLayout.ASCENT;
import static dev.sasil.report.html.TimelineLayout.AXIS;
import static dev.sasil.report.html.TimelineLayout.FONT;
import static dev.sasil.report.html.TimelineLayout.LANE_PAD;
import static dev.sasil.report.html.TimelineLayout.LEFT;
import static dev.sasil.report.html.TimelineLayout.PAD;
import static dev.sasil.report.html.TimelineLayout.RIGHT;
import static dev.sasil.report.html.TimelineLayout.WIDTH;
import static dev.sasil.report.html.TimelineLayout.centre;
import static dev.sasil.report.html.TimelineLayout.first;
import static dev.sasil.report.html.TimelineLayout.last;
import static dev.sasil.report.html.TimelineLayout.publishedBar;

import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.time.TimeValue;
import dev.sasil.report.Labels;
import dev.sasil.report.Report;
import dev.sasil.report.ReportArticle;
import dev.sasil.report.TextFit;
import dev.sasil.report.html.LabelLayout.Box;
import dev.sasil.report.html.LabelLayout.Segment;
import dev.sasil.report.html.TimelineLayout.GridLine;
import dev.sasil.report.html.TimelineLayout.Mark;
import dev.sasil.report.html.TimelineLayout.Placed;
import dev.sasil.report.html.TimelineLayout.Scale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline figure of a report as inline SVG: one lane per article, time running left to
 * right, every claim with a dated value (year known) drawn where its period lies and coloured by
 * its finding's verdict. The claims of one cross-source finding are joined by a line: an
 * agreement's line stands upright, a contradiction's slants in red. Each article's publication
 * date is a blue tick on its lane. Lanes are in order of publication (undated last, then in
 * report order). A connector is drawn only across the lanes of the claims it joins: where it
 * passes a lane that takes no part, it is left out. Every label is placed ({@link TimelineLayout})
 * where no connector, bar, mark, publication date or other label is: beside its mark, above or
 * below it, or diagonally; grid lines are avoided where possible and otherwise broken around
 * the label. A label that finds no clear place gives way to a number on its mark and an entry in
 * a legend below the figure ({@link Figure#legend}). Each lane's number is repeated at its right
 * end: a phone opens the figure there (the latest claims and the publication dates), far from
 * the lane titles. Marks carry a {@code <title>} for screen readers and link to their finding.
 * Values whose year is unknown cannot be placed and are counted in the
 * description instead. Stateless and thread-safe.
 */
final class TimelineSvg {

  static final String CONTRADICTION = "#c62828";
  static final String AGREEMENT = "#1b7f4c";
  static final String SINGLE = "#8a9099";
  static final String PUBLISHED = "#2f5fb3";

  private final Labels labels;

  TimelineSvg(Labels labels) {
    this.labels = labels;
  }

  /**
   * The figure: the SVG element and, when some labels found no clear place, the HTML legend
   * that lists them by the numbers their marks carry (else empty).
   */
  record Figure(String svg, String legend) {}

  /** The figure; marks link to their finding ({@link HtmlReportWriter#anchor}). */
  Figure render(Report report) {
    List<ReportArticle> lanes = byPublication(report.articles());
    Map<String, Integer> laneOf = new LinkedHashMap<>();
    for (int i = 0; i < lanes.size(); i++) {
      laneOf.putIfAbsent(lanes.get(i).id(), i);
    }
    List<List<Mark>> marks = new ArrayList<>();
    lanes.forEach(a -> marks.add(new ArrayList<>()));
    int undated = 0;
    int dated = 0;
    int[] byVerdict = new int[Verdict.values().length];
    for (int fi = 0; fi < report.findings().size(); fi++) {
      Finding f = report.findings().get(fi);
      for (Claim c : f.claims()) {
        if (!(c.value() instanceof TimeValue t)) {
          continue;
        }
        Integer lane = laneOf.get(c.evidence().articleId());
        if (lane == null) {
          continue;
        }
        if (!t.yearKnown()) {
          undated++;
          continue;
        }
        LocalDate first = t.firstDay();
        LocalDate last = t.lastDay();
        marks.get(lane).add(new Mark(fi, f, c, t, first.toEpochDay(), last.toEpochDay() + 1));
        dated++;
        byVerdict[f.verdict().ordinal()]++;
      }
    }

    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (List<Mark> lane : marks) {
      for (Mark m : lane) {
        min = Math.min(min, m.from());
        max = Math.max(max, m.to());
      }
    }
    for (ReportArticle a : lanes) {
      PartialDate d = a.article().published().date();
      if (d != null) {
        min = Math.min(min, first(d));
        max = Math.max(max, last(d));
      }
    }
    boolean empty = min == Long.MAX_VALUE;
    if (empty) {
      min = 0;
      max = 1;
    }
    long span = Math.max(max - min, 180);
    long pad = Math.max(span / 25, 15);
    Scale scale = new Scale(min - pad, min + span + pad);

    List<String> laneNames = new ArrayList<>();
    for (ReportArticle a : lanes) {
      laneNames.add(a.number() + ". " + TextFit.isolate(TextFit.shorten(a.displayTitle(), 15)));
    }
    List<String> dates = lanes.stream().map(this::dateText).toList();
    TimelineLayout layout = TimelineLayout.lay(lanes, laneNames, dates, marks, scale, this::label);
    List<Placed> placed = layout.placed();
    double[] laneTop = layout.laneTop();
    Box[] labelAt = layout.labelAt();
    Box[] numberAt = layout.numberAt();
    int[] numberOf = layout.numberOf();
    double bottom = laneTop[lanes.size()];
    double height = bottom + AXIS;

    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(num(WIDTH)).append(' ').append(num(height))
        .append("\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" font-size=\"")
        .append(num(FONT)).append("\">\n");
    svg.append("<title id=\"timeline-title\">").append(escape(labels.messages().get("timeline.title"))).append("</title>\n");
    svg.append("<desc id=\"timeline-desc\">").append(escape(description(lanes.size(), dated, byVerdict, undated)))
        .append("</desc>\n");
    legend(svg);

    // lanes and their labels
    for (int i = 0; i < lanes.size(); i++) {
      ReportArticle a = lanes.get(i);
      double top = laneTop[i];
      svg.append("<g class=\"lane\">");
      if (i % 2 == 0) {
        svg.append("<rect x=\"0\" y=\"").append(num(top)).append("\" width=\"").append(num(WIDTH))
            .append("\" height=\"").append(num(laneTop[i + 1] - top)).append("\" fill=\"#f4f5f7\"/>");
      }
      svg.append("<text x=\"8\" y=\"").append(num(top + LANE_PAD + 12)).append("\" font-size=\"12\" fill=\"#1f2328\">")
          .append("<title>").append(escape(a.number() + ". " + TextFit.oneLine(a.displayTitle()))).append("</title>")
          .append(escape(laneNames.get(i))).append("</text>");
      svg.append("<text x=\"8\" y=\"").append(num(top + LANE_PAD + 27)).append("\" font-size=\"10\" fill=\"#59636e\">")
          .append(escape(dateText(a))).append("</text>");
      svg.append("<text class=\"lane-number\" x=\"").append(num(WIDTH - 6)).append("\" y=\"")
          .append(num(top + LANE_PAD + 12)).append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#59636e\">")
          .append(a.number()).append("</text>");
      svg.append("</g>\n");
    }

    axis(svg, scale, layout.grid(), layout.texts(), bottom);

    // publication dates
    for (int i = 0; i < lanes.size(); i++) {
      Box bar = publishedBar(lanes.get(i), i, scale, laneTop);
      if (bar == null) {
        continue;
      }
      svg.append("<g class=\"published\"><title>")
          .append(escape(labels.messages().get("timeline.published.of", lanes.get(i).number(),
              lanes.get(i).article().published().date())))
          .append("</title><rect x=\"").append(num(bar.x0())).append("\" y=\"").append(num(bar.y0()))
          .append("\" width=\"").append(num(bar.x1() - bar.x0())).append("\" height=\"").append(num(bar.y1() - bar.y0()))
          .append("\" fill=\"").append(PUBLISHED).append("\" fill-opacity=\"0.18\" stroke=\"").append(PUBLISHED)
          .append("\" stroke-width=\"1\"/></g>\n");
    }

    // connectors of cross-source findings, behind the marks; only across the lanes involved
    for (Map.Entry<Integer, List<Segment>> e : layout.links().entrySet()) {
      boolean contra = report.findings().get(e.getKey()).verdict() == Verdict.CONTRADICTION;
      svg.append("<g class=\"link\" fill=\"none\" stroke=\"").append(contra ? CONTRADICTION : AGREEMENT)
          .append("\" stroke-width=\"").append(contra ? "2" : "1.5").append("\" stroke-opacity=\"0.7\"");
      if (contra) {
        svg.append(" stroke-dasharray=\"5 3\"");
      }
      svg.append('>');
      e.getValue().forEach(s -> line(svg, s.x0(), s.y0(), s.x1(), s.y1()));
      svg.append("</g>\n");
    }

    for (int i = 0; i < placed.size(); i++) {
      Placed p = placed.get(i);
      String text = labelAt[i] != null ? label(p.mark()) : Integer.toString(numberOf[i]);
      mark(svg, p, labelAt[i] != null ? labelAt[i] : numberAt[i], text, labelAt[i] == null);
    }
    if (empty) {
      svg.append("<text x=\"").append(num((LEFT + WIDTH - RIGHT) / 2)).append("\" y=\"")
          .append(num((laneTop[0] + bottom) / 2 + 4))
          .append("\" text-anchor=\"middle\" fill=\"#59636e\">").append(escape(labels.messages().get("timeline.empty")))
          .append("</text>\n");
    }
    svg.append("</svg>");
    return new Figure(svg.toString(), legendHtml(placed, numberOf, lanes));
  }

  /**
   * The claims whose labels found no clear place, by their numbers on the figure: an HTML list
   * to go below it (empty when every label found a place).
   */
  private String legendHtml(List<Placed> placed, int[] numberOf, List<ReportArticle> lanes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < placed.size(); i++) {
      if (numberOf[i] == 0) {
        continue;
      }
      Mark m = placed.get(i).mark();
      String subject = "<bdi>" + escape(TextFit.oneLine(m.f().subject())) + "</bdi>";
      out.append("<li value=\"").append(numberOf[i]).append("\"><a href=\"#")
          .append(escape(HtmlReportWriter.anchor(m.finding()))).append("\">")
          .append(labels.messages().get("timeline.legend.item", subject,
              escape(labels.attribute(m.f().attribute())), escape(labels.value(m.value())),
              Integer.toString(lanes.get(placed.get(i).lane()).number())))
          .append("</a></li>\n");
    }
    if (out.isEmpty()) {
      return "";
    }
    return "<div class=\"timeline-legend\"><p>" + escape(labels.messages().get("timeline.legend.title"))
        + "</p>\n<ol>\n" + out + "</ol></div>";
  }

  private String dateText(ReportArticle a) {
    PartialDate d = a.article().published().date();
    return d == null ? labels.unknownDate() : d.toString();
  }

  private String description(int lanes, int dated, int[] byVerdict, int undated) {
    String counts = String.format(Locale.ROOT, "%s %d, %s %d, %s %d",
        labels.verdict(Verdict.CONTRADICTION), byVerdict[0], labels.verdict(Verdict.AGREEMENT),
        byVerdict[1], labels.verdict(Verdict.SINGLE_SOURCE), byVerdict[2]);
    String s = labels.messages().get("timeline.description", lanes, dated, counts);
    if (undated > 0) {
      s += " " + labels.messages().get("timeline.undated", undated);
    }
    return s;
  }

  private void legend(StringBuilder svg) {
    svg.append("<g class=\"legend\" font-size=\"12\">");
    double x = 8;
    String[][] items = {
      {CONTRADICTION, labels.verdict(Verdict.CONTRADICTION), "diamond"},
      {AGREEMENT, labels.verdict(Verdict.AGREEMENT), "circle"},
      {SINGLE, labels.verdict(Verdict.SINGLE_SOURCE), "ring"},
      {PUBLISHED, labels.messages().get("timeline.published"), "bar"},
    };
    for (String[] it : items) {
      double cy = 20;
      shape(svg, it[2], x + 6, cy, it[0]);
      svg.append("<text x=\"").append(num(x + 16)).append("\" y=\"").append(num(cy + 4)).append("\" fill=\"#1f2328\">")
          .append(escape(it[1])).append("</text>");
      x += 16 + TextFit.widthEm(it[1]) * 12 + 22;
    }
    svg.append("</g>\n");
  }

  private static void shape(StringBuilder svg, String kind, double cx, double cy, String colour) {
    switch (kind) {
      case "diamond" -> svg.append("<path d=\"M").append(num(cx)).append(' ').append(num(cy - 6))
          .append(" L").append(num(cx + 6)).append(' ').append(num(cy))
          .append(" L").append(num(cx)).append(' ').append(num(cy + 6))
          .append(" L").append(num(cx - 6)).append(' ').append(num(cy)).append(" Z\" fill=\"").append(colour)
          .append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
      case "circle" -> svg.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
          .append("\" r=\"5\" fill=\"").append(colour).append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
      case "ring" -> svg.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
          .append("\" r=\"4\" fill=\"#ffffff\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
      default -> svg.append("<rect x=\"").append(num(cx - 2)).append("\" y=\"").append(num(cy - 7))
          .append("\" width=\"4\" height=\"14\" fill=\"").append(colour).append("\" fill-opacity=\"0.35\" stroke=\"")
          .append(colour).append("\"/>");
    }
  }

  private void mark(StringBuilder svg, Placed p, Box labelAt, String text, boolean number) {
    Mark m = p.mark();
    Verdict v = m.f().verdict();
    String colour = switch (v) {
      case CONTRADICTION -> CONTRADICTION;
      case AGREEMENT -> AGREEMENT;
      case SINGLE_SOURCE -> SINGLE;
    };
    double y = p.y();
    String title = labels.messages().get("timeline.mark", labels.verdict(v), TextFit.oneLine(m.f().subject()),
        labels.attribute(m.f().attribute()), labels.value(m.value()), TextFit.oneLine(m.claim().evidence().text()));
    svg.append("<a href=\"#").append(escape(anchor(m))).append("\"><g class=\"mark ").append(v.jsonName()).append("\">")
        .append("<title>").append(escape(title)).append("</title>");
    double w = p.x1() - p.x0();
    if (w <= 10) {
      shape(svg, v == Verdict.CONTRADICTION ? "diamond" : v == Verdict.AGREEMENT ? "circle" : "ring",
          centre(p), y, colour);
    } else {
      svg.append("<rect x=\"").append(num(p.x0())).append("\" y=\"").append(num(y - 5)).append("\" width=\"")
          .append(num(w)).append("\" height=\"10\" rx=\"3\" fill=\"")
          .append(v == Verdict.SINGLE_SOURCE ? "#ffffff" : colour).append("\" fill-opacity=\"")
          .append(v == Verdict.SINGLE_SOURCE ? "1" : "0.85").append("\" stroke=\"").append(colour)
          .append("\" stroke-width=\"").append(v == Verdict.SINGLE_SOURCE ? "2" : "1").append("\"/>");
    }
    if (labelAt != null) {
      svg.append("<text").append(number ? " class=\"mark-number\" font-weight=\"700\"" : "").append(" x=\"")
          .append(num(labelAt.x0() + PAD)).append("\" y=\"").append(num(labelAt.y0() + ASCENT)).append("\" fill=\"")
          .append(v == Verdict.SINGLE_SOURCE ? "#59636e" : colour).append("\">").append(escape(text)).append("</text>");
    }
    svg.append("</g></a>\n");
  }

  private static String anchor(Mark m) {
    return HtmlReportWriter.anchor(m.finding());
  }

  /**
   * The lanes in order of publication: dated articles by their first possible day, then
   * undated ones; ties in report order.
   */
  static List<ReportArticle> byPublication(List<ReportArticle> articles) {
    List<ReportArticle> out = new ArrayList<>(articles);
    out.sort(Comparator.comparing((ReportArticle a) -> a.article().published().date() == null)
        .thenComparingLong(a -> a.article().published().date() == null ? 0 : first(a.article().published().date()))
        .thenComparingInt(ReportArticle::number));
    return out;
  }

  private static void line(StringBuilder svg, double x0, double y0, double x1, double y1) {
    svg.append("<line x1=\"").append(num(x0)).append("\" y1=\"").append(num(y0)).append("\" x2=\"").append(num(x1))
        .append("\" y2=\"").append(num(y1)).append("\"/>");
  }

  private String label(Mark m) {
    return TextFit.isolate(TextFit.shorten(m.f().subject(), 9)) + " " + TextFit.shorten(labels.attribute(m.f().attribute()), 6);
  }

  /** The grid lines, broken around the labels in their way, and the months and years under them. */
  private void axis(StringBuilder svg, Scale scale, List<GridLine> grid, List<Box> texts, double bottom) {
    int years = LocalDate.ofEpochDay(scale.to()).getYear() - LocalDate.ofEpochDay(scale.from()).getYear();
    svg.append("<g class=\"axis\" fill=\"#59636e\" font-size=\"11\">");
    for (GridLine g : grid) {
      String style = g.year() ? "\" stroke=\"#8c959f\" stroke-width=\"1\"/>" : "\" stroke=\"#d0d7de\" stroke-width=\"0.5\"/>";
      List<Box> across = texts.stream()
          .map(b -> b.grow(LabelLayout.GAP))
          .filter(b -> b.x0() <= g.x() && g.x() <= b.x1())
          .sorted(Comparator.comparingDouble(Box::y0))
          .toList();
      double y = g.y0();
      for (Box b : across) {
        if (b.y0() > y) {
          svg.append("<line x1=\"").append(num(g.x())).append("\" y1=\"").append(num(y)).append("\" x2=\"")
              .append(num(g.x())).append("\" y2=\"").append(num(b.y0())).append(style);
        }
        y = Math.max(y, b.y1());
      }
      if (y < g.y1()) {
        svg.append("<line x1=\"").append(num(g.x())).append("\" y1=\"").append(num(y)).append("\" x2=\"")
            .append(num(g.x())).append("\" y2=\"").append(num(g.y1())).append(style);
      }
      LocalDate d = LocalDate.ofEpochDay(scale.day(g.x()));
      if (g.year()) {
        svg.append("<text x=\"").append(num(g.x())).append("\" y=\"").append(num(bottom + 28))
            .append("\" text-anchor=\"middle\" font-weight=\"600\">").append(d.getYear()).append("</text>");
      } else if (years <= 1 || d.getMonthValue() % 3 == 1) {
        svg.append("<text x=\"").append(num(g.x())).append("\" y=\"").append(num(bottom + 16))
            .append("\" text-anchor=\"middle\" font-size=\"9\">")
            .append(escape(labels.messages().get("axis.month", labels.language().monthShort(d.getMonthValue()))))
            .append("</text>");
      }
    }
    svg.append("<line x1=\"").append(num(LEFT)).append("\" y1=\"").append(num(bottom)).append("\" x2=\"")
        .append(num(WIDTH - RIGHT)).append("\" y2=\"").append(num(bottom)).append("\" stroke=\"#8c959f\"/>");
    svg.append("</g>\n");
  }

  private static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
