package io.juesuan.core.usecase;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.derivation.TableDeriver;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.rules.CheckContext;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Checker;
import io.juesuan.core.rules.RuleCatalog;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.TableSet;
import java.util.Optional;

/**
 * 审核 — checks a department-year: derives its tables from the leaf facts (exact, in the facts' unit)
 * and runs the year's rule catalog on them; or checks a table set given directly as cells.
 */
public final class CheckReport {

  /** Derived tables and the findings on them. */
  public record Checked(TableSet tables, CheckResult result) {}

  public Checked check(FinalAccounts accounts) {
    int year = accounts.fiscalYear();
    TableSet tables = TableDeriver.forYear(year).derive(accounts);
    CheckContext context =
        new CheckContext(
            tables, Optional.of(accounts), Catalog.forYear(year), LayoutSet.forYear(year));
    return new Checked(tables, new Checker(RuleCatalog.forYear(year)).check(context));
  }

  public CheckResult check(TableSet tables, int fiscalYear) {
    return new Checker(RuleCatalog.forYear(fiscalYear))
        .check(CheckContext.ofTables(tables, fiscalYear));
  }
}
