package io.juesuan.core.consolidation;

import io.juesuan.core.money.Amount;
import io.juesuan.core.report.ItemMeasure;
import java.util.Objects;

/**
 * 抵销 — a transfer inside the consolidated set removed from both sides: {@code income} (上级补助收入 or
 * 附属单位上缴收入 of the receiving units) and {@code expenditure} (对附属单位补助支出 or 上缴上级支出 of the paying
 * units), at one 功能分类 项 each, by {@code amount}.
 */
public record Elimination(
    ItemMeasure income,
    String incomeCode,
    ItemMeasure expenditure,
    String expenditureCode,
    Amount amount) {
  public Elimination {
    Objects.requireNonNull(income, "income");
    Objects.requireNonNull(incomeCode, "incomeCode");
    Objects.requireNonNull(expenditure, "expenditure");
    Objects.requireNonNull(expenditureCode, "expenditureCode");
    Objects.requireNonNull(amount, "amount");
  }

  /** "上级补助收入 2050201 与 对附属单位补助支出 2050101 抵销 100.00". */
  public String describe() {
    return income.label()
        + " "
        + incomeCode
        + " 与 "
        + expenditure.label()
        + " "
        + expenditureCode
        + " 抵销 "
        + amount.plain();
  }
}
