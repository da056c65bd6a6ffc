package io.juesuan.core.rules;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.narrative.NarrativeWriter;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.TableSet;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules check: a table set (derived, imported or typed) and, when the report was built
 * from a dataset, its leaf facts and the writer of its narrative, all in one edition (catalog and
 * layouts). Rules needing the facts are skipped for bare tables.
 */
public record CheckContext(
    TableSet tables,
    Optional<FinalAccounts> accounts,
    Catalog catalog,
    LayoutSet layouts,
    Optional<NarrativeWriter> writer) {
  public CheckContext {
    Objects.requireNonNull(tables, "tables");
    Objects.requireNonNull(accounts, "accounts");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(layouts, "layouts");
    Objects.requireNonNull(writer, "writer");
  }

  /** Bare tables (imported or typed): the rules that need a dataset are skipped. */
  public static CheckContext ofTables(TableSet tables, Catalog catalog, LayoutSet layouts) {
    return new CheckContext(tables, Optional.empty(), catalog, layouts, Optional.empty());
  }
}
