package io.juesuan.web.portal;

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
 * A 公开表 prepared for the HTML page: title, blocks (two-sided tables have 收入 and 支出), rows, cells in
 * 万元.
 */
record TableView(
    String id,
    String title,
    List<Block> blocks,
    Optional<String> emptyStatement,
    List<String> notes) {

  /**
   * A side of a table: its multi-level header (rows of merged cells, as printed), the leaf column
   * names (for narrow screens and tests) and the rows.
   */
  record Block(String heading, List<List<Head>> header, List<String> columns, List<Row> rows) {
    int depth() {
      return header.size();
    }
  }

  /** A header cell spanning {@code colspan} columns and {@code rowspan} header rows. */
  record Head(String text, int colspan, int rowspan, boolean leaf) {}

  record Row(String no, String label, String kind, List<String> cells) {}

  static List<TableView> of(FinalAccounts a, TableSet tables) {
    LayoutSet layouts = io.juesuan.core.edition.Editions.installed().forAccounts(a).layouts();
    List<TableView> views = new ArrayList<>();
    for (TableLayout layout : layouts.tables()) {
      Optional<DisclosureTable> table = tables.table(layout.id());
      Map<String, List<Row>> bySide = new LinkedHashMap<>();
      Map<String, List<ColumnLayout>> columns = new LinkedHashMap<>();
      if (table.isPresent()) {
        for (TableRow row : table.get().rows()) {
          if (row.kind() == RowKind.SPACER) {
            continue;
          }
          Optional<RowLayout> rl = layout.row(row.no());
          String side = rl.flatMap(RowLayout::side).orElse("");
          List<ColumnLayout> cols = rl.map(layout::columnsOf).orElse(layout.columns());
          columns.putIfAbsent(side, cols);
          List<String> cells = new ArrayList<>();
          for (ColumnLayout c : cols) {
            Cell cell = table.get().cell(row.no(), c.no());
            cells.add(cell.isBlank() ? "" : cell.amountOrZero(tables.unit()).grouped());
          }
          String no =
              row.kind().isCode() || !layout.numbered()
                  ? ""
                  : row.no().isNumber() ? row.no().value() : "";
          String label = row.kind().isCode() ? row.no().value() + " " + row.label() : row.label();
          bySide
              .computeIfAbsent(side, s -> new ArrayList<>())
              .add(new Row(no, label, row.kind().name().toLowerCase(java.util.Locale.ROOT), cells));
        }
      }
      List<Block> blocks = new ArrayList<>();
      bySide.forEach(
          (side, rows) ->
              blocks.add(
                  new Block(
                      side.equals("income") ? "收入" : side.equals("expenditure") ? "支出" : "",
                      header(columns.get(side)),
                      columns.get(side).stream()
                          .map(c -> c.fullName().replace("/", " · ") + "（" + c.no().value() + "）")
                          .toList(),
                      rows)));
      boolean empty = table.map(t -> !t.hasFigures()).orElse(true);
      views.add(
          new TableView(
              layout.id().value(),
              layout.printedLabel().map(l -> l + " ").orElse("") + layout.titleFor(a.fiscalYear()),
              blocks,
              empty ? layout.emptyStatementFor(a.department().name()) : Optional.empty(),
              layout.notes()));
    }
    return views;
  }

  /** The real multi-level header, merged as the PDF prints it, each leaf with its 栏次. */
  static List<List<Head>> header(List<ColumnLayout> columns) {
    List<List<String>> paths = new ArrayList<>();
    for (ColumnLayout c : columns) {
      List<String> p = new ArrayList<>(c.header());
      if (p.isEmpty()) {
        p.add(c.fullName());
      }
      p.set(p.size() - 1, p.get(p.size() - 1) + "（" + c.no().value() + "）");
      paths.add(p);
    }
    List<List<Head>> rows = new ArrayList<>();
    for (List<io.juesuan.render.grid.GridCell> row : io.juesuan.render.grid.HeaderGrid.of(paths)) {
      rows.add(
          row.stream()
              .map(
                  g ->
                      new Head(
                          g.text(),
                          g.colspan(),
                          g.rowspan(),
                          rows.size() + g.rowspan()
                              == paths.stream().mapToInt(List::size).max().orElse(1)))
              .toList());
    }
    return rows;
  }
}
