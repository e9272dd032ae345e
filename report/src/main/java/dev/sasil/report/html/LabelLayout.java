package dev.sasil.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places labels of a figure where nothing else is: given what is drawn (line segments, boxes of
 * marks and text), each label takes the first of its candidate boxes that stays inside its
 * bounds and clear of everything, with a small gap. Lines that may give way (grid lines, broken
 * around the labels that need it) are avoided when a candidate allows it. One per figure; not
 * thread-safe.
 */
final class LabelLayout {

  /** The clear space kept around a label, in user units. */
  static final double GAP = 1.5;

  /** An axis-aligned box. */
  record Box(double x0, double y0, double x1, double y1) {

    static Box of(double x, double y, double width, double height) {
      return new Box(x, y, x + width, y + height);
    }

    boolean intersects(Box o) {
      return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1;
    }

    boolean within(Box outer) {
      return x0 >= outer.x0 && x1 <= outer.x1 && y0 >= outer.y0 && y1 <= outer.y1;
    }

    Box grow(double d) {
      return new Box(x0 - d, y0 - d, x1 + d, y1 + d);
    }
  }

  /** A straight line from (x0, y0) to (x1, y1). */
  record Segment(double x0, double y0, double x1, double y1) {

    /** Whether any point of the segment lies in the box, edges included (Liang–Barsky clipping). */
    boolean crosses(Box b) {
      double dx = x1 - x0;
      double dy = y1 - y0;
      double[] p = {-dx, dx, -dy, dy};
      double[] q = {x0 - b.x0(), b.x1() - x0, y0 - b.y0(), b.y1() - y0};
      double t0 = 0;
      double t1 = 1;
      for (int i = 0; i < 4; i++) {
        if (p[i] == 0) {
          if (q[i] < 0) {
            return false;
          }
        } else {
          double r = q[i] / p[i];
          if (p[i] < 0) {
            if (r > t1) {
              return false;
            }
            t0 = Math.max(t0, r);
          } else {
            if (r < t0) {
              return false;
            }
            t1 = Math.min(t1, r);
          }
        }
      }
      return t0 <= t1;
    }
  }

  private final List<Box> boxes = new ArrayList<>();
  private final List<Segment> lines = new ArrayList<>();
  private final List<Segment> yielding = new ArrayList<>();

  /** Something drawn that no label may cover. */
  void block(Box b) {
    boxes.add(b);
  }

  /** A line that no label may cross. */
  void block(Segment s) {
    lines.add(s);
  }

  /** A line that labels avoid when they can; where one cannot, the line is broken around it. */
  void avoid(Segment s) {
    yielding.add(s);
  }

  /**
   * The first candidate inside {@code bounds} clear of every box and line and, if one is, of
   * every yielding line too; it is then blocked for the labels that follow. Empty when none is
   * clear.
   */
  Optional<Box> place(List<Box> candidates, Box bounds) {
    for (boolean strict : new boolean[] {true, false}) {
      for (Box c : candidates) {
        if (c.within(bounds) && clear(c.grow(GAP), strict)) {
          boxes.add(c);
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  private boolean clear(Box c, boolean strict) {
    for (Box b : boxes) {
      if (b.intersects(c)) {
        return false;
      }
    }
    for (Segment s : lines) {
      if (s.crosses(c)) {
        return false;
      }
    }
    if (strict) {
      for (Segment s : yielding) {
        if (s.crosses(c)) {
          return false;
        }
      }
    }
    return true;
  }
}
