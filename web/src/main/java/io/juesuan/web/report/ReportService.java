package io.juesuan.web.report;

import io.juesuan.core.edition.Editions;
import io.juesuan.core.filing.Actor;
import io.juesuan.core.filing.ReportEvent;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.core.usecase.FileReport;
import io.juesuan.core.usecase.FormTarget;
import io.juesuan.core.usecase.ReadReports;
import io.juesuan.core.usecase.ReviewReport;
import io.juesuan.web.account.CurrentUser;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filing, review and publication use cases ({@link FileReport}, {@link ReviewReport}, {@link
 * ReadReports}) for the pages and the REST API, each in one transaction, with the signed-in user as
 * the actor.
 */
@Service
public class ReportService {
  private final ReadReports read;
  private final FileReport filing;
  private final ReviewReport review;
  private final CheckReport checkReport;
  private final io.juesuan.web.document.FrozenDocuments documents;
  private final org.springframework.context.ApplicationEventPublisher events;

  public ReportService(
      ReadReports read,
      FileReport filing,
      ReviewReport review,
      CheckReport checkReport,
      io.juesuan.web.document.FrozenDocuments documents,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.read = read;
    this.filing = filing;
    this.review = review;
    this.checkReport = checkReport;
    this.documents = documents;
  }

  /** The header of a report the user may read; otherwise "not found". */
  @Transactional(readOnly = true)
  public ReportHeader readable(Optional<CurrentUser> user, long id) {
    return read.readable(actor(user), id);
  }

  /** The header of a report of the filer's own department; otherwise "not found". */
  @Transactional(readOnly = true)
  public ReportHeader own(CurrentUser user, long id) {
    return read.own(user.actor(), id);
  }

  @Transactional(readOnly = true)
  public FinalAccounts accounts(Optional<CurrentUser> user, long id) {
    return read.accounts(actor(user), id);
  }

  public CheckReport.Checked check(FinalAccounts accounts) {
    return checkReport.check(accounts);
  }

  public List<FindingView> findings(FinalAccounts accounts, CheckResult result) {
    LayoutSet layouts = Editions.installed().forAccounts(accounts).layouts();
    return result.sorted().stream()
        .map(f -> FindingView.of(f, FormTarget.of(f.location(), accounts, layouts)))
        .toList();
  }

  @Transactional(readOnly = true)
  public List<ReportHeader> list(Optional<CurrentUser> user, ReportQuery query) {
    return read.list(actor(user), query);
  }

  @Transactional(readOnly = true)
  public List<ReportHeader> publicVersions(ReportHeader header) {
    return read.publicVersions(header);
  }

  @Transactional(readOnly = true)
  public List<ReportEvent> trail(Optional<CurrentUser> user, long id) {
    return read.trail(actor(user), id);
  }

  @Transactional
  public long create(CurrentUser filer, int year) {
    return filing.create(filer.actor(), year);
  }

  /** 新建 from a start (last year's report carried over, or figures recovered from a file). */
  @Transactional
  public long createFrom(CurrentUser filer, FinalAccounts start, List<String> notes) {
    return filing.createFrom(filer.actor(), InputText.clean(start).accounts(), notes);
  }

  @Transactional
  public int edit(CurrentUser user, long id, int lockVersion, UnaryOperator<FinalAccounts> change) {
    List<String> removed = new java.util.ArrayList<>();
    int next =
        filing.edit(
            user.actor(),
            id,
            lockVersion,
            before -> {
              InputText.Cleaned cleaned = InputText.clean(change.apply(before));
              removed.addAll(cleaned.notes());
              return cleaned.accounts();
            });
    if (!removed.isEmpty()) {
      filing.comment(user.actor(), id, "输入规范化：已删除 " + String.join("、", removed) + "（复制粘贴带入的不可见字符）");
    }
    return next;
  }

  @Transactional
  public int upload(CurrentUser user, long id, int lockVersion, FinalAccounts uploaded) {
    return filing.upload(user.actor(), id, lockVersion, uploaded);
  }

  @Transactional
  public void submit(CurrentUser user, long id, int lockVersion) {
    filing.submit(user.actor(), id, lockVersion);
  }

  @Transactional
  public void approve(CurrentUser reviewer, long id, int lockVersion, Optional<String> note) {
    review.approve(reviewer.actor(), id, lockVersion, note);
    try { // a published version is frozen: render it once, now; if it cannot be, nothing is
      // published
      documents.produce(id, read.accounts(Optional.of(reviewer.actor()), id));
    } catch (io.juesuan.web.document.DocumentsNotProducedException e) {
      throw new io.juesuan.core.filing.ActionRefusedException("未公开：" + e.getMessage());
    }
    events.publishEvent(new PublicContentChanged(id));
  }

  @Transactional
  public void returnToFiler(CurrentUser reviewer, long id, int lockVersion, String reason) {
    review.returnToFiler(reviewer.actor(), id, lockVersion, reason);
  }

  /** 退回修改 with a file for the filer (the 更正说明). */
  @Transactional
  public void returnToFiler(
      CurrentUser reviewer, long id, int lockVersion, String reason, String fileName, byte[] file) {
    review.returnToFiler(
        reviewer.actor(),
        id,
        lockVersion,
        reason,
        io.juesuan.core.filing.Attachment.of(
            fileName, file, reviewer.getUsername(), java.time.Instant.now()));
  }

  public List<io.juesuan.core.filing.Attachment.Info> attachments(CurrentUser user, long id) {
    return review.attachments(user.actor(), id);
  }

  public io.juesuan.core.filing.Attachment attachment(CurrentUser user, long id, long attachment) {
    return review.attachment(user.actor(), id, attachment);
  }

  @Transactional
  public void comment(CurrentUser user, long id, String note) {
    filing.comment(user.actor(), id, note);
  }

  @Transactional
  public long newVersion(CurrentUser filer, long id) {
    long created = filing.newVersion(filer.actor(), id);
    events.publishEvent(new PublicContentChanged(id));
    return created;
  }

  @Transactional
  public long storePublished(long departmentId, FinalAccounts accounts, String actor, String note) {
    long id = filing.storePublished(departmentId, accounts, actor, note);
    events.publishEvent(new PublicContentChanged(id));
    return id;
  }

  private static Optional<Actor> actor(Optional<CurrentUser> user) {
    return user.map(CurrentUser::actor);
  }
}
