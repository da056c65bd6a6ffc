package io.juesuan.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Runs every rule of a catalog and collects every finding; never stops at the first. */
public final class Checker {
  private final List<Rule> rules;

  public Checker(RuleCatalog catalog) {
    this(catalog.rules());
  }

  public Checker(List<Rule> rules) {
    this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
  }

  public CheckResult check(CheckContext context) {
    RuleOutcome outcome = new RuleOutcome();
    int run = 0;
    for (Rule rule : rules) {
      int skippedBefore = outcome.skippedCount();
      rule.check(context, outcome);
      if (outcome.skippedCount() == skippedBefore) {
        run++;
      }
    }
    return new CheckResult(new ArrayList<>(outcome.findings()), outcome.skipped(), run);
  }
}
