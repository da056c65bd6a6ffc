package io.juesuan.core.derivation;

import io.juesuan.core.money.Amount;
import io.juesuan.core.table.ColumnLayout;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.LinearExpression;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableLayout;
import io.juesuan.core.table.TableRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Derives a table whose rows are fixed by the layout (01, 04, 09表). */
final class FixedTableDerivation {
  private final TableLayout layout;
  private final MeasureEvaluator measures;
  private final Map<String, Amount> memo = new HashMap<>();
  private final Set<String> visiting = new HashSet<>();

  FixedTableDerivation(TableLayout layout, MeasureEvaluator measures) {
    this.layout = layout;
    this.measures = measures;
  }

  DisclosureTable derive() {
    DisclosureTable.Builder b = DisclosureTable.builder(layout.id(), measures.zero().unit());
    for (RowLayout row : layout.rows()) {
      b.row(new TableRow(row.no(), row.label(), kindOf(row)));
      if (row.isSpacer()) {
        continue;
      }
      for (ColumnLayout column : layout.columnsOf(row)) {
        b.putNonZero(row.no(), column.no(), value(row, column));
      }
    }
    return b.build();
  }

  private static RowKind kindOf(RowLayout row) {
    if (row.isSpacer()) {
      return RowKind.SPACER;
    }
    return row.label().endsWith("合计") || row.label().equals("总计") ? RowKind.TOTAL : RowKind.LINE;
  }

  private Amount value(RowLayout row, ColumnLayout column) {
    String key = row.no() + "." + column.no();
    Amount known = memo.get(key);
    if (known != null) {
      return known;
    }
    if (!visiting.add(key)) {
      throw new IllegalStateException("公开" + layout.id() + "表公式循环: " + key);
    }
    Amount v = compute(row, column);
    visiting.remove(key);
    memo.put(key, v);
    return v;
  }

  private Amount compute(RowLayout row, ColumnLayout column) {
    if (row.isSpacer()) {
      return measures.zero();
    }
    if (column.sum().isPresent()) {
      Amount sum = measures.zero();
      for (LinearExpression.Term t : measures.parse(column.sum().get()).terms()) {
        ColumnLayout other = layout.column(ColumnNo.of(Integer.parseInt(t.text()))).orElseThrow();
        sum = MeasureEvaluator.add(sum, t.sign(), value(row, other));
      }
      return sum;
    }
    String expr =
        row.attribute("value." + column.no()).or(() -> row.attribute("value")).orElse(null);
    if (expr != null) {
      return expression(expr, row, column);
    }
    if (row.attribute("value.1").isPresent()
        || row.attributes().keySet().stream().anyMatch(k -> k.startsWith("value."))) {
      return measures.zero();
    }
    if (row.attribute("sum").isPresent()) {
      Amount sum = measures.zero();
      for (RowNo r : TableDeriver.rowRange(layout, row.attribute("sum").get())) {
        sum = sum.plus(value(rowLayout(r), columnFor(rowLayout(r), column)));
      }
      return sum;
    }
    if (row.code().isPresent() && column.measure().isPresent()) {
      Amount sum = measures.zero();
      for (LinearExpression.Term t : measures.parse(column.measure().get()).terms()) {
        sum = MeasureEvaluator.add(sum, t.sign(), measures.term(t.text(), row.code()));
      }
      return sum;
    }
    return measures.zero();
  }

  private Amount expression(String expr, RowLayout row, ColumnLayout column) {
    Amount sum = measures.zero();
    for (LinearExpression.Term t : measures.parse(expr).terms()) {
      Amount v;
      if (t.text().startsWith("#")) {
        v = measures.zero();
        for (RowNo r : TableDeriver.rowRange(layout, t.text())) {
          RowLayout other = rowLayout(r);
          v = v.plus(value(other, columnFor(other, column)));
        }
      } else {
        v = measures.term(t.text(), row.code());
      }
      sum = MeasureEvaluator.add(sum, t.sign(), v);
    }
    return sum;
  }

  /**
   * The same column when the other row has it, else that row's first column (01表: 60 = 31 − 58 −
   * 59).
   */
  private ColumnLayout columnFor(RowLayout other, ColumnLayout column) {
    List<ColumnLayout> cols = layout.columnsOf(other);
    return cols.stream().filter(c -> c.no().equals(column.no())).findFirst().orElse(cols.get(0));
  }

  private RowLayout rowLayout(RowNo no) {
    return layout
        .row(no)
        .orElseThrow(() -> new IllegalStateException("公开" + layout.id() + "表没有第" + no + "行"));
  }
}
