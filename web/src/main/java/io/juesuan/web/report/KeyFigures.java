package io.juesuan.web.report;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.money.Ratio;
import io.juesuan.core.narrative.FigureResolver;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.table.TableSet;
import java.util.Objects;

/**
 * The headline figures of a department-year in 万元 as published, read from the derived tables by the
 * edition's named figures (so departments of different editions compare by meaning): 收支总计, 财政拨款,
 * 三公, 机关运行经费 and the 执行率 of 一般公共预算财政拨款 against 年初预算.
 */
public record KeyFigures(
    Amount total,
    Amount income,
    Amount expenditure,
    Amount fiscalIncome,
    Amount generalBudgetExpenditure,
    Amount basic,
    Amount project,
    Amount threePublicBudget,
    Amount threePublicActual,
    Amount operatingCosts,
    Ratio executionRate) {

  public KeyFigures {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(executionRate, "executionRate");
  }

  public static KeyFigures of(FinalAccounts a) {
    return of(
        a,
        io.juesuan.core.edition.Editions.installed()
            .forAccounts(a)
            .deriver()
            .derive(a)
            .toWanYuan());
  }

  /** The key figures from tables already derived and published in 万元. */
  public static KeyFigures of(FinalAccounts a, TableSet t) {
    Edition e = Editions.installed().forAccounts(a);
    FigureResolver r = new FigureResolver(a, t, e.layouts(), e.figures());
    java.util.function.Function<String, Amount> f =
        name -> new Amount(r.resolve(name).orElseThrow(), AmountUnit.WAN_YUAN);
    Amount operating =
        a.department().kind().reportsOperatingCosts()
                && a.facts().fact(Fact.OPERATING_COSTS).isEmpty()
            ? f.apply("@basic.public")
            : a.facts()
                .fact(Fact.OPERATING_COSTS)
                .map(io.juesuan.core.money.Rounding::toWanYuan)
                .orElse(Amount.zero(t.unit()));
    Amount budget = Amount.zero(a.unit());
    Amount spent = Amount.zero(a.unit());
    for (FunctionalItem i : a.facts().items()) {
      if (i.entered(ItemMeasure.GENERAL_BUDGET_INITIAL).isPresent()) {
        budget = budget.plus(i.amount(ItemMeasure.GENERAL_BUDGET_INITIAL));
        spent =
            spent
                .plus(i.amount(ItemMeasure.GENERAL_BUDGET_BASIC))
                .plus(i.amount(ItemMeasure.GENERAL_BUDGET_PROJECT));
      }
    }
    return new KeyFigures(
        f.apply("@total"),
        f.apply("@income.total"),
        f.apply("@expenditure.total"),
        f.apply("@fiscal.income"),
        f.apply("@gpb.total"),
        f.apply("@expenditure.basic"),
        f.apply("@expenditure.project"),
        f.apply("@threePublic.budget.total"),
        f.apply("@threePublic.actual.total"),
        operating,
        budget.isZero() ? Ratio.undefined() : Ratio.of(spent, budget));
  }

  /** For JSON and CSV: every figure as printed (万元, two decimals), the rate in percent. */
  public java.util.Map<String, String> asMap() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("total", total.plain());
    m.put("income", income.plain());
    m.put("expenditure", expenditure.plain());
    m.put("fiscalIncome", fiscalIncome.plain());
    m.put("generalBudgetExpenditure", generalBudgetExpenditure.plain());
    m.put("basic", basic.plain());
    m.put("project", project.plain());
    m.put("threePublicBudget", threePublicBudget.plain());
    m.put("threePublicActual", threePublicActual.plain());
    m.put("operatingCosts", operatingCosts.plain());
    m.put(
        "executionRatePercent",
        executionRate.percent(2).map(java.math.BigDecimal::toPlainString).orElse(""));
    return m;
  }

  public String executionRateText() {
    return executionRate.formatPercent(2);
  }
}
