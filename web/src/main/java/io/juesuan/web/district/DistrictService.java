package io.juesuan.web.district;

import io.juesuan.core.filing.ReportState;
import io.juesuan.core.port.DistrictRepository;
import io.juesuan.core.port.DistrictRepository.Approvals;
import io.juesuan.core.port.DistrictRepository.FilingRow;
import io.juesuan.core.port.DistrictRepository.PublishedRow;
import io.juesuan.core.publication.DeadlineRule;
import io.juesuan.core.publication.Filing;
import io.juesuan.core.publication.Scoreboard;
import io.juesuan.core.publication.Stage;
import io.juesuan.persistence.JdbcAccountRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's filing year: the years offered, the scoreboard of a year and its 批复 dates. The
 * published department-years are {@link PublishedAccounts}, their 汇总 {@link DistrictConsolidation}.
 */
@Service
public class DistrictService {
  private final DistrictRepository district;
  private final JdbcAccountRepository accounts;
  private final Clock clock;
  private final DeadlineRule rule = DeadlineRule.standard();

  public DistrictService(DistrictRepository district, JdbcAccountRepository accounts, Clock clock) {
    this.district = district;
    this.accounts = accounts;
    this.clock = clock;
  }

  public DeadlineRule rule() {
    return rule;
  }

  public java.time.ZoneId zone() {
    return clock.getZone();
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
}
