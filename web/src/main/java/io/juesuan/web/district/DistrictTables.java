package io.juesuan.web.district;

import io.juesuan.core.edition.Editions;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.Cell;
import io.juesuan.core.table.ColumnLayout;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.TableLayout;
import io.juesuan.core.table.TableRow;
import io.juesuan.core.table.TableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nine tables of a 汇总 for the page, in 万元, every figure a link to its drill-down (table, row
 * key, column number).
 */
record DistrictTables(String id, String title, List<Block> blocks) {
  record Block(String heading, List<String> columns, List<Row> rows) {}

  record Row(String label, String kind, List<Figure> cells) {}

  /** A printed figure and where it is (empty text: blank cell, no link). */
  record Figure(String text, String table, String row, int column) {}

  static List<DistrictTables> of(FinalAccounts a, TableSet exact) {
    TableSet tables = exact.toWanYuan();
    LayoutSet layouts = Editions.installed().forAccounts(a).layouts();
    List<DistrictTables> out = new ArrayList<>();
    for (TableLayout layout : layouts.tables()) {
      Optional<DisclosureTable> table = tables.table(layout.id());
      Map<String, List<Row>> bySide = new LinkedHashMap<>();
      Map<String, List<ColumnLayout>> columns = new LinkedHashMap<>();
      if (table.isEmpty()) {
        continue;
      }
      for (TableRow row : table.get().rows()) {
        if (row.kind() == RowKind.SPACER) {
          continue;
        }
        Optional<RowLayout> rl = layout.row(row.no());
        String side = rl.flatMap(RowLayout::side).orElse("");
        List<ColumnLayout> cols = rl.map(layout::columnsOf).orElse(layout.columns());
        columns.putIfAbsent(side, cols);
        List<Figure> cells = new ArrayList<>();
        for (ColumnLayout c : cols) {
          Cell cell = table.get().cell(row.no(), c.no());
          cells.add(
              new Figure(
                  cell.isBlank() ? "" : cell.amountOrZero(tables.unit()).grouped(),
                  layout.id().value(),
                  row.no().value(),
                  c.no().value()));
        }
        String label = row.kind().isCode() ? row.no().value() + " " + row.label() : row.label();
        bySide
            .computeIfAbsent(side, s -> new ArrayList<>())
            .add(new Row(label, row.kind().name().toLowerCase(java.util.Locale.ROOT), cells));
      }
      List<Block> blocks = new ArrayList<>();
      bySide.forEach(
          (side, rows) ->
              blocks.add(
                  new Block(
                      side.equals("income") ? "收入" : side.equals("expenditure") ? "支出" : "",
                      columns.get(side).stream()
                          .map(c -> c.fullName().replace("/", " · ") + "（" + c.no().value() + "）")
                          .toList(),
                      rows)));
      out.add(
          new DistrictTables(
              layout.id().value(),
              layout.printedLabel().map(l -> l + " ").orElse("") + layout.titleFor(a.fiscalYear()),
              blocks));
    }
    return out;
  }
}
