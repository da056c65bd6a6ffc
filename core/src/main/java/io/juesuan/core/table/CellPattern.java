package io.juesuan.core.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A cell reference as rules, figures and claims write it: {@code table.row[.column]}, resolved
 * against an edition's layouts so that the same text means the same cell in every edition.
 *
 * <ul>
 *   <li>row — a row key of the table's layout ("本年收入合计"), a classification code or total of a table
 *       keyed by code ("2010301", "合计", "人员经费合计"), a 类 code in a fixed table ("201": the row
 *       printed for that 类), a printed 行次, a range {@code A..B} in layout order, {@code [类]} (every
 *       类 row, summed), or a variable: {@code *} (every row), {@code {code}} (every code row),
 *       {@code {类}} (every 类).
 *   <li>column — a column key ("基本支出") or a 栏次; omitted when the row has a single column.
 * </ul>
 */
public record CellPattern(TableId table, String row, Optional<String> column) {
  private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
  private static final Pattern CATEGORY = Pattern.compile("\\d{3}");

  /** Rows of every 类 of a table (fixed: the rows with a code; keyed by code: its 类 rows). */
  public static final String ALL_CATEGORIES = "[类]";

  public CellPattern {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(column, "column");
    if (row.isBlank()) {
      throw new IllegalArgumentException("单元格引用缺少行");
    }
  }

  /** Parses "01.本年收入合计", "04.年末一般公共预算财政拨款结转和结余..年末国有资本经营预算财政拨款结转和结余.支出合计". */
  public static CellPattern parse(String text) {
    String t = text.trim();
    if (t.length() < 4 || t.charAt(2) != '.' || !Character.isDigit(t.charAt(0))) {
      throw new IllegalArgumentException("单元格引用应为 表.行[.栏]: " + text);
    }
    TableId table = TableId.of(t.substring(0, 2));
    String rest = t.substring(3);
    int dot = rest.lastIndexOf('.');
    if (dot > 0 && dot < rest.length() - 1 && rest.charAt(dot - 1) != '.') {
      return new CellPattern(table, rest.substring(0, dot), Optional.of(rest.substring(dot + 1)));
    }
    return new CellPattern(table, rest, Optional.empty());
  }

  /**
   * Whether text is a cell reference ("01.…", "06.30101") rather than a literal number ("0.00") or
   * another kind of term: it starts with a table id 01–09 and a dot.
   */
  public static boolean looksLikeCell(String text) {
    String t = text.trim();
    return t.length() >= 4
        && t.charAt(0) == '0'
        && t.charAt(1) >= '1'
        && t.charAt(1) <= '9'
        && t.charAt(2) == '.';
  }

  /** {@code *}, {@code {code}} or {@code {类}} when the row is a variable. */
  public Optional<String> variable() {
    return row.equals("*") || row.equals("{code}") || row.equals("{类}")
        ? Optional.of(row)
        : Optional.empty();
  }

  /** A value, or what keeps the reference from naming a cell of the edition. */
  public record Resolved<T>(Optional<T> value, String problem) {
    public Resolved {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(problem, "problem");
    }

    static <T> Resolved<T> of(T value) {
      return new Resolved<>(Optional.of(value), "");
    }

    static <T> Resolved<T> failed(String problem) {
      return new Resolved<>(Optional.empty(), problem);
    }

    public boolean ok() {
      return value.isPresent();
    }
  }

  /**
   * The rows a non-variable pattern names. {@link #ALL_CATEGORIES} in a table keyed by code cannot
   * be known from the layout: it resolves to an empty list and {@link #categoryRows} gives them.
   */
  public Resolved<List<RowNo>> rows(LayoutSet layouts) {
    Optional<TableLayout> found = layouts.find(table);
    if (found.isEmpty()) {
      return Resolved.failed("本版本没有公开" + table + "表");
    }
    TableLayout layout = found.get();
    if (variable().isPresent()) {
      throw new IllegalStateException("行变量在核对时按表取行: " + this);
    }
    if (row.equals(ALL_CATEGORIES)) {
      if (layout.kind() != TableKind.FIXED) {
        return Resolved.of(List.of());
      }
      return Resolved.of(
          layout.rows().stream().filter(r -> r.code().isPresent()).map(RowLayout::no).toList());
    }
    int dots = row.indexOf("..");
    if (dots > 0) {
      Resolved<RowNo> from = single(layout, row.substring(0, dots));
      Resolved<RowNo> to = single(layout, row.substring(dots + 2));
      if (!from.ok() || !to.ok()) {
        return Resolved.failed(from.ok() ? to.problem() : from.problem());
      }
      return range(layout, from.value().get(), to.value().get());
    }
    Resolved<RowNo> one = single(layout, row);
    return one.ok() ? Resolved.of(List.of(one.value().get())) : Resolved.failed(one.problem());
  }

