package io.juesuan.core.usecase;

import io.juesuan.core.filing.ActionRefusedException;
import io.juesuan.core.filing.Actor;
import io.juesuan.core.filing.Attachment;
import io.juesuan.core.filing.InvalidEditException;
import io.juesuan.core.filing.ReportEvent;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportNotFoundException;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.port.AttachmentStore;
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
  private final Optional<AttachmentStore> attachments;

  public ReviewReport(ReportRepository reports, CheckReport checkReport, Clock clock) {
    this(reports, checkReport, clock, Optional.empty());
  }

  /** With a store for the files a reviewer attaches to a return (the 更正说明). */
  public ReviewReport(
      ReportRepository reports,
      CheckReport checkReport,
      Clock clock,
      Optional<AttachmentStore> attachments) {
    this.attachments = Objects.requireNonNull(attachments, "attachments");
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

  /**
   * 退回修改 with a file for the filer — the 更正说明 of the department's draft, made on the audit page —
   * kept with the report and named in the trail.
   */
  public void returnToFiler(
      Actor reviewer, long id, int lockVersion, String reason, Attachment attachment) {
    AttachmentStore store =
        attachments.orElseThrow(() -> new ActionRefusedException("本系统未配置附件存储，不能随退回附上文件"));
    returnToFiler(reviewer, id, lockVersion, reason);
    store.add(id, attachment);
    reports.append(
        java.util.List.of(
            ReportEvent.comment(
                id, clock.instant(), reviewer.username(), "退回附件：" + attachment.fileName())));
  }

  /** The files attached to a report, for whoever may read it. */
  public java.util.List<Attachment.Info> attachments(Actor actor, long id) {
    internal(actor, id);
    return attachments.map(a -> a.list(id)).orElse(java.util.List.of());
  }

  /** One attached file, for whoever may read the report. */
  public Attachment attachment(Actor actor, long id, long attachmentId) {
    internal(actor, id);
    return attachments
        .flatMap(a -> a.get(id, attachmentId))
        .orElseThrow(() -> new ReportNotFoundException(id));
  }

  /** Attachments are internal: the report's own department and the reviewers, not the public. */
  private void internal(Actor actor, long id) {
    ReportHeader header = read.readable(Optional.of(actor), id);
    if (!actor.seesAllDepartments()
        && !actor.departmentId().equals(Optional.of(header.departmentId()))) {
      throw new ReportNotFoundException(id);
    }
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
