package io.juesuan.core.rules;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.Tolerance;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * 层级汇总: in a table keyed by classification code, every 类 = Σ its 款, every 款 = Σ its 项, and 合计 = Σ
 * 类, in every column. A parent printed without any child row is not checked.
 */
final class HierarchyRule extends SpecRule {
  private final TableId table;

  HierarchyRule(RuleSpec spec) {
    super(spec);
    table = TableId.of(spec.expression().trim());
  }

  @Override
  public void check(CheckContext context, RuleOutcome outcome) {
    if (!context.tables().has(table)) {
      outcome.skip(this, "报告中没有公开" + table + "表");
      return;
    }
    DisclosureTable t = context.tables().table(table).orElseThrow();
    Set<ColumnNo> columns = new TreeSet<>();
    t.rows().forEach(r -> columns.addAll(t.rowCells(r.no()).keySet()));
    Map<String, List<TableRow>> byParentCode = childrenByParentCode(t);
    List<TableRow> categories =
        t.rows().stream().filter(r -> r.kind() == RowKind.CATEGORY).toList();
    for (TableRow parent : t.rows()) {
      List<TableRow> children = children(parent, byParentCode, categories);
      if (children.isEmpty()) {
        continue;
      }
      for (ColumnNo c : columns) {
        compare(context, outcome, t, parent, children, c);
      }
    }
  }

  /** Code rows by the code two digits shorter they lie under, in the table's order (one pass). */
  private static Map<String, List<TableRow>> childrenByParentCode(DisclosureTable t) {
    Map<String, List<TableRow>> m = new HashMap<>();
    for (TableRow r : t.rows()) {
      String v = r.no().value();
      if (r.kind().isCode() && v.length() > 2) {
        m.computeIfAbsent(v.substring(0, v.length() - 2), k -> new ArrayList<>()).add(r);
      }
    }
    return m;
  }

  private static List<TableRow> children(
      TableRow parent, Map<String, List<TableRow>> byParentCode, List<TableRow> categories) {
    if (parent.kind() == RowKind.TOTAL && parent.no().equals(RowNo.TOTAL)) {
      return categories;
    }
    if (!parent.kind().isCode()) {
      return List.of();
    }
    return byParentCode.getOrDefault(parent.no().value(), List.of());
  }

  private void compare(
      CheckContext ctx,
      RuleOutcome outcome,
      DisclosureTable t,
      TableRow parent,
      List<TableRow> childRows,
      ColumnNo c) {
    int filled = t.rowCells(parent.no()).containsKey(c) ? 1 : 0;
    BigDecimal children = BigDecimal.ZERO;
    for (TableRow child : childRows) {
      Amount a = t.rowCells(child.no()).get(c);
      if (a != null) {
        filled++;
        children = children.add(a.value());
      }
    }
    Amount sum = new Amount(children, t.unit());
    Amount printed = t.amountOrZero(parent.no(), c);
    BigDecimal diff = printed.value().subtract(sum.value());
    if (diff.signum() == 0 || filled == 0) {
      return;
    }
    Tolerance tol = Tolerance.forRoundedTerms(filled, t.unit());
    boolean rounding = tol.value().signum() > 0 && tol.covers(diff);
    String level =
        parent.kind() == RowKind.TOTAL ? "各类" : parent.kind() == RowKind.CATEGORY ? "所属各款" : "所属各项";
    CellRef ref = new CellRef(t.id(), parent.no(), c);
    outcome.add(
        Finding.compared(
            id(),
            rounding ? Severity.ROUNDING_DIFFERENCE : severity(),
            Location.cell(ref),
            sum.plain(),
            printed.plain(),
            diff,
            spec.description()
                + "："
                + ref.label()
                + " 为 "
                + printed.plain()
                + "，"
                + level
                + "之和为 "
                + sum.plain()
                + "，相差 "
                + diff.toPlainString()
                + (rounding ? "，属尾数差异" : "")));
  }
}
