package io.juesuan.core.rules;

import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableLayout;
import io.juesuan.core.table.TableRow;

/**
 * 类级科目行次: every 类 used in a table keyed by code (e.g. 03表) has its row in the fixed table (01表
 * 32–57); otherwise the fixed table cannot carry it and its totals do not add up.
 */
final class CategoryRowsRule extends SpecRule {
  private final TableId fixed;
  private final TableId classified;

  CategoryRowsRule(RuleSpec spec) {
    super(spec);
    String[] p = spec.expression().split("<-");
    fixed = TableId.of(p[0].trim());
    classified = TableId.of(p[1].trim());
  }

  @Override
  public void check(CheckContext context, RuleOutcome outcome) {
    if (!context.tables().has(classified)) {
      outcome.skip(this, "报告中没有公开" + classified + "表");
      return;
    }
    TableLayout layout = context.layouts().table(fixed);
    DisclosureTable t = context.tables().table(classified).orElseThrow();
    for (TableRow r : t.rows()) {
      if (r.kind() == RowKind.CATEGORY && layout.rowForCode(r.no().value()).isEmpty()) {
        outcome.add(
            Finding.of(
                id(),
                severity(),
                new Location.Part("公开" + classified + "表 " + r.no()),
                spec.description()
                    + "：类 "
                    + r.no()
                    + " "
                    + r.label()
                    + " 在公开"
                    + fixed
                    + "表中没有对应行次"));
      }
    }
  }
}
