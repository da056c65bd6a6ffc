package io.juesuan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Undoes what printing and text extraction add to a report's lines, before anything is read:
 * full-width digits and number punctuation ("９９０．７５"), spaces around a decimal point ("990 .75",
 * "990. 75"), 类/款/项 codes printed in separate columns at the start of a row ("201 36 01"), page
 * numbers ("- 12 -", "第 12 页", "第12页/共30页") and a table's header repeated at the top of a
 * continuation page (from the page break to its "栏次" line). Digits separated by a space alone ("990
 * 75") are left apart: that is two figures.
 */
final class PrintArtifacts {
  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-－—–]\\d{1,4}[-－—–]|第\\d{1,4}页([,，/]?共\\d{1,4}页)?|\\d{1,4}/\\d{1,4}|[Pp]age\\d{1,4}(of\\d{1,4})?");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SPLIT_DECIMAL_LEFT = Pattern.compile("-?[\\d,]*\\d\\.");
  private static final Pattern SPLIT_DECIMAL_RIGHT = Pattern.compile("\\.\\d{1,2}(?!\\d).*");
  private static final Pattern DECIMALS = Pattern.compile("\\d{1,2}(?!\\d).*");
  private static final Pattern AMOUNT_INSIDE = Pattern.compile(".*\\d\\.\\d{2}.*");
  private static final Pattern FUNCTION_CODE_FIRST = Pattern.compile("^2\\d{2}.*");
  private static final Pattern COLUMN_NUMBERS_LAST = Pattern.compile(".*栏次[\\d栏次]*");
  private static final Pattern INTEGER = Pattern.compile("-?[\\d,]*\\d");
  private static final Pattern CLASS_CODE = Pattern.compile("[23]\\d{2}");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
  private static final int REPEATED_HEADER_LINES = 10;

  private PrintArtifacts() {}

  static List<Line> remove(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    int page = lines.isEmpty() ? 1 : lines.get(0).page();
    int shift = 0;
    boolean breakBefore = false;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (PAGE_NUMBER.matcher(halfWidth(l.compact())).matches()) {
        shift++;
        breakBefore = true;
        continue;
      }
      if (l.page() + shift != page) {
        page = l.page() + shift;
        breakBefore = true;
      }
      if (breakBefore && !l.compact().isEmpty()) {
        breakBefore = false;
        int header = repeatedHeaderEnd(lines, i);
        if (header > i) {
          i = header;
          continue;
        }
      }
      out.add(new Line(page, words(l.words()), l.grid()));
    }
    return out;
  }

  /** The index of the "栏次" line closing a header that starts at {@code from}, or -1. */
  private static int repeatedHeaderEnd(List<Line> lines, int from) {
    for (int i = from; i < Math.min(lines.size(), from + REPEATED_HEADER_LINES); i++) {
      String c = halfWidth(lines.get(i).compact());
      if (c.contains("表")
          || c.contains("单位：")
          || c.contains("单位:")
          || AMOUNT_INSIDE.matcher(c).matches()
          || FUNCTION_CODE_FIRST.matcher(c).matches()) {
        return -1;
      }
      if (c.startsWith("栏次") || c.endsWith("栏次") || COLUMN_NUMBERS_LAST.matcher(c).matches()) {
        return i;
      }
    }
    return -1;
  }

  private static List<Line.Word> words(List<Line.Word> in) {
    List<Line.Word> ws = new ArrayList<>();
    for (Line.Word w : in) {
      ws.add(new Line.Word(halfWidth(w.text()), w.x0(), w.x1(), w.y()));
    }
    List<Line.Word> out = new ArrayList<>();
    for (int i = 0; i < ws.size(); i++) {
      Line.Word w = ws.get(i);
      while (i + 1 < ws.size() && splitDecimal(w.text(), ws.get(i + 1).text())) {
        Line.Word next = ws.get(++i);
        w = new Line.Word(w.text() + next.text(), w.x0(), next.x1(), w.y());
      }
      out.add(w);
    }
    return joinCodeColumns(out);
  }

  private static boolean splitDecimal(String left, String right) {
    // "990." + "75" or "990" + ".75": a point ends the left word or starts the right one
    return (left.endsWith(".")
            && SPLIT_DECIMAL_LEFT.matcher(left).matches()
            && DECIMALS.matcher(right).matches())
        || (right.startsWith(".")
            && INTEGER.matcher(left).matches()
            && SPLIT_DECIMAL_RIGHT.matcher(right).matches());
  }

  /** "201 36 01 行政运行" at the start of a row → "2013601 行政运行"; "301 01" → "30101". */
  private static List<Line.Word> joinCodeColumns(List<Line.Word> ws) {
    if (ws.size() < 2
        || !CLASS_CODE.matcher(ws.get(0).text()).matches()
        || !TWO_DIGITS.matcher(ws.get(1).text()).matches()) {
      return ws;
    }
    int parts =
        ws.get(0).text().startsWith("2")
                && ws.size() > 2
                && TWO_DIGITS.matcher(ws.get(2).text()).matches()
            ? 3
            : 2;
    if (parts == 2 && ws.size() > 2 && DIGITS.matcher(ws.get(2).text()).matches()) {
      return ws;
    }
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      code.append(ws.get(i).text());
    }
    List<Line.Word> out = new ArrayList<>();
    out.add(new Line.Word(code.toString(), ws.get(0).x0(), ws.get(parts - 1).x1(), ws.get(0).y()));
    out.addAll(ws.subList(parts, ws.size()));
    return out;
  }

  /** Full-width digits, decimal point, percent sign, minus and comma between digits as ASCII. */
  static String halfWidth(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９') {
        b.append((char) (c - '０' + '0'));
      } else if (c == '．') {
        b.append('.');
      } else if (c == '％') {
        b.append('%');
      } else if (c == '－'
          && i + 1 < s.length()
          && (Character.isDigit(s.charAt(i + 1))
              || s.charAt(i + 1) >= '０' && s.charAt(i + 1) <= '９')) {
        b.append('-');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
