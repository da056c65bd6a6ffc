package io.juesuan.importer.layout;

import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.TableId;
import java.util.List;
import java.util.Objects;

/**
 * A relation that tells where a value belongs when its 栏次 is not printed: the cell (table, row
 * pattern, column) compared with the sum of other cells ({@code 01.27.1}, {@code 05.{code}.2}).
 */
public record Anchor(TableId table, String row, ColumnNo column, String op, List<String> others) {
  public Anchor {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(op, "op");
    others = List.copyOf(others);
  }
}
