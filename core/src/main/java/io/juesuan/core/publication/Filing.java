package io.juesuan.core.publication;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One department's year as the scoreboard reads it: its newest version's stage, the dates it was
 * submitted, returned and first published, the 批复 date, the findings of its last check and how many
 * versions it has. {@code reportId} is the newest version (none when nothing was filed).
 */
public record Filing(
    long departmentId,
    String department,
    Stage stage,
    Optional<Long> reportId,
    int versions,
    Optional<LocalDate> submitted,
    Optional<LocalDate> returned,
    Optional<LocalDate> published,
    Optional<LocalDate> approved,
    int errors,
    int roundings,
    int warnings) {
  public Filing {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(submitted, "submitted");
    Objects.requireNonNull(returned, "returned");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(approved, "approved");
  }
}
