package io.juesuan.web.district;

import io.juesuan.core.consolidation.DrillDown;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.filing.ReportState;
import io.juesuan.core.port.DistrictRepository;
import io.juesuan.core.port.DistrictRepository.Approvals;
import io.juesuan.core.port.DistrictRepository.FilingRow;
import io.juesuan.core.port.DistrictRepository.PublishedRow;
import io.juesuan.core.port.ReportRepository;
import io.juesuan.core.publication.DeadlineRule;
import io.juesuan.core.publication.Filing;
import io.juesuan.core.publication.Scoreboard;
import io.juesuan.core.publication.Stage;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.core.table.TableSet;
import io.juesuan.core.usecase.ConsolidateReports;
import io.juesuan.persistence.JdbcAccountRepository;
import io.juesuan.web.report.KeyFigures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's use cases: the scoreboard of a year, 批复 dates, the 汇总 of the published
 * department-years with its drill-down, and the published department-years for the portal and open
 * data. Published versions are frozen, so what is derived from them is kept by report id; a 汇总 is
 * kept as long as the same versions are the published ones.
 */
@Service
public class DistrictService {
  private final DistrictRepository district;
  private final ReportRepository reports;
  private final JdbcAccountRepository accounts;
  private final Clock clock;
  private final DeadlineRule rule = DeadlineRule.standard();
  private final Map<Long, Published> published = new ConcurrentHashMap<>();
  private final Map<Integer, District> districts = new ConcurrentHashMap<>();

  public DistrictService(
      DistrictRepository district,
      ReportRepository reports,
      JdbcAccountRepository accounts,
      Clock clock) {
    this.district = district;
    this.reports = reports;
    this.accounts = accounts;
    this.clock = clock;
  }

  /**
   * A published department-year: its row, accounts, tables (exact, as derived) and key figures
   * (万元).
   */
  public record Published(
      PublishedRow row, FinalAccounts accounts, TableSet tables, KeyFigures figures) {}

  /** A district's 汇总 of a year: the parts (by department name), the result, its drill-down. */
  public record District(
      int year,
      String name,
      List<Published> parts,
      ConsolidateReports.Consolidated consolidated,
      DrillDown drillDown,
      List<Long> reportIds,
      Instant builtAt) {}

  public DeadlineRule rule() {
    return rule;
  }

  public java.time.ZoneId zone() {
    return clock.getZone();
  }

  /**
   * Open data: every published cell (万元) of every published department-year, or of one year, as CSV
   * with the year and the department: {@code year,department,table,row,column,value}.
   */
  @Transactional(readOnly = true)
  public String cellsCsv(Optional<Integer> year) {
    StringBuilder b = new StringBuilder(CELLS_HEADER).append('\n');
    for (Published p : published()) {
      if (year.isPresent() && p.row().fiscalYear() != year.get()) {
        continue;
      }
      String dept = csvField(p.row().department());
      for (var e : p.tables().toWanYuan().cells()) {
        var r = e.getKey();
        b.append(p.row().fiscalYear())
            .append(',')
            .append(dept)
            .append(',')
            .append(r.table())
            .append(',')
            .append(csvField(r.row().value()))
            .append(',')
            .append(r.column())
            .append(',')
            .append(io.juesuan.core.money.Rounding.toWanYuan(e.getValue()).plain())
            .append('\n');
      }
    }
    return b.toString();
  }

  /** The header of {@link #cellsCsv}. */
  public static final String CELLS_HEADER = "year,department,table,row,column,value";

