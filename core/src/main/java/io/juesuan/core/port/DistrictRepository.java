package io.juesuan.core.port;

import io.juesuan.core.filing.FindingCounts;
import io.juesuan.core.filing.ReportState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The district's reading of the reports: 批复 dates (per year, per department-year), every
 * department's standing in a year, and the published department-years. Callers hold the
 * transaction.
 */
public interface DistrictRepository {
  /** A department's year as stored: its newest version (if any) and the dates around it. */
  record FilingRow(
      long departmentId,
      String department,
      Optional<Long> reportId,
      Optional<ReportState> state,
      Optional<Instant> submittedAt,
      FindingCounts counts,
      int versions,
      Optional<Instant> firstPublishedAt,
      Optional<Instant> lastReturnedAt) {}

  /** A published department-year: the current version and when the year was first published. */
  record PublishedRow(
      long reportId,
      long departmentId,
      int fiscalYear,
      String department,
      Instant publishedAt,
      Instant firstPublishedAt) {}

  /** The 批复 dates of a year: the year's date and the departments approved on another day. */
  record Approvals(Optional<LocalDate> year, Map<Long, LocalDate> departments) {
    public Approvals {
      departments = Map.copyOf(departments);
    }

    public Optional<LocalDate> of(long departmentId) {
      return Optional.ofNullable(departments.get(departmentId)).or(() -> year);
    }
  }

  /** The 批复 dates of a year. */
  Approvals approvals(int year);

  /** Sets (or with an empty date clears) the 批复 date of a whole year. */
  void setYearApproval(int year, Optional<LocalDate> date);

  /** Sets (or with an empty date clears) a department-year's own 批复 date. */
  void setDepartmentApproval(long departmentId, int year, Optional<LocalDate> date);

  /** Every registered department and its year, by department name. */
  List<FilingRow> filings(int year);

  /** The published (current) versions of every department-year, newest year first. */
  List<PublishedRow> published();
}
