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
import dev.sasil.report.html.LabelLayout.Box;
import dev.sasil.report.html.LabelLayout.Segment;
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
 * passes a lane that takes no part, it is left out. Every label is placed ({@link LabelLayout})
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

  private static final double WIDTH = 1000;
  private static final double LEFT = 210;
  private static final double RIGHT = 24;
  private static final double TOP = 44;
  private static final double ROW = 22;
  private static final double LANE_PAD = 10;
  private static final double AXIS = 34;
  private static final double FONT = 11;
  /**
   * A label's box: its text's estimated width plus {@code PAD} on each side, and the font's
   * ascent above its baseline and descent below (as browsers measure text boxes, CJK fonts
   * included: about 1.16 and 0.29 em).
   */
  private static final double PAD = 1;
  private static final double ASCENT = 1.16 * FONT;
  private static final double DESCENT = 0.3 * FONT;

  private final Labels labels;

  TimelineSvg(Labels labels) {
    this.labels = labels;
  }

  /** A dated claim placed on its lane. */
  private record Mark(int finding, Finding f, Claim claim, TimeValue value, long from, long to) {}

  /** Where a mark landed: its lane, row, extent and (once the lanes have their heights) the y of its row. */
  private record Placed(Mark mark, int lane, int row, double x0, double x1, double y) {
    Placed at(double rowY) {
      return new Placed(mark, lane, row, x0, x1, rowY);
    }
  }

  /**
   * The geometry of a figure: its marks, the tops of its lanes (and the bottom of the last), its
   * grid, connectors by finding, and for each mark the box of its label or, failing that, its
   * legend number (from 1; 0 for none) and that number's box (null when even that found no place).
   */
  private record Layout(List<Placed> placed, double[] laneTop, List<GridLine> grid, Map<Integer, List<Segment>> links,
      Box[] labelAt, int[] numberOf, Box[] numberAt) {

    int numbered() {
      return (int) java.util.Arrays.stream(numberOf).filter(n -> n > 0).count();
    }

    /** The boxes of every label and number drawn. */
    List<Box> texts() {
      List<Box> out = new ArrayList<>();
      for (int i = 0; i < placed.size(); i++) {
        if (labelAt[i] != null) {
          out.add(labelAt[i]);
        }
        if (numberAt[i] != null) {
          out.add(numberAt[i]);
        }
      }
      return out;
    }
  }

  /** A vertical grid line of the axis; {@code year} for a year's, else a month's. */
  private record GridLine(double x, double y0, double y1, boolean year) {}

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

    // rows inside each lane, each mark with room for its label on its right (or left)
    List<Placed> slots = new ArrayList<>();
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
        slots.add(new Placed(m, lane, row, x0, x1, 0));
      }
      rows[lane] = Math.max(1, rowEnds.size());
    }
    List<String> laneNames = new ArrayList<>();
    for (ReportArticle a : lanes) {
      laneNames.add(a.number() + ". " + TextFit.isolate(TextFit.shorten(a.displayTitle(), 15)));
    }
    // a lane where some label found no place gets twice the room between its rows, while that helps
    boolean[] spacious = new boolean[lanes.size()];
    Layout layout = layout(lanes, laneNames, slots, rows, spacious, scale);
    for (int attempt = 0; attempt < lanes.size() && layout.numbered() > 0; attempt++) {
      boolean wider = false;
      for (int i = 0; i < slots.size(); i++) {
        int lane = slots.get(i).lane();
        if (layout.numberOf()[i] > 0 && !spacious[lane]) {
          spacious[lane] = true;
          wider = true;
        }
      }
      if (!wider) {
        break;
      }
      Layout next = layout(lanes, laneNames, slots, rows, spacious, scale);
      if (next.numbered() < layout.numbered()) {
        layout = next;
      }
    }
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
   * Lays the figure out: lane heights (rows twice as far apart in {@code spacious} lanes), grid,
   * connectors, and then every label in the first clear place around its mark, contradictions
   * first; a label with no clear place gives way to a number.
   */
  private Layout layout(List<ReportArticle> lanes, List<String> laneNames, List<Placed> slots, int[] rows,
      boolean[] spacious, Scale scale) {
    double[] laneTop = new double[lanes.size() + 1];
    laneTop[0] = TOP;
    for (int i = 0; i < lanes.size(); i++) {
      laneTop[i + 1] = laneTop[i] + rows[i] * rowHeight(spacious[i]) + 2 * LANE_PAD;
    }
    double bottom = laneTop[lanes.size()];
    List<Placed> placed = new ArrayList<>();
    for (Placed p : slots) {
      double h = rowHeight(spacious[p.lane()]);
      placed.add(p.at(laneTop[p.lane()] + LANE_PAD + p.row() * h + h / 2));
    }

    // what is drawn, so that the labels can keep clear of it
    LabelLayout room = new LabelLayout();
    List<GridLine> grid = gridLines(scale, laneTop[0], bottom);
    grid.forEach(g -> room.avoid(new Segment(g.x(), g.y0(), g.x(), g.y1())));
    room.block(new Segment(LEFT, bottom, WIDTH - RIGHT, bottom));
    for (int i = 0; i < lanes.size(); i++) {
      ReportArticle a = lanes.get(i);
      double titleWidth = Math.max(TextFit.widthEm(laneNames.get(i)) * 12, TextFit.widthEm(dateText(a)) * 10);
      room.block(new Box(0, laneTop[i], 8 + titleWidth + 4, laneTop[i] + LANE_PAD + 31));
      double numberWidth = TextFit.widthEm(Integer.toString(a.number())) * 11;
      room.block(new Box(WIDTH - 8 - numberWidth, laneTop[i], WIDTH, laneTop[i] + LANE_PAD + 16));
      Box bar = publishedBar(a, i, scale, laneTop);
      if (bar != null) {
        room.block(bar.grow(0.5));
      }
    }
    Map<Integer, List<Placed>> byFinding = new LinkedHashMap<>();
    placed.stream()
        .sorted(Comparator.comparingInt((Placed p) -> p.mark().finding()).thenComparingInt(Placed::lane))
        .forEach(p -> byFinding.computeIfAbsent(p.mark().finding(), k -> new ArrayList<>()).add(p));
    Map<Integer, List<Segment>> links = new LinkedHashMap<>();
    for (Map.Entry<Integer, List<Placed>> e : byFinding.entrySet()) {
      List<Placed> group = e.getValue();
      if (group.get(0).mark().f().verdict() == Verdict.SINGLE_SOURCE || group.size() < 2) {
        continue;
      }
      List<Segment> segments = new ArrayList<>();
      for (int i = 1; i < group.size(); i++) {
        segments.addAll(connector(group.get(i - 1), group.get(i), laneTop));
      }
      segments.forEach(room::block);
      links.put(e.getKey(), segments);
    }
    placed.forEach(p -> room.block(markBox(p)));

    // labels, contradictions first; a label with no clear place gives way to a number and a legend entry
    Box[] labelAt = new Box[placed.size()];
    List<Integer> byImportance = new ArrayList<>();
    for (int i = 0; i < placed.size(); i++) {
      byImportance.add(i);
    }
    byImportance.sort(Comparator.comparing(i -> placed.get(i).mark().f().verdict()));
    for (int i : byImportance) {
      Placed p = placed.get(i);
      labelAt[i] = room.place(candidates(markBox(p), TextFit.widthEm(label(p.mark())) * FONT, 9),
          laneBounds(p.lane(), laneTop)).orElse(null);
    }
    int[] numberOf = new int[placed.size()];
    Box[] numberAt = new Box[placed.size()];
    int numbered = 0;
    for (int i = 0; i < placed.size(); i++) {
      if (labelAt[i] == null) {
        Placed p = placed.get(i);
        numberOf[i] = ++numbered;
        numberAt[i] = room.place(candidates(markBox(p), TextFit.widthEm(Integer.toString(numbered)) * FONT, 45),
            laneBounds(p.lane(), laneTop)).orElse(null);
      }
    }
    return new Layout(placed, laneTop, grid, links, labelAt, numberOf, numberAt);
  }

  private static double rowHeight(boolean spacious) {
    return spacious ? 2 * ROW : ROW;
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

  /**
   * Where a label of this text width may go around its mark, best first: beside it on its row,
   * then above or below it, then diagonally, then on its row up to {@code reach} further away
   * (past a bundle of lines).
   */
  private static List<Box> candidates(Box mark, double textWidth, double reach) {
    double w = textWidth + 2 * PAD;
    double h = ASCENT + DESCENT;
    double g = 2;
    double mid = (mark.y0() + mark.y1()) / 2 - h / 2;
    double above = mark.y0() - g - h;
    double below = mark.y1() + g;
    double right = mark.x1() + g;
    double left = mark.x0() - g - w;
    double centre = (mark.x0() + mark.x1()) / 2 - w / 2;
    double[][] at = {
      {right, mid}, {left, mid},
      {mark.x0(), above}, {mark.x0(), below}, {centre, above}, {centre, below}, {mark.x1() - w, above}, {mark.x1() - w, below},
      {right, above}, {right, below}, {left, above}, {left, below},
    };
    List<Box> out = new ArrayList<>();
    for (double[] xy : at) {
      out.add(Box.of(xy[0], xy[1], w, h));
    }
    for (double dx = 3; dx <= reach; dx += 3) {
      out.add(Box.of(right + dx, mid, w, h));
      out.add(Box.of(left - dx, mid, w, h));
    }
    return out;
  }

  private static Box laneBounds(int lane, double[] laneTop) {
    return new Box(2, laneTop[lane] + 1, WIDTH - 2, laneTop[lane + 1] - 1);
  }

  /** The area a mark covers: its bar or its symbol, with its outline. */
  private static Box markBox(Placed p) {
    double y = p.y();
    if (p.x1() - p.x0() <= 10) {
      return new Box(centre(p) - 6.5, y - 6.5, centre(p) + 6.5, y + 6.5);
    }
    return new Box(p.x0() - 1, y - 6, p.x1() + 1, y + 6);
  }

  /** The bar of an article's publication date on its lane, or null when it has no date. */
  private static Box publishedBar(ReportArticle a, int lane, Scale scale, double[] laneTop) {
    PartialDate d = a.article().published().date();
    if (d == null) {
      return null;
    }
    double x0 = scale.x(first(d));
    double x1 = Math.max(scale.x(last(d)), x0 + 2);
    return new Box(x0, laneTop[lane] + 3, x1, laneTop[lane + 1] - 3);
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

  /**
   * The line between two marks of one finding, drawn within their own lanes only: across lanes
   * between them that take no part it is left out (the two ends still point at each other).
   */
  private static List<Segment> connector(Placed a, Placed b, double[] laneTop) {
    Placed upper = a.lane() <= b.lane() ? a : b;
    Placed lower = upper == a ? b : a;
    double x0 = centre(upper);
    double y0 = upper.y();
    double x1 = centre(lower);
    double y1 = lower.y();
    if (lower.lane() - upper.lane() <= 1) {
      return List.of(new Segment(x0, y0, x1, y1));
    }
    double leave = laneTop[upper.lane() + 1];
    double enter = laneTop[lower.lane()];
    return List.of(new Segment(x0, y0, x0 + (x1 - x0) * (leave - y0) / (y1 - y0), leave),
        new Segment(x0 + (x1 - x0) * (enter - y0) / (y1 - y0), enter, x1, y1));
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


  /** The grid: a line at each month when the figure spans three years or less, at each year (or every few). */
  private static List<GridLine> gridLines(Scale scale, double top, double bottom) {
    LocalDate from = LocalDate.ofEpochDay(scale.from());
    LocalDate to = LocalDate.ofEpochDay(scale.to());
    int years = to.getYear() - from.getYear();
    List<GridLine> out = new ArrayList<>();
    if (years <= 3) {
      for (LocalDate d = from.withDayOfMonth(1).plusMonths(1); d.isBefore(to); d = d.plusMonths(1)) {
        if (d.getMonthValue() != 1) {
          out.add(new GridLine(scale.x(d.toEpochDay()), top, bottom + 4, false));
        }
      }
    }
    int step = years <= 12 ? 1 : (int) Math.ceil(years / 10.0);
    for (int y = from.getYear() + 1; y <= to.getYear(); y += step) {
      out.add(new GridLine(scale.x(LocalDate.of(y, 1, 1).toEpochDay()), top, bottom + 6, true));
    }
    return out;
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

    /** The day at x (the inverse of {@link #x}, rounded to the nearest day). */
    long day(double x) {
      return from + Math.round((x - LEFT) * (to - from) / (WIDTH - LEFT - RIGHT));
    }
  }
}
