package io.juesuan.core.usecase;

import io.juesuan.core.edition.EditionNotFoundException;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.filing.ActionRefusedException;
import io.juesuan.core.filing.Actor;
import io.juesuan.core.filing.InvalidEditException;
import io.juesuan.core.filing.ReportEvent;
import io.juesuan.core.filing.ReportHeader;
import io.juesuan.core.filing.ReportQuery;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.filing.Trail;
import io.juesuan.core.performance.Evaluation;
import io.juesuan.core.port.DepartmentDirectory;
import io.juesuan.core.port.ReportRepository;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.report.UnitKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * 填报 — a department's filer creates a department-year, changes its facts (each change checked
 * against the report's state, saved with optimistic locking and written to the trail), and starts a
 * new version of a published one.
 */
public final class FileReport {
  private final ReportRepository reports;
  private final DepartmentDirectory departments;
  private final ReadReports read;
  private final FilingChecks checks;
  private final Editions editions;
  private final Clock clock;
  private final Transitions transitions;

  public FileReport(
      ReportRepository reports,
      DepartmentDirectory departments,
      CheckReport checkReport,
      Editions editions,
      Clock clock) {
    this.reports = Objects.requireNonNull(reports, "reports");
    this.departments = Objects.requireNonNull(departments, "departments");
    this.read = new ReadReports(reports);
    this.checks = new FilingChecks(checkReport);
    this.editions = Objects.requireNonNull(editions, "editions");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.transitions = new Transitions(reports, clock);
  }

  /** 新建部门年度: an empty department-year of the filer's department, in its year's edition. */
  public long create(Actor filer, int year) {
    if (year < 2000 || year > 2100) {
      throw new InvalidEditException("年度应在 2000 至 2100 之间");
    }
    FinalAccounts empty =
        new FinalAccounts(
            year,
            new Department("", "", "", UnitKind.ADMINISTRATIVE, List.of(), List.of()),
            LeafFacts.none(),
            Explanations.none(),
            Evaluation.empty());
    return createFrom(filer, empty, List.of());
  }

  /**
   * 新建部门年度 from a start: last year's report carried over, or this year's figures recovered from a
   * published report or workbook. The department's name, short name, region and kind are the
   * directory's; its units and duties, the figures and the texts are the start's. {@code notes}
   * (what the start was and what it could not give) go to the trail.
   */
  public long createFrom(Actor filer, FinalAccounts start, List<String> notes) {
    long departmentId =
        filer
            .departmentId()
            .filter(d -> filer.isFiler())
            .orElseThrow(() -> new ActionRefusedException("只有部门填报人可以新建报告"));
    int year = start.fiscalYear();
    if (!reports
        .find(ReportQuery.all().department(departmentId).year(Optional.of(year)))
        .isEmpty()) {
      throw new ActionRefusedException(year + " 年度的报告已存在；已公开的报告请用“创建新版本”修改");
    }
    Department directory = departments.department(departmentId).orElseThrow();
    Department given = start.department();
    FinalAccounts accounts =
        start
            .withDepartment(
                directory
                    .withUnits(given.units().isEmpty() ? directory.units() : given.units())
                    .withDuties(given.duties().isEmpty() ? directory.duties() : given.duties()))
            .withEdition(Optional.empty());
    String edition;
    try {
      edition = editions.forAccounts(accounts).info().label();
    } catch (EditionNotFoundException e) {
      throw new ActionRefusedException(e.getMessage());
    }
    Instant now = clock.instant();
    long id =
        reports.create(
            departmentId,
            1,
            ReportState.DRAFT,
            accounts,
            checks.counts(accounts),
            filer.username(),
            now);
    List<ReportEvent> events = new java.util.ArrayList<>();
    events.add(
        ReportEvent.comment(id, now, filer.username(), "新建 " + year + " 年度部门决算，版本 " + edition));
    notes.forEach(n -> events.add(ReportEvent.comment(id, now, filer.username(), n)));
    reports.append(events);
    return id;
  }

  /** Applies a change if the report is editable by the filer and nobody saved it meanwhile. */
  public int edit(Actor filer, long id, int lockVersion, UnaryOperator<FinalAccounts> change) {
    editable(filer, id);
    FinalAccounts before = reports.load(id);
    FinalAccounts after = change.apply(before);
    Instant now = clock.instant();
    int next = reports.replaceFacts(id, lockVersion, after, checks.counts(after), now);
    reports.append(Trail.diff(id, filer.username(), now, before, after));
    return next;
  }

