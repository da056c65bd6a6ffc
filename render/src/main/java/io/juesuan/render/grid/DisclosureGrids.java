package io.juesuan.render.grid;

import io.juesuan.core.table.Cell;
import io.juesuan.core.table.ColumnLayout;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableKind;
import io.juesuan.core.table.TableLayout;
import io.juesuan.core.table.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays out a derived 公开表 in its official form, from its layout resource: merged headers, 行次/栏次,
 * blocks.
 */
public final class DisclosureGrids {
  private DisclosureGrids() {}

  public static Grid of(TableLayout layout, DisclosureTable table) {
    if (layout.kind() == TableKind.ECONOMIC) {
      return economic(layout, table);
    }
    if (layout.kind() == TableKind.CLASSIFIED) {
      return classified(layout, table);
    }
    boolean twoSided = layout.columns().stream().anyMatch(c -> c.side().isPresent());
    return twoSided ? twoSided(layout, table) : plain(layout, table);
  }

  /** A cell as the edition prints it: blank, or 0.00 where the layout prints zeros. */
  private static GridCell amount(TableLayout layout, DisclosureTable t, RowNo row, ColumnLayout c) {
    Cell cell = t.cell(row, c.no());
    Optional<BigDecimal> v =
        cell instanceof Cell.Filled f
            ? Optional.of(f.amount().value())
            : layout.printsZeros() ? Optional.of(BigDecimal.ZERO.setScale(2)) : Optional.empty();
    return GridCell.amount(v);
  }

  private static GridCell columnNumbersLabel(int span) {
    return new GridCell("栏次", span, 1, GridCell.CellKind.CENTER, Optional.empty(), false);
  }

  private static Grid twoSided(TableLayout layout, DisclosureTable table) {
    List<String> sides =
        layout.columns().stream().map(c -> c.side().orElseThrow()).distinct().toList();
    List<List<String>> paths = new ArrayList<>();
    List<GridCell> numbers = new ArrayList<>();
    List<List<RowLayout>> rowsBySide = new ArrayList<>();
    boolean numbered = layout.numbered();
    for (String side : sides) {
      List<ColumnLayout> cols = columns(layout, side);
      String name = cols.get(0).header().get(0);
      paths.add(List.of(name, "项目"));
      if (numbered) {
        paths.add(List.of(name, "行次"));
        numbers.add(columnNumbersLabel(2));
      }
      cols.forEach(c -> paths.add(c.header()));
      if (numbered) {
        cols.forEach(c -> numbers.add(GridCell.center(Integer.toString(c.no().value()))));
      }
      rowsBySide.add(
          layout.rows().stream().filter(r -> r.side().map(side::equals).orElse(false)).toList());
    }
    List<List<GridCell>> head = new ArrayList<>(HeaderGrid.of(paths));
    if (numbered) {
      head.add(numbers);
    }
    int height = rowsBySide.stream().mapToInt(List::size).max().orElse(0);
    List<List<GridCell>> body = new ArrayList<>();
    for (int i = 0; i < height; i++) {
      List<GridCell> row = new ArrayList<>();
      for (int s = 0; s < sides.size(); s++) {
        List<ColumnLayout> cols = columns(layout, sides.get(s));
        if (i >= rowsBySide.get(s).size()) {
          row.add(GridCell.text(""));
          if (numbered) {
            row.add(GridCell.text(""));
          }
          cols.forEach(c -> row.add(GridCell.text("")));
          continue;
        }
        RowLayout r = rowsBySide.get(s).get(i);
        boolean total = table.row(r.no()).map(tr -> tr.kind() == RowKind.TOTAL).orElse(false);
        List<GridCell> cells = new ArrayList<>();
        cells.add(total && !numbered ? GridCell.center(r.label()) : GridCell.text(r.label()));
        if (numbered) {
          cells.add(GridCell.center(r.no().value()));
        }
        cols.forEach(
            c -> cells.add(r.isSpacer() ? GridCell.text("") : amount(layout, table, r.no(), c)));
        cells.forEach(c -> row.add(total ? c.emphasised() : c));
      }
      body.add(row);
    }
    return new Grid(paths.size(), head, body);
  }

  private static List<ColumnLayout> columns(TableLayout layout, String side) {
    return layout.columns().stream().filter(c -> c.side().map(side::equals).orElse(false)).toList();
  }

