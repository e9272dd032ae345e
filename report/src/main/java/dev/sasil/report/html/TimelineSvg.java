package dev.sasil.report.html;

import static dev.sasil.report.html.HtmlEscaper.escape;

import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.time.TimeValue;
import dev.sasil.report.Labels;
import dev.sasil.report.Report;
import dev.sasil.report.ReportArticle;
import dev.sasil.report.TextFit;
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
 * passes a lane that takes no part, it is left out. Labels sit on a white halo, so that grid and
 * connector lines never run through their letters, and in rows of their lane, so that they never
 * overlap each other. Each lane's number is repeated at its right end: a phone opens the figure
 * there (the latest claims and the publication dates), far from the lane titles. Marks carry a {@code <title>} for screen readers and link to
 * their finding. Values whose year is unknown cannot be placed and are counted in the
 * description instead. Stateless and thread-safe.
 */
final class TimelineSvg {

  static final String CONTRADICTION = "#c62828";
  static final String AGREEMENT = "#1b7f4c";
  static final String SINGLE = "#8a9099";
  static final String PUBLISHED = "#2f5fb3";

  private static final double WIDTH = 1000;
  private static final double LEFT = 210;
  private static final double RIGHT = 24;
  private static final double TOP = 44;
  private static final double ROW = 22;
  private static final double LANE_PAD = 10;
  private static final double AXIS = 34;
  private static final double FONT = 11;

  private final Labels labels;

  TimelineSvg(Labels labels) {
    this.labels = labels;
  }

  /** A dated claim placed on its lane. */
  private record Mark(int finding, Finding f, Claim claim, TimeValue value, long from, long to) {}

  /** Where a mark landed: its lane, row and extent; {@code labelLeft} when its label sits on its left. */
  private record Placed(Mark mark, int lane, int row, double x0, double x1, boolean labelLeft) {}

  /** The SVG element; marks link to their finding ({@link HtmlReportWriter#anchor}). */
  String render(Report report) {
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

    // rows inside each lane so that labels do not overlap
    List<Placed> placed = new ArrayList<>();
    int[] rows = new int[lanes.size()];
    for (int lane = 0; lane < lanes.size(); lane++) {
      List<Mark> ms = new ArrayList<>(marks.get(lane));
      ms.sort(Comparator.comparingLong(Mark::from).thenComparingInt(Mark::finding));
      List<Double> rowEnds = new ArrayList<>();
      for (Mark m : ms) {
        double x0 = scale.x(m.from());
        double x1 = Math.max(scale.x(m.to()), x0 + 8);
        double labelWidth = TextFit.widthEm(label(m)) * FONT + 12;
        boolean left = x1 + labelWidth > WIDTH - 4;
        double start = left ? x0 - labelWidth : x0;
        double end = left ? x1 : x1 + labelWidth;
        int row = 0;
        while (row < rowEnds.size() && rowEnds.get(row) > start - 2) {
          row++;
        }
        if (row == rowEnds.size()) {
          rowEnds.add(end);
        } else {
          rowEnds.set(row, end);
        }
        placed.add(new Placed(m, lane, row, x0, x1, left));
      }
      rows[lane] = Math.max(1, rowEnds.size());
    }
    double[] laneTop = new double[lanes.size() + 1];
    laneTop[0] = TOP;
    for (int i = 0; i < lanes.size(); i++) {
      laneTop[i + 1] = laneTop[i] + rows[i] * ROW + 2 * LANE_PAD;
    }
    double height = laneTop[lanes.size()] + AXIS;

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
      double bottom = laneTop[i + 1];
      svg.append("<g class=\"lane\">");
      if (i % 2 == 0) {
        svg.append("<rect x=\"0\" y=\"").append(num(top)).append("\" width=\"").append(num(WIDTH))
            .append("\" height=\"").append(num(bottom - top)).append("\" fill=\"#f4f5f7\"/>");
      }
      String name = a.number() + ". " + TextFit.isolate(TextFit.shorten(a.displayTitle(), 15));
      svg.append("<text x=\"8\" y=\"").append(num(top + LANE_PAD + 12)).append("\" font-size=\"12\" fill=\"#1f2328\">")
          .append("<title>").append(escape(a.number() + ". " + TextFit.oneLine(a.displayTitle()))).append("</title>")
          .append(escape(name)).append("</text>");
      PartialDate d = a.article().published().date();
      svg.append("<text x=\"8\" y=\"").append(num(top + LANE_PAD + 27)).append("\" font-size=\"10\" fill=\"#59636e\">")
          .append(escape(d == null ? labels.unknownDate() : d.toString())).append("</text>");
      svg.append("<text class=\"lane-number\" x=\"").append(num(WIDTH - 6)).append("\" y=\"")
          .append(num(top + LANE_PAD + 12)).append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#59636e\">")
          .append(a.number()).append("</text>");
      svg.append("</g>\n");
    }

    axis(svg, scale, laneTop[lanes.size()], laneTop[0]);