  /** The column this pattern names for the given rows. */
  public Resolved<ColumnNo> column(LayoutSet layouts, List<RowNo> rows) {
    Optional<TableLayout> found = layouts.find(table);
    if (found.isEmpty()) {
      return Resolved.failed("本版本没有公开" + table + "表");
    }
    TableLayout layout = found.get();
    if (column.isPresent()) {
      String c = column.get();
      Optional<ColumnLayout> byKey = layout.columnByKey(c);
      if (byKey.isPresent()) {
        return Resolved.of(byKey.get().no());
      }
      if (c.matches("\\d{1,2}") && layout.column(ColumnNo.of(Integer.parseInt(c))).isPresent()) {
        return Resolved.of(ColumnNo.of(Integer.parseInt(c)));
      }
      return Resolved.failed("公开" + table + "表没有键为“" + c + "”的栏");
    }
    if (layout.columns().size() == 1) {
      return Resolved.of(layout.columns().get(0).no());
    }
    List<ColumnNo> single = new ArrayList<>();
    for (RowNo r : rows) {
      Optional<RowLayout> rl = layout.row(r);
      if (rl.isEmpty()) {
        return Resolved.failed("公开" + table + "表的引用需写明栏: " + this);
      }
      List<ColumnLayout> cols = layout.columnsOf(rl.get());
      if (cols.size() != 1) {
        return Resolved.failed("公开" + table + "表的引用需写明栏: " + this);
      }
      if (!single.contains(cols.get(0).no())) {
        single.add(cols.get(0).no());
      }
    }
    if (single.size() != 1) {
      return Resolved.failed("公开" + table + "表的引用需写明栏: " + this);
    }
    return Resolved.of(single.get(0));
  }

  /** The single cell this pattern names (no range, no variable). */
  public Resolved<CellRef> cell(LayoutSet layouts) {
    Resolved<List<RowNo>> rows = rows(layouts);
    if (!rows.ok()) {
      return Resolved.failed(rows.problem());
    }
    if (rows.value().get().size() != 1) {
      return Resolved.failed("引用应只指一个单元格: " + this);
    }
    Resolved<ColumnNo> c = column(layouts, rows.value().get());
    if (!c.ok()) {
      return Resolved.failed(c.problem());
    }
    return Resolved.of(new CellRef(table, rows.value().get().get(0), c.value().get()));
  }

  /** The 类 rows of a table keyed by code (for {@link #ALL_CATEGORIES}). */
  public static List<RowNo> categoryRows(DisclosureTable table) {
    return table.rows().stream()
        .filter(r -> r.kind() == RowKind.CATEGORY)
        .map(TableRow::no)
        .toList();
  }

  private Resolved<RowNo> single(TableLayout layout, String token) {
    Optional<RowLayout> byKey = layout.rowByKey(token);
    if (byKey.isPresent()) {
      return Resolved.of(byKey.get().no());
    }
    if (layout.row(RowNo.of(token)).isPresent()) {
      return Resolved.of(RowNo.of(token));
    }
    switch (layout.kind()) {
      case CLASSIFIED -> {
        if (token.equals(RowNo.TOTAL.value()) || CODE.matcher(token).matches()) {
          return Resolved.of(RowNo.of(token));
        }
      }
      case ECONOMIC -> {
        if (token.matches("\\d{3}|\\d{5}")) {
          return Resolved.of(RowNo.of(token));
        }
      }
      case FIXED -> {
        if (CATEGORY.matcher(token).matches()) {
          Optional<RowLayout> forCode = layout.rowForCode(token);
          if (forCode.isPresent()) {
            return Resolved.of(forCode.get().no());
          }
        }
      }
    }
    return Resolved.failed("公开" + table + "表没有键为“" + token + "”的行");
  }

  private Resolved<List<RowNo>> range(TableLayout layout, RowNo from, RowNo to) {
    List<RowNo> out = new ArrayList<>();
    boolean in = false;
    for (RowLayout r : layout.rows()) {
      if (r.no().equals(from)) {
        in = true;
      }
      if (in) {
        out.add(r.no());
      }
      if (r.no().equals(to)) {
        if (!in) {
          break;
        }
        return Resolved.of(out);
      }
    }
    return Resolved.failed("公开" + table + "表的行区间无效: " + row);
  }

  @Override
  public String toString() {
    return table + "." + row + column.map(c -> "." + c).orElse("");
  }
}
