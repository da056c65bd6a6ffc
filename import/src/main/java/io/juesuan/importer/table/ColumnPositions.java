package io.juesuan.importer.table;

import io.juesuan.core.table.ColumnLayout;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.TableLayout;
import io.juesuan.importer.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Where each 栏次 stands on the page, from the printed column-number line ("栏次 1 2 3" or "1 2 … 12")
 * of a table read from a PDF: a value is placed in the column whose number is printed above it.
 */
final class ColumnPositions {
  private static final Pattern AMOUNT = Pattern.compile("-?[\\d,]+\\.\\d{2}");
  private static final Pattern BLANK = Pattern.compile("[\\s\u3000]");
  private static final Pattern COLUMN_NUMBER = Pattern.compile("\\d{1,2}");

  /** How far beyond half the gap to its neighbour a value may stand from a column's centre. */
  private static final float SLACK = 1.1f;

  private final Map<ColumnNo, Float> centres;

  private ColumnPositions(Map<ColumnNo, Float> centres) {
    this.centres = centres;
  }

  /**
   * The column numbers printed above the body: the last line of numbers before the first amount,
   * and any "栏次 …" line further down (the second half of a two-sided table printed below the first
   * brings its own).
   */
  static Optional<ColumnPositions> find(List<Line> body) {
    Map<ColumnNo, Float> found = null;
    boolean amountsSeen = false;
    for (Line l : body) {
      if (l.words().stream().anyMatch(w -> AMOUNT.matcher(w.text()).matches())) {
        amountsSeen = true;
        continue;
      }
      boolean labelled = !l.words().isEmpty() && l.words().get(0).text().equals("栏次");
      if (amountsSeen && !labelled) {
        continue;
      }
      Optional<Map<ColumnNo, Float>> m = numbers(l);
      if (m.isEmpty() || m.get().size() < (labelled ? 1 : 2)) {
        continue;
      }
      if (!amountsSeen) {
        found = new TreeMap<>(m.get());
      } else if (found != null && m.get().keySet().stream().noneMatch(found::containsKey)) {
        // a stacked half's own 栏次, possibly at the places of the first half's
        found.putAll(m.get());
      }
    }
    return Optional.ofNullable(found).filter(f -> f.size() >= 2).map(ColumnPositions::new);
  }

  /** Header lines read for column names at most. */
  private static final int HEADER_LINES = 15;

  /**
   * Where each column stands, from its header cell's text when no column numbers are printed: the
   * words of a cell, however wrapped (one or two characters a line in narrow cells), are the words
   * straight below one another; each printed column, left to right, takes the first cell right of
   * the previous one whose text is its name. Empty when fewer than two are found.
   */
  static Optional<ColumnPositions> fromHeaders(
      List<Line> body,
      TableLayout layout,
      List<Optional<ColumnNo>> printed,
      java.util.function.Function<String, List<String>> otherNames) {
    List<List<Line.Word>> header = new ArrayList<>();
    for (Line l : body) {
      if (header.size() >= HEADER_LINES || hasAmount(l)) {
        break;
      }
      header.add(l.words().stream().filter(w -> !Float.isNaN(w.x0())).toList());
    }
    Optional<ColumnPositions> found = fromHeaderLines(header, layout, printed, otherNames);
    long wanted = printed.stream().filter(Optional::isPresent).count();
    if (found.isPresent() && found.get().centres.size() >= Math.max(2, wanted)) {
      return found;
    }
    // the halves of a two-sided table stacked: the second half's header stands inside the body —
    // lines made only of pieces of the layout's column names
    java.util.Set<String> names = new java.util.HashSet<>();
    layout.columns().forEach(c -> c.header().forEach(h -> names.add(normalise(h))));
    int first = header.size();
    for (Line l : body.subList(Math.min(first, body.size()), body.size())) {
      boolean headerLine =
          !l.words().isEmpty()
              && !hasAmount(l)
              && l.words().stream()
                  .allMatch(
                      w ->
                          !Float.isNaN(w.x0())
                              && normalise(w.text()).length() >= 2
                              && names.stream().anyMatch(n -> n.contains(normalise(w.text()))));
      if (headerLine) {
        header.add(l.words());
      }
    }
    Optional<ColumnPositions> extended = fromHeaderLines(header, layout, printed, otherNames);
    int before = found.map(f -> f.centres.size()).orElse(0);
    return extended.filter(e -> e.centres.size() > before).or(() -> found);
  }

