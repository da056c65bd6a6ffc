package io.juesuan.web.report;

import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.performance.Evaluation;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.report.Unit;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.persistence.DepartmentRecord;
import io.juesuan.persistence.FindingCounts;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.persistence.JdbcReportRepository;
import io.juesuan.persistence.ReportEvent;
import io.juesuan.persistence.ReportHeader;
import io.juesuan.persistence.ReportQuery;
import io.juesuan.persistence.ReportState;
import io.juesuan.web.account.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of filing, review and publication, shared by the pages and the REST API: every
 * change goes through here, is checked against the user's rights and the report's state, is saved
 * with optimistic locking, and leaves its trail (who, when, old → new).
 */
@Service
public class ReportService {
  private final JdbcReportRepository reports;
  private final JdbcAccountRepository accounts;
  private final CheckReport checkReport = new CheckReport();
  private final Clock clock;
  private final io.juesuan.web.document.FrozenDocuments documents;
  private final io.juesuan.core.port.Typesetting typesetting;

  public ReportService(
      JdbcReportRepository reports,
      JdbcAccountRepository accounts,
      Clock clock,
      io.juesuan.web.document.FrozenDocuments documents,
      io.juesuan.core.port.Typesetting typesetting) {
    this.reports = reports;
    this.accounts = accounts;
    this.clock = clock;
    this.documents = documents;
    this.typesetting = typesetting;
  }

  /** The header of a report the user may read; otherwise "not found". */
  @Transactional(readOnly = true)
  public ReportHeader readable(Optional<CurrentUser> user, long id) {
    ReportHeader h = reports.header(id).orElseThrow(() -> new ReportNotFoundException(id));
    if (!ReportAccess.canRead(user, h)) {
      throw new ReportNotFoundException(id);
    }
    return h;
  }

  @Transactional(readOnly = true)
  public FinalAccounts accounts(Optional<CurrentUser> user, long id) {
    readable(user, id);
    return reports.load(id);
  }

  public CheckReport.Checked check(FinalAccounts a) {
    return PrintableText.withFindings(checkReport.check(a), a, typesetting);
  }

  public List<FindingView> findings(FinalAccounts a, CheckResult result) {
    FieldLocator locator = new FieldLocator(a);
    return result.sorted().stream().map(f -> FindingView.of(f, locator)).toList();
  }

  /**
   * Reports the user may see in lists: the public sees published ones; a 填报人 only the department's.
   */
  @Transactional(readOnly = true)
  public List<ReportHeader> list(Optional<CurrentUser> user, ReportQuery query) {
    if (user.isEmpty()) {
      return reports.find(PublicListing.restrict(query));
    }
    CurrentUser u = user.get();
    if (u.isFiler()) {
      return reports.find(query.department(u.departmentId().orElse(-1L)));
    }
    return reports.find(query);
  }

  /** Every public version of the same department-year, newest first. */
  @Transactional(readOnly = true)
  public List<ReportHeader> publicVersions(ReportHeader h) {
    return reports.find(
        new ReportQuery(
            Set.of(ReportState.PUBLISHED, ReportState.SUPERSEDED),
            Optional.of(h.departmentId()),
            Optional.of(h.fiscalYear()),
            Optional.empty()));
  }

  @Transactional(readOnly = true)
  public List<ReportEvent> trail(Optional<CurrentUser> user, long id) {
    readable(user, id);
    return reports.events(id);
  }

  /** 新建部门年度: an empty department-year of the filer's department. */
  @Transactional
  public long create(CurrentUser filer, int year) {
    long deptId =
        filer
            .departmentId()
            .filter(d -> filer.isFiler())
            .orElseThrow(() -> new ActionRefusedException("只有部门填报人可以新建报告"));
    if (year < 2000 || year > 2100) {
      throw new InvalidEditException("年度应在 2000 至 2100 之间");
    }
    if (!reports.find(ReportQuery.all().department(deptId).year(Optional.of(year))).isEmpty()) {
      throw new ActionRefusedException(year + " 年度的报告已存在；已公开的报告请用“创建新版本”修改");
    }
    DepartmentRecord d = accounts.department(deptId).orElseThrow();
    Department department =
        new Department(
            d.name(),
            d.shortName(),
            d.region(),
            d.kind(),
            List.of(new Unit(d.name() + "（本级）", d.kind(), true)),
            List.of());
    LeafFacts facts =
        new LeafFacts(
            AmountUnit.YUAN, List.of(), List.of(), Map.of(), Map.of(), List.of(), Map.of());
    FinalAccounts a =
        new FinalAccounts(year, department, facts, Explanations.none(), Evaluation.empty());
    String edition;
    try {
      edition = io.juesuan.core.edition.Editions.installed().forAccounts(a).info().label();
    } catch (io.juesuan.core.edition.EditionNotFoundException e) {
      throw new ActionRefusedException(e.getMessage());
    }
    Instant now = clock.instant();
    long id = reports.create(deptId, 1, ReportState.DRAFT, a, counts(a), filer.getUsername(), now);
    reports.append(
        List.of(
            ReportEvent.comment(
                id, now, filer.getUsername(), "新建 " + year + " 年度部门决算，版本 " + edition)));
    return id;
  }

