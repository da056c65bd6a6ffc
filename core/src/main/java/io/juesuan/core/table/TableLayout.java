package io.juesuan.core.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The official layout of one 公开表 in an edition: title, columns, rows, notes, and how it is printed.
 *
 * @param attributes how the edition prints the table: {@code numbered=no} (no 行次/栏次 printed),
 *     {@code label=…} (the label above the title, "公开01表" by default, "-" for none), {@code
 *     total=bottom} (the 合计 row of a classified table printed last), {@code zeros=0.00} (zero cells
 *     and all layout rows printed with 0.00 instead of left blank)
 */
public record TableLayout(
    TableId id,
    String title,
    TableKind kind,
    List<ColumnLayout> columns,
    List<RowLayout> rows,
    List<String> notes,
    List<String> formulas,
    Optional<String> emptyStatement,
    Map<String, String> attributes) {

  public TableLayout {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    notes = List.copyOf(notes);
    formulas = List.copyOf(formulas);
    Objects.requireNonNull(emptyStatement, "emptyStatement");
    attributes = Map.copyOf(attributes);
  }

  /** The row a stable key names ("本年收入合计"). */
  public Optional<RowLayout> rowByKey(String key) {
    return rows.stream().filter(r -> r.key().map(key::equals).orElse(false)).findFirst();
  }

  /** The column a stable key names ("基本支出"). */
  public Optional<ColumnLayout> columnByKey(String key) {
    return columns.stream().filter(c -> c.key().map(key::equals).orElse(false)).findFirst();
  }

  /**
   * The sentence printed when the table has no figures, with {@code {department}} filled in
   * ("上海市XX局 本年度没有政府性基金预算财政拨款收入和支出，故本表无数据").
   */
  public Optional<String> emptyStatementFor(String department) {
    return emptyStatement.map(s -> s.replace("{department}", department));
  }

  /** Whether the edition prints 行次 and 栏次 for this table. */
  public boolean numbered() {
    return !"no".equals(attributes.get("numbered"));
  }

  /** The label printed with the title ("公开01表"); empty when the edition prints none. */
  public Optional<String> printedLabel() {
    String label = attributes.getOrDefault("label", id.label());
    return label.equals("-") ? Optional.empty() : Optional.of(label);
  }

  /** Whether the 合计 row of a classified table is printed last rather than first. */
  public boolean totalLast() {
    return "bottom".equals(attributes.get("total"));
  }

  /** Whether zero cells are printed as 0.00 (and every layout row printed) rather than blank. */
  public boolean printsZeros() {
    return "0.00".equals(attributes.get("zeros"));
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
