package io.juesuan.core.filing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A report's row without its facts: who, which year, which version, which state, how many findings.
 */
public record ReportHeader(
    long id,
    long departmentId,
    int fiscalYear,
    int versionNo,
    ReportState state,
    String deptName,
    String deptShortName,
    int lockVersion,
    FindingCounts counts,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    Optional<Instant> submittedAt,
    Optional<Instant> publishedAt) {
  public ReportHeader {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(deptName, "deptName");
    Objects.requireNonNull(deptShortName, "deptShortName");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(createdBy, "createdBy");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(publishedAt, "publishedAt");
  }
}
