package io.juesuan.core.table;

import java.util.Objects;

/** A cell's address: 公开表, 行次, 栏次. Printed as "01表 27行 1栏". */
public record CellRef(TableId table, RowNo row, ColumnNo column) {
  public CellRef {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
  }

  public static CellRef of(String table, String row, int column) {
    return new CellRef(TableId.of(table), RowNo.of(row), ColumnNo.of(column));
  }

  /** "02表 2013602行 1栏" (行次 for numbered rows, the code or total name otherwise). */
  public String label() {
    return table.value()
        + "表 "
        + row.value()
        + (row.isNumber() && row.value().length() <= 2 ? "行" : "")
        + " "
        + column.value()
        + "栏";
  }

  @Override
  public String toString() {
    return table + "." + row + "." + column;
  }
}
