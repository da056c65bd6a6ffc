package io.juesuan.core.audit;

import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.usecase.CheckReport;
import java.util.List;

/**
 * 审核已公开的报告 — every check of SPEC §7 on a report read from its PDF or text: the year's table rules
 * (表内, hierarchy, 表间, with 尾数差异), the narrative against the tables, completeness, template residue,
 * and the department name and year consistent. What the reader could not read comes first; the
 * coverage lists every check that could not run and why.
 */
public final class ReportAuditor {
  private static final int DEFAULT_YEAR = 2023;

  public CheckResult audit(PublishedReport report) {
    int year = report.fiscalYear().orElse(DEFAULT_YEAR);
    CheckResult read = new CheckResult(report.readFindings(), List.of(), 0);
    CheckResult tables = new CheckReport().check(report.tables(), year);
    AuditLog log = new AuditLog();
    List<SectionWalk.Keyed> sections = SectionWalk.explanation(report.narrative());
    if (sections.isEmpty()) {
      log.skip("N-AMOUNT", "说明与表的核对", "没有读到“情况说明”部分");
    }
    new NarrativeCheck(report.tables(), year, log).run(sections);
    CompletenessCheck.run(report, sections, log);
    ResidueCheck.run(report, log);
    ConsistencyCheck.run(report, log);
    return read.plus(tables).plus(log.result());
  }
}
