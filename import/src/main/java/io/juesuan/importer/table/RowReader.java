package io.juesuan.importer.table;

import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableLayout;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the rows of a table body from its items: by classification code (02, 03, 05, 07, 08表), by
 * economic code (06表), by printed 行次 or by row label (01, 04表), or as one row (09表).
 */
final class RowReader {
  private RowReader() {}

  static List<RawRow> byFunctionCode(List<Item> items) {
    Map<RowNo, RawRow> rows = new LinkedHashMap<>();
    RawRow current = null;
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      if (it.is(Item.Kind.INT)
          && it.text().matches("2\\d{2}|2\\d{4}|2\\d{6}")
          && isOpen(rows, RowNo.of(it.text()))) {
        current = rows.computeIfAbsent(RowNo.of(it.text()), RawRow::new);
      } else if (it.is(Item.Kind.TEXT) && isTotal(items, i) && isOpen(rows, RowNo.TOTAL)) {
        current = rows.computeIfAbsent(RowNo.TOTAL, RawRow::new);
        if (it.text().equals("合")) {
          i++;
        }
      } else if (current != null) {
        addValueOrLabel(current, it);
      }
    }
    return new ArrayList<>(rows.values());
  }

  /**
   * A row can be (re)entered while nothing was read for it (a header "合计" before the total row).
   */
  private static boolean isOpen(Map<RowNo, RawRow> rows, RowNo key) {
    RawRow r = rows.get(key);
    return r == null || r.values.isEmpty();
  }

  private static boolean isTotal(List<Item> items, int i) {
    String t = items.get(i).text();
    return t.equals("合计")
        || t.equals("总计")
        || (t.equals("合") && i + 1 < items.size() && items.get(i + 1).text().equals("计"));
  }

  static List<RawRow> byEconomicCode(List<Item> items, TableLayout layout) {
    Map<RowNo, RawRow> rows = new LinkedHashMap<>();
    RawRow current = null;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      String t = it.text();
      Optional<RowNo> key = Optional.empty();
      if (it.is(Item.Kind.INT) && t.matches("3\\d{2}") && isSplitCode(items, i)) {
        key = Optional.of(RowNo.of(t + items.get(i + 1).text())); // "301" "01": 类 and 款 apart
        i++;
      } else if (it.is(Item.Kind.INT) && t.matches("3\\d{2}|3\\d{4}")) {
        key = Optional.of(RowNo.of(t));
      } else if (it.is(Item.Kind.TEXT)) {
        text.append(t);
        for (RowLayout r : layout.rows()) {
          if (!r.no().isNumber()
              && (t.contains(r.no().value()) || text.toString().endsWith(r.no().value()))) {
            key = Optional.of(r.no());
          }
        }
      }
      if (!it.is(Item.Kind.TEXT)) {
        text.setLength(0);
      }
      if (key.isPresent() && isOpen(rows, key.get())) {
        current = rows.computeIfAbsent(key.get(), RawRow::new);
      } else if (current != null) {
        addValueOrLabel(current, it);
      }
    }
    return new ArrayList<>(rows.values());
  }

  /** A 类 code followed by a two-digit 款 number printed apart ("301" "01"). */
  private static boolean isSplitCode(List<Item> items, int i) {
    return i + 1 < items.size()
        && items.get(i + 1).is(Item.Kind.INT)
        && items.get(i + 1).text().matches("\\d{2}")
        && EconomicCode.isValid(items.get(i).text() + items.get(i + 1).text());
  }

  static List<RawRow> byNumber(List<Item> items, TableLayout layout) {
    Set<String> known = new HashSet<>();
    layout.rows().forEach(r -> known.add(r.no().value()));
    Map<RowNo, RawRow> rows = new LinkedHashMap<>();
    RawRow current = null;
    for (int i = 0; i < items.size(); i++) {
      int after = afterColumnNumbers(items, i);
      if (after > i) {
        i = after - 1; // a "栏次 1 2 3" header, wherever it is: a half's own, or a stacked half's
        continue;
      }
      Item it = items.get(i);
      if (it.is(Item.Kind.INT)
          && known.contains(it.text())
          && !rows.containsKey(RowNo.of(it.text()))) {
        current = rows.computeIfAbsent(RowNo.of(it.text()), RawRow::new);
      } else if (current != null && !it.is(Item.Kind.TEXT)) {
        addValueOrLabel(current, it);
      }
    }
    return new ArrayList<>(rows.values());
  }

  /** Rows found by their labels, the n-th occurrence of a label taking the n-th row that has it. */
  static List<RawRow> byLabel(List<Item> items, TableLayout layout) {
    Map<RowNo, RawRow> rows = new LinkedHashMap<>();
    RawRow current = null;
    StringBuilder buffer = new StringBuilder();
    for (Item it : items) {
      if (it.is(Item.Kind.TEXT)) {
        buffer.append(it.text());
        Optional<RowLayout> row = labelAtEnd(buffer.toString(), layout, rows.keySet());
        if (row.isPresent()) {
          current = rows.computeIfAbsent(row.get().no(), RawRow::new);
          current.label.append(row.get().label());
          buffer.setLength(0);
        }
      } else if (it.is(Item.Kind.AMOUNT) || it.is(Item.Kind.DASH)) {
        buffer.setLength(0);
        if (current != null) {
          addValueOrLabel(current, it);
        }
      }
    }
    return new ArrayList<>(rows.values());
  }

  private static Optional<RowLayout> labelAtEnd(
      String buffer, TableLayout layout, Set<RowNo> used) {
    String b = normaliseLabel(buffer);
    RowLayout best = null;
    int bestLength = 0;
    for (RowLayout r : layout.rows()) {
      String l = normaliseLabel(r.label());
      if (l.length() >= 2 && !used.contains(r.no()) && b.endsWith(l) && l.length() > bestLength) {
        best = r;
        bestLength = l.length();
      }
    }
    return Optional.ofNullable(best);
  }

  static String normaliseLabel(String s) {
    return s.replaceAll("\\s+", "")
        .replaceAll("^[一二三四五六七八九十]+、", "")
        .replace('（', '(')
        .replace('）', ')');
  }

  static List<RawRow> singleRow(List<Item> items) {
    RawRow row = new RawRow(RowNo.of(1));
    items.stream()
        .filter(it -> !it.is(Item.Kind.TEXT) && !it.is(Item.Kind.INT))
        .forEach(it -> addValueOrLabel(row, it));
    return row.values.isEmpty() ? List.of() : List.of(row);
  }

  /**
   * Index after a "栏次" header (also spaced out "栏 次") and the column numbers that follow it
   * (ascending by one), or {@code i} when no such header starts at {@code i}. Each half of a
   * two-sided table has its own, and a table whose halves are stacked prints the second inside the
   * body.
   */
  private static int afterColumnNumbers(List<Item> items, int i) {
    int j;
    if (items.get(i).text().equals("栏次")) {
      j = i + 1;
    } else if (items.get(i).text().equals("栏")
        && i + 1 < items.size()
        && items.get(i + 1).text().equals("次")) {
      j = i + 2;
    } else {
      return i;
    }
    int previous = -1;
    while (j < items.size()
        && items.get(j).is(Item.Kind.INT)
        && items.get(j).text().length() <= 2
        && (previous < 0 || Integer.parseInt(items.get(j).text()) == previous + 1)) {
      previous = Integer.parseInt(items.get(j).text());
      j++;
    }
    return j;
  }

  private static void addValueOrLabel(RawRow row, Item it) {
    switch (it.kind()) {
      case AMOUNT -> {
        row.values.add(Optional.of(Amount.of(it.text(), AmountUnit.WAN_YUAN)));
        row.xs.add(it.x());
      }
      case DASH -> {
        row.values.add(Optional.empty());
        row.xs.add(it.x());
      }
      case TEXT -> row.label.append(it.text());
      default -> {}
    }
  }
}