    // publication dates
    for (int i = 0; i < lanes.size(); i++) {
      PartialDate d = lanes.get(i).article().published().date();
      if (d == null) {
        continue;
      }
      double x0 = scale.x(first(d));
      double x1 = Math.max(scale.x(last(d)), x0 + 2);
      svg.append("<g class=\"published\"><title>")
          .append(escape(labels.messages().get("timeline.published.of", lanes.get(i).number(), d)))
          .append("</title><rect x=\"").append(num(x0)).append("\" y=\"").append(num(laneTop[i] + 3))
          .append("\" width=\"").append(num(x1 - x0)).append("\" height=\"").append(num(laneTop[i + 1] - laneTop[i] - 6))
          .append("\" fill=\"").append(PUBLISHED).append("\" fill-opacity=\"0.18\" stroke=\"").append(PUBLISHED)
          .append("\" stroke-width=\"1\"/></g>\n");
    }

    // connectors of cross-source findings, behind the marks; only across the lanes involved
    Map<Integer, List<Placed>> byFinding = new LinkedHashMap<>();
    placed.stream()
        .sorted(Comparator.comparingInt((Placed p) -> p.mark().finding()).thenComparingInt(Placed::lane))
        .forEach(p -> byFinding.computeIfAbsent(p.mark().finding(), k -> new ArrayList<>()).add(p));
    for (List<Placed> group : byFinding.values()) {
      Finding f = group.get(0).mark().f();
      if (f.verdict() == Verdict.SINGLE_SOURCE || group.size() < 2) {
        continue;
      }
      boolean contra = f.verdict() == Verdict.CONTRADICTION;
      svg.append("<g class=\"link\" fill=\"none\" stroke=\"").append(contra ? CONTRADICTION : AGREEMENT)
          .append("\" stroke-width=\"").append(contra ? "2" : "1.5").append("\" stroke-opacity=\"0.7\"");
      if (contra) {
        svg.append(" stroke-dasharray=\"5 3\"");
      }
      svg.append('>');
      for (int i = 1; i < group.size(); i++) {
        connector(svg, group.get(i - 1), group.get(i), laneTop);
      }
      svg.append("</g>\n");
    }

    for (Placed p : placed) {
      mark(svg, p, laneTop, HtmlReportWriter.anchor(p.mark().finding()));
    }
    if (empty) {
      svg.append("<text x=\"").append(num((LEFT + WIDTH - RIGHT) / 2)).append("\" y=\"")
          .append(num((laneTop[0] + laneTop[lanes.size()]) / 2 + 4))
          .append("\" text-anchor=\"middle\" fill=\"#59636e\">").append(escape(labels.messages().get("timeline.empty")))
          .append("</text>\n");
    }
    svg.append("</svg>");
    return svg.toString();
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

  private void mark(StringBuilder svg, Placed p, double[] laneTop, String anchor) {
    Mark m = p.mark();
    Verdict v = m.f().verdict();
    String colour = switch (v) {
      case CONTRADICTION -> CONTRADICTION;
      case AGREEMENT -> AGREEMENT;
      case SINGLE_SOURCE -> SINGLE;
    };
    double y = rowY(p, laneTop);
    String title = labels.messages().get("timeline.mark", labels.verdict(v), TextFit.oneLine(m.f().subject()),
        labels.attribute(m.f().attribute()), labels.value(m.value()), TextFit.oneLine(m.claim().evidence().text()));
    svg.append("<a href=\"#").append(escape(anchor)).append("\"><g class=\"mark ").append(v.jsonName()).append("\">")
        .append("<title>").append(escape(title)).append("</title>");
    double w = p.x1() - p.x0();
    boolean point = w <= 10;
    if (point) {
      shape(svg, v == Verdict.CONTRADICTION ? "diamond" : v == Verdict.AGREEMENT ? "circle" : "ring",
          centre(p), y, colour);
    } else {
      svg.append("<rect x=\"").append(num(p.x0())).append("\" y=\"").append(num(y - 5)).append("\" width=\"")
          .append(num(w)).append("\" height=\"10\" rx=\"3\" fill=\"")
          .append(v == Verdict.SINGLE_SOURCE ? "#ffffff" : colour).append("\" fill-opacity=\"")
          .append(v == Verdict.SINGLE_SOURCE ? "1" : "0.85").append("\" stroke=\"").append(colour)
          .append("\" stroke-width=\"").append(v == Verdict.SINGLE_SOURCE ? "2" : "1").append("\"/>");
    }
    double labelX = p.labelLeft() ? (point ? centre(p) - 6 : p.x0()) - 4 : (point ? centre(p) + 6 : p.x1()) + 4;
    svg.append("<text").append(HALO).append(" x=\"").append(num(labelX)).append("\" y=\"").append(num(y + 4))
        .append(p.labelLeft() ? "\" text-anchor=\"end" : "").append("\" fill=\"").append(v == Verdict.SINGLE_SOURCE ? "#59636e" : colour).append("\">")
        .append(escape(label(m))).append("</text></g></a>\n");
  }

