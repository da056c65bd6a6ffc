package io.juesuan.importer.table;

import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.TableLayout;
import io.juesuan.importer.Line;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Prepares the lines of a table whose rows are found by label (01, 04表) from positioned text: drops
 * the column-header lines, whose words may read like a row label ("一般公共预算财政拨款" over a fund column),
 * and puts a label that wraps around its amounts back on the amounts' line (cells with vertically
 * centred content print the amounts between the first and the last line of a long label). Text
 * without positions is left as it is.
 */
final class LabelLines {
  /** A printed figure: an amount, or a dash for a blank cell. */
  static final Pattern NUMBER = Pattern.compile("-?[\\d,]+\\.\\d{2}|[-－—–]+");

  private static final Pattern ORDINAL = Pattern.compile("^[一二三四五六七八九十]+、.*");
  private static final Pattern HEADER_WORD =
      Pattern.compile(".*(项目|决算数|预算数|合计|财政拨款|收入|支出|栏次|行次|金额).*|\\d{1,2}");

  private LabelLines() {}

  static List<Line> prepare(List<Line> body, TableLayout layout) {
    if (body.stream().flatMap(l -> l.words().stream()).anyMatch(w -> Float.isNaN(w.x0()))) {
      return body;
    }
    Set<String> labels =
        layout.rows().stream()
            .map(RowLayout::label)
            .map(RowReader::normaliseLabel)
            .filter(l -> l.length() >= 2)
            .collect(Collectors.toSet());
    Set<String> headerTexts =
        layout.columns().stream()
            .flatMap(c -> c.header().stream())
            .map(RowReader::normaliseLabel)
            .filter(h -> h.length() >= 2)
            .collect(Collectors.toSet());
    return fold(withoutHeader(body, headerTexts), labels);
  }

  /**
   * Per page: from the line with the word 项目 down to the first line with a figure or an ordinal
   * label ("一、"), the lines made only of header words are the column header — words such as 项目,
   * 决算数, 栏次, and pieces of the layout's column names as a narrow header cell wraps them ("一般公共预算财政"
   * over "拨款").
   */
  static List<Line> withoutHeader(List<Line> body, Set<String> headerTexts) {
    List<Line> out = new ArrayList<>();
    boolean inHeader = false;
    int page = -1;
    for (Line l : body) {
      if (l.page() != page) {
        page = l.page();
        inHeader = false;
      }
      boolean figures = l.words().stream().anyMatch(w -> NUMBER.matcher(w.text()).matches());
      if (l.words().stream().anyMatch(w -> w.text().equals("项目"))) {
        inHeader = true;
      }
      if (figures || l.words().stream().anyMatch(w -> ORDINAL.matcher(w.text()).matches())) {
        inHeader = false;
      }
      boolean header =
          inHeader
              && l.words().stream()
                  .allMatch(
                      w ->
                          HEADER_WORD.matcher(w.text()).matches()
                              || headerPiece(RowReader.normaliseLabel(w.text()), headerTexts));
      if (!header) {
        out.add(l);
      }
    }
    return out;
  }

  /** A piece (two characters or more) of one of the layout's column names. */
  private static boolean headerPiece(String word, Set<String> headerTexts) {
    return word.length() >= 2 && headerTexts.stream().anyMatch(h -> h.contains(word));
  }

  /**
   * A line of figures between two lines of text only: a fragment above and one below in the same
   * cell (same left edge) that together (with any fragment on the figures' line) make a row label
   * the fragment above alone does not, are joined onto the figures' line.
   */
  static List<Line> fold(List<Line> lines, Set<String> labels) {
    List<List<Line.Word>> ws = new ArrayList<>();
    lines.forEach(l -> ws.add(new ArrayList<>(l.words())));
    for (int k = 1; k + 1 < ws.size(); k++) {
      List<Line.Word> above = ws.get(k - 1);
      List<Line.Word> mid = ws.get(k);
      List<Line.Word> below = ws.get(k + 1);
      if (lines.get(k - 1).page() != lines.get(k).page()
          || lines.get(k + 1).page() != lines.get(k).page()
          || !hasFigure(mid)
          || hasFigure(above)
          || hasFigure(below)) {
        continue;
      }
      for (Line.Word a : List.copyOf(above)) {
        Line.Word c = sameCell(below, a);
        if (c == null || labels.contains(RowReader.normaliseLabel(a.text()))) {
          continue;
        }
        Line.Word b = sameCell(mid, a);
        String joined = a.text() + (b == null || isFigure(b) ? "" : b.text()) + c.text();
        if (!labels.contains(RowReader.normaliseLabel(joined))) {
          continue;
        }
        above.remove(a);
        below.remove(c);
        if (b != null && !isFigure(b)) {
          mid.remove(b);
        }
        mid.add(new Line.Word(joined, a.x0(), Math.max(a.x1(), c.x1()), a.y()));
        mid.sort(Comparator.comparingDouble(Line.Word::x0));
      }
    }
    List<Line> out = new ArrayList<>();
    for (int k = 0; k < ws.size(); k++) {
      if (!ws.get(k).isEmpty()) {
        out.add(new Line(lines.get(k).page(), ws.get(k), lines.get(k).grid()));
      }
    }
    return out;
  }

  private static boolean hasFigure(List<Line.Word> ws) {
    return ws.stream().anyMatch(LabelLines::isFigure);
  }

  private static boolean isFigure(Line.Word w) {
    return NUMBER.matcher(w.text()).matches();
  }

  /** The word of {@code ws} starting where {@code a} starts (left-aligned text of one cell). */
  private static Line.Word sameCell(List<Line.Word> ws, Line.Word a) {
    float slack = Math.max(2f, (a.x1() - a.x0()) / Math.max(1, a.text().length()));
    for (Line.Word w : ws) {
      if (Math.abs(w.x0() - a.x0()) <= slack) {
        return w;
      }
    }
    return null;
  }
}