  /**
   * Applies a change to the figures if the report is editable by the user and nobody saved it
   * meanwhile.
   */
  @Transactional
  public int edit(CurrentUser user, long id, int lockVersion, UnaryOperator<FinalAccounts> change) {
    ReportHeader h = editable(user, id);
    FinalAccounts before = reports.load(id);
    InputText.Cleaned cleaned = InputText.clean(change.apply(before));
    FinalAccounts after = cleaned.accounts();
    Instant now = clock.instant();
    int next = reports.replaceFacts(id, lockVersion, after, counts(after), now);
    reports.append(diff(id, user.getUsername(), now, before, after));
    if (!cleaned.notes().isEmpty()) {
      reports.append(
          List.of(
              ReportEvent.comment(
                  id,
                  now,
                  user.getUsername(),
                  "输入规范化：已删除 " + String.join("、", cleaned.notes()) + "（复制粘贴带入的不可见字符）")));
    }
    return next;
  }

  /** Replaces the figures with an uploaded dataset of the same department and year. */
  @Transactional
  public int upload(CurrentUser user, long id, int lockVersion, FinalAccounts uploaded) {
    ReportHeader h = editable(user, id);
    FinalAccounts current = reports.load(id);
    if (uploaded.fiscalYear() != h.fiscalYear()) {
      throw new InvalidEditException(
          "上传数据的年度（" + uploaded.fiscalYear() + "）与本报告年度（" + h.fiscalYear() + "）不一致");
    }
    if (!uploaded.department().name().equals(current.department().name())) {
      throw new InvalidEditException(
          "上传数据的部门“"
              + uploaded.department().name()
              + "”与本报告的部门“"
              + current.department().name()
              + "”不一致");
    }
    return edit(user, id, lockVersion, a -> uploaded);
  }

  /** 报送: the filer sends the report for review; refused while there are errors. */
  @Transactional
  public void submit(CurrentUser user, long id, int lockVersion) {
    ReportHeader h = editable(user, id);
    CheckResult result = check(reports.load(id)).result();
    long errors = result.count(Severity.ERROR);
    if (errors > 0) {
      throw new ActionRefusedException("还有 " + errors + " 个错误，请修正后再报送");
    }
    move(user, h, lockVersion, ReportState.SUBMITTED, Optional.empty());
  }

  /** 审核通过: publishes the report; an earlier published version of the same year is superseded. */
  @Transactional
  public void approve(CurrentUser reviewer, long id, int lockVersion, Optional<String> note) {
    ReportHeader h = underReview(reviewer, id);
    try {
      documents.produce(id, reports.load(id)); // a published version is frozen: render it once, now
    } catch (io.juesuan.web.document.DocumentsNotProducedException e) {
      throw new ActionRefusedException("未公开：" + e.getMessage());
    }
    for (ReportHeader old : publicVersions(h)) {
      if (old.state() == ReportState.PUBLISHED) {
        reports.changeState(
            old.id(),
            old.lockVersion(),
            ReportState.PUBLISHED,
            ReportState.SUPERSEDED,
            clock.instant());
        reports.append(
            List.of(
                ReportEvent.state(
                    old.id(),
                    clock.instant(),
                    reviewer.getUsername(),
                    ReportState.PUBLISHED,
                    ReportState.SUPERSEDED,
                    Optional.of("第 " + h.versionNo() + " 版公开"))));
      }
    }
    move(reviewer, h, lockVersion, ReportState.PUBLISHED, note.filter(s -> !s.isBlank()));
  }

