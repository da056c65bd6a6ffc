package io.juesuan.core.report;

import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.performance.Evaluation;
import java.util.Objects;
import java.util.Optional;

/**
 * 部门决算 — one department's final accounts for one fiscal year, as leaf facts: the department, the
 * figures, the explanations and the 绩效自评. Tables and narrative are derived from it.
 *
 * @param edition the edition (版本, e.g. "shanghai-2024") the dataset names; when empty the edition
 *     follows from the department's region and the fiscal year
 */
public record FinalAccounts(
    int fiscalYear,
    Department department,
    LeafFacts facts,
    Explanations explanations,
    Evaluation evaluation,
    Optional<String> edition) {
  public FinalAccounts {
    if (fiscalYear < 2000 || fiscalYear > 2100) {
      throw new IllegalArgumentException("年度不合理: " + fiscalYear);
    }
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(explanations, "explanations");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(edition, "edition");
  }

  /** Accounts that name no edition: it follows from the region and the year. */
  public FinalAccounts(
      int fiscalYear,
      Department department,
      LeafFacts facts,
      Explanations explanations,
      Evaluation evaluation) {
    this(fiscalYear, department, facts, explanations, evaluation, Optional.empty());
  }

  /** The same accounts in the named edition. */
  public FinalAccounts withEdition(Optional<String> edition) {
    return new FinalAccounts(fiscalYear, department, facts, explanations, evaluation, edition);
  }

  public AmountUnit unit() {
    return facts.unit();
  }

  public FinalAccounts withDepartment(Department department) {
    return new FinalAccounts(fiscalYear, department, facts, explanations, evaluation, edition);
  }

  public FinalAccounts withFacts(LeafFacts facts) {
    return new FinalAccounts(fiscalYear, department, facts, explanations, evaluation, edition);
  }

  public FinalAccounts withExplanations(Explanations explanations) {
    return new FinalAccounts(fiscalYear, department, facts, explanations, evaluation, edition);
  }

  public FinalAccounts withEvaluation(Evaluation evaluation) {
    return new FinalAccounts(fiscalYear, department, facts, explanations, evaluation, edition);
  }
}
