package io.juesuan.core.usecase;

import io.juesuan.core.consolidation.Consolidation;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import java.util.List;

/**
 * 汇总 — consolidates units into a department or departments into a district, then checks the result.
 */
public final class ConsolidateReports {
  private final CheckReport check = new CheckReport();

  public CheckReport.Checked consolidate(String name, UnitKind kind, List<FinalAccounts> parts) {
    return check.check(Consolidation.of(name, kind, parts));
  }

  public FinalAccounts accounts(String name, UnitKind kind, List<FinalAccounts> parts) {
    return Consolidation.of(name, kind, parts);
  }

  /** The consolidated accounts with the eliminations made and the checks on the result. */
  public record Consolidated(Consolidation.Result result, CheckReport.Checked checked) {}

  public Consolidated run(String name, UnitKind kind, List<FinalAccounts> parts) {
    Consolidation.Result r = Consolidation.consolidate(name, kind, parts);
    return new Consolidated(r, check.check(r.accounts()));
  }
}
