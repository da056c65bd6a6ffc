package io.juesuan.core.rules;

import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableRow;
import java.util.ArrayList;
import java.util.List;

/** 非负: amounts that cannot be negative (income, expenditure, 三公) in the listed tables. */
final class NonNegativeRule extends SpecRule {
  private final List<TableId> tables = new ArrayList<>();

  NonNegativeRule(RuleSpec spec) {
    super(spec);
    for (String t : spec.expression().split(",")) {
      tables.add(TableId.of(t.trim()));
    }
  }

  @Override
  public void check(CheckContext context, RuleOutcome outcome) {
    for (TableId id : tables) {
      context.tables().table(id).ifPresent(t -> check(t, outcome));
    }
  }

  private void check(DisclosureTable t, RuleOutcome outcome) {
    for (TableRow r : t.rows()) {
      t.rowCells(r.no())
          .forEach(
              (c, a) -> {
                if (a.isNegative()) {
                  CellRef ref = new CellRef(t.id(), r.no(), c);
                  outcome.add(
                      Finding.compared(
                          id(),
                          severity(),
                          Location.cell(ref),
                          "≥ 0",
                          a.plain(),
                          a.value(),
                          spec.description() + "：" + ref.label() + " 为负数 " + a.plain()));
                }
              });
    }
  }
}
