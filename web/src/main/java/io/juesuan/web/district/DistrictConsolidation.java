package io.juesuan.web.district;

import io.juesuan.core.consolidation.DrillDown;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.core.usecase.ConsolidateReports;
import io.juesuan.web.district.PublishedAccounts.Published;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 汇总 of a year's published department-years, with its drill-down; kept as long as the same
 * versions are the published ones.
 */
@Service
public class DistrictConsolidation {
  private final PublishedAccounts accounts;
  private final Clock clock;
  private final Map<Integer, District> districts = new ConcurrentHashMap<>();

  public DistrictConsolidation(PublishedAccounts accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  /** A district's 汇总 of a year: the parts (by department name), the result, its drill-down. */
  public record District(
      int year,
      String name,
      List<Published> parts,
      ConsolidateReports.Consolidated consolidated,
      DrillDown drillDown,
      List<Long> reportIds,
      Instant builtAt) {}

  /**
   * The 汇总 of the year's published department-years (built again only when another version has been
   * published since); empty when nothing of the year is published.
   */
  @Transactional(readOnly = true)
  public Optional<District> district(int year) {
    List<Published> parts = accounts.published(year);
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
    List<Published> parts = accounts.published(year);
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