  private static boolean hasAmount(Line l) {
    return l.words().stream().anyMatch(w -> AMOUNT.matcher(w.text()).matches());
  }

  private static Optional<ColumnPositions> fromHeaderLines(
      List<List<Line.Word>> header,
      TableLayout layout,
      List<Optional<ColumnNo>> printed,
      java.util.function.Function<String, List<String>> otherNames) {
    List<float[]> cells = new ArrayList<>(); // {x0, x1} of each header cell, parallel to texts
    List<String> texts = new ArrayList<>();
    for (List<Line.Word> cell : cells(header)) {
      // every run of the cell's lines: a spanning header set straight over one of its columns
      // joins that column's cell, whose own name is then a run of it
      for (int i = 0; i < cell.size(); i++) {
        StringBuilder text = new StringBuilder();
        float x0 = Float.POSITIVE_INFINITY;
        float x1 = Float.NEGATIVE_INFINITY;
        for (int j = i; j < cell.size(); j++) {
          text.append(cell.get(j).text());
          x0 = Math.min(x0, cell.get(j).x0());
          x1 = Math.max(x1, cell.get(j).x1());
          cells.add(new float[] {x0, x1});
          texts.add(normalise(text.toString()));
        }
      }
    }
    List<ColumnNo> order =
        printed.stream().anyMatch(Optional::isPresent)
            ? printed.stream().flatMap(Optional::stream).toList()
            : layout.columns().stream().map(ColumnLayout::no).toList();
    Map<ColumnNo, Float> found = new TreeMap<>();
    float last = Float.NEGATIVE_INFINITY;
    for (ColumnNo no : order) {
      Optional<ColumnLayout> column = layout.column(no);
      if (column.isEmpty()) {
        continue;
      }
      List<String> names = new ArrayList<>();
      names.add(normalise(column.get().name()));
      otherNames.apply(column.get().name()).forEach(n -> names.add(normalise(n)));
      float best = Float.POSITIVE_INFINITY;
      for (int c = 0; c < cells.size(); c++) {
        float centre = (cells.get(c)[0] + cells.get(c)[1]) / 2;
        String text = texts.get(c);
        if (centre > last + 1 && centre < best && names.stream().anyMatch(n -> names(text, n))) {
          best = centre;
        }
      }
      if (best != Float.POSITIVE_INFINITY) {
        found.put(no, best);
        last = best;
      }
    }
    return found.size() >= 2 ? Optional.of(new ColumnPositions(found)) : Optional.empty();
  }

  /** How close two words of a line stand to be pieces of one cell's text. */
  private static final float TOUCHING = 1.5f;