  private static Grid plain(TableLayout layout, DisclosureTable table) {
    List<List<String>> paths = layout.columns().stream().map(ColumnLayout::header).toList();
    List<List<GridCell>> head = new ArrayList<>(HeaderGrid.of(paths));
    if (layout.numbered()) {
      head.add(
          layout.columns().stream()
              .map(c -> GridCell.center(Integer.toString(c.no().value())))
              .toList());
    }
    List<List<GridCell>> body = new ArrayList<>();
    for (RowLayout r : layout.rows()) {
      body.add(layout.columns().stream().map(c -> amount(layout, table, r.no(), c)).toList());
    }
    return new Grid(paths.size(), head, body);
  }

  private static Grid classified(TableLayout layout, DisclosureTable table) {
    List<List<String>> paths = new ArrayList<>();
    paths.add(List.of("项目", "功能分类科目编码"));
    paths.add(List.of("项目", "科目名称"));
    layout.columns().forEach(c -> paths.add(c.header()));
    List<List<GridCell>> head = new ArrayList<>(HeaderGrid.of(paths));
    if (layout.numbered()) {
      List<GridCell> numbers = new ArrayList<>();
      numbers.add(columnNumbersLabel(2));
      layout.columns().forEach(c -> numbers.add(GridCell.center(Integer.toString(c.no().value()))));
      head.add(numbers);
    }
    List<List<GridCell>> body = new ArrayList<>();
    List<TableRow> rows = new ArrayList<>(table.rows());
    if (layout.totalLast()) {
      rows.sort(java.util.Comparator.comparing(r -> r.kind() == RowKind.TOTAL));
    }
    for (TableRow r : rows) {
      List<GridCell> row = new ArrayList<>();
      if (r.kind() == RowKind.TOTAL) {
        row.add(new GridCell(r.label(), 2, 1, GridCell.CellKind.CENTER, Optional.empty(), true));
      } else {
        row.add(GridCell.center(r.no().value()));
        row.add(GridCell.text(indent(r.kind()) + r.label()));
      }
      layout.columns().forEach(c -> row.add(amount(layout, table, r.no(), c)));
      body.add(
          r.kind() == RowKind.TOTAL || r.kind() == RowKind.CATEGORY
              ? row.stream().map(GridCell::emphasised).toList()
              : row);
    }
    return new Grid(paths.size(), head, body);
  }

  private static String indent(RowKind kind) {
    return switch (kind) {
      case SECTION -> "\u3000";
      case ITEM -> "\u3000\u3000";
      default -> "";
    };
  }

  private static Grid economic(TableLayout layout, DisclosureTable table) {
    ColumnLayout column = layout.columns().get(0);
    List<List<TableRow>> blocks = new ArrayList<>();
    List<TableRow> totals = new ArrayList<>();
    List<TableRow> current = new ArrayList<>();
    for (TableRow r : table.rows()) {
      if (r.kind() == RowKind.TOTAL) {
        blocks.add(current);
        totals.add(r);
        current = new ArrayList<>();
      } else {
        current.add(r);
      }
    }
    List<List<String>> paths = new ArrayList<>();
    for (TableRow total : totals) {
      String name = total.label().replace("合计", "");
      paths.add(List.of(name, "科目代码"));
      paths.add(List.of(name, "科目名称"));
      paths.add(List.of(name, column.name()));
    }
    List<List<GridCell>> body = new ArrayList<>();
    int height = blocks.stream().mapToInt(List::size).max().orElse(0);
    for (int i = 0; i < height; i++) {
      List<GridCell> row = new ArrayList<>();
      for (List<TableRow> block : blocks) {
        if (i >= block.size()) {
          row.add(GridCell.text(""));
          row.add(GridCell.text(""));
          row.add(GridCell.text(""));
          continue;
        }
        TableRow r = block.get(i);
        List<GridCell> cells =
            List.of(
                GridCell.center(r.no().value()),
                GridCell.text(r.label()),
                amount(layout, table, r.no(), column));
        cells.forEach(c -> row.add(r.kind() == RowKind.CATEGORY ? c.emphasised() : c));
      }
      body.add(row);
    }
    List<GridCell> last = new ArrayList<>();
    for (TableRow total : totals) {
      last.add(new GridCell(total.label(), 2, 1, GridCell.CellKind.CENTER, Optional.empty(), true));
      last.add(amount(layout, table, total.no(), column).emphasised());
    }
    body.add(last);
    return new Grid(paths.size(), HeaderGrid.of(paths), body);
  }
}
