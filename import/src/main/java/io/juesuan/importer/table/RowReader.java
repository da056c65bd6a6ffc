package io.juesuan.importer.table;

import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the rows of a table body from its items: by classification code (02, 03, 05, 07, 08表), by
 * economic code (06表), by printed 行次 or by row label (01, 04表), or as one row (09表).
 */
final class RowReader {
  private static final Pattern FUNCTION_CODE = Pattern.compile("2\\d{2}|2\\d{4}|2\\d{6}");
  private static final Pattern ECONOMIC_CLASS = Pattern.compile("3\\d{2}");
  private static final Pattern ECONOMIC_CODE = Pattern.compile("3\\d{2}|3\\d{4}");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern LABEL_NUMBER = Pattern.compile("^[一二三四五六七八九十]+、");

  private RowReader() {}

  static List<RawRow> byFunctionCode(List<Item> items) {
    Map<RowNo, RawRow> rows = new LinkedHashMap<>();
    RawRow current = null;
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      if (it.is(Item.Kind.INT)
          && FUNCTION_CODE.matcher(it.text()).matches()
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
      if (it.is(Item.Kind.INT) && ECONOMIC_CLASS.matcher(t).matches() && isSplitCode(items, i)) {
        key = Optional.of(RowNo.of(t + items.get(i + 1).text())); // "301" "01": 类 and 款 apart
        i++;
      } else if (it.is(Item.Kind.INT) && ECONOMIC_CODE.matcher(t).matches()) {
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
        && TWO_DIGITS.matcher(items.get(i + 1).text()).matches()
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
    float boundary = sideBoundary(items, layout);
    if (!Float.isNaN(boundary)) {
      return byLabelTwoSided(items, layout, boundary);
    }
    Map<RowNo, RawRow> rows = new LinkedHashMap<>();
    RawRow current = null;
    StringBuilder buffer = new StringBuilder();
    for (Item it : items) {
      if (it.is(Item.Kind.TEXT)) {
        buffer.append(it.text());
        Optional<RowLayout> row = labelAtEnd(buffer.toString(), layout.rows(), rows.keySet());
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

  private static final String INCOME = "income";
  private static final String EXPENDITURE = "expenditure";

  /**
   * Where the 支出 half of a two-sided table (01, 04表) begins on the page: the left edge of the
   * leftmost word that is by itself a label only the 支出 half has ("二、外交支出"), when every word that
   * is a label only the 收入 half has stands left of it; NaN for text without positions, one-sided
   * tables, halves stacked one above the other, or when no such word is seen.
   */
  static float sideBoundary(List<Item> items, TableLayout layout) {
    Set<String> income = new HashSet<>();
    Set<String> expenditure = new HashSet<>();
    for (RowLayout r : layout.rows()) {
      String l = normaliseLabel(r.label());
      if (l.length() >= 2) {
        (r.side().filter(EXPENDITURE::equals).isPresent() ? expenditure : income).add(l);
      }
    }
    if (expenditure.isEmpty() || income.isEmpty()) {
      return Float.NaN;
    }
    float boundary = Float.NaN;
    float incomeRight = Float.NaN;
    for (Item it : items) {
      if (!it.is(Item.Kind.TEXT) || Float.isNaN(it.x()) || Float.isNaN(it.right())) {
        continue;
      }
      String t = normaliseLabel(it.text());
      float left = it.left();
      if (expenditure.contains(t) && !income.contains(t)) {
        boundary = Float.isNaN(boundary) ? left : Math.min(boundary, left);
      } else if (income.contains(t) && !expenditure.contains(t)) {
        incomeRight = Float.isNaN(incomeRight) ? left : Math.max(incomeRight, left);
      }
    }
    if (Float.isNaN(boundary) || Float.isNaN(incomeRight) || incomeRight >= boundary - 1f) {
      return Float.NaN;
    }
    return boundary - 1f;
  }

  /**
   * Rows of a two-sided table read half by half: a word or value left of the boundary belongs to
   * the 收入 half, the rest to the 支出 half, so a value of one half is never given to the other.
   * Values printed before the end of their row's wrapped label (cells with vertically centred
   * content) wait for it.
   */
  private static List<RawRow> byLabelTwoSided(
      List<Item> items, TableLayout layout, float boundary) {
    Map<RowNo, RawRow> rows = new LinkedHashMap<>();
    Map<String, List<RowLayout>> layoutRows = new HashMap<>();
    for (RowLayout r : layout.rows()) {
      layoutRows
          .computeIfAbsent(
              r.side().filter(EXPENDITURE::equals).orElse(INCOME), k -> new ArrayList<>())
          .add(r);
    }
    Map<String, RawRow> current = new HashMap<>();
    Map<String, StringBuilder> buffer = new HashMap<>();
    Map<String, List<Item>> pending = new HashMap<>();
    for (Item it : items) {
      float left = it.left();
      String side = !Float.isNaN(left) && left >= boundary ? EXPENDITURE : INCOME;
      StringBuilder b = buffer.computeIfAbsent(side, k -> new StringBuilder());
      List<Item> waiting = pending.computeIfAbsent(side, k -> new ArrayList<>());
      List<RowLayout> candidates = layoutRows.getOrDefault(side, List.of());
      if (it.is(Item.Kind.TEXT)) {
        b.append(it.text());
        Optional<RowLayout> row = labelAtEnd(b.toString(), candidates, rows.keySet());
        if (row.isPresent()) {
          RawRow r = rows.computeIfAbsent(row.get().no(), RawRow::new);
          r.label.append(row.get().label());
          current.put(side, r);
          b.setLength(0);
          waiting.forEach(w -> addValueOrLabel(r, w));
          waiting.clear();
        }
      } else if (it.is(Item.Kind.AMOUNT) || it.is(Item.Kind.DASH)) {
        if (b.length() > 0 && startsUnusedLabel(b.toString(), candidates, rows.keySet())) {
          waiting.add(it); // the label of its row is still being printed
        } else {
          b.setLength(0);
          if (current.containsKey(side)) {
            addValueOrLabel(current.get(side), it);
          }
        }
      }
    }
    pending.forEach(
        (side, waiting) -> {
          if (current.containsKey(side)) {
            waiting.forEach(w -> addValueOrLabel(current.get(side), w));
          }
        });
    return new ArrayList<>(rows.values());
  }

  /** Whether a label buffer is the beginning of a row label not yet read. */
  private static boolean startsUnusedLabel(String buffer, List<RowLayout> rows, Set<RowNo> used) {
    String b = normaliseLabel(buffer);
    return b.length() >= 2
        && rows.stream()
            .filter(r -> !used.contains(r.no()))
            .map(r -> normaliseLabel(r.label()))
            .anyMatch(l -> l.length() > b.length() && l.startsWith(b));
  }

  private static Optional<RowLayout> labelAtEnd(
      String buffer, List<RowLayout> rows, Set<RowNo> used) {
    String b = normaliseLabel(buffer);
    RowLayout best = null;
    int bestLength = 0;
    for (RowLayout r : rows) {
      String l = normaliseLabel(r.label());
      if (l.length() >= 2 && !used.contains(r.no()) && b.endsWith(l) && l.length() > bestLength) {
        best = r;
        bestLength = l.length();
      }
    }
    return Optional.ofNullable(best);
  }

  static String normaliseLabel(String s) {
    return LABEL_NUMBER
        .matcher(WHITESPACE.matcher(s).replaceAll(""))
        .replaceAll("")
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
        row.rights.add(it.right());
        row.cells.add(new float[] {it.cellLeft(), it.cellRight()});
      }
      case DASH -> {
        row.values.add(Optional.empty());
        row.xs.add(it.x());
        row.rights.add(it.right());
        row.cells.add(new float[] {it.cellLeft(), it.cellRight()});
      }
      case TEXT -> row.label.append(it.text());
      default -> {}
    }
  }
}