  /** Replaces the figures with an uploaded dataset of the same department and year. */
  public int upload(Actor filer, long id, int lockVersion, FinalAccounts uploaded) {
    ReportHeader header = editable(filer, id);
    if (uploaded.fiscalYear() != header.fiscalYear()) {
      throw new InvalidEditException(
          "上传数据的年度（" + uploaded.fiscalYear() + "）与本报告年度（" + header.fiscalYear() + "）不一致");
    }
    String current = reports.load(id).department().name();
    if (!uploaded.department().name().equals(current)) {
      throw new InvalidEditException(
          "上传数据的部门“" + uploaded.department().name() + "”与本报告的部门“" + current + "”不一致");
    }
    return edit(filer, id, lockVersion, a -> uploaded);
  }

  /** 报送: sends the report for review; refused while facts are missing or errors remain. */
  public void submit(Actor filer, long id, int lockVersion) {
    ReportHeader header = editable(filer, id);
    checks.requirePublishable(reports.load(id), "报送");
    transitions.move(filer, header, lockVersion, ReportState.SUBMITTED, Optional.empty());
  }

  /** 创建新版本: a published report is frozen; to change it the filer starts the next version. */
  public long newVersion(Actor filer, long id) {
    ReportHeader header = read.own(filer, id);
    if (header.state() != ReportState.PUBLISHED) {
      throw new ActionRefusedException("只有已公开的最新版本可以创建新版本");
    }
    ReportQuery sameYear =
        ReportQuery.all().department(header.departmentId()).year(Optional.of(header.fiscalYear()));
    if (reports.find(sameYear).stream().anyMatch(r -> !r.state().publicVisible())) {
      throw new ActionRefusedException("该年度已有未公开的新版本，请在其上修改");
    }
    FinalAccounts accounts = reports.load(id);
    Instant now = clock.instant();
    int version = reports.nextVersion(header.departmentId(), header.fiscalYear());
    long created =
        reports.create(
            header.departmentId(),
            version,
            ReportState.DRAFT,
            accounts,
            checks.counts(accounts),
            filer.username(),
            now);
    String note = "基于已公开的第 " + header.versionNo() + " 版创建第 " + version + " 版";
    reports.append(List.of(ReportEvent.comment(created, now, filer.username(), note)));
    return created;
  }

  /** 审核意见 / 留言 on a report, by a reviewer or the department's filer. */
  public void comment(Actor actor, long id, String note) {
    if (actor.seesAllDepartments()) {
      read.readable(Optional.of(actor), id);
    } else {
      read.own(actor, id);
    }
    if (note == null || note.isBlank()) {
      throw new InvalidEditException("意见不能为空");
    }
    if (note.length() > 2000) {
      throw new InvalidEditException("意见不能超过 2000 字");
    }
    reports.append(
        List.of(ReportEvent.comment(id, clock.instant(), actor.username(), note.trim())));
  }

  /** Stores a department-year that is published at once (seeding, imports by an administrator). */
  public long storePublished(long departmentId, FinalAccounts accounts, String actor, String note) {
    Instant now = clock.instant();
    int version = reports.nextVersion(departmentId, accounts.fiscalYear());
    long id =
        reports.create(
            departmentId,
            version,
            ReportState.DRAFT,
            accounts,
            checks.counts(accounts),
            actor,
            now);
    reports.append(List.of(ReportEvent.comment(id, now, actor, note)));
    int lockVersion = reports.header(id).orElseThrow().lockVersion();
    reports.changeState(id, lockVersion, ReportState.DRAFT, ReportState.PUBLISHED, now);
    reports.append(
        List.of(
            ReportEvent.state(
                id, now, actor, ReportState.DRAFT, ReportState.PUBLISHED, Optional.empty())));
    return id;
  }

  private ReportHeader editable(Actor filer, long id) {
    ReportHeader header = read.own(filer, id);
    ReportState state = header.state();
    if (!state.editable()) {
      String hint = state == ReportState.PUBLISHED ? "；如需更正，请创建新版本" : "";
      throw new ActionRefusedException("报告“" + state.label() + "”，不能修改" + hint);
    }
    return header;
  }
}
