package io.juesuan.core.report;

import java.util.Optional;

/**
 * The text fields the narrative and the rules name in code (reasons, explanations): handles on
 * entries of the {@link TextFields} registry, which holds their labels and where datasets keep
 * them. When missing, outputs show 【待填写：{@link #label()}】 and validation warns.
 */
public enum TextSlot implements Keyed {
  TOTAL_CHANGE_REASON("reasons.totalChange"),
  INCOME_CHANGE_REASON("reasons.incomeChange"),
  EXPENDITURE_CHANGE_REASON("reasons.expenditureChange"),
  FISCAL_CHANGE_REASON("reasons.fiscalChange"),
  GENERAL_BUDGET_INCOME_CHANGE_REASON("reasons.generalBudgetIncomeChange"),
  GOV_FUND_INCOME_CHANGE_REASON("reasons.govFundIncomeChange"),
  STATE_CAPITAL_INCOME_CHANGE_REASON("reasons.stateCapitalIncomeChange"),
  GENERAL_BUDGET_EXPENDITURE_CHANGE_REASON("reasons.generalBudgetExpenditureChange"),
  BUDGET_COMPLETION_REASON("reasons.budgetCompletion"),
  PROJECT_USES("reasons.projectUses"),
  THREE_PUBLIC_REASON("reasons.threePublic"),
  ABROAD_REASON("reasons.abroad"),
  VEHICLE_PURCHASE_REASON("reasons.vehiclePurchase"),
  VEHICLE_OPERATION_REASON("reasons.vehicleOperation"),
  RECEPTION_REASON("reasons.reception"),
  OPERATING_COSTS_REASON("reasons.operatingCosts"),
  PERFORMANCE_WORK("performance.work"),
  PERFORMANCE_RESULT("performance.result"),
  DEVIATION_REASON("performance.deviationReason"),
  IMPROVEMENTS("performance.improvements"),
  BUDGET_INTEGRATION("performance.budgetIntegration"),
  VEHICLE_NOTE("assets.vehicleNote");

  private final String key;

  TextSlot(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String label() {
    return field().label();
  }

  /** This slot's registry entry. */
  public TextField field() {
    return TextFields.installed()
        .byKey(key)
        .orElseThrow(
            () -> new IllegalStateException("文字字段 " + key + " 未在 " + TextFields.BUILT_IN + " 登记"));
  }

  public static Optional<TextSlot> ofKey(String key) {
    return Keyed.byKey(TextSlot.class, key);
  }
}
