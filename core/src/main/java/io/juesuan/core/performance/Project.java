package io.juesuan.core.performance;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.Ratio;
import java.util.Objects;

/** A 项目 of 项目支出 with its 预算数 and 执行数. */
public record Project(String name, Amount budget, Amount actual) {
  public Project {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(actual, "actual");
  }

  /** 执行率 = 执行数 / 预算数. */
  public Ratio executionRate() {
    return Ratio.of(actual, budget);
  }
}
