package io.juesuan.core.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The official layout of one 公开表 for a fiscal year: title, columns, rows, notes. */
public record TableLayout(
    TableId id,
    String title,
    TableKind kind,
    List<ColumnLayout> columns,
    List<RowLayout> rows,
    List<String> notes,
    List<String> formulas,
    Optional<String> emptyStatement) {

  public TableLayout {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    formulas = List.copyOf(formulas);
    Objects.requireNonNull(emptyStatement, "emptyStatement");
  }

  public Optional<ColumnLayout> column(ColumnNo no) {
    return columns.stream().filter(c -> c.no().equals(no)).findFirst();
  }

  public Optional<RowLayout> row(RowNo no) {
    return rows.stream().filter(r -> r.no().equals(no)).findFirst();
  }

  /** The columns a row has: those of its side in two-sided tables, all otherwise. */
  public List<ColumnLayout> columnsOf(RowLayout row) {
    return row.side()
        .map(s -> columns.stream().filter(c -> c.side().map(s::equals).orElse(true)).toList())
        .orElse(columns);
  }

  /** The row of a fixed table that stands for a 功能分类 类 on the given side, e.g. 01表 32 for 201. */
  public Optional<RowLayout> rowForCode(String code) {
    return rows.stream().filter(r -> r.code().map(code::equals).orElse(false)).findFirst();
  }

  /** "2023年度收入支出决算总表" style title with the year. */
  public String titleFor(int fiscalYear) {
    return fiscalYear + "年度" + title;
  }
}
