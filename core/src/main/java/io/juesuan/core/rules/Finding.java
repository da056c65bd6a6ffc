package io.juesuan.core.rules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * 审核发现 — what a rule found: the rule, how severe, where, the expected and actual value, the
 * difference (where numeric) and a one-line Chinese message saying what to fix.
 */
public record Finding(
    RuleId rule,
    Severity severity,
    Location location,
    Optional<String> expected,
    Optional<String> actual,
    Optional<BigDecimal> difference,
    String message) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(message, "message");
  }

  /** A finding without values (missing text, unknown code …). */
  public static Finding of(RuleId rule, Severity severity, Location location, String message) {
    return new Finding(
        rule, severity, location, Optional.empty(), Optional.empty(), Optional.empty(), message);
  }

  /** A finding comparing two values. */
  public static Finding compared(
      RuleId rule,
      Severity severity,
      Location location,
      String expected,
      String actual,
      BigDecimal difference,
      String message) {
    return new Finding(
        rule,
        severity,
        location,
        Optional.of(expected),
        Optional.of(actual),
        Optional.ofNullable(difference),
        message);
  }
}
