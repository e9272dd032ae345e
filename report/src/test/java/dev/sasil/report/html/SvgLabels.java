package dev.sasil.report.html;

import dev.sasil.report.TextFit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a timeline SVG back as geometry, independently of how it was laid out: the boxes of the
 * marks' labels, every line, every drawn shape and every other text, and says what a label box
 * touches. A text's box is its estimated width ({@link TextFit#widthEm}) from its anchor, 1.1 of
 * its font size above the baseline and 0.25 below (about what browsers measure).
 */
final class SvgLabels {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  /** A box drawn in the figure, and what it is. */
  record Box(double x0, double y0, double x1, double y1, String what) {
    boolean intersects(Box o) {
      return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }

    boolean contains(double x, double y) {
      return x > x0 && x < x1 && y > y0 && y < y1;
    }
  }

  /** A line of the figure. */
  record Line(double x1, double y1, double x2, double y2) {
    /** Whether a point of the line, sampled every quarter unit, lies inside the box. */
    boolean crosses(Box b) {
      double length = Math.hypot(x2 - x1, y2 - y1);
      int steps = Math.max(1, (int) Math.ceil(length * 4));
      for (int i = 0; i <= steps; i++) {
        double t = i / (double) steps;
        if (b.contains(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)) {
          return true;
        }
      }
      return false;
    }
  }

  private final List<Box> labels = new ArrayList<>();
  private final List<Box> others = new ArrayList<>();
  private final List<Line> lines = new ArrayList<>();

  SvgLabels(Document svg) {
    for (Element t : svg.select("text")) {
      Box b = textBox(t);
      if (t.parent() != null && t.parent().hasClass("mark")) {
        labels.add(b);
      } else {
        others.add(b);
      }
    }
    for (Element l : svg.select("line")) {
      lines.add(new Line(d(l, "x1"), d(l, "y1"), d(l, "x2"), d(l, "y2")));
    }
    for (Element r : svg.select("g.mark rect, g.published rect")) {
      others.add(new Box(d(r, "x"), d(r, "y"), d(r, "x") + d(r, "width"), d(r, "y") + d(r, "height"), "bar"));
    }
    for (Element c : svg.select("g.mark circle")) {
      double r = d(c, "r");
      others.add(new Box(d(c, "cx") - r, d(c, "cy") - r, d(c, "cx") + r, d(c, "cy") + r, "mark"));
    }
    for (Element p : svg.select("g.mark path")) {
      Matcher m = NUMBER.matcher(p.attr("d"));
      List<Double> n = new ArrayList<>();
      while (m.find()) {
        n.add(Double.parseDouble(m.group()));
      }
      double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
      for (int i = 0; i + 1 < n.size(); i += 2) {
        x0 = Math.min(x0, n.get(i));
        x1 = Math.max(x1, n.get(i));
        y0 = Math.min(y0, n.get(i + 1));
        y1 = Math.max(y1, n.get(i + 1));
      }
      others.add(new Box(x0, y0, x1, y1, "mark"));
    }
  }

  /** The boxes of the marks' labels (names or legend numbers). */
  List<Box> labels() {
    return labels;
  }

  /** What each label touches: a line, a shape, another text; empty when every label is clear. */
  List<String> collisions() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      Box b = labels.get(i);
      for (Line l : lines) {
        if (l.crosses(b)) {
          out.add(b + " crossed by " + l);
        }
      }
      for (Box o : others) {
        if (o.intersects(b)) {
          out.add(b + " overlaps " + o);
        }
      }
      for (int j = i + 1; j < labels.size(); j++) {
        if (labels.get(j).intersects(b)) {
          out.add(b + " overlaps " + labels.get(j));
        }
      }
    }
    return out;
  }

  private static Box textBox(Element t) {
    double size = fontSize(t);
    double x = d(t, "x");
    double y = d(t, "y");
    double w = TextFit.widthEm(t.ownText()) * size;
    double start = switch (t.attr("text-anchor")) {
      case "middle" -> x - w / 2;
      case "end" -> x - w;
      default -> x;
    };
    return new Box(start, y - 1.1 * size, start + w, y + 0.25 * size, "text " + t.ownText());
  }

  private static double fontSize(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a.hasAttr("font-size")) {
        return Double.parseDouble(a.attr("font-size"));
      }
    }
    return 16;
  }

  private static double d(Element e, String attr) {
    return Double.parseDouble(e.attr(attr));
  }
}
