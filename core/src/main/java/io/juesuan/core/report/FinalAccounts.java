package io.juesuan.core.report;

import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.performance.Evaluation;
import java.util.Objects;

/**
 * 部门决算 — one department's final accounts for one fiscal year, as leaf facts: the department, the
 * figures, the explanations and the 绩效自评. Tables and narrative are derived from it.
 */
public record FinalAccounts(
    int fiscalYear,
    Department department,
    LeafFacts facts,
    Explanations explanations,
    Evaluation evaluation) {
  public FinalAccounts {
    if (fiscalYear < 2000 || fiscalYear > 2100) {
      throw new IllegalArgumentException("年度不合理: " + fiscalYear);
    }
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(explanations, "explanations");
    Objects.requireNonNull(evaluation, "evaluation");
  }

  public AmountUnit unit() {
    return facts.unit();
  }
}
