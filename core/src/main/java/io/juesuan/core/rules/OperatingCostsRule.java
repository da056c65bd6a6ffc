package io.juesuan.core.rules;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.Rounding;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.CellPattern;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.LayoutSet;
import java.util.Optional;

/**
 * 机关运行经费 = 06表 公用经费合计 for 行政单位 and 参公事业单位. The expression names that cell ("06.公用经费合计"). Other
 * units must enter the amount themselves; a department with subordinate 事业单位 enters the part of its
 * 公用经费 its 行政单位 spent, which cannot exceed the cell.
 */
final class OperatingCostsRule extends SpecRule {
  private final CellPattern.Resolved<CellRef> cell;

  OperatingCostsRule(RuleSpec spec, LayoutSet layouts) {
    super(spec);
    cell = CellPattern.parse(spec.expression()).cell(layouts);
  }

  @Override
  public Optional<String> inapplicable() {
    return cell.ok() ? Optional.empty() : Optional.of(cell.problem());
  }

  @Override
  public void check(CheckContext context, RuleOutcome outcome) {
    if (!cell.ok()) {
      outcome.skip(this, "本版本不适用：" + cell.problem());
      return;
    }
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
    Amount table = context.tables().amountOrZero(cell.value().get());
    Amount given =
        entered.get().unit() == table.unit() ? entered.get() : Rounding.toWanYuan(entered.get());
    boolean withInstitutions =
        a.department().subordinateUnits().stream().anyMatch(u -> !u.kind().reportsOperatingCosts());
    if (withInstitutions && given.compareTo(table) <= 0) {
      return;
    }
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
                  + cell.value().get().label()
                  + " "
                  + table.plain()
                  + (withInstitutions
                      ? " 不应更大（机关运行经费只含行政单位和参公事业单位的公用经费）"
                      : " 不一致；行政单位可不填，由系统取公用经费合计")));
    }
  }
}