  /** A white outline under a label's letters: lines passing behind it stop at its edges. */
  private static final String HALO = " stroke=\"#ffffff\" stroke-width=\"3.5\" stroke-linejoin=\"round\" paint-order=\"stroke\"";

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

  /**
   * The line between two marks of one finding, drawn within their own lanes only: across lanes
   * between them that take no part it is left out (the two ends still point at each other).
   */
  private static void connector(StringBuilder svg, Placed a, Placed b, double[] laneTop) {
    double xa = centre(a);
    double ya = rowY(a, laneTop);
    double xb = centre(b);
    double yb = rowY(b, laneTop);
    if (Math.abs(b.lane() - a.lane()) <= 1) {
      line(svg, xa, ya, xb, yb);
      return;
    }
    Placed upper = a.lane() < b.lane() ? a : b;
    Placed lower = upper == a ? b : a;
    double x0 = centre(upper);
    double y0 = rowY(upper, laneTop);
    double x1 = centre(lower);
    double y1 = rowY(lower, laneTop);
    double leave = laneTop[upper.lane() + 1];
    double enter = laneTop[lower.lane()];
    line(svg, x0, y0, x0 + (x1 - x0) * (leave - y0) / (y1 - y0), leave);
    line(svg, x0 + (x1 - x0) * (enter - y0) / (y1 - y0), enter, x1, y1);
  }

  private static void line(StringBuilder svg, double x0, double y0, double x1, double y1) {
    svg.append("<line x1=\"").append(num(x0)).append("\" y1=\"").append(num(y0)).append("\" x2=\"").append(num(x1))
        .append("\" y2=\"").append(num(y1)).append("\"/>");
  }

  private String label(Mark m) {
    return TextFit.isolate(TextFit.shorten(m.f().subject(), 9)) + " " + TextFit.shorten(labels.attribute(m.f().attribute()), 6);
  }

  private static double centre(Placed p) {
    return (p.x0() + p.x1()) / 2;
  }

  private static double rowY(Placed p, double[] laneTop) {
    return laneTop[p.lane()] + LANE_PAD + p.row() * ROW + ROW / 2;
  }

  private void axis(StringBuilder svg, Scale scale, double bottom, double top) {
    LocalDate from = LocalDate.ofEpochDay(scale.from());
    LocalDate to = LocalDate.ofEpochDay(scale.to());
    int years = to.getYear() - from.getYear();
    int step = years <= 12 ? 1 : (int) Math.ceil(years / 10.0);
    svg.append("<g class=\"axis\" fill=\"#59636e\" font-size=\"11\">");
    if (years <= 3) {
      for (LocalDate d = from.withDayOfMonth(1).plusMonths(1); d.isBefore(to); d = d.plusMonths(1)) {
        if (d.getMonthValue() == 1) {
          continue;
        }
        double x = scale.x(d.toEpochDay());
        svg.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(top)).append("\" x2=\"").append(num(x))
            .append("\" y2=\"").append(num(bottom + 4)).append("\" stroke=\"#d0d7de\" stroke-width=\"0.5\"/>");
        if (years <= 1 || d.getMonthValue() % 3 == 1) {
          svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(bottom + 16))
              .append("\" text-anchor=\"middle\" font-size=\"9\">")
              .append(escape(labels.messages().get("axis.month", labels.language().monthShort(d.getMonthValue()))))
              .append("</text>");
        }
      }
    }
    int firstYear = from.getYear() + 1;
    for (int y = firstYear; y <= to.getYear(); y++) {
      if ((y - firstYear) % step != 0) {
        continue;
      }
      double x = scale.x(LocalDate.of(y, 1, 1).toEpochDay());
      svg.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(top)).append("\" x2=\"").append(num(x))
          .append("\" y2=\"").append(num(bottom + 6)).append("\" stroke=\"#8c959f\" stroke-width=\"1\"/>");
      svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(bottom + 28))
          .append("\" text-anchor=\"middle\" font-weight=\"600\">").append(y).append("</text>");
    }
    svg.append("<line x1=\"").append(num(LEFT)).append("\" y1=\"").append(num(bottom)).append("\" x2=\"")
        .append(num(WIDTH - RIGHT)).append("\" y2=\"").append(num(bottom)).append("\" stroke=\"#8c959f\"/>");
    svg.append("</g>\n");
  }

  private static long first(PartialDate d) {
    return d.firstDay().toEpochDay();
  }

  /** The day after the last day the date covers. */
  private static long last(PartialDate d) {
    LocalDate f = d.firstDay();
    LocalDate end = d.hasDay() ? f.plusDays(1) : d.hasMonth() ? f.plusMonths(1) : f.plusYears(1);
    return end.toEpochDay();
  }

  private static String num(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** Days to x. */
  private record Scale(long from, long to) {
    double x(long day) {
      return LEFT + (day - from) * (WIDTH - LEFT - RIGHT) / (double) (to - from);
    }
  }
}
