package io.juesuan.core.audit;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.usecase.CheckReport;
import java.util.List;
import java.util.Objects;

/**
 * 审核已公开的报告 — every check of SPEC §7 on a report read from its PDF or text: the year's table rules
 * (表内, hierarchy, 表间, with 尾数差异), the narrative against the tables, completeness, template residue,
 * and the department name and year consistent. What the reader could not read comes first; the
 * coverage lists every check that could not run and why.
 */
public final class ReportAuditor {
  private final Editions editions;

  public ReportAuditor() {
    this(Editions.installed());
  }

  public ReportAuditor(Editions editions) {
    this.editions = Objects.requireNonNull(editions, "editions");
  }

  public CheckResult audit(PublishedReport report) {
    ReportEdition chosen = ReportEdition.of(report, editions);
    Edition edition = chosen.edition();
    AuditData data = AuditData.of(edition);
    CheckResult read = new CheckResult(report.readFindings(), List.of(), 0);
    AuditLog log = new AuditLog();
    chosen
        .note()
        .ifPresent(n -> log.add("IMPORT-EDITION", Severity.INFO, new Location.Part("全文"), n));
    CheckResult tables = new CheckReport(editions).check(report.tables(), edition);
    List<SectionWalk.Keyed> sections = SectionWalk.explanation(report.narrative(), data);
    if (sections.isEmpty()) {
      log.skip("N-AMOUNT", "说明与表的核对", "没有读到“情况说明”部分");
    }
    new NarrativeCheck(report.tables(), data, log).run(sections);
    CompletenessCheck.run(report, sections, data, log);
    ResidueCheck.run(report, data, log);
    ConsistencyCheck.run(report, log);
    return read.plus(tables).plus(log.result());
  }
}
