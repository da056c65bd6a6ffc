package io.juesuan.core.rules;

import java.util.Objects;

/**
 * A check that could not run, and why (a table missing from the report, no dataset to compare …).
 */
public record SkippedCheck(RuleId rule, String description, String reason) {
  public SkippedCheck {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(reason, "reason");
  }
}
