package io.juesuan.dataset;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.edition.Edition;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.money.Rounding;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableKind;
import io.juesuan.core.table.TableLayout;
import io.juesuan.core.table.TableRow;
import io.juesuan.core.table.TableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The canonical cell CSV of SPEC §8: header {@code table,row,column,value}, one line per non-blank
 * cell, values in 万元 with two decimals, sorted by table, the table's row order, column.
 */
public final class CellsCsv {
  public static final String HEADER = "table,row,column,value";

  private CellsCsv() {}

  /** Writes a table set (converted to 万元 first) as CSV text ending with a newline. */
  public static String write(TableSet tables) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    for (Map.Entry<CellRef, Amount> e : tables.toWanYuan().cells()) {
      CellRef r = e.getKey();
      b.append(r.table())
          .append(',')
          .append(r.row())
          .append(',')
          .append(r.column())
          .append(',')
          .append(Rounding.toWanYuan(e.getValue()).plain())
          .append('\n');
    }
    return b.toString();
  }

  /**
   * Reads cells typed or imported elsewhere into a table set in 万元, rows ordered and labelled by
   * the edition's layout and catalog. Every bad line is reported (file, line, field). The CSV has
   * one line per non-blank cell, so a table without any line is indistinguishable from a table the
   * source did not give: it is left out of the set, and the checks that need it report that they
   * could not run.
   */
  public static TableSet read(String text, String displayName, Edition edition) {
    LayoutSet layouts = edition.layouts();
    Catalog catalog = edition.catalog();
    List<String> problems = new ArrayList<>();
    String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
    if (lines.length == 0 || !lines[0].trim().equals(HEADER)) {
      throw new DatasetException(displayName + " 第1行: 表头应为 " + HEADER);
    }
    Map<TableId, Map<RowNo, Map<ColumnNo, Amount>>> cells = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()) {
        continue;
      }
      String where = displayName + " 第" + (i + 1) + "行: ";
      String[] f = line.split(",", -1);
      if (f.length != 4) {
        problems.add(where + "应有4个字段（table,row,column,value），实有" + f.length + "个");
        continue;
      }
      Optional<TableLayout> layout =
          f[0].matches("\\d{2}") ? layouts.find(TableId.of(f[0])) : Optional.empty();
      if (layout.isEmpty()) {
        problems.add(where + "表号 \"" + f[0] + "\" 应为 01 至 09");
        continue;
      }
      String rowError = rowError(layout.get(), f[1]);
      if (rowError != null) {
        problems.add(where + rowError);
        continue;
      }
      if (!f[2].matches("\\d{1,2}")
          || layout
              .get()
              .column(ColumnNo.of(Math.max(1, Integer.parseInt(f[2].isEmpty() ? "0" : f[2]))))
              .isEmpty()) {
        problems.add(where + "公开" + f[0] + "表没有栏次 \"" + f[2] + "\"");
        continue;
      }
      Optional<Amount> amount = Amount.parse(f[3], AmountUnit.WAN_YUAN);
      if (amount.isEmpty()) {
        problems.add(where + "金额 \"" + f[3] + "\" 不是最多两位小数的数字（单位：万元）");
        continue;
      }
      Amount previous =
          cells
              .computeIfAbsent(layout.get().id(), k -> new LinkedHashMap<>())
              .computeIfAbsent(RowNo.of(f[1]), k -> new TreeMap<>())
              .put(ColumnNo.of(Integer.parseInt(f[2])), amount.get());
      if (previous != null) {
        problems.add(where + "单元格 " + f[0] + "表 " + f[1] + " " + f[2] + "栏 重复出现");
      }
    }
    if (!problems.isEmpty()) {
      throw new DatasetException(problems);
    }
    Map<TableId, DisclosureTable> tables = new TreeMap<>();
    for (TableLayout layout : layouts.tables()) {
      if (cells.containsKey(layout.id())) {
        tables.put(layout.id(), table(layout, cells.get(layout.id()), catalog));
      }
    }
    return new TableSet(AmountUnit.WAN_YUAN, tables);
  }

  private static String rowError(TableLayout layout, String row) {
    if (row.isEmpty()) {
      return "行次为空";
    }
    return switch (layout.kind()) {
      case FIXED ->
          layout.row(RowNo.of(row)).isPresent()
              ? null
              : "公开" + layout.id() + "表没有行次 \"" + row + "\"";
      case CLASSIFIED ->
          row.equals("合计") || FunctionCode.isValid(row)
              ? null
              : "公开" + layout.id() + "表的行应为 合计 或3、5、7位功能分类编码，实为 \"" + row + "\"";
      case ECONOMIC ->
          layout.row(RowNo.of(row)).isPresent() || EconomicCode.isValid(row)
              ? null
              : "公开" + layout.id() + "表的行应为经济分类编码或合计名称，实为 \"" + row + "\"";
    };
  }

  private static DisclosureTable table(
      TableLayout layout, Map<RowNo, Map<ColumnNo, Amount>> cells, Catalog catalog) {
    DisclosureTable.Builder b = DisclosureTable.builder(layout.id(), AmountUnit.WAN_YUAN);
    if (layout.kind() == TableKind.CLASSIFIED) {
      b.row(new TableRow(RowNo.TOTAL, "合计", RowKind.TOTAL));
      new TreeMap<>(toStringKeys(cells))
          .keySet().stream()
              .filter(k -> !k.equals("合计"))
              .forEach(
                  code ->
                      b.row(
                          new TableRow(
                              RowNo.of(code),
                              catalog.functionName(FunctionCode.of(code)).orElse(""),
                              RowKind.ofCode(code))));
    } else {
      List<RowLayout> rows = layout.rows();
      if (layout.kind() == TableKind.ECONOMIC) {
        List<String> codes =
            cells.keySet().stream().map(RowNo::value).filter(EconomicCode::isValid).toList();
        rows =
            layout.rowsWithCodes(
                codes, c -> catalog.economicName(EconomicCode.of(c)).orElse(""), "public");
      }
      for (RowLayout r : rows) {
        b.row(
            new TableRow(
                r.no(),
                r.label(),
                layout.kind() == TableKind.ECONOMIC
                    ? (r.attribute("total").isPresent()
                        ? RowKind.TOTAL
                        : RowKind.ofCode(r.no().value()))
                    : (r.isSpacer() ? RowKind.SPACER : RowKind.LINE)));
      }
    }
    cells.forEach((r, m) -> m.forEach((c, a) -> b.put(r, c, a)));
    return b.build();
  }

  private static Map<String, Object> toStringKeys(Map<RowNo, ?> m) {
    Map<String, Object> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k.value(), v));
    return out;
  }
}
