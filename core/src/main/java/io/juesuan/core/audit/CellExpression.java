package io.juesuan.core.audit;

import io.juesuan.core.money.Amount;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableSet;
import java.math.BigDecimal;
import java.util.Optional;

/** A sum of cells written "01.1.1+01.2.1"; empty when a table it needs is not in the report. */
final class CellExpression {
  private CellExpression() {}

  static Optional<BigDecimal> evaluate(String expression, TableSet tables) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String ref : expression.split("\\+")) {
      String[] p = ref.trim().split("\\.");
      TableId t = TableId.of(p[0]);
      if (!tables.has(t)) {
        return Optional.empty();
      }
      Amount a =
          tables
              .table(t)
              .orElseThrow()
              .amountOrZero(RowNo.of(p[1]), ColumnNo.of(Integer.parseInt(p[2])));
      sum = sum.add(a.value());
    }
    return Optional.of(sum);
  }

  /** "01表 31行 1栏" for people. */
  static String describe(String expression) {
    StringBuilder b = new StringBuilder();
    for (String ref : expression.split("\\+")) {
      String[] p = ref.trim().split("\\.");
      b.append(b.length() == 0 ? "" : "+")
          .append(p[0])
          .append("表 ")
          .append(p[1])
          .append(p[1].matches("\\d{1,2}") ? "行" : "")
          .append(" ")
          .append(p[2])
          .append("栏");
    }
    return b.toString();
  }

  static String tableOf(String expression) {
    return expression.split("\\.")[0];
  }
}
