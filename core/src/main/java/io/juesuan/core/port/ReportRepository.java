package io.juesuan.core.port;

import io.juesuan.core.filing.FindingCounts;
import io.juesuan.core.filing.ReportEvent;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.report.FinalAccounts;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * 报告库 — where department-years (reports) are kept with their versions, states and trail. Writes
 * check the lock version the editor loaded (optimistic locking) and fail with {@link
 * io.juesuan.core.filing.StaleReportException} rather than overwrite a concurrent change. Callers
 * hold the transaction.
 */
public interface ReportRepository {
  /** Stores a new report (a new department-year or a new version of one) and returns its id. */
  long create(
      long departmentId,
      int versionNo,
      ReportState state,
      FinalAccounts accounts,
      FindingCounts counts,
      String actor,
      Instant now);

  /** Replaces the facts if nobody saved the report since {@code lockVersion}; the new version. */
  int replaceFacts(
      long id, int lockVersion, FinalAccounts accounts, FindingCounts counts, Instant now);

  /**
   * Moves a report from one state to another if it is still in {@code from} at {@code lockVersion}.
   */
  void changeState(long id, int lockVersion, ReportState from, ReportState to, Instant now);

  FinalAccounts load(long id);

  Optional<ReportHeader> header(long id);

  /** Headers matching the query, newest year first, then department name, then newest version. */
  List<ReportHeader> find(ReportQuery query);

  int nextVersion(long departmentId, int fiscalYear);

  void append(List<ReportEvent> events);

  /** The trail of a report, newest first. */
  List<ReportEvent> events(long id);
}
