package io.juesuan.importer.table;

import io.juesuan.core.money.AmountUnit;
import io.juesuan.importer.Line;
import io.juesuan.importer.layout.ImportLayout;
import io.juesuan.importer.layout.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds each table in a document by its title line or lines (year or department prefix, "部门" before
 * the title and "公开NN表" allowed), and its body up to the notes ("注：", "说明："), the next title or the
 * next part of the report.
 */
public final class RegionFinder {
  private static final int MAX_BODY = 600;

  /**
   * A title broken over lines (narrow extraction) is joined from lines shorter than this, up to
   * this length.
   */
  private static final int WRAPPED_TITLE = 50;

  private static final Pattern YEAR_PREFIX = Pattern.compile("^(.*?)((?:19|20)\\d{2})年度?");
  private static final Pattern SENTENCE_MARK = Pattern.compile(".*[。；;＝=：:].*");
  private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年");
  private static final Pattern END = Pattern.compile("^(注[：:]|说明[：:]|第[一二三四五六七八九十]部分)");
  private static final Pattern EMPTY =
      Pattern.compile("本部门(当年|本年度)?无[^。]{2,40}|(本年度)?没有[^。]{2,40}故本表无数据|本表无数据");

  /** The unit printed in a table's header ("金额单位：万元", "单位：元"). */
  private static final Pattern UNIT = Pattern.compile("单位[：:](万元|元)(?![^\\s])");

  private static final Pattern DEPARTMENT =
      Pattern.compile("(?:部门|单位名称)[：:](.{2,60}?)(?:金额)?单位[：:]");

  private RegionFinder() {}

