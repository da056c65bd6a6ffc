package io.juesuan.core.usecase;

import io.juesuan.core.filing.ActionRefusedException;
import io.juesuan.core.filing.Actor;
import io.juesuan.core.filing.InvalidEditException;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportNotFoundException;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.port.ReportRepository;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * 审核 — the 财政局's reviewer returns a submitted report to its filer with a reason, or approves it,
 * which publishes it and supersedes the earlier published version of the same department-year.
 */
public final class ReviewReport {
  private final ReportRepository reports;
  private final ReadReports read;
  private final FilingChecks checks;
  private final Clock clock;
  private final Transitions transitions;

  public ReviewReport(ReportRepository reports, CheckReport checkReport, Clock clock) {
    this.reports = Objects.requireNonNull(reports, "reports");
    this.read = new ReadReports(reports);
    this.checks = new FilingChecks(checkReport);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.transitions = new Transitions(reports, clock);
  }

  /** 审核通过: publishes the report; an earlier published version of the same year is superseded. */
  public void approve(Actor reviewer, long id, int lockVersion, Optional<String> note) {
    ReportHeader header = underReview(reviewer, id);
    checks.requirePublishable(reports.load(id), "审核通过");
    for (ReportHeader old : read.publicVersions(header)) {
      if (old.state() == ReportState.PUBLISHED) {
        transitions.move(
            reviewer,
            old,
            old.lockVersion(),
            ReportState.SUPERSEDED,
            Optional.of("第 " + header.versionNo() + " 版公开"));
      }
    }
    transitions.move(
        reviewer, header, lockVersion, ReportState.PUBLISHED, note.filter(s -> !s.isBlank()));
  }

  /** 退回修改, with the reviewer's reason. */
  public void returnToFiler(Actor reviewer, long id, int lockVersion, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidEditException("退回时请填写退回原因");
    }
    ReportHeader header = underReview(reviewer, id);
    transitions.move(
        reviewer, header, lockVersion, ReportState.RETURNED, Optional.of(reason.trim()));
  }

  private ReportHeader underReview(Actor reviewer, long id) {
    if (!reviewer.seesAllDepartments()) {
      throw new ReportNotFoundException(id);
    }
    ReportHeader header = read.readable(Optional.of(reviewer), id);
    if (header.state() != ReportState.SUBMITTED) {
      throw new ActionRefusedException("报告当前状态为“" + header.state().label() + "”，不在待审核状态");
    }
    return header;
  }
}
