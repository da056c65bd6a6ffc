package io.juesuan.core.usecase;

import io.juesuan.core.filing.Actor;
import io.juesuan.core.filing.ReportAccess;
import io.juesuan.core.filing.ReportEvent;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportNotFoundException;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.port.ReportRepository;
import io.juesuan.core.report.FinalAccounts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 查阅 — reading department-years as the actor may: the public sees published versions, a 填报人 the
 * department's own, 审核人 and 管理员 all. What the actor may not see is "not found".
 */
public final class ReadReports {
  private static final Set<ReportState> PUBLIC =
      Set.of(ReportState.PUBLISHED, ReportState.SUPERSEDED);
  private final ReportRepository reports;

  public ReadReports(ReportRepository reports) {
    this.reports = Objects.requireNonNull(reports, "reports");
  }

  /** The header of a report the actor may read; otherwise {@link ReportNotFoundException}. */
  public ReportHeader readable(Optional<Actor> actor, long id) {
    ReportHeader header = reports.header(id).orElseThrow(() -> new ReportNotFoundException(id));
    if (!ReportAccess.canRead(actor, header)) {
      throw new ReportNotFoundException(id);
    }
    return header;
  }

  /** The header of a report of the filer's own department. */
  public ReportHeader own(Actor filer, long id) {
    ReportHeader header = readable(Optional.of(filer), id);
    if (!ReportAccess.ownDepartment(filer, header)) {
      throw new ReportNotFoundException(id);
    }
    return header;
  }

  public FinalAccounts accounts(Optional<Actor> actor, long id) {
    readable(actor, id);
    return reports.load(id);
  }

  /** Reports the actor may see in lists: the public sees published ones; a 填报人 the department's. */
  public List<ReportHeader> list(Optional<Actor> actor, ReportQuery query) {
    if (actor.isEmpty()) {
      return reports.find(publicListing(query));
    }
    Actor user = actor.get();
    if (user.isFiler()) {
      return reports.find(query.department(user.departmentId().orElse(-1L)));
    }
    return reports.find(query);
  }

  /**
   * What the public may list: the current published versions only (a superseded version is reached
   * from its report page's version list); asking only for other states matches nothing.
   */
  static ReportQuery publicListing(ReportQuery query) {
    Set<ReportState> states =
        query.states().isEmpty()
            ? Set.of(ReportState.PUBLISHED)
            : query.states().stream()
                .filter(s -> s == ReportState.PUBLISHED)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    if (states.isEmpty()) {
      return new ReportQuery(
          Set.of(ReportState.PUBLISHED), Optional.of(-1L), query.fiscalYear(), query.text());
    }
    return new ReportQuery(states, query.departmentId(), query.fiscalYear(), query.text());
  }

  /** Every public version of the same department-year, newest first. */
  public List<ReportHeader> publicVersions(ReportHeader header) {
    return reports.find(
        new ReportQuery(
            PUBLIC,
            Optional.of(header.departmentId()),
            Optional.of(header.fiscalYear()),
            Optional.empty()));
  }

  public List<ReportEvent> trail(Optional<Actor> actor, long id) {
    readable(actor, id);
    return reports.events(id);
  }
}
