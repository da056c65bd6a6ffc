package io.juesuan.web.district;

import io.juesuan.core.edition.Editions;
import io.juesuan.core.port.DistrictRepository;
import io.juesuan.core.port.DistrictRepository.PublishedRow;
import io.juesuan.core.port.ReportRepository;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.TableSet;
import io.juesuan.web.report.KeyFigures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published (current) department-years of the district, for the portal, the 汇总 and open data.
 * Published versions are frozen, so what is derived from them is kept by report id.
 */
@Service
public class PublishedAccounts {
  private final DistrictRepository district;
  private final ReportRepository reports;
  private final Map<Long, Published> published = new ConcurrentHashMap<>();

  public PublishedAccounts(DistrictRepository district, ReportRepository reports) {
    this.district = district;
    this.reports = reports;
  }

  /**
   * A published department-year: its row, accounts, tables (exact, as derived) and key figures
   * (万元).
   */
  public record Published(
      PublishedRow row, FinalAccounts accounts, TableSet tables, KeyFigures figures) {}

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
}
