package io.juesuan.core.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

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

  /**
   * The rows of a table keyed by 经济分类 code (06表) with a row for every given code the layout lacks,
   * placed in code order within its 类; a 类 the layout lacks is added at the end of the block {@code
   * fallbackBlock}, before that block's total row.
   *
   * @param nameOf the printed name of a code (款 or 类) the layout lacks
   */
  public List<RowLayout> rowsWithCodes(
      List<String> codes, Function<String, String> nameOf, String fallbackBlock) {
    List<RowLayout> out = new ArrayList<>(rows);
    for (String code : codes) {
      if (indexOf(out, code) >= 0) {
        continue;
      }
      String category = code.substring(0, 3);
      int categoryAt = indexOf(out, category);
      if (categoryAt < 0) {
        int beforeTotal = out.size();
        for (int i = 0; i < out.size(); i++) {
          if (out.get(i).attribute("total").map(fallbackBlock::equals).orElse(false)) {
            beforeTotal = i;
            break;
          }
        }
        out.add(
            beforeTotal,
            new RowLayout(
                RowNo.of(category), nameOf.apply(category), Map.of("block", fallbackBlock)));
        categoryAt = beforeTotal;
      }
      int at = categoryAt + 1;
      while (at < out.size()
          && out.get(at).no().value().startsWith(category)
          && out.get(at).no().value().compareTo(code) < 0) {
        at++;
      }
      if (!code.equals(category)) {
        out.add(at, new RowLayout(RowNo.of(code), nameOf.apply(code), Map.of()));
      }
    }
    return out;
  }

  private static int indexOf(List<RowLayout> rows, String no) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).no().value().equals(no)) {
        return i;
      }
    }
    return -1;
  }
}
