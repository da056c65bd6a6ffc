package io.juesuan.core.audit;

import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.RuleId;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.rules.SkippedCheck;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects what the audit checks find and which checks could not run; never stops at the first. */
final class AuditLog {
  private final List<Finding> findings = new ArrayList<>();
  private final List<SkippedCheck> skipped = new ArrayList<>();
  private final Set<String> skippedKeys = new LinkedHashSet<>();
  private final Set<String> run = new LinkedHashSet<>();

  void ran(String rule) {
    run.add(rule);
  }

  void add(String rule, Severity severity, Location where, String message) {
    run.add(rule);
    findings.add(Finding.of(RuleId.of(rule), severity, where, message));
  }

  void compared(
      String rule,
      Severity severity,
      Location where,
      String expected,
      String actual,
      BigDecimal difference,
      String message) {
    run.add(rule);
    findings.add(
        Finding.compared(RuleId.of(rule), severity, where, expected, actual, difference, message));
  }

  /** A check that could not run; the same rule and reason are listed once. */
  void skip(String rule, String description, String reason) {
    if (skippedKeys.add(rule + "|" + description + "|" + reason)) {
      skipped.add(new SkippedCheck(RuleId.of(rule), description, reason));
    }
  }

  CheckResult result() {
    return new CheckResult(findings, skipped, run.size());
  }
}
