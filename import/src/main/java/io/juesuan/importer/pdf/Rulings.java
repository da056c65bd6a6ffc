package io.juesuan.importer.pdf;

import io.juesuan.importer.Line;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The rules a page draws — table cell borders, whether stroked as lines, drawn as the edges of
 * rectangles or filled as thin rectangles — in the text stripper's coordinates (from the crop box's
 * left edge, y growing down the page). Curves, clipping paths and images are ignored. Pages turned
 * by /Rotate are left without rules (their text coordinates are turned as well).
 */
final class Rulings {
  /** A vertical rule: its x and the top and bottom of its extent (y grows down). */
  record Vertical(float x, float top, float bottom) {}

  /** A horizontal rule: its y and its left and right ends. */
  record Horizontal(float y, float left, float right) {}

  /** A page's rules. */
  record Page(List<Vertical> verticals, List<Horizontal> horizontals) {
    static final Page NONE = new Page(List.of(), List.of());
  }

  /** The longest a rule may be across (a filled thin rectangle) and the shortest along. */
  private static final float MAX_THICKNESS = 2.5f;

  private static final float MIN_LENGTH = 4f;

  private final boolean turned;
  private final float left;
  private final float top;

  /** The current path's subpaths, each a list of segments {x0, y0, x1, y1} in page space. */
  private final List<List<float[]>> path = new ArrayList<>();

  private final List<Vertical> verticals = new ArrayList<>();
  private final List<Horizontal> horizontals = new ArrayList<>();
  private Point2D start;
  private Point2D current;

  Rulings(PDPage page) {
    PDRectangle crop = page.getCropBox();
    this.left = crop.getLowerLeftX();
    this.top = crop.getUpperRightY();
    this.turned = page.getRotation() % 360 != 0;
  }

  /** The rules drawn so far; none for a page turned by /Rotate. */
  Page page() {
    return turned ? Page.NONE : new Page(List.copyOf(verticals), joined(horizontals));
  }

