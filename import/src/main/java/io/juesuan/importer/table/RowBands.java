package io.juesuan.importer.table;

import io.juesuan.importer.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rows of cells as the PDF draws them: the lines between the same two horizontal rules are one row
 * — a label wrapped over two or three lines with its amounts on one of them (cells with vertically
 * centred content set the amounts above, between or below the label's lines) — and are joined into
 * one line, each cell's words top to bottom, the cells left to right. Only where the drawing is
 * plain: vertical rules across the amounts' line, one line of amounts in the band, at most {@link
 * #MAX_LINES} lines in a band no taller than {@link #MAX_HEIGHT} (a table ruled only above and
 * below its body is not a row).
 */
final class RowBands {
  private static final int MAX_LINES = 3;
  private static final float MAX_HEIGHT = 60f;

  private RowBands() {}

  static List<Line> join(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Line first = lines.get(i);
      int j = i + 1;
      while (j < lines.size()
          && lines.get(j).page() == first.page()
          && lines.get(j).grid().sameBand(first.grid())) {
        j++;
      }
      List<Line> band = lines.subList(i, j);
      boolean plain =
          band.size() > 1
              && band.size() <= MAX_LINES
              && first.grid().bottom() - first.grid().top() <= MAX_HEIGHT;
      // figures are looked for only in a band that may be merged
      List<Line> withFigures =
          plain ? band.stream().filter(RowBands::hasFigure).toList() : List.of();
      plain = plain && withFigures.size() == 1 && withFigures.get(0).grid().verticals().size() >= 2;
      if (plain) {
        out.add(merge(band, withFigures.get(0)));
      } else {
        out.addAll(band);
      }
      i = j;
    }
    return out;
  }

  private static boolean hasFigure(Line l) {
    return l.words().stream().anyMatch(w -> LabelLines.NUMBER.matcher(w.text()).matches());
  }

  /** The band's words by cell (the vertical rules of its amounts' line), then top to bottom. */
  private static Line merge(List<Line> band, Line figures) {
    List<Float> rules = figures.grid().verticals();
    List<Line.Word> words = new ArrayList<>();
    band.forEach(l -> words.addAll(l.words()));
    words.sort(
        Comparator.<Line.Word>comparingInt(w -> cell(rules, w))
            .thenComparingDouble(Line.Word::y)
            .thenComparingDouble(Line.Word::x0));
    return new Line(figures.page(), words, figures.grid());
  }

  /** How many rules stand left of the word (its cell's index). */
  private static int cell(List<Float> rules, Line.Word w) {
    int n = 0;
    for (float x : rules) {
      if (x <= w.x0() + 1.5f) {
        n++;
      }
    }
    return n;
  }
}
