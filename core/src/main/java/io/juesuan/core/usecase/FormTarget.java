package io.juesuan.core.usecase;

import io.juesuan.core.filing.FieldKeys;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.rules.Location;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.TableLayout;
import java.util.Objects;
import java.util.Optional;

/**
 * Where in the filing forms a finding is fixed: the form section ({@code items}, {@code economic},
 * {@code facts}, {@code texts}) and the anchor of the field (may be empty) — the 功能分类项 behind a
 * classified table's row, the 经济分类款 of an economic table, the 三公 or balance facts of a fixed
 * table's row, the texts of the narrative. Decided by the edition's layout (table kinds and row
 * keys), not by printed table or row numbers.
 */
public record FormTarget(String section, String field) {
  public static final String ITEMS = "items";
  public static final String ECONOMIC = "economic";
  public static final String FACTS = "facts";
  public static final String TEXTS = "texts";

  public FormTarget {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(field, "field");
  }

  public static FormTarget of(Location location, FinalAccounts accounts, LayoutSet layouts) {
    if (location instanceof Location.Cell c) {
      return cell(c.ref(), accounts, layouts);
    }
    if (location instanceof Location.Narrative) {
      return new FormTarget(TEXTS, "");
    }
    if (location instanceof Location.Source s) {
      return FieldKeys.textKey(s.field())
          .map(k -> new FormTarget(TEXTS, k))
          .orElse(new FormTarget(FACTS, ""));
    }
    return new FormTarget(FACTS, "");
  }

  private static FormTarget cell(CellRef ref, FinalAccounts accounts, LayoutSet layouts) {
    Optional<TableLayout> table =
        layouts.tables().stream().filter(t -> t.id().equals(ref.table())).findFirst();
    if (table.isEmpty()) {
      return new FormTarget(ITEMS, "");
    }
    String row = ref.row().value();
    return switch (table.get().kind()) {
      case CLASSIFIED ->
          firstItemUnder(accounts, row)
              .map(i -> new FormTarget(ITEMS, "item-" + i.code().value()))
              .orElse(new FormTarget(ITEMS, ""));
      case ECONOMIC ->
          row.matches("\\d{5}")
              ? new FormTarget(ECONOMIC, "economic-" + row)
              : new FormTarget(ECONOMIC, "");
      case FIXED ->
          table.get().row(ref.row()).map(FormTarget::fixedRow).orElse(new FormTarget(ITEMS, ""));
    };
  }

  /** A fixed table's row: 三公 facts, balance facts, or (a 类 total) the items. */
  private static FormTarget fixedRow(RowLayout r) {
    boolean threePublic =
        r.attributes().values().stream().anyMatch(v -> v.contains("threePublic."));
    if (threePublic) {
      return new FormTarget(FACTS, "group-threePublic");
    }
    if (r.key().filter(k -> k.contains("结余")).isPresent()) {
      return new FormTarget(FACTS, "group-balances");
    }
    return new FormTarget(ITEMS, "");
  }

  private static Optional<FunctionalItem> firstItemUnder(FinalAccounts accounts, String row) {
    if (!row.matches("\\d{3}|\\d{5}|\\d{7}")) {
      return Optional.empty();
    }
    return accounts.facts().items().stream()
        .filter(i -> i.code().value().startsWith(row))
        .findFirst();
  }
}
