package io.juesuan.web.api;

import io.juesuan.core.filing.ReportEvent;
import io.juesuan.core.filing.ReportHeader;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The JSON bodies of the REST API (version 1). */
final class ApiModels {
  private ApiModels() {}

  record ReportSummary(
      long id,
      long departmentId,
      String department,
      int fiscalYear,
      int version,
      String state,
      String stateLabel,
      int lockVersion,
      int errors,
      int roundings,
      int warnings,
      Instant updatedAt,
      Optional<Instant> publishedAt) {
    static ReportSummary of(ReportHeader h) {
      return new ReportSummary(
          h.id(),
          h.departmentId(),
          h.deptName(),
          h.fiscalYear(),
          h.versionNo(),
          h.state().name(),
          h.state().label(),
          h.lockVersion(),
          h.counts().errors(),
          h.counts().roundings(),
          h.counts().warnings(),
          h.updatedAt(),
          h.publishedAt());
    }
  }

  record FactsChange(int lockVersion, Map<String, String> changes) {}

  record StateChange(int lockVersion, String note) {}

  record NewReport(int fiscalYear) {}

  record Comment(String note) {}

  record Event(
      Instant at,
      String actor,
      String kind,
      String field,
      String label,
      String oldValue,
      String newValue,
      String note) {
    static Event of(ReportEvent e) {
      return new Event(
          e.at(),
          e.actor(),
          e.kind().name(),
          e.fieldKey().orElse(null),
          e.fieldLabel().orElse(null),
          e.oldValue().orElse(null),
          e.newValue().orElse(null),
          e.note().orElse(null));
    }
  }
}
