package io.juesuan.render.docx;

import io.juesuan.render.grid.Grid;
import io.juesuan.render.grid.GridCell;

/**
 * Column widths of a Word table from its content, in twips (1/20 pt), as a browser's automatic
 * table layout would set them for the PDF: an amount, code or 行次 column is as wide as its widest
 * figure (it never wraps), a name column gets what remains, enough for its longest name on one line
 * when the page allows and on at most two lines otherwise; header text wraps freely. A table whose
 * names cannot be held on two lines across a portrait page is set on a landscape page.
 *
 * @param twips the width of each grid column
 * @param landscape whether the table needs a landscape page
 */
record ColumnWidths(int[] twips, boolean landscape) {
  /** Text width of an A4 portrait page with the document's margins (210 mm − 2 × 17 mm). */
  static final int PORTRAIT = 11906 - 2 * DocxStyles.SIDE_MARGIN;

  /** Text width of an A4 landscape page (297 mm − 2 × 17 mm). */
  static final int LANDSCAPE = 16838 - 2 * DocxStyles.SIDE_MARGIN;

  /** Left plus right cell margin. */
  static final int PADDING = 2 * DocxStyles.CELL_MARGIN;

  /** A header cell may wrap to this many lines. */
  private static final int HEAD_LINES = 4;

  /** A name may wrap to this many lines. */
  private static final int NAME_LINES = 2;

  /** Text longer than this (in characters' width) is prose in a form, not a name: it wraps. */
  private static final double PROSE_EMS = 24;

  static ColumnWidths of(Grid g, double points) {
    int n = g.columns();
    double em = points * 20;
    double[] need = new double[n];
    double[] min = new double[n];
    int headRows = g.head().size();
    for (Grid.Placed p : g.place()) {
      GridCell c = p.cell();
      if (c.colspan() != 1 || c.text().isBlank()) {
        continue;
      }
      double ems = ems(c.text(), c.emphasis());
      double oneLine = ems * em + PADDING;
      int col = p.column();
      if (p.row() < headRows || c.kind() == GridCell.CellKind.HEAD) {
        double wrapped = Math.min(ems, Math.max(2, Math.ceil(ems / HEAD_LINES))) * em + PADDING;
        min[col] = Math.max(min[col], wrapped);
        need[col] = Math.max(need[col], wrapped);
      } else if (c.kind() == GridCell.CellKind.TEXT) {
        double lines = Math.min(ems, Math.min(PROSE_EMS / NAME_LINES, Math.ceil(ems / NAME_LINES)));
        min[col] = Math.max(min[col], lines * em + PADDING);
        need[col] = Math.max(need[col], Math.min(ems, PROSE_EMS) * em + PADDING);
      } else {
        min[col] = Math.max(min[col], oneLine);
        need[col] = Math.max(need[col], oneLine);
      }
    }
    for (int c = 0; c < n; c++) {
      min[c] = Math.max(min[c], 2 * em + PADDING);
      need[c] = Math.max(need[c], min[c]);
    }
    double minSum = sum(min);
    boolean landscape = minSum > PORTRAIT;
    int avail = landscape ? LANDSCAPE : PORTRAIT;
    double needSum = sum(need);
    double[] w = new double[n];
    if (needSum <= avail) {
      for (int c = 0; c < n; c++) {
        w[c] = need[c] * avail / needSum;
      }
    } else if (minSum <= avail) {
      double spare = avail - minSum;
      double want = needSum - minSum;
      for (int c = 0; c < n; c++) {
        w[c] = min[c] + (need[c] - min[c]) * spare / want;
      }
    } else {
      for (int c = 0; c < n; c++) {
        w[c] = min[c] * avail / minSum;
      }
    }
    int[] out = new int[n];
    int total = 0;
    for (int c = 0; c < n; c++) {
      out[c] = (int) Math.floor(w[c]);
      total += out[c];
    }
    out[n - 1] += avail - total;
    return new ColumnWidths(out, landscape);
  }

  /** The page text width the table spans. */
  int total() {
    int t = 0;
    for (int w : twips) {
      t += w;
    }
    return t;
  }

  /**
   * Width of a text in ems of its font size: Chinese characters and full-width forms one em, Latin
   * letters, digits and punctuation a little over half (宋体's half-width forms; bold slightly
   * wider).
   */
  static double ems(String text, boolean bold) {
    double w = text.codePoints().mapToDouble(cp -> cp >= 0x2E80 && cp < 0xFF61 ? 1.0 : 0.56).sum();
    return bold ? w * 1.05 : w;
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double v : a) {
      s += v;
    }
    return s;
  }
}