  /** 退回修改, with the reviewer's reason. */
  @Transactional
  public void returnToFiler(CurrentUser reviewer, long id, int lockVersion, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidEditException("退回时请填写退回原因");
    }
    move(
        reviewer,
        underReview(reviewer, id),
        lockVersion,
        ReportState.RETURNED,
        Optional.of(reason.trim()));
  }

  /** 审核意见 / 留言 on a report, by a reviewer or the department's filer. */
  @Transactional
  public void comment(CurrentUser user, long id, String note) {
    ReportHeader h = readable(Optional.of(user), id);
    if (!user.seesAllDepartments() && !ReportAccess.ownDepartment(user, h)) {
      throw new ReportNotFoundException(id);
    }
    if (note == null || note.isBlank()) {
      throw new InvalidEditException("意见不能为空");
    }
    if (note.length() > 2000) {
      throw new InvalidEditException("意见不能超过 2000 字");
    }
    reports.append(
        List.of(ReportEvent.comment(id, clock.instant(), user.getUsername(), note.trim())));
  }

  /** 创建新版本: a published report is frozen; to change it the filer starts the next version. */
  @Transactional
  public long newVersion(CurrentUser filer, long id) {
    ReportHeader h = readable(Optional.of(filer), id);
    if (!ReportAccess.ownDepartment(filer, h)) {
      throw new ReportNotFoundException(id);
    }
    if (h.state() != ReportState.PUBLISHED) {
      throw new ActionRefusedException("只有已公开的最新版本可以创建新版本");
    }
    boolean open =
        reports
            .find(ReportQuery.all().department(h.departmentId()).year(Optional.of(h.fiscalYear())))
            .stream()
            .anyMatch(r -> !r.state().publicVisible());
    if (open) {
      throw new ActionRefusedException("该年度已有未公开的新版本，请在其上修改");
    }
    FinalAccounts a = reports.load(id);
    Instant now = clock.instant();
    int version = reports.nextVersion(h.departmentId(), h.fiscalYear());
    long newId =
        reports.create(
            h.departmentId(), version, ReportState.DRAFT, a, counts(a), filer.getUsername(), now);
    reports.append(
        List.of(
            ReportEvent.comment(
                newId,
                now,
                filer.getUsername(),
                "基于已公开的第 " + h.versionNo() + " 版创建第 " + version + " 版")));
    return newId;
  }

  /** Stores a department-year that is published at once (seeding, imports by an administrator). */
  @Transactional
  public long storePublished(long departmentId, FinalAccounts a, String actor, String note) {
    Instant now = clock.instant();
    int version = reports.nextVersion(departmentId, a.fiscalYear());
    long id = reports.create(departmentId, version, ReportState.DRAFT, a, counts(a), actor, now);
    reports.append(List.of(ReportEvent.comment(id, now, actor, note)));
    ReportHeader h = reports.header(id).orElseThrow();
    reports.changeState(id, h.lockVersion(), ReportState.DRAFT, ReportState.PUBLISHED, now);
    reports.append(
        List.of(
            ReportEvent.state(
                id, now, actor, ReportState.DRAFT, ReportState.PUBLISHED, Optional.empty())));
    return id;
  }

  private ReportHeader editable(CurrentUser user, long id) {
    ReportHeader h = readable(Optional.of(user), id);
    if (!ReportAccess.ownDepartment(user, h)) {
      throw new ReportNotFoundException(id);
    }
    if (!h.state().editable()) {
      throw new ActionRefusedException(
          "报告“"
              + h.state().label()
              + "”，不能修改"
              + (h.state() == ReportState.PUBLISHED ? "；如需更正，请创建新版本" : ""));
    }
    return h;
  }

  private ReportHeader underReview(CurrentUser reviewer, long id) {
    if (!reviewer.seesAllDepartments()) {
      throw new ReportNotFoundException(id);
    }
    ReportHeader h = readable(Optional.of(reviewer), id);
    if (h.state() != ReportState.SUBMITTED) {
      throw new ActionRefusedException("报告当前状态为“" + h.state().label() + "”，不在待审核状态");
    }
    return h;
  }

  private void move(
      CurrentUser user, ReportHeader h, int lockVersion, ReportState to, Optional<String> note) {
    Instant now = clock.instant();
    reports.changeState(h.id(), lockVersion, h.state(), to, now);
    reports.append(
        List.of(ReportEvent.state(h.id(), now, user.getUsername(), h.state(), to, note)));
  }

  private FindingCounts counts(FinalAccounts a) {
    CheckResult r = check(a).result();
    return new FindingCounts(
        (int) r.count(Severity.ERROR),
        (int) r.count(Severity.ROUNDING_DIFFERENCE),
        (int) r.count(Severity.WARNING));
  }

  private static List<ReportEvent> diff(
      long id, String actor, Instant now, FinalAccounts before, FinalAccounts after) {
    Map<String, String> old = FactSheet.of(before);
    Map<String, String> neu = FactSheet.of(after);
    Set<String> keys = new LinkedHashSet<>(old.keySet());
    keys.addAll(neu.keySet());
    List<ReportEvent> events = new ArrayList<>();
    for (String k : keys) {
      Optional<String> o = Optional.ofNullable(old.get(k));
      Optional<String> n = Optional.ofNullable(neu.get(k));
      if (!o.equals(n)) {
        events.add(
            ReportEvent.figure(
                id, now, actor, k, FactSheet.label(k, n.isPresent() ? neu : old), o, n));
      }
    }
    return events;
  }
}
