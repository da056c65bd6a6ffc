package io.juesuan.core.rules;

/**
 * 审核规则 — one small policy value with a stable id, a Chinese description and a severity, read from
 * the year's rule catalog. Checking adds findings (or a reason why it could not run) to the
 * outcome; it never stops at the first failure.
 */
public interface Rule {
  RuleId id();

  Severity severity();

  /** Chinese description a finance officer understands. */
  String description();

  /** The rule kind as written in the catalog (formula, hierarchy, …). */
  String kind();

  /** The rule's expression as written in the catalog. */
  String expression();

  /**
   * Why the rule does not apply to its edition (a row or column the edition does not print); empty
   * when it applies.
   */
  default java.util.Optional<String> inapplicable() {
    return java.util.Optional.empty();
  }

  void check(CheckContext context, RuleOutcome outcome);
}