  /**
   * The header's words grouped into cells, each top to bottom. Words on one baseline that touch are
   * one piece (some producers set every character apart); pieces straight above one another — each
   * covering at least half of the wider — are lines of one cell, however the producer's lines were
   * grouped (cells with vertically centred text of different line counts interleave their lines). A
   * spanning header over several columns covers less than half of each and stays a cell of its own.
   * Without baselines (layout text) the line order stands for them.
   */
  static List<List<Line.Word>> cells(List<List<Line.Word>> header) {
    List<Line.Word> pieces = new ArrayList<>();
    for (int i = 0; i < header.size(); i++) {
      for (Line.Word w : header.get(i)) {
        float y = Float.isNaN(w.y()) ? i * 1000f : w.y();
        pieces.add(new Line.Word(w.text(), w.x0(), w.x1(), y));
      }
    }
    pieces.sort(
        java.util.Comparator.comparingDouble(Line.Word::y).thenComparingDouble(Line.Word::x0));
    List<Line.Word> joined = new ArrayList<>();
    for (Line.Word w : pieces) {
      Line.Word last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null
          && Math.abs(w.y() - last.y()) <= 1f
          && w.x0() - last.x1() <= TOUCHING
          && w.x0() >= last.x0()) {
        joined.set(
            joined.size() - 1, new Line.Word(last.text() + w.text(), last.x0(), w.x1(), last.y()));
      } else {
        joined.add(w);
      }
    }
    int[] parent = new int[joined.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < joined.size(); i++) {
      Optional<Integer> below = lineBelow(joined, i);
      if (below.isPresent()) {
        parent[root(parent, below.get())] = root(parent, i);
      }
    }
    Map<Integer, List<Line.Word>> byRoot = new java.util.LinkedHashMap<>();
    for (int i = 0; i < joined.size(); i++) {
      byRoot.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(joined.get(i));
    }
    return List.copyOf(byRoot.values());
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * The next line of a piece's cell: the piece on the nearest baseline below that stands under it
   * (overlapping half the narrower), when it is the only one there and the piece is the only one
   * above it — a spanning header over several columns has more than one below and is not joined.
   */
  private static Optional<Integer> lineBelow(List<Line.Word> pieces, int i) {
    Line.Word a = pieces.get(i);
    float nearest = Float.POSITIVE_INFINITY;
    for (Line.Word w : pieces) {
      if (w.y() > a.y() && under(a, w)) {
        nearest = Math.min(nearest, w.y());
      }
    }
    List<Integer> below = new ArrayList<>();
    for (int j = 0; j < pieces.size(); j++) {
      if (pieces.get(j).y() == nearest && under(a, pieces.get(j))) {
        below.add(j);
      }
    }
    if (below.size() != 1) {
      return Optional.empty();
    }
    Line.Word b = pieces.get(below.get(0));
    long above = pieces.stream().filter(w -> w.y() == a.y() && under(w, b)).count();
    return above == 1 ? Optional.of(below.get(0)) : Optional.empty();
  }

  /** Whether two pieces stand one under the other: overlapping half of the narrower. */
  private static boolean under(Line.Word a, Line.Word b) {
    float overlap = Math.min(a.x1(), b.x1()) - Math.max(a.x0(), b.x0());
    float narrower = Math.min(a.x1() - a.x0(), b.x1() - b.x0());
    return narrower > 0 && overlap >= narrower * 0.5f;
  }

  /** Whether a header cell's text is a column's name (or, for long names, its start). */
  private static boolean names(String text, String name) {
    return text.equals(name) || (name.length() >= 6 && text.length() >= 6 && name.startsWith(text));
  }

  private static String normalise(String s) {
    return BLANK.matcher(s).replaceAll("").replace('（', '(').replace('）', ')');
  }

  /** A line of ascending column numbers ("栏次" words between them allowed) and their centres. */
  private static Optional<Map<ColumnNo, Float>> numbers(Line l) {
    Map<ColumnNo, Float> m = new TreeMap<>();
    int last = 0;
    for (Line.Word w : l.words()) {
      if (w.text().equals("栏次")) {
        continue;
      }
      if (!COLUMN_NUMBER.matcher(w.text()).matches()
          || Float.isNaN(w.x0())
          || Integer.parseInt(w.text()) <= last) {
        return Optional.empty();
      }
      last = Integer.parseInt(w.text());
      m.put(ColumnNo.of(last), (w.x0() + w.x1()) / 2);
    }
    return Optional.of(m);
  }

  /**
   * How far from a column's centre, towards {@code x}, a value still belongs to it: a little more
   * than half the way to the neighbouring column on that side (amounts are right-aligned in cells
   * much wider than their column number or header), at the outer columns as far as on the inner
   * side; among the columns a row can have (a stacked table prints 收入 and 支出 columns at the same
   * place). 40 pt when the row has one column.
   */
  private static float reach(List<Float> sorted, float centre, float x) {
    int i = sorted.indexOf(centre);
    Float left = i > 0 ? sorted.get(i - 1) : null;
    Float right = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
    Float toward = x >= centre ? right : left;
    Float away = x >= centre ? left : right;
    if (toward != null) {
      return Math.abs(toward - centre) / 2 * SLACK;
    }
    return away == null ? 40f : Math.abs(away - centre) / 2 * SLACK * SLACK;
  }

