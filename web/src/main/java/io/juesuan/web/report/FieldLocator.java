package io.juesuan.web.report;

import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.rules.Location;
import io.juesuan.core.table.CellRef;
import java.util.Optional;

/**
 * Maps where a finding is (a table cell, a narrative sentence, a file field) to the leaf fact a
 * filer edits to fix it: the 功能分类项 behind a 02/03/05/07/08表 row, the 经济分类款 of 06表, the 三公 and
 * balance facts of 01/04/09表, the texts of the narrative.
 */
final class FieldLocator {
  /** Form section (items, economic, facts, texts) and field anchor (may be empty). */
  record Target(String section, String field) {}

  private final FinalAccounts accounts;

  FieldLocator(FinalAccounts accounts) {
    this.accounts = accounts;
  }

  Target locate(Location location) {
    if (location instanceof Location.Cell c) {
      return cell(c.ref());
    }
    if (location instanceof Location.Narrative) {
      return new Target("texts", "");
    }
    if (location instanceof Location.Source s) {
      String field = s.field();
      if (field.startsWith("reasons.") || field.startsWith("performance.")) {
        return new Target("texts", "text." + field);
      }
      return new Target("facts", "");
    }
    return new Target("facts", "");
  }

  private Target cell(CellRef ref) {
    String table = ref.table().value();
    String row = ref.row().value();
    switch (table) {
      case "02", "03", "05", "07", "08" -> {
        return firstItemUnder(row)
            .map(i -> new Target("items", "item-" + i.code().value()))
            .orElse(new Target("items", ""));
      }
      case "06" -> {
        return row.matches("\\d{5}")
            ? new Target("economic", "economic-" + row)
            : new Target("economic", "");
      }
      case "09" -> {
        return new Target("facts", "group-threePublic");
      }
      default -> {
        int n = ref.row().isNumber() ? Integer.parseInt(row) : 0;
        if (n == 28 || n == 29 || n == 59 || n == 60) {
          return new Target("facts", "group-balances");
        }
        return new Target("items", "");
      }
    }
  }

  private Optional<FunctionalItem> firstItemUnder(String row) {
    if (!row.matches("\\d{3}|\\d{5}|\\d{7}")) {
      return Optional.empty();
    }
    return accounts.facts().items().stream()
        .filter(i -> i.code().value().startsWith(row))
        .findFirst();
  }
}
