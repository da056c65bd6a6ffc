package io.juesuan.core.report;

import java.util.Optional;

/**
 * The leaf facts entered per 支出功能分类 项. Table layouts refer to them by {@link #key()} (e.g. {@code
 * income.generalBudget}) so that a new year's layout is a resource file, not Java.
 */
public enum ItemMeasure implements Keyed {
  INCOME_GENERAL_BUDGET("income.generalBudget", "一般公共预算财政拨款收入"),
  INCOME_GOV_FUND("income.govFund", "政府性基金预算财政拨款收入"),
  INCOME_STATE_CAPITAL("income.stateCapital", "国有资本经营预算财政拨款收入"),
  INCOME_SUPERIOR("income.superior", "上级补助收入"),
  INCOME_BUSINESS("income.business", "事业收入"),
  INCOME_OPERATING("income.operating", "经营收入"),
  INCOME_AFFILIATED("income.affiliated", "附属单位上缴收入"),
  INCOME_OTHER("income.other", "其他收入"),
  EXPENDITURE_BASIC("expenditure.basic", "基本支出"),
  EXPENDITURE_PROJECT("expenditure.project", "项目支出"),
  EXPENDITURE_TO_SUPERIOR("expenditure.toSuperior", "上缴上级支出"),
  EXPENDITURE_OPERATING("expenditure.operating", "经营支出"),
  EXPENDITURE_TO_AFFILIATED("expenditure.toAffiliated", "对附属单位补助支出"),
  GENERAL_BUDGET_BASIC("fiscal.generalBudget.basic", "一般公共预算财政拨款基本支出"),
  GENERAL_BUDGET_PROJECT("fiscal.generalBudget.project", "一般公共预算财政拨款项目支出"),
  GENERAL_BUDGET_INITIAL("fiscal.generalBudget.initialBudget", "一般公共预算财政拨款年初预算"),
  GOV_FUND_BASIC("fiscal.govFund.basic", "政府性基金预算财政拨款基本支出"),
  GOV_FUND_PROJECT("fiscal.govFund.project", "政府性基金预算财政拨款项目支出"),
  GOV_FUND_OPENING("fiscal.govFund.opening", "政府性基金预算财政拨款年初结转和结余"),
  STATE_CAPITAL_BASIC("fiscal.stateCapital.basic", "国有资本经营预算财政拨款基本支出"),
  STATE_CAPITAL_PROJECT("fiscal.stateCapital.project", "国有资本经营预算财政拨款项目支出"),
  STATE_CAPITAL_OPENING("fiscal.stateCapital.opening", "国有资本经营预算财政拨款年初结转和结余");

  private final String key;
  private final String label;

  ItemMeasure(String key, String label) {
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

  public static Optional<ItemMeasure> ofKey(String key) {
    return Keyed.byKey(ItemMeasure.class, key);
  }
}