  /**
   * The printed-column index of each value, or empty when a value's column is not clear from its
   * position. Two readings of a value's place must not disagree: the column whose centre is clearly
   * nearest to the value's centre, and — amounts being right-aligned or centred in their cells —
   * the column whose centre is the last one left of the value's right edge. A right-aligned amount
   * in a wide cell can be nearer the next column's centre than its own; a short left-aligned one
   * ends before its own centre: where the two readings differ, the formulas decide. Where the PDF
   * draws the value's cell (rules left and right of it) and exactly one column's centre stands in
   * that cell, the cell decides — however the value is aligned in it.
   */
  Optional<int[]> placement(
      List<Float> xs, List<Float> rights, List<float[]> cells, List<Optional<ColumnNo>> columns) {
    int[] p = new int[xs.size()];
    List<Float> sorted =
        columns.stream().flatMap(c -> c.map(centres::get).stream()).distinct().sorted().toList();
    for (int i = 0; i < xs.size(); i++) {
      float x = xs.get(i);
      if (Float.isNaN(x)) {
        return Optional.empty();
      }
      int byCell = i < cells.size() ? inCell(cells.get(i), columns) : -1;
      int nearest = nearest(sorted, x, columns);
      int byEdge = i < rights.size() ? byRightEdge(sorted, rights.get(i), columns) : -1;
      int best =
          byCell >= 0
              ? byCell
              : nearest >= 0 && byEdge >= 0 && nearest != byEdge ? -1 : Math.max(nearest, byEdge);
      if (best < 0 || (i > 0 && best <= p[i - 1])) {
        return Optional.empty();
      }
      p[i] = best;
    }
    return Optional.of(p);
  }

  /** The only column whose centre stands inside a value's drawn cell, or -1. */
  private int inCell(float[] cell, List<Optional<ColumnNo>> columns) {
    if (cell == null || Float.isNaN(cell[0]) || Float.isNaN(cell[1])) {
      return -1;
    }
    int found = -1;
    for (int c = 0; c < columns.size(); c++) {
      Float centre = columns.get(c).map(centres::get).orElse(null);
      if (centre != null && centre > cell[0] && centre < cell[1]) {
        if (found >= 0) {
          return -1;
        }
        found = c;
      }
    }
    return found;
  }

  /** The column whose centre is clearly nearest to {@code x} and within its reach, or -1. */
  private int nearest(List<Float> sorted, float x, List<Optional<ColumnNo>> columns) {
    int best = -1;
    float bestDistance = Float.MAX_VALUE;
    float secondDistance = Float.MAX_VALUE;
    for (int c = 0; c < columns.size(); c++) {
      Float centre = columns.get(c).map(centres::get).orElse(null);
      if (centre == null) {
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
    // A value about as near to two column centres is not placed by this reading.
    boolean clear = bestDistance * 1.5f < secondDistance || bestDistance < 1f;
    if (best < 0 || !clear) {
      return -1;
    }
    float centre = columns.get(best).map(centres::get).orElseThrow();
    return bestDistance <= reach(sorted, centre, x) ? best : -1;
  }

  /**
   * The column with the last centre left of a value's right edge, when the edge does not pass the
   * next column's centre; -1 when there is none or the edge is unknown.
   */
  private int byRightEdge(List<Float> sorted, float right, List<Optional<ColumnNo>> columns) {
    if (Float.isNaN(right)) {
      return -1;
    }
    int best = -1;
    float bestCentre = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < columns.size(); c++) {
      Float centre = columns.get(c).map(centres::get).orElse(null);
      if (centre != null && centre < right && centre > bestCentre) {
        best = c;
        bestCentre = centre;
      }
    }
    if (best < 0) {
      return -1;
    }
    int at = sorted.indexOf(bestCentre);
    Float next = at + 1 < sorted.size() ? sorted.get(at + 1) : null;
    boolean inside =
        next == null ? right - bestCentre <= reach(sorted, bestCentre, right) * 2 : right < next;
    return inside ? best : -1;
  }
}
