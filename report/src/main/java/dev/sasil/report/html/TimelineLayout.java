package dev.sasil.report.html;

import dev.sasil.core.time.PartialDate;
import dev.sasil.factcheck.Claim;
import dev.sasil.factcheck.Finding;
import dev.sasil.factcheck.Verdict;
import dev.sasil.factcheck.time.TimeValue;
import dev.sasil.report.ReportArticle;
import dev.sasil.report.TextFit;
import dev.sasil.report.html.LabelLayout.Box;
import dev.sasil.report.html.LabelLayout.Segment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The geometry of a timeline figure ({@link TimelineSvg}), laid out by {@link #lay}: its marks,
 * the tops of its lanes (and the bottom of the last), its grid, connectors by finding, and for
 * each mark the box of its label or, failing that, its legend number (from 1; 0 for none) and
 * that number's box (null when even that found no place). Made and read by one thread.
 */
record TimelineLayout(List<Placed> placed, double[] laneTop, List<GridLine> grid, Map<Integer, List<Segment>> links,
    Box[] labelAt, int[] numberOf, Box[] numberAt) {

  static final double WIDTH = 1000;
  static final double LEFT = 210;
  static final double RIGHT = 24;
  static final double TOP = 44;
  static final double ROW = 22;
  static final double LANE_PAD = 10;
  static final double AXIS = 34;
  static final double FONT = 11;
  /**
   * A label's box: its text's estimated width plus {@code PAD} on each side, and the font's
   * ascent above its baseline and descent below (as browsers measure text boxes, CJK fonts
   * included: about 1.16 and 0.29 em).
   */
  static final double PAD = 1;
  static final double ASCENT = 1.16 * FONT;
  static final double DESCENT = 0.3 * FONT;

  /** A dated claim placed on its lane. */
  record Mark(int finding, Finding f, Claim claim, TimeValue value, long from, long to) {}

  /** Where a mark landed: its lane, row, extent and (once the lanes have their heights) the y of its row. */
  record Placed(Mark mark, int lane, int row, double x0, double x1, double y) {
    Placed at(double rowY) {
      return new Placed(mark, lane, row, x0, x1, rowY);
    }
  }

  /** A vertical grid line of the axis; {@code year} for a year's, else a month's. */
  record GridLine(double x, double y0, double y1, boolean year) {}

  /** How many marks carry a number instead of their label. */
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

  /**
   * Lays out the marks of each lane: rows inside each lane so that each mark has room for its
   * label on its right (or left); then the labels (see {@link #layout}). A lane where some label
   * found no place gets twice the room between its rows, while that helps.
   */
  static TimelineLayout lay(List<ReportArticle> lanes, List<String> laneNames, List<String> dates, List<List<Mark>> marks,
      Scale scale, Function<Mark, String> label) {
    List<Placed> slots = new ArrayList<>();
    int[] rows = new int[lanes.size()];
    for (int lane = 0; lane < lanes.size(); lane++) {
      List<Mark> ms = new ArrayList<>(marks.get(lane));
      ms.sort(Comparator.comparingLong(Mark::from).thenComparingInt(Mark::finding));
      List<Double> rowEnds = new ArrayList<>();
      for (Mark m : ms) {
        double x0 = scale.x(m.from());
        double x1 = Math.max(scale.x(m.to()), x0 + 8);
        double labelWidth = TextFit.widthEm(label.apply(m)) * FONT + 12;
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
    boolean[] spacious = new boolean[lanes.size()];
    TimelineLayout layout = layout(lanes, laneNames, dates, slots, rows, spacious, scale, label);
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
      TimelineLayout next = layout(lanes, laneNames, dates, slots, rows, spacious, scale, label);
      if (next.numbered() < layout.numbered()) {
        layout = next;
      }
    }
    return layout;
  }

  /**
   * Lays the figure out: lane heights (rows twice as far apart in {@code spacious} lanes), grid,
   * connectors, and then every label in the first clear place around its mark, contradictions
   * first; a label with no clear place gives way to a number.
   */
  private static TimelineLayout layout(List<ReportArticle> lanes, List<String> laneNames, List<String> dates,
      List<Placed> slots, int[] rows,
      boolean[] spacious, Scale scale, Function<Mark, String> label) {
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
      double titleWidth = Math.max(TextFit.widthEm(laneNames.get(i)) * 12, TextFit.widthEm(dates.get(i)) * 10);
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
      labelAt[i] = room.place(candidates(markBox(p), TextFit.widthEm(label.apply(p.mark())) * FONT, 9),
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
    return new TimelineLayout(placed, laneTop, grid, links, labelAt, numberOf, numberAt);
  }

  private static double rowHeight(boolean spacious) {
    return spacious ? 2 * ROW : ROW;
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
  static Box publishedBar(ReportArticle a, int lane, Scale scale, double[] laneTop) {
    PartialDate d = a.article().published().date();
    if (d == null) {
      return null;
    }
    double x0 = scale.x(first(d));
    double x1 = Math.max(scale.x(last(d)), x0 + 2);
    return new Box(x0, laneTop[lane] + 3, x1, laneTop[lane + 1] - 3);
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

  static double centre(Placed p) {
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

  static long first(PartialDate d) {
    return d.firstDay().toEpochDay();
  }

  /** The day after the last day the date covers. */
  static long last(PartialDate d) {
    LocalDate f = d.firstDay();
    LocalDate end = d.hasDay() ? f.plusDays(1) : d.hasMonth() ? f.plusMonths(1) : f.plusYears(1);
    return end.toEpochDay();
  }

  /** Days to x. */
  record Scale(long from, long to) {
    double x(long day) {
      return LEFT + (day - from) * (WIDTH - LEFT - RIGHT) / (double) (to - from);
    }

    /** The day at x (the inverse of {@link #x}, rounded to the nearest day). */
    long day(double x) {
      return from + Math.round((x - LEFT) * (to - from) / (WIDTH - LEFT - RIGHT));
    }
  }
}
