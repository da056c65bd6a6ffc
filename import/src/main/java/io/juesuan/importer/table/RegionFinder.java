package io.juesuan.importer.table;

import io.juesuan.importer.Line;
import io.juesuan.importer.layout.ImportLayout;
import io.juesuan.importer.layout.TableSpec;
import java.util.ArrayList;
import java.util.List;
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
  private static final Pattern END = Pattern.compile("^(注[：:]|说明[：:]|第[一二三四五六七八九十]部分)");
  private static final Pattern EMPTY =
      Pattern.compile("本部门(当年|本年度)?无[^。]{2,40}|(本年度)?没有[^。]{2,40}故本表无数据|本表无数据");
  private static final Pattern DEPARTMENT =
      Pattern.compile("(?:部门|单位名称)[：:](.{2,60}?)(?:金额)?单位[：:]");

  private RegionFinder() {}

  public static List<TableRegion> find(List<Line> lines, ImportLayout layout) {
    List<int[]> titles = new ArrayList<>();
    List<TableSpec> specs = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String title = lines.get(i).compact();
      Optional<TableSpec> spec = match(title, layout);
      int last = i;
      for (int j = i + 1;
          spec.isEmpty()
              && !title.isEmpty()
              && title.length() < WRAPPED_TITLE
              && j < Math.min(lines.size(), i + 6);
          j++) {
        String next = lines.get(j).compact();
        if (next.isEmpty()) {
          continue;
        }
        title += next;
        last = j;
        spec = match(title, layout);
        if (title.length() >= WRAPPED_TITLE || last - i > 3) {
          break;
        }
      }
      Optional<TableSpec> found = spec;
      if (found.isPresent() && specs.stream().noneMatch(s -> s.id().equals(found.get().id()))) {
        titles.add(new int[] {last});
        specs.add(found.get());
        texts.add(title);
        i = last;
      }
    }
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
              department(lines, start, end)));
    }
    return out;
  }

  /** The table a line is the title of, if any. */
  static Optional<TableSpec> match(String compact, ImportLayout layout) {
    String t = normalise(compact);
    Matcher y = YEAR_PREFIX.matcher(t);
    String rest =
        y.find()
                && y.group(1).length() <= 40
                && !y.group(1).contains("决算")
                && !y.group(1).matches(".*[。；;＝=：:].*")
            ? t.substring(y.end())
            : t;
    rest = rest.replaceAll("\\(?公开\\d{2}表\\)?$", "").replaceAll("^\\(?公开\\d{2}表\\)?", "");
    String unprefixed = rest.replaceFirst("^部门", "");
    for (TableSpec s : layout.tables()) {
      for (String title : s.titles()) {
        if (rest.equals(normalise(title)) || unprefixed.equals(normalise(title))) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  static String normalise(String s) {
    return s.replaceAll("\\s+", "")
        .replace('"', '“')
        .replace('”', '“')
        .replace('（', '(')
        .replace('）', ')');
  }

  private static Optional<Integer> year(String title) {
    Matcher m = Pattern.compile("((?:19|20)\\d{2})年").matcher(title);
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

  private static Optional<String> department(List<Line> lines, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i < Math.min(end, start + 8); i++) {
      b.append(lines.get(i).compact());
    }
    Matcher m = DEPARTMENT.matcher(b);
    return m.find() && m.group(1).length() >= 2 ? Optional.of(m.group(1)) : Optional.empty();
  }
}
