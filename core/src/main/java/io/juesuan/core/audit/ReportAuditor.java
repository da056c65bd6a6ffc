package io.juesuan.core.audit;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Location;
import io.juesuan.core.rules.Rule;
import io.juesuan.core.rules.RuleId;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.rules.SkippedCheck;
import io.juesuan.core.table.TableId;
import io.juesuan.core.usecase.CheckReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
    CheckResult tables =
        withoutDoubt(new CheckReport(editions).check(report.tables(), edition), report, edition);
    List<SectionWalk.Keyed> sections = SectionWalk.explanation(report.narrative(), data);
    if (sections.isEmpty()) {
      log.skip("N-AMOUNT", "说明与表的核对", "没有读到“情况说明”部分");
    }
    // the narrative cites 万元: tables printed in 元 are compared as rounded to 万元, cell by cell
    new NarrativeCheck(
            report.tables().toWanYuan(),
            report.trustedTables().toWanYuan(),
            report.inDoubt(),
            data,
            log)
        .run(sections);
    CompletenessCheck.run(report, sections, data, log);
    ResidueCheck.run(report, data, log);
    ConsistencyCheck.run(report, log);
    return read.plus(tables).plus(log.result());
  }

  /**
   * Findings of rules that read a table in doubt become checks not run (未能核对): a reading that does
   * not reconcile with its own totals must not be judged.
   */
  static CheckResult withoutDoubt(CheckResult result, PublishedReport report, Edition edition) {
    if (report.inDoubt().isEmpty()) {
      return result;
    }
    Map<RuleId, Rule> rules = new HashMap<>();
    edition.rules().rules().forEach(r -> rules.put(r.id(), r));
    List<Finding> kept = new ArrayList<>();
    List<SkippedCheck> skipped = new ArrayList<>(result.skipped());
    Set<String> listed = new HashSet<>();
    for (Finding f : result.findings()) {
      Set<TableId> read = new TreeSet<>();
      Rule rule = rules.get(f.rule());
      if (rule != null) {
        read.addAll(rule.tables());
      }
      if (f.location() instanceof Location.Cell c) {
        read.add(c.ref().table());
      }
      read.retainAll(report.inDoubt());
      if (read.isEmpty() || f.severity() == Severity.INFO) {
        kept.add(f);
      } else if (listed.add(f.rule().value())) {
        String labels = read.stream().map(TableId::label).collect(Collectors.joining("、"));
        skipped.add(
            new SkippedCheck(
                f.rule(),
                rule != null ? rule.description() : f.message(),
                "未能核对：" + labels + "的读取与其自身合计不符或有数值未能定位（见读取提示），该项检查不作判断"));
      }
    }
    return new CheckResult(kept, skipped, result.rulesRun());
  }
}
