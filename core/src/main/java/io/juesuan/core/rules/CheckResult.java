package io.juesuan.core.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every finding of a check run, plus the checks that could not run (the coverage). */
public record CheckResult(List<Finding> findings, List<SkippedCheck> skipped, int rulesRun) {
  public CheckResult {
    findings = List.copyOf(findings);
    skipped = List.copyOf(skipped);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** Counts by severity code, every severity present (error, rounding, warning, info). */
  public Map<String, Long> summary() {
    Map<String, Long> m = new java.util.LinkedHashMap<>();
    for (Severity s : Severity.values()) {
      m.put(s.code(), count(s));
    }
    return m;
  }

  /** Joins results of several runs. */
  public CheckResult plus(CheckResult other) {
    List<Finding> f = new ArrayList<>(findings);
    f.addAll(other.findings);
    List<SkippedCheck> s = new ArrayList<>(skipped);
    s.addAll(other.skipped);
    return new CheckResult(f, s, rulesRun + other.rulesRun);
  }

  /** Findings sorted by severity, then rule id. */
  public List<Finding> sorted() {
    return findings.stream()
        .sorted(Comparator.comparing(Finding::severity).thenComparing(f -> f.rule().value()))
        .toList();
  }

  /** Number of findings per rule id. */
  public Map<String, Long> byRule() {
    Map<String, Long> m = new TreeMap<>();
    findings.forEach(f -> m.merge(f.rule().value(), 1L, Long::sum));
    return m;
  }
}
