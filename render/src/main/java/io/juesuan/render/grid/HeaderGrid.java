package io.juesuan.render.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds multi-level merged header rows from column header paths ("支出/决算数/合计"): columns that share
 * a prefix merge across; a path shorter than the deepest one spans down.
 */
public final class HeaderGrid {
  private HeaderGrid() {}

  public static List<List<GridCell>> of(List<List<String>> paths) {
    int depth = paths.stream().mapToInt(List::size).max().orElse(1);
    List<List<GridCell>> rows = new ArrayList<>();
    for (int level = 0; level < depth; level++) {
      List<GridCell> row = new ArrayList<>();
      int i = 0;
      while (i < paths.size()) {
        List<String> p = paths.get(i);
        if (p.size() <= level) {
          i++;
          continue;
        }
        boolean terminal = p.size() == level + 1;
        int j = i;
        while (j + 1 < paths.size()
            && samePrefix(p, paths.get(j + 1), level)
            && (paths.get(j + 1).size() == level + 1) == terminal) {
          j++;
        }
        row.add(GridCell.head(p.get(level), j - i + 1, terminal ? depth - level : 1));
        i = j + 1;
      }
      rows.add(row);
    }
    return rows;
  }

  private static boolean samePrefix(List<String> a, List<String> b, int level) {
    if (b.size() <= level) {
      return false;
    }
    for (int k = 0; k <= level; k++) {
      if (!a.get(k).equals(b.get(k))) {
        return false;
      }
    }
    return true;
  }
}
