package io.juesuan.importer.table;

import io.juesuan.importer.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of a table body into items. Digits glued to words are split off ("合计990.75"), and
 * an amount broken over several words is joined again ("28 .0 9" → 28.09).
 */
final class Tokenizer {
  private static final Pattern RUNS = Pattern.compile("\\.?[0-9][0-9.,]*|[^0-9.]+|\\.");
  private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)\\.\\d{2}");
  private static final Pattern INT = Pattern.compile("\\d{1,9}");
  private static final Pattern DASH = Pattern.compile("[-－—–]+");

  /** The digits of an amount wrapped or split off: ".0", "9", "09". */
  private static final Pattern FRAGMENT = Pattern.compile("\\.?\\d{1,2}");

  /** An amount cut short inside its cell ("19004.4"). */
  private static final Pattern INCOMPLETE = Pattern.compile("-?[\\d,]*\\d\\.?\\d?");

  private static final Pattern PART = Pattern.compile("\\d+\\.?\\d?|\\d*\\.\\d?");
  private static final Pattern JOINED = Pattern.compile("\\d*\\.?\\d{0,2}");

  private Tokenizer() {}

  static List<Item> items(List<Line> lines) {
    List<String> words = new ArrayList<>();
    List<Float> xs = new ArrayList<>();
    List<Float> rights = new ArrayList<>();
    List<float[]> cells = new ArrayList<>();
    List<List<Line.Word>> joined = joinWrappedAmounts(lines);
    for (int k = 0; k < joined.size(); k++) {
      Line line = lines.get(k);
      for (Line.Word w : joined.get(k)) {
        int before = words.size();
        split(w.text(), words);
        float centre = (w.x0() + w.x1()) / 2;
        float[] cell = line.cellOf(w);
        for (int i = before; i < words.size(); i++) {
          boolean whole = words.size() - before == 1;
          xs.add(whole ? centre : Float.NaN);
          rights.add(whole ? w.x1() : Float.NaN);
          cells.add(cell);
        }
      }
    }
    return classify(join(words, xs, rights, cells), xs, rights, cells);
  }

  /**
   * An amount wrapped inside its cell of a narrow column ("19004.4" with "6" on the line below, in
   * the same column): the fragment below is joined to it. Needs positions, so only for PDF lines.
   */
  static List<List<Line.Word>> joinWrappedAmounts(List<Line> lines) {
    List<List<Line.Word>> out = new ArrayList<>();
    for (Line l : lines) {
      out.add(new ArrayList<>(l.words()));
    }
    for (int k = 1; k < out.size(); k++) {
      List<Line.Word> above = out.get(k - 1);
      for (java.util.Iterator<Line.Word> it = out.get(k).iterator(); it.hasNext(); ) {
        Line.Word w = it.next();
        if (Float.isNaN(w.x0()) || !FRAGMENT.matcher(w.text()).matches()) {
          continue;
        }
        for (int a = 0; a < above.size(); a++) {
          Line.Word u = above.get(a);
          String merged = u.text() + w.text();
          boolean incomplete =
              !AMOUNT.matcher(u.text()).matches()
                  && INCOMPLETE.matcher(u.text()).matches()
                  && (u.text().contains(".") || w.text().startsWith("."));
          float slack = Math.max(2f, (u.x1() - u.x0()) / Math.max(1, u.text().length()));
          boolean sameColumn =
              !Float.isNaN(u.x0()) && w.x0() <= u.x1() + slack && w.x1() >= u.x0() - slack;
          if (incomplete && sameColumn && AMOUNT.matcher(merged).matches()) {
            above.set(a, new Line.Word(merged, u.x0(), Math.max(u.x1(), w.x1()), u.y()));
            it.remove();
            break;
          }
        }
      }
    }
    return out;
  }

  private static void split(String word, List<String> out) {
    if (DASH.matcher(word).matches()) {
      out.add(word);
      return;
    }
    Matcher m = RUNS.matcher(word);
    while (m.find()) {
      String run = m.group().trim();
      if (!run.isEmpty()) {
        out.add(run);
      }
    }
  }

  /** Joins "28" ".0" "9" and "28." "09" back into one amount. */
  private static List<String> join(
      List<String> words, List<Float> xs, List<Float> rights, List<float[]> cells) {
    List<String> out = new ArrayList<>();
    List<Float> outX = new ArrayList<>();
    List<Float> outRight = new ArrayList<>();
    List<float[]> outCells = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      int j = i;
      String merged = w;
      while (j + 1 < words.size()
          && !AMOUNT.matcher(merged).matches()
          && PART.matcher(merged).matches()
          && FRAGMENT.matcher(words.get(j + 1)).matches()
          && JOINED.matcher(merged + words.get(j + 1)).matches()
          && (merged.contains(".") || words.get(j + 1).startsWith("."))) {
        merged = merged + words.get(j + 1);
        j++;
      }
      if (j > i && AMOUNT.matcher(merged).matches()) {
        out.add(merged);
        outX.add(Float.NaN);
        outRight.add(Float.NaN);
        outCells.add(null);
        i = j;
      } else {
        out.add(w);
        outX.add(xs.get(i));
        outRight.add(rights.get(i));
        outCells.add(cells.get(i));
      }
    }
    xs.clear();
    xs.addAll(outX);
    rights.clear();
    rights.addAll(outRight);
    cells.clear();
    cells.addAll(outCells);
    return out;
  }

  private static List<Item> classify(
      List<String> words, List<Float> xs, List<Float> rights, List<float[]> cells) {
    List<Item> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      float x = xs.get(i);
      float right = rights.get(i);
      float[] cell = cells.get(i);
      float cellLeft = cell == null ? Float.NaN : cell[0];
      float cellRight = cell == null ? Float.NaN : cell[1];
      if (AMOUNT.matcher(w).matches()) {
        out.add(new Item(Item.Kind.AMOUNT, w.replace(",", ""), x, right, cellLeft, cellRight));
      } else if (INT.matcher(w).matches()) {
        out.add(new Item(Item.Kind.INT, w, x, right, cellLeft, cellRight));
      } else if (DASH.matcher(w).matches()) {
        out.add(new Item(Item.Kind.DASH, w, x, right, cellLeft, cellRight));
      } else {
        out.add(new Item(Item.Kind.TEXT, w, x, right, cellLeft, cellRight));
      }
    }
    return out;
  }
}