  /**
   * Horizontal rules on one y that touch or overlap joined into one (a producer draws a row's
   * border cell by cell).
   */
  static List<Horizontal> joined(List<Horizontal> rules) {
    List<Horizontal> sorted = new ArrayList<>(rules);
    sorted.sort(
        java.util.Comparator.comparingDouble(Horizontal::y).thenComparingDouble(Horizontal::left));
    List<Horizontal> out = new ArrayList<>();
    for (Horizontal h : sorted) {
      Horizontal last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && Math.abs(h.y() - last.y()) <= 0.75f && h.left() <= last.right() + 2f) {
        out.set(
            out.size() - 1,
            new Horizontal(last.y(), last.left(), Math.max(last.right(), h.right())));
      } else {
        out.add(h);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The x positions of the rules that cross a line whose glyphs sit on {@code baseline} (the middle
   * of a CJK glyph stands about a third of the font size above it), ascending, rules closer than a
   * point taken as one.
   */
  static List<Float> crossing(List<Vertical> verticals, float baseline) {
    float middle = baseline - 3f;
    TreeSet<Float> xs = new TreeSet<>();
    for (Vertical v : verticals) {
      if (v.top() <= middle && v.bottom() >= middle) {
        Float near = xs.floor(v.x() + 1f);
        if (near == null || v.x() - near > 1f) {
          xs.add(v.x());
        }
      }
    }
    return List.copyOf(xs);
  }

  /**
   * The line with the rules drawn at it: the vertical rules crossing it, and the nearest horizontal
   * rules above and below its words that reach under all of them.
   */
  static Line withRulings(Line line, Page rules) {
    if ((rules.verticals().isEmpty() && rules.horizontals().isEmpty())
        || line.words().isEmpty()
        || Float.isNaN(line.words().get(0).y())) {
      return line;
    }
    float baseline = line.words().get(0).y();
    float middle = baseline - 3f;
    float from = line.words().get(0).x0();
    float to = line.words().get(line.words().size() - 1).x1();
    float above = Float.NaN;
    float below = Float.NaN;
    for (Horizontal h : rules.horizontals()) {
      if (h.left() > from + 1f || h.right() < to - 1f) {
        continue;
      }
      if (h.y() < middle && (Float.isNaN(above) || h.y() > above)) {
        above = h.y();
      } else if (h.y() > middle && (Float.isNaN(below) || h.y() < below)) {
        below = h.y();
      }
    }
    return new Line(
        line.page(),
        line.words(),
        new Line.Grid(crossing(rules.verticals(), baseline), above, below));
  }

  void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    path.add(new ArrayList<>());
    segment(p0, p1);
    segment(p1, p2);
    segment(p2, p3);
    segment(p3, p0);
    start = p0;
    current = p0;
  }

  void moveTo(float x, float y) {
    path.add(new ArrayList<>());
    start = new Point2D.Float(x, y);
    current = start;
  }

  void lineTo(float x, float y) {
    Point2D p = new Point2D.Float(x, y);
    if (current != null) {
      segment(current, p);
    }
    current = p;
  }

  /** A curve to (x, y): not a rule; only its end point matters for what follows. */
  void curveTo(float x, float y) {
    current = new Point2D.Float(x, y);
  }

  void closePath() {
    if (current != null && start != null) {
      segment(current, start);
    }
    current = start;
  }

  void endPath() {
    path.clear();
  }

  void strokePath() {
    commit(false);
  }

  void fillPath(int windingRule) {
    commit(true);
  }

  void fillAndStrokePath(int windingRule) {
    commit(false);
  }

  private void segment(Point2D a, Point2D b) {
    if (path.isEmpty()) {
      path.add(new ArrayList<>());
    }
    path.get(path.size() - 1)
        .add(new float[] {(float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY()});
  }

  /**
   * Takes the path's vertical segments as rules. A filled subpath counts only where it is a thin
   * bar (its bounding box at most {@link #MAX_THICKNESS} wide): a filled glyph-like shape is not a
   * rule.
   */
  private void commit(boolean filled) {
    for (List<float[]> sub : path) {
      if (filled) {
        bar(sub);
        continue;
      }
      for (float[] s : sub) {
        if (Math.abs(s[0] - s[2]) <= 0.5f && Math.abs(s[1] - s[3]) >= MIN_LENGTH) {
          add((s[0] + s[2]) / 2, Math.min(s[1], s[3]), Math.max(s[1], s[3]));
        } else if (Math.abs(s[1] - s[3]) <= 0.5f && Math.abs(s[0] - s[2]) >= MIN_LENGTH) {
          addHorizontal((s[1] + s[3]) / 2, Math.min(s[0], s[2]), Math.max(s[0], s[2]));
        }
      }
    }
    path.clear();
  }

  private void bar(List<float[]> sub) {
    if (sub.isEmpty()) {
      return;
    }
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (float[] s : sub) {
      minX = Math.min(minX, Math.min(s[0], s[2]));
      maxX = Math.max(maxX, Math.max(s[0], s[2]));
      minY = Math.min(minY, Math.min(s[1], s[3]));
      maxY = Math.max(maxY, Math.max(s[1], s[3]));
    }
    if (maxX - minX <= MAX_THICKNESS && maxY - minY >= MIN_LENGTH) {
      add((minX + maxX) / 2, minY, maxY);
    } else if (maxY - minY <= MAX_THICKNESS && maxX - minX >= MIN_LENGTH) {
      addHorizontal((minY + maxY) / 2, minX, maxX);
    }
  }

  private void add(float x, float y0, float y1) {
    verticals.add(new Vertical(x - left, top - y1, top - y0));
  }

  private void addHorizontal(float y, float x0, float x1) {
    horizontals.add(new Horizontal(top - y, x0 - left, x1 - left));
  }
}
