package io.juesuan.importer.table;

import io.juesuan.core.table.ColumnNo;
import io.juesuan.importer.Line;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where each 栏次 stands on the page, from the printed column-number line ("栏次 1 2 3" or "1 2 … 12")
 * of a table read from a PDF: a value is placed in the column whose number is printed above it.
 */
final class ColumnPositions {
  private final Map<ColumnNo, Float> centres;
  private final float reach;

  private ColumnPositions(Map<ColumnNo, Float> centres) {
    this.centres = centres;
    float gap = Float.MAX_VALUE;
    Float prev = null;
    for (Float c : centres.values().stream().sorted().toList()) {
      if (prev != null) {
        gap = Math.min(gap, c - prev);
      }
      prev = c;
    }
    this.reach = gap == Float.MAX_VALUE ? 40f : Math.max(8f, gap * 0.6f);
  }

  static Optional<ColumnPositions> find(List<Line> body) {
    Map<ColumnNo, Float> found = null;
    for (Line l : body) {
      if (l.words().stream().anyMatch(w -> w.text().matches("-?[\\d,]+\\.\\d{2}"))) {
        break;
      }
      Map<ColumnNo, Float> m = new TreeMap<>();
      int last = 0;
      boolean ok = true;
      for (Line.Word w : l.words()) {
        if (w.text().equals("栏次")) {
          continue;
        }
        if (!w.text().matches("\\d{1,2}")
            || Float.isNaN(w.x0())
            || Integer.parseInt(w.text()) <= last) {
          ok = false;
          break;
        }
        last = Integer.parseInt(w.text());
        m.put(ColumnNo.of(last), (w.x0() + w.x1()) / 2);
      }
      if (ok && m.size() >= 2) {
        found = m;
      }
    }
    return Optional.ofNullable(found).map(ColumnPositions::new);
  }

  /**
   * The printed-column index of each value, or empty when a value's column is not clear from its
   * position.
   */
  Optional<int[]> placement(List<Float> xs, List<Optional<ColumnNo>> columns) {
    int[] p = new int[xs.size()];
    for (int i = 0; i < xs.size(); i++) {
      float x = xs.get(i);
      int best = -1;
      float bestDistance = Float.MAX_VALUE;
      float secondDistance = Float.MAX_VALUE;
      for (int c = 0; c < columns.size(); c++) {
        Float centre = columns.get(c).map(centres::get).orElse(null);
        if (centre == null || Float.isNaN(x)) {
          continue;
        }
        float d = Math.abs(centre - x);
        if (d < bestDistance) {
          secondDistance = bestDistance;
          best = c;
          bestDistance = d;
        } else if (d < secondDistance) {
          secondDistance = d;
        }
      }
      // A value about as near to two column numbers is not placed by position: the formulas decide.
      boolean clear = bestDistance * 1.5f < secondDistance || bestDistance < 1f;
      if (best < 0 || bestDistance > reach || !clear || (i > 0 && best <= p[i - 1])) {
        return Optional.empty();
      }
      p[i] = best;
    }
    return Optional.of(p);
  }
}
