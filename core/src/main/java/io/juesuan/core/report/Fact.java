package io.juesuan.core.report;

import java.util.Optional;

/** Department-level amounts a filer enters once (balances, last year, 三公, 政府采购 …). */
public enum Fact implements Keyed {
  NON_FISCAL_SURPLUS_USED("balances.nonFiscalSurplusUsed", "使用非财政拨款结余"),
  OPENING_BALANCE("balances.opening", "年初结转和结余"),
  SURPLUS_DISTRIBUTION("balances.surplusDistribution", "结余分配"),
  FISCAL_OPENING_GENERAL_BUDGET("balances.fiscalOpening.generalBudget", "年初一般公共预算财政拨款结转和结余"),
  FISCAL_OPENING_STATE_CAPITAL("balances.fiscalOpening.stateCapital", "年初国有资本经营预算财政拨款结转和结余"),
  PRIOR_TOTAL("priorYear.total", "上年收支总计"),
  PRIOR_INCOME_TOTAL("priorYear.incomeTotal", "上年本年收入合计"),
  PRIOR_EXPENDITURE_TOTAL("priorYear.expenditureTotal", "上年本年支出合计"),
  PRIOR_FISCAL_TOTAL("priorYear.fiscalTotal", "上年财政拨款收支总计"),
  PRIOR_GENERAL_BUDGET_INCOME("priorYear.generalBudgetIncome", "上年一般公共预算财政拨款收入"),
  PRIOR_GOV_FUND_INCOME("priorYear.govFundIncome", "上年政府性基金预算财政拨款收入"),
  PRIOR_STATE_CAPITAL_INCOME("priorYear.stateCapitalIncome", "上年国有资本经营预算财政拨款收入"),
  PRIOR_GENERAL_BUDGET_EXPENDITURE("priorYear.generalBudgetExpenditure", "上年一般公共预算财政拨款支出"),
  PRIOR_OPERATING_COSTS("priorYear.operatingCosts", "上年机关运行经费"),
  THREE_PUBLIC_BUDGET_ABROAD("threePublic.budget.abroad", "因公出国（境）费预算数"),
  THREE_PUBLIC_BUDGET_VEHICLE_PURCHASE("threePublic.budget.vehiclePurchase", "公务用车购置费预算数"),
  THREE_PUBLIC_BUDGET_VEHICLE_OPERATION("threePublic.budget.vehicleOperation", "公务用车运行费预算数"),
  THREE_PUBLIC_BUDGET_RECEPTION("threePublic.budget.reception", "公务接待费预算数"),
  THREE_PUBLIC_ACTUAL_ABROAD("threePublic.actual.abroad", "因公出国（境）费决算数"),
  THREE_PUBLIC_ACTUAL_VEHICLE_PURCHASE("threePublic.actual.vehiclePurchase", "公务用车购置费决算数"),
  THREE_PUBLIC_ACTUAL_VEHICLE_OPERATION("threePublic.actual.vehicleOperation", "公务用车运行费决算数"),
  THREE_PUBLIC_ACTUAL_RECEPTION("threePublic.actual.reception", "公务接待费决算数"),
  THREE_PUBLIC_ACTUAL_RECEPTION_FOREIGN("threePublic.actual.receptionForeign", "其中外宾接待费决算数"),
  OPERATING_COSTS("operatingCosts.amount", "机关运行经费（非行政单位自行填报）"),
  OPERATING_COSTS_BUDGET("operatingCosts.budget", "机关运行经费年初预算数"),
  PROCUREMENT_GOODS("procurement.goods", "政府采购货物支出"),
  PROCUREMENT_WORKS("procurement.works", "政府采购工程支出"),
  PROCUREMENT_SERVICES("procurement.services", "政府采购服务支出"),
  PROCUREMENT_SME_GOODS("procurement.sme.goods", "货物采购授予中小企业合同金额"),
  PROCUREMENT_SME_WORKS("procurement.sme.works", "工程采购授予中小企业合同金额"),
  PROCUREMENT_SME_SERVICES("procurement.sme.services", "服务采购授予中小企业合同金额"),
  PROCUREMENT_SMALL_MICRO("procurement.smallMicro", "授予小微企业合同金额"),
  PERSONNEL_BUDGET("performance.personnelBudget", "人员经费预算数"),
  PUBLIC_BUDGET("performance.publicBudget", "公用经费预算数");

  private final String key;
  private final String label;

  Fact(String key, String label) {
    this.key = key;
    this.label = label;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<Fact> ofKey(String key) {
    return Keyed.byKey(Fact.class, key);
  }
}