  public static List<TableRegion> find(List<Line> lines, ImportLayout layout) {
    Titles index = titles(layout);
    String[] compact = new String[lines.size()];
    for (int i = 0; i < compact.length; i++) {
      compact[i] = lines.get(i).compact();
    }
    List<int[]> titles = new ArrayList<>();
    List<TableSpec> specs = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String title = compact[i];
      Optional<TableSpec> spec = match(title, index);
      int last = i;
      for (int j = i + 1;
          spec.isEmpty()
              && !title.isEmpty()
              && title.length() < WRAPPED_TITLE
              && j < Math.min(lines.size(), i + 6);
          j++) {
        String next = compact[j];
        if (next.isEmpty()) {
          continue;
        }
        title += next;
        last = j;
        spec = match(title, index);
        if (title.length() >= WRAPPED_TITLE || last - i > 3) {
          break;
        }
      }
      if (spec.isPresent()) {
        titles.add(new int[] {last});
        specs.add(spec.get());
        texts.add(title);
        i = last;
      }
    }
    keepOneTitlePerTable(lines, titles, specs, texts);
    List<TableRegion> out = new ArrayList<>();
    for (int t = 0; t < titles.size(); t++) {
      int start = titles.get(t)[0];
      int next = t + 1 < titles.size() ? titles.get(t + 1)[0] : lines.size();
      int end = start + 1;
      while (end < next
          && end - start < MAX_BODY
          && !END.matcher(lines.get(end).compact()).find()) {
        end++;
      }
      int tail = Math.min(next, end + 14);
      out.add(
          new TableRegion(
              specs.get(t),
              texts.get(t),
              start,
              end,
              lines.subList(start + 1, end),
              emptyStatement(lines, start + 1, tail),
              year(texts.get(t)),
              department(lines, start, end),
              unit(lines, start, end)));
    }
    return out;
  }

  /**
   * A title can occur more than once: in a 目录, in the narrative, and above the table. For each
   * table keep the occurrence that heads a table (followed closely by 金额单位, 部门：, 栏次 or 公开NN表), else
   * the first; the survivors stay in document order.
   */
  private static void keepOneTitlePerTable(
      List<Line> lines, List<int[]> titles, List<TableSpec> specs, List<String> texts) {
    java.util.Map<String, Integer> chosen = new java.util.LinkedHashMap<>();
    for (int k = 0; k < titles.size(); k++) {
      String id = specs.get(k).id().value();
      Integer previous = chosen.get(id);
      if (previous == null
          || (!headsTable(lines, titles.get(previous)[0]) && headsTable(lines, titles.get(k)[0]))) {
        chosen.put(id, k);
      }
    }
    List<Integer> keep = new ArrayList<>(chosen.values());
    keep.sort(java.util.Comparator.comparingInt(k -> titles.get(k)[0]));
    List<int[]> t = new ArrayList<>();
    List<TableSpec> s = new ArrayList<>();
    List<String> x = new ArrayList<>();
    for (int k : keep) {
      t.add(titles.get(k));
      s.add(specs.get(k));
      x.add(texts.get(k));
    }
    titles.clear();
    titles.addAll(t);
    specs.clear();
    specs.addAll(s);
    texts.clear();
    texts.addAll(x);
  }

  private static final Pattern TABLE_HEAD =
      Pattern.compile("金额单位|单位[：:]|部门[：:]|栏次|^\\(?公开\\d{2}表\\)?$");

  private static boolean headsTable(List<Line> lines, int titleLine) {
    for (int i = titleLine + 1; i < Math.min(lines.size(), titleLine + 8); i++) {
      if (TABLE_HEAD.matcher(normalise(lines.get(i).compact())).find()) {
        return true;
      }
    }
    return false;
  }

  /** The table a line is the title of, if any. */
  static Optional<TableSpec> match(String compact, ImportLayout layout) {
    return match(compact, titles(layout));
  }

  private static Optional<TableSpec> match(String compact, Titles titles) {
    if (compact.indexOf('表') < 0 && titles.allNameTable()) {
      return Optional.empty(); // every title names a 表: a line without one is none of them
    }
    String t = normalise(compact);
    Matcher y = YEAR_PREFIX.matcher(t);
    String rest =
        y.find()
                && y.group(1).length() <= 40
                && !y.group(1).contains("决算")
                && !SENTENCE_MARK.matcher(y.group(1)).matches()
            ? t.substring(y.end())
            : t;
    rest = LABEL_AFTER.matcher(rest).replaceAll("");
    rest = LABEL_BEFORE.matcher(rest).replaceAll("");
    String unprefixed = rest.startsWith("部门") ? rest.substring(2) : rest;
    TableSpec found = titles.byTitle().get(rest);
    return Optional.ofNullable(found != null ? found : titles.byTitle().get(unprefixed));
  }

  private static final Pattern LABEL_AFTER = Pattern.compile("\\(?公开\\d{2}表\\)?$");
  private static final Pattern LABEL_BEFORE = Pattern.compile("^\\(?公开\\d{2}表\\)?");

  /** A layout's table titles, normalised once, and whether every one of them contains 表. */
  private record Titles(Map<String, TableSpec> byTitle, boolean allNameTable) {}

  /** The titles of a layout's tables: a line is matched against them by lookup. */
  private static Titles titles(ImportLayout layout) {
    Map<String, TableSpec> out = new java.util.HashMap<>();
    for (TableSpec s : layout.tables()) {
      for (String title : s.titles()) {
        out.putIfAbsent(normalise(title), s);
      }
    }
    return new Titles(out, out.keySet().stream().allMatch(t -> t.indexOf('表') >= 0));
  }

  /** Without white space, with one kind of quotes and ASCII parentheses. */
  static String normalise(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      b.append(
          switch (c) {
            case '"', '”' -> '“';
            case '（' -> '(';
            case '）' -> ')';
            default -> c;
          });
    }
    return b.toString();
  }

  private static Optional<Integer> year(String title) {
    Matcher m = TITLE_YEAR.matcher(title);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  private static Optional<String> emptyStatement(List<Line> lines, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(lines.get(i).compact());
    }
    Matcher m = EMPTY.matcher(b);
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }

  /** The unit the table's header states, looked for in its first lines. */
  private static Optional<AmountUnit> unit(List<Line> lines, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i < Math.min(end, start + 8); i++) {
      b.append(lines.get(i).compact()).append(' ');
    }
    Matcher m = UNIT.matcher(b);
    return m.find() ? AmountUnit.parse(m.group(1)) : Optional.empty();
  }

  private static Optional<String> department(List<Line> lines, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i < Math.min(end, start + 8); i++) {
      b.append(lines.get(i).compact());
    }
    Matcher m = DEPARTMENT.matcher(b);
    return m.find() && m.group(1).length() >= 2 ? Optional.of(m.group(1)) : Optional.empty();
  }
}
