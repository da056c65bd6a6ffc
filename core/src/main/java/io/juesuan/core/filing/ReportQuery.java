package io.juesuan.core.filing;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which report headers to list: by state, department, year and a search text on the department
 * name.
 */
public record ReportQuery(
    Set<ReportState> states,
    Optional<Long> departmentId,
    Optional<Integer> fiscalYear,
    Optional<String> text) {
  public ReportQuery {
    states = Set.copyOf(states);
    Objects.requireNonNull(departmentId, "departmentId");
    Objects.requireNonNull(fiscalYear, "fiscalYear");
    Objects.requireNonNull(text, "text");
  }

  public static ReportQuery all() {
    return new ReportQuery(Set.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static ReportQuery inStates(Set<ReportState> states) {
    return new ReportQuery(states, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public ReportQuery department(long id) {
    return new ReportQuery(states, Optional.of(id), fiscalYear, text);
  }

  public ReportQuery year(Optional<Integer> year) {
    return new ReportQuery(states, departmentId, year, text);
  }

  public ReportQuery search(Optional<String> search) {
    return new ReportQuery(states, departmentId, fiscalYear, search);
  }
}
