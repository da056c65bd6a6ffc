package io.juesuan.core.report;

import java.util.Optional;

/**
 * Free text only a person can write (reasons, explanations). When missing, outputs show 【待填写：{@link
 * #label()}】 and validation warns.
 */
public enum TextSlot implements Keyed {
  TOTAL_CHANGE_REASON("reasons.totalChange", "收支总计增减变化的主要原因"),
  INCOME_CHANGE_REASON("reasons.incomeChange", "收入合计增减变化的主要原因"),
  EXPENDITURE_CHANGE_REASON("reasons.expenditureChange", "支出合计增减变化的主要原因"),
  FISCAL_CHANGE_REASON("reasons.fiscalChange", "财政拨款收支总计增减变化的主要原因"),
  GENERAL_BUDGET_INCOME_CHANGE_REASON("reasons.generalBudgetIncomeChange", "一般公共预算财政拨款收入增减变化的主要原因"),
  GOV_FUND_INCOME_CHANGE_REASON("reasons.govFundIncomeChange", "政府性基金预算财政拨款收入增减变化的主要原因"),
  STATE_CAPITAL_INCOME_CHANGE_REASON("reasons.stateCapitalIncomeChange", "国有资本经营预算财政拨款收入增减变化的主要原因"),
  GENERAL_BUDGET_EXPENDITURE_CHANGE_REASON(
      "reasons.generalBudgetExpenditureChange", "一般公共预算财政拨款支出增减变化的主要原因"),
  BUDGET_COMPLETION_REASON("reasons.budgetCompletion", "一般公共预算财政拨款支出决算与年初预算差异的主要原因"),
  PROJECT_USES("reasons.projectUses", "项目支出的主要用途和成效"),
  THREE_PUBLIC_REASON("reasons.threePublic", "“三公”经费决算数与预算数差异的主要原因"),
  ABROAD_REASON("reasons.abroad", "因公出国（境）费决算数与预算数差异（或为零）的原因"),
  VEHICLE_PURCHASE_REASON("reasons.vehiclePurchase", "公务用车购置费决算数与预算数差异（或为零）的原因"),
  VEHICLE_OPERATION_REASON("reasons.vehicleOperation", "公务用车运行费决算数与预算数差异（或为零）的原因"),
  RECEPTION_REASON("reasons.reception", "公务接待费决算数与预算数差异（或为零）的原因"),
  OPERATING_COSTS_REASON("reasons.operatingCosts", "机关运行经费增减变化的主要原因"),
  PERFORMANCE_WORK("performance.work", "预算绩效管理工作开展情况"),
  PERFORMANCE_RESULT("performance.result", "部门整体支出绩效自评结果综述"),
  DEVIATION_REASON("performance.deviationReason", "偏差大或目标未完成原因分析"),
  IMPROVEMENTS("performance.improvements", "改进措施及结果应用方案"),
  BUDGET_INTEGRATION("performance.budgetIntegration", "绩效评价结果与预算安排相结合情况"),
  VEHICLE_NOTE("assets.vehicleNote", "车辆使用情况说明");

  private final String key;
  private final String label;

  TextSlot(String key, String label) {
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

  public static Optional<TextSlot> ofKey(String key) {
    return Keyed.byKey(TextSlot.class, key);
  }
}
