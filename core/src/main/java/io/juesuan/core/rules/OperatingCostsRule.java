package io.juesuan.core.rules;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.Rounding;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.CellRef;
import java.util.Optional;

/**
 * 机关运行经费 = 06表 公用经费合计 for 行政单位 and 参公事业单位. The expression names that cell ("06.公用经费合计.1"). Other
 * units must enter the amount themselves.
 */
final class OperatingCostsRule extends SpecRule {
  private final CellRef cell;

  OperatingCostsRule(RuleSpec spec) {
    super(spec);
    String[] p = spec.expression().trim().split("\\.");
    cell = CellRef.of(p[0], p[1], Integer.parseInt(p[2]));
  }

  @Override
  public void check(CheckContext context, RuleOutcome outcome) {
    if (context.accounts().isEmpty()) {
      outcome.skip(this, "需要填报的基础数据（单位性质、机关运行经费）");
      return;
    }
    FinalAccounts a = context.accounts().get();
    Optional<Amount> entered = a.facts().fact(Fact.OPERATING_COSTS);
    if (!a.department().kind().reportsOperatingCosts()) {
      if (entered.isEmpty()) {
        outcome.add(
            Finding.of(
                id(),
                Severity.INFO,
                new Location.Source("accounts.yaml", 0, "operatingCosts.amount"),
                "单位性质为" + a.department().kind().label() + "，未填机关运行经费：情况说明将说明本部门不涉及机关运行经费"));
      }
      return;
    }
    if (entered.isEmpty()) {
      return;
    }
    Amount table = context.tables().amountOrZero(cell);
    Amount given =
        entered.get().unit() == table.unit() ? entered.get() : Rounding.toWanYuan(entered.get());
    if (given.compareTo(table) != 0) {
      outcome.add(
          Finding.compared(
              id(),
              severity(),
              new Location.Source("accounts.yaml", 0, "operatingCosts.amount"),
              table.plain(),
              given.plain(),
              given.value().subtract(table.value()),
              spec.description()
                  + "：填报的机关运行经费 "
                  + given.plain()
                  + " 与 "
                  + cell.label()
                  + " "
                  + table.plain()
                  + " 不一致；行政单位可不填，由系统取公用经费合计"));
    }
  }
}
