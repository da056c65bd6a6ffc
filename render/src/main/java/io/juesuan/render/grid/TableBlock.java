package io.juesuan.render.grid;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A 公开表 as printed: title ("2023年度收入支出决算总表"), label ("公开01表"), the 部门 and 金额单位 lines, the grid, the
 * notes and printed formulas under it, and the empty-table statement.
 */
public record TableBlock(
    String id,
    String title,
    String label,
    String department,
    String unit,
    Grid grid,
    List<String> notes,
    Optional<String> emptyStatement) {
  public TableBlock {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(grid, "grid");
    notes = List.copyOf(notes);
    Objects.requireNonNull(emptyStatement, "emptyStatement");
  }
}
