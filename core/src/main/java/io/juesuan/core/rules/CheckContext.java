package io.juesuan.core.rules;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.TableSet;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules check: a table set (derived, imported or typed) and, when the report was built
 * from a dataset, its leaf facts. Rules needing the facts are skipped for bare tables.
 */
public record CheckContext(
    TableSet tables, Optional<FinalAccounts> accounts, Catalog catalog, LayoutSet layouts) {
  public CheckContext {
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(layouts, "layouts");
  }

  public static CheckContext ofTables(TableSet tables, int fiscalYear) {
    return new CheckContext(
        tables, Optional.empty(), Catalog.forYear(fiscalYear), LayoutSet.forYear(fiscalYear));
  }
}
