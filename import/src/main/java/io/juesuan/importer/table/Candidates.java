package io.juesuan.importer.table;

import io.juesuan.core.money.Amount;
import io.juesuan.core.table.ColumnNo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The ways k printed values can sit in n printed columns, keeping their order. */
final class Candidates {
  static final int MAX = 5000;

  private Candidates() {}

  static List<int[]> of(int k, int n) {
    List<int[]> out = new ArrayList<>();
    if (k > n) {
      return out;
    }
    combine(new int[k], 0, 0, n, out);
    return out;
  }

  private static void combine(int[] cur, int index, int from, int n, List<int[]> out) {
    if (out.size() >= MAX) {
      return;
    }
    if (index == cur.length) {
      out.add(cur.clone());
      return;
    }
    for (int p = from; p <= n - (cur.length - index); p++) {
      cur[index] = p;
      combine(cur, index + 1, p + 1, n, out);
    }
  }

  /**
   * The cells a placement gives (values at printed columns without a canonical 栏次 are left out).
   */
  static Map<ColumnNo, Amount> cells(
      int[] placement, List<Optional<Amount>> values, List<Optional<ColumnNo>> columns) {
    Map<ColumnNo, Amount> m = new TreeMap<>();
    for (int i = 0; i < placement.length; i++) {
      Optional<ColumnNo> c = columns.get(placement[i]);
      if (c.isPresent() && values.get(i).isPresent()) {
        m.put(c.get(), values.get(i).get());
      }
    }
    return m;
  }

  static String describe(int[] placement, List<Optional<ColumnNo>> columns) {
    StringBuilder b = new StringBuilder();
    for (int p : placement) {
      b.append(b.length() == 0 ? "" : "、")
          .append(columns.get(p).map(ColumnNo::toString).orElse("?"));
    }
    return b + "栏";
  }
}
