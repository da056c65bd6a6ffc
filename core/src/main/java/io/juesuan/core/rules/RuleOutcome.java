package io.juesuan.core.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects findings and skipped checks while rules run (killbill's ValidationErrors, for rules).
 */
public final class RuleOutcome {
  private final List<Finding> findings = new ArrayList<>();
  private final List<SkippedCheck> skipped = new ArrayList<>();

  public void add(Finding finding) {
    findings.add(finding);
  }

  public void skip(Rule rule, String reason) {
    skipped.add(new SkippedCheck(rule.id(), rule.description(), reason));
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  public List<SkippedCheck> skipped() {
    return List.copyOf(skipped);
  }

  /** How many checks were skipped so far (without copying them). */
  public int skippedCount() {
    return skipped.size();
  }
}
