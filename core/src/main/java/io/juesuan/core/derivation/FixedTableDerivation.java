package io.juesuan.core.derivation;

import io.juesuan.core.money.Amount;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.table.ColumnLayout;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.LinearExpression;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableLayout;
import io.juesuan.core.table.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Derives a table whose rows are fixed by the layout (01, 04, 09表). The layout is compiled once
 * into a formula per cell — the other cells it adds (a 栏次 formula, a row range, {@code #}rows of an
 * expression) and the measures or facts it takes — so a department's table is derived without
 * parsing anything. A cell whose formula cannot be compiled (a row the layout lacks, an unknown
 * measure) fails only when it is derived, as it did when formulas were read per cell.
 */
final class FixedTableDerivation {
  private final TableLayout layout;
  private final List<RowLayout> rows;
  private final List<ColumnLayout> columns;
  private final Map<RowNo, Integer> rowIndex = new HashMap<>();
  private final Map<ColumnNo, Integer> columnIndex = new HashMap<>();

  /** The formula of each cell, by the row's and the column's index in the layout. */
  private final Formula[][] formulas;

  /** The columns each row prints, by index. */
  private final int[][] printed;

  FixedTableDerivation(TableLayout layout) {
    this.layout = layout;
    this.rows = layout.rows();
    this.columns = layout.columns();
    for (int r = 0; r < rows.size(); r++) {
      rowIndex.putIfAbsent(rows.get(r).no(), r);
    }
    for (int c = 0; c < columns.size(); c++) {
      columnIndex.putIfAbsent(columns.get(c).no(), c);
    }
    formulas = new Formula[rows.size()][columns.size()];
    printed = new int[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      RowLayout row = rows.get(r);
      printed[r] = layout.columnsOf(row).stream().mapToInt(c -> columnIndex.get(c.no())).toArray();
      for (int c = 0; c < columns.size(); c++) {
        formulas[r][c] = compileOrFailure(row, columns.get(c));
      }
    }
  }

  DisclosureTable derive(MeasureEvaluator measures) {
    Evaluation e = new Evaluation(measures);
    DisclosureTable.Builder b = DisclosureTable.builder(layout.id(), measures.zero().unit());
    for (int r = 0; r < rows.size(); r++) {
      RowLayout row = rows.get(r);
      b.row(new TableRow(row.no(), row.label(), kindOf(row)));
      if (row.isSpacer()) {
        continue;
      }
      int canonical = rowIndex.get(row.no());
      for (int c : printed[r]) {
        b.putNonZero(row.no(), columns.get(c).no(), e.value(canonical, c));
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

  /** One sum: cells of the table (by index) and measures or facts, each with its sign. */
  private record Formula(
      int[] cellSigns,
      int[] cellRows,
      int[] cellColumns,
      List<Leaf> leaves,
      Optional<RuntimeException> failure) {}

  /** A measure summed over the 项 under a code ("" for all), or a fact; with its sign. */
  private record Leaf(int sign, Optional<ItemMeasure> measure, Optional<Fact> fact, String code) {}

  /** Sums of cells and leaves, collected while a formula is compiled. */
  private static final class Terms {
    private final List<int[]> cells = new ArrayList<>();
    private final List<Leaf> leaves = new ArrayList<>();

    void cell(int sign, int row, int column) {
      cells.add(new int[] {sign, row, column});
    }

    Formula formula() {
      int n = cells.size();
      int[] signs = new int[n];
      int[] rs = new int[n];
      int[] cs = new int[n];
      for (int i = 0; i < n; i++) {
        signs[i] = cells.get(i)[0];
        rs[i] = cells.get(i)[1];
        cs[i] = cells.get(i)[2];
      }
      return new Formula(signs, rs, cs, List.copyOf(leaves), Optional.empty());
    }
  }

  private Formula compileOrFailure(RowLayout row, ColumnLayout column) {
    try {
      return compile(row, column);
    } catch (RuntimeException failure) {
      return new Formula(new int[0], new int[0], new int[0], List.of(), Optional.of(failure));
    }
  }

  private Formula compile(RowLayout row, ColumnLayout column) {
    Terms terms = new Terms();
    int r = rowIndex.get(row.no());
    if (row.isSpacer()) {
      return terms.formula();
    }
    if (column.sum().isPresent()) {
      for (LinearExpression.Term t : LinearExpression.parse(column.sum().get()).terms()) {
        ColumnLayout other = layout.column(ColumnNo.of(Integer.parseInt(t.text()))).orElseThrow();
        terms.cell(t.sign(), r, columnIndex.get(other.no()));
      }
      return terms.formula();
    }
    String code = row.code().orElse("");
    String expr =
        row.attribute("value." + column.no()).or(() -> row.attribute("value")).orElse(null);
    if (expr != null) {
      for (LinearExpression.Term t : LinearExpression.parse(expr).terms()) {
        if (t.text().startsWith("#")) {
          for (RowNo other : TableDeriver.rowRange(layout, t.text())) {
            addCell(terms, t.sign(), other, column);
          }
        } else {
          terms.leaves.add(leaf(t.sign(), t.text(), code));
        }
      }
      return terms.formula();
    }
    if (row.attribute("value.1").isPresent()
        || row.attributes().keySet().stream().anyMatch(k -> k.startsWith("value."))) {
      return terms.formula();
    }
    if (row.attribute("sum").isPresent()) {
      for (RowNo other : TableDeriver.rowRange(layout, row.attribute("sum").get())) {
        addCell(terms, 1, other, column);
      }
      return terms.formula();
    }
    if (row.code().isPresent() && column.measure().isPresent()) {
      for (LinearExpression.Term t : LinearExpression.parse(column.measure().get()).terms()) {
        terms.leaves.add(leaf(t.sign(), t.text(), code));
      }
    }
    return terms.formula();
  }

  /**
   * The cell of another row in the same column, or in that row's first column (01表: 60 = 31 − 58 −
   * 59).
   */
  private void addCell(Terms terms, int sign, RowNo no, ColumnLayout column) {
    Integer r = rowIndex.get(no);
    if (r == null) {
      throw new IllegalStateException("公开" + layout.id() + "表没有第" + no + "行");
    }
    List<ColumnLayout> cols = layout.columnsOf(rows.get(r));
    ColumnLayout c =
        cols.stream().filter(x -> x.no().equals(column.no())).findFirst().orElse(cols.get(0));
    terms.cell(sign, r, columnIndex.get(c.no()));
  }

  private static Leaf leaf(int sign, String text, String code) {
    Optional<ItemMeasure> m = ItemMeasure.ofKey(text);
    Optional<Fact> f = m.isPresent() ? Optional.empty() : Fact.ofKey(text);
    if (m.isEmpty() && f.isEmpty()) {
      throw new IllegalArgumentException("表样公式中的未知项: " + text);
    }
    return new Leaf(sign, m, f, code);
  }

  /** One department's table being derived: each cell computed once, cycles refused. */
  private final class Evaluation {
    private final MeasureEvaluator measures;
    private final Amount[][] memo = new Amount[rows.size()][columns.size()];
    private final boolean[][] visiting = new boolean[rows.size()][columns.size()];

    Evaluation(MeasureEvaluator measures) {
      this.measures = measures;
    }

    Amount value(int r, int c) {
      Amount known = memo[r][c];
      if (known != null) {
        return known;
      }
      if (visiting[r][c]) {
        throw new IllegalStateException(
            "公开" + layout.id() + "表公式循环: " + rows.get(r).no() + "." + columns.get(c).no());
      }
      visiting[r][c] = true;
      Formula f = formulas[r][c];
      if (f.failure().isPresent()) {
        throw f.failure().get();
      }
      Amount sum = measures.zero();
      for (int i = 0; i < f.cellSigns().length; i++) {
        sum =
            MeasureEvaluator.add(sum, f.cellSigns()[i], value(f.cellRows()[i], f.cellColumns()[i]));
      }
      for (Leaf leaf : f.leaves()) {
        Amount v =
            leaf.measure().isPresent()
                ? measures.sum(leaf.measure().get(), leaf.code())
                : measures.fact(leaf.fact().get());
        sum = MeasureEvaluator.add(sum, leaf.sign(), v);
      }
      visiting[r][c] = false;
      memo[r][c] = sum;
      return sum;
    }
  }
}
