package io.juesuan.cli;

import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.ColumnLayout;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.TableLayout;
import io.juesuan.core.table.TableRow;
import io.juesuan.core.table.TableSet;
import java.util.ArrayList;
import java.util.List;

/** The nine tables as aligned text for a terminal (CJK characters count two columns). */
final class TableText {
  private static final int LABEL_WIDTH = 34;
  private static final int AMOUNT_WIDTH = 12;

  private TableText() {}

  static String write(FinalAccounts accounts, TableSet tables, LayoutSet layouts) {
    StringBuilder b = new StringBuilder();
    for (TableLayout layout : layouts.tables()) {
      DisclosureTable t = tables.table(layout.id()).orElseThrow();
      b.append(layout.titleFor(accounts.fiscalYear()))
          .append("    ")
          .append(layout.id().label())
          .append('\n');
      b.append("部门：").append(accounts.department().name()).append("    金额单位：万元\n");
      List<String> sides =
          layout.columns().stream().map(c -> c.side().orElse("")).distinct().toList();
      for (String side : sides) {
        List<ColumnLayout> cols =
            layout.columns().stream().filter(c -> c.side().orElse("").equals(side)).toList();
        b.append(header(cols)).append('\n');
        for (TableRow row : t.rows()) {
          boolean onSide = layout.row(row.no()).flatMap(r -> r.side()).orElse("").equals(side);
          if (!onSide || row.kind() == RowKind.SPACER) {
            continue;
          }
          b.append(line(t, row, cols)).append('\n');
        }
      }
      if (!t.hasFigures()) {
        layout
            .emptyStatementFor(accounts.department().name())
            .ifPresent(s -> b.append("说明：").append(s).append('\n'));
      }
      layout.formulas().forEach(f -> b.append(f).append('\n'));
      b.append('\n');
    }
    return b.toString();
  }

  private static String header(List<ColumnLayout> cols) {
    StringBuilder b = new StringBuilder(pad("行次/编码 项目", LABEL_WIDTH + 10, false));
    for (ColumnLayout c : cols) {
      b.append(pad(shorten(c.name()) + "(" + c.no() + ")", AMOUNT_WIDTH, true));
    }
    return b.toString();
  }

  private static String shorten(String s) {
    return s.length() > 5 ? s.substring(0, 5) : s;
  }

  private static String line(DisclosureTable t, TableRow row, List<ColumnLayout> cols) {
    String indent =
        switch (row.kind()) {
          case SECTION -> "  ";
          case ITEM -> "    ";
          default -> "";
        };
    StringBuilder b =
        new StringBuilder(pad(row.no().value(), 10, false))
            .append(pad(indent + row.label(), LABEL_WIDTH, false));
    List<String> cells = new ArrayList<>();
    for (ColumnLayout c : cols) {
      var cell = t.cell(row.no(), c.no());
      cells.add(
          cell.isBlank() ? "" : ((io.juesuan.core.table.Cell.Filled) cell).amount().grouped());
    }
    cells.forEach(s -> b.append(pad(s, AMOUNT_WIDTH, true)));
    return b.toString().stripTrailing();
  }

  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) > 0x2E7F ? 2 : 1;
    }
    return w;
  }

  static String pad(String s, int width, boolean right) {
    int gap = Math.max(1, width - width(s));
    String spaces = " ".repeat(gap);
    return right ? spaces + s : s + spaces;
  }
}
