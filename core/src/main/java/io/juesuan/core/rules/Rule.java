package io.juesuan.core.rules;

import io.juesuan.core.table.TableId;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 审核规则 — one small policy value with a stable id, a Chinese description and a severity, read from
 * the year's rule catalog. Checking adds findings (or a reason why it could not run) to the
 * outcome; it never stops at the first failure.
 */
public interface Rule {
  /** A table number standing as a term: "01." of a cell, or "02" in a list ("02,03", "01<-03"). */
  Pattern TABLE_TERM = Pattern.compile("(?<![0-9.$@\\w])(0[1-9])(?=\\.|,|<|$|\\s)");

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
  default Optional<String> inapplicable() {
    return Optional.empty();
  }

  void check(CheckContext context, RuleOutcome outcome);

  /**
   * The tables whose cells the rule reads: every {@code NN.} cell term of a formula, or the table
   * list of a hierarchy, nonnegative, catalog or category-rows rule. Empty for rules on leaf facts.
   */
  default Set<TableId> tables() {
    Set<TableId> out = new TreeSet<>();
    Matcher m = TABLE_TERM.matcher(expression());
    while (m.find()) {
      out.add(TableId.of(m.group(1)));
    }
    return out;
  }
}