  private static String csvField(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Years to offer: those opened for filing and those with published reports, newest first. */
  @Transactional(readOnly = true)
  public List<Integer> years() {
    TreeSet<Integer> ys = new TreeSet<>(Comparator.reverseOrder());
    accounts.years().forEach(y -> ys.add(y.year()));
    district.published().forEach(p -> ys.add(p.fiscalYear()));
    return List.copyOf(ys);
  }

  /** The given year, or the newest year with a published report, or the newest year offered. */
  public int yearOr(Optional<Integer> year) {
    if (year.isPresent()) {
      return year.get();
    }
    List<PublishedRow> p = district.published();
    if (!p.isEmpty()) {
      return p.get(0).fiscalYear();
    }
    List<Integer> ys = years();
    return ys.isEmpty() ? today().getYear() - 1 : ys.get(0);
  }

  @Transactional(readOnly = true)
  public Scoreboard scoreboard(int year) {
    Approvals approvals = district.approvals(year);
    List<Filing> filings = new ArrayList<>();
    for (FilingRow r : district.filings(year)) {
      filings.add(
          new Filing(
              r.departmentId(),
              r.department(),
              stage(r.state()),
              r.reportId(),
              r.versions(),
              r.submittedAt().map(this::date),
              r.lastReturnedAt().map(this::date),
              r.firstPublishedAt().map(this::date),
              approvals.of(r.departmentId()),
              r.counts().errors(),
              r.counts().roundings(),
              r.counts().warnings()));
    }
    return Scoreboard.of(year, filings, rule, today());
  }

  private static Stage stage(Optional<ReportState> state) {
    if (state.isEmpty()) {
      return Stage.NOT_STARTED;
    }
    return switch (state.get()) {
      case DRAFT -> Stage.DRAFT;
      case SUBMITTED -> Stage.SUBMITTED;
      case RETURNED -> Stage.RETURNED;
      case PUBLISHED, SUPERSEDED -> Stage.PUBLISHED;
    };
  }

  private LocalDate date(Instant i) {
    return i.atZone(clock.getZone()).toLocalDate();
  }

  @Transactional(readOnly = true)
  public Approvals approvals(int year) {
    return district.approvals(year);
  }

  @Transactional(readOnly = true)
  public List<io.juesuan.persistence.DepartmentRecord> departments() {
    return accounts.departments();
  }

  /** Sets the 批复 date of a year (every department without its own date). */
  @Transactional
  public void setYearApproval(int year, Optional<LocalDate> date) {
    checkYear(year);
    district.setYearApproval(year, date);
  }

  /** Sets a department-year's own 批复 date. */
  @Transactional
  public void setDepartmentApproval(long departmentId, int year, Optional<LocalDate> date) {
    checkYear(year);
    if (accounts.department(departmentId).isEmpty()) {
      throw new IllegalArgumentException("没有编号为 " + departmentId + " 的部门");
    }
    district.setDepartmentApproval(departmentId, year, date);
  }

  private static void checkYear(int year) {
    if (year < 2000 || year > 2100) {
      throw new IllegalArgumentException("年度应在 2000 至 2100 之间");
    }
  }

  /** The published (current) department-years of a year, by department name. */
  @Transactional(readOnly = true)
  public List<Published> published(int year) {
    return district.published().stream()
        .filter(p -> p.fiscalYear() == year)
        .map(this::published)
        .toList();
  }

  /** Every published (current) department-year, newest year first. */
  @Transactional(readOnly = true)
  public List<Published> published() {
    return district.published().stream().map(this::published).toList();
  }

  private Published published(PublishedRow row) {
    Published p = published.get(row.reportId());
    if (p != null) {
      return p;
    }
    FinalAccounts a = reports.load(row.reportId());
    TableSet t = Editions.installed().forAccounts(a).deriver().derive(a);
    p = new Published(row, a, t, KeyFigures.of(a, t.toWanYuan()));
    published.put(row.reportId(), p);
    return p;
  }

  /**
   * The 汇总 of the year's published department-years (built again only when another version has been
   * published since); empty when nothing of the year is published.
   */
  @Transactional(readOnly = true)
  public Optional<District> district(int year) {
    List<Published> parts = published(year);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    List<Long> ids = parts.stream().map(p -> p.row().reportId()).toList();
    District d = districts.get(year);
    if (d != null && d.reportIds().equals(ids)) {
      return Optional.of(d);
    }
    return Optional.of(build(year, parts, ids));
  }

  /** Builds the 汇总 of the year now (the admin's action). */
  @Transactional(readOnly = true)
  public Optional<District> build(int year) {
    List<Published> parts = published(year);
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(build(year, parts, parts.stream().map(p -> p.row().reportId()).toList()));
  }

  private District build(int year, List<Published> parts, List<Long> ids) {
    List<FinalAccounts> accountsList = parts.stream().map(Published::accounts).toList();
    String name = districtName(accountsList);
    ConsolidateReports.Consolidated c =
        new ConsolidateReports().run(name, UnitKind.OTHER, accountsList);
    DrillDown drill =
        DrillDown.of(
            c.checked().tables(), accountsList, parts.stream().map(Published::tables).toList());
    District d = new District(year, name, parts, c, drill, ids, clock.instant());
    districts.put(year, d);
    return d;
  }

  /** "湖北省武汉市蔡甸区部门决算汇总": the region the departments share. */
  static String districtName(List<FinalAccounts> parts) {
    String region = parts.get(0).department().region();
    for (FinalAccounts p : parts) {
      if (!Objects.equals(p.department().region(), region)) {
        region = "";
      }
    }
    return (region.isBlank() ? "本区" : region) + "部门决算汇总";
  }
}
