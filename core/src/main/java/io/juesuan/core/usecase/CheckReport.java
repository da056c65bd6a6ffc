package io.juesuan.core.usecase;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.port.Typesetting;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.rules.CheckContext;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Checker;
import io.juesuan.core.table.TableSet;
import java.util.Objects;
import java.util.Optional;

/**
 * 审核 — checks a department-year: derives its tables from the leaf facts (exact, in the facts' unit)
 * and runs its edition's rule catalog on them; or checks a table set given directly as cells.
 */
public final class CheckReport {
  private final Editions editions;
  private final Optional<Typesetting> typesetting;

  public CheckReport() {
    this(Editions.installed());
  }

  public CheckReport(Editions editions) {
    this.editions = Objects.requireNonNull(editions, "editions");
    this.typesetting = Optional.empty();
  }

  /**
   * Also checks that every text of a department-year can be printed in its documents (rule
   * TEXT-PRINTABLE): what the filing workflow needs, so that a report with an emoji is refused at
   * submission, not failed at download after publication.
   */
  public CheckReport(Editions editions, Typesetting typesetting) {
    this.editions = Objects.requireNonNull(editions, "editions");
    this.typesetting = Optional.of(typesetting);
  }

  /** Derived tables, the findings on them, and the edition they were checked in. */
  public record Checked(TableSet tables, CheckResult result, Edition edition) {}

  /** Checks in the edition the accounts name or their region and year give. */
  public Checked check(FinalAccounts accounts) {
    return check(accounts, editions.forAccounts(accounts));
  }

  public Checked check(FinalAccounts accounts, Edition edition) {
    TableSet tables = edition.deriver().derive(accounts);
    CheckContext context =
        new CheckContext(
            tables,
            Optional.of(accounts),
            edition.catalog(),
            edition.layouts(),
            Optional.of(edition.writer()));
    CheckResult result = new Checker(edition.rules()).check(context);
    if (typesetting.isPresent()) {
      result = PrintableText.withFindings(result, accounts, typesetting.get());
    }
    return new Checked(tables, result, edition);
  }

  /** Checks bare tables (typed or imported) in an edition. */
  public CheckResult check(TableSet tables, Edition edition) {
    return new Checker(edition.rules())
        .check(CheckContext.ofTables(tables, edition.catalog(), edition.layouts()));
  }
}
