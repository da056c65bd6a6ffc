package io.juesuan.core.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The official layout of one 公开表 in an edition: title, columns, rows, notes, and how it is printed.
 *
 * <p>Its attributes say how the edition prints the table: {@code numbered=no} (no 行次/栏次 printed),
 * {@code label=…} (the label above the title, "公开01表" by default, "-" for none), {@code
 * total=bottom} (the 合计 row of a classified table printed last), {@code zeros=0.00} (zero cells and
 * all layout rows printed with 0.00 instead of left blank). Rows and columns are indexed once (by
 * 行次, 栏次, key and code): derivation, rules and figures look them up for every cell.
 */
public final class TableLayout {
  private final TableId id;
  private final String title;
  private final TableKind kind;
  private final List<ColumnLayout> columns;
  private final List<RowLayout> rows;
  private final List<String> notes;
  private final List<String> formulas;
  private final Optional<String> emptyStatement;
  private final Map<String, String> attributes;

  private final Map<RowNo, RowLayout> rowsByNo = new HashMap<>();
  private final Map<String, RowLayout> rowsByKey = new HashMap<>();
  private final Map<String, RowLayout> rowsByCode = new HashMap<>();
  private final Map<ColumnNo, ColumnLayout> columnsByNo = new HashMap<>();
  private final Map<String, ColumnLayout> columnsByKey = new HashMap<>();
  private final Map<String, List<ColumnLayout>> columnsBySide = new HashMap<>();

  public TableLayout(
      TableId id,
      String title,
      TableKind kind,
      List<ColumnLayout> columns,
      List<RowLayout> rows,
      List<String> notes,
      List<String> formulas,
      Optional<String> emptyStatement,
      Map<String, String> attributes) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.columns = List.copyOf(columns);
    this.rows = List.copyOf(rows);
    this.notes = List.copyOf(notes);
    this.formulas = List.copyOf(formulas);
    this.emptyStatement = Objects.requireNonNull(emptyStatement, "emptyStatement");
    this.attributes = Map.copyOf(attributes);
    for (RowLayout r : this.rows) {
      rowsByNo.putIfAbsent(r.no(), r);
      r.key().ifPresent(k -> rowsByKey.putIfAbsent(k, r));
      r.code().ifPresent(c -> rowsByCode.putIfAbsent(c, r));
      r.side()
          .ifPresent(
              s ->
                  columnsBySide.computeIfAbsent(
                      s,
                      side ->
                          this.columns.stream()
                              .filter(c -> c.side().map(side::equals).orElse(true))
                              .toList()));
    }
    for (ColumnLayout c : this.columns) {
      columnsByNo.putIfAbsent(c.no(), c);
      c.key().ifPresent(k -> columnsByKey.putIfAbsent(k, c));
    }
  }

  public TableId id() {
    return id;
  }

  public String title() {
    return title;
  }

  public TableKind kind() {
    return kind;
  }

  public List<ColumnLayout> columns() {
    return columns;
  }

  public List<RowLayout> rows() {
    return rows;
  }

  public List<String> notes() {
    return notes;
  }

  public List<String> formulas() {
    return formulas;
  }

  public Optional<String> emptyStatement() {
    return emptyStatement;
  }

  public Map<String, String> attributes() {
    return attributes;
  }

  /** The row a stable key names ("本年收入合计"). */
  public Optional<RowLayout> rowByKey(String key) {
    return Optional.ofNullable(rowsByKey.get(key));
  }

  /** The column a stable key names ("基本支出"). */
  public Optional<ColumnLayout> columnByKey(String key) {
    return Optional.ofNullable(columnsByKey.get(key));
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
    return Optional.ofNullable(columnsByNo.get(no));
  }

  public Optional<RowLayout> row(RowNo no) {
    return Optional.ofNullable(rowsByNo.get(no));
  }

  /** The columns a row has: those of its side in two-sided tables, all otherwise. */
  public List<ColumnLayout> columnsOf(RowLayout row) {
    return row.side().map(s -> columnsBySide.getOrDefault(s, columns)).orElse(columns);
  }

  /** The row of a fixed table that stands for a 功能分类 类 on the given side, e.g. 01表 32 for 201. */
  public Optional<RowLayout> rowForCode(String code) {
    return Optional.ofNullable(rowsByCode.get(code));
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

  @Override
  public boolean equals(Object o) {
    return o instanceof TableLayout t
        && id.equals(t.id)
        && title.equals(t.title)
        && kind == t.kind
        && columns.equals(t.columns)
        && rows.equals(t.rows)
        && notes.equals(t.notes)
        && formulas.equals(t.formulas)
        && emptyStatement.equals(t.emptyStatement)
        && attributes.equals(t.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, title, kind, columns, rows, notes, formulas, emptyStatement, attributes);
  }

  @Override
  public String toString() {
    return "TableLayout[" + id + " " + title + "]";
  }
}
