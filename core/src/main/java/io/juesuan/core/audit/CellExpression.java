package io.juesuan.core.audit;

import io.juesuan.core.table.CellPattern;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.Figures;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sum of cells written by key ("01.一般公共预算财政拨款收入+01.政府性基金预算财政拨款收入") or a named figure
 * ("@gpb.code(2010301)"), resolved in the edition's layouts; empty when a table it needs is not in
 * the report.
 */
final class CellExpression {
  private final LayoutSet layouts;
  private final Figures figures;

  CellExpression(LayoutSet layouts, Figures figures) {
    this.layouts = layouts;
    this.figures = figures;
  }

  Optional<BigDecimal> evaluate(String expression, io.juesuan.core.table.TableSet tables) {
    BigDecimal sum = BigDecimal.ZERO;
    for (CellRef ref : refs(expression)) {
      if (!tables.has(ref.table())) {
        return Optional.empty();
      }
      sum = sum.add(tables.amountOrZero(ref).value());
    }
    return Optional.of(sum);
  }

  /** "01表 31行 1栏" where 行次/栏次 are printed, "01表 收入总计" where they are not. */
  String describe(String expression) {
    StringBuilder b = new StringBuilder();
    for (CellRef ref : refs(expression)) {
      b.append(b.length() == 0 ? "" : "+").append(describe(ref));
    }
    return b.toString();
  }

  String describe(CellRef ref) {
    Optional<TableLayout> layout = layouts.find(ref.table());
    if (layout.isEmpty() || layout.get().numbered()) {
      return ref.label();
    }
    String row = layout.get().row(ref.row()).map(r -> r.label()).orElse(ref.row().value()).trim();
    String column =
        layout.get().columns().size() == 1
            ? ""
            : layout
                .get()
                .column(ref.column())
                .map(c -> " " + c.fullName())
                .orElse(" " + ref.column() + "栏");
    return ref.table() + "表 " + row + column;
  }

  String tableOf(String expression) {
    List<CellRef> refs = refs(expression);
    return refs.isEmpty() ? "" : refs.get(0).table().value();
  }

  private List<CellRef> refs(String expression) {
    List<CellRef> out = new ArrayList<>();
    for (String term : expression.split("\\+")) {
      String t = term.trim();
      if (t.startsWith("@")) {
        out.addAll(refs(expand(t)));
        continue;
      }
      CellPattern p = CellPattern.parse(t);
      CellPattern.Resolved<List<RowNo>> rows = p.rows(layouts);
      if (!rows.ok()) {
        throw new IllegalStateException(rows.problem());
      }
      CellPattern.Resolved<ColumnNo> column = p.column(layouts, rows.value().get());
      if (!column.ok()) {
        throw new IllegalStateException(column.problem());
      }
      for (RowNo r : rows.value().get()) {
        out.add(new CellRef(p.table(), r, column.value().get()));
      }
    }
    return out;
  }

  private String expand(String figure) {
    return figures.expand(figure);
  }

  /** Whether the edition prints the table (so a claim about it can be checked at all). */
  boolean hasTable(TableId id) {
    return layouts.find(id).isPresent();
  }
}
