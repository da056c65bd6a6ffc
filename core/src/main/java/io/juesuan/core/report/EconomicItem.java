package io.juesuan.core.report;

import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.money.Amount;
import java.util.Objects;

/** 一般公共预算财政拨款基本支出 of one 经济分类 款 (a line of 公开06表). */
public record EconomicItem(EconomicCode code, String name, Amount amount) {
  public EconomicItem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(amount, "amount");
  }
}
