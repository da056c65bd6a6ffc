package io.juesuan.core.consolidation;

import io.juesuan.core.edition.Editions;
import io.juesuan.core.money.Amount;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.TableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 穿透 — where a figure of a 汇总 comes from: the same cell in each consolidated part's own tables,
 * their sum, and what the eliminations took off (the 汇总 cell minus the parts' sum). Amounts are
 * exact, in the unit of the facts.
 */
public final class DrillDown {
  /**
   * One part's figure in the cell; {@code index} is the part's position in the consolidated list.
   */
  public record Contribution(int index, String part, Amount amount) {}

  /** A 汇总 cell explained. */
  public record Source(
      CellRef cell,
      Amount consolidated,
      List<Contribution> contributions,
      Amount partsTotal,
      Amount eliminated) {
    public Source {
      Objects.requireNonNull(cell, "cell");
      contributions = List.copyOf(contributions);
    }
  }

  private final TableSet consolidated;
  private final List<FinalAccounts> parts;
  private final List<TableSet> partTables;

  private DrillDown(TableSet consolidated, List<FinalAccounts> parts, List<TableSet> partTables) {
    this.consolidated = consolidated;
    this.parts = parts;
    this.partTables = partTables;
  }

  /**
   * The drill-down of a 汇总 whose tables ({@code consolidated}, as derived from the consolidated
   * accounts) were made from {@code parts}; each part's tables are derived in its edition.
   */
  public static DrillDown of(TableSet consolidated, List<FinalAccounts> parts) {
    List<TableSet> tables = new ArrayList<>();
    for (FinalAccounts p : parts) {
      tables.add(Editions.installed().forAccounts(p).deriver().derive(p));
    }
    return of(consolidated, parts, tables);
  }

  /**
   * The drill-down with each part's tables already derived (exact, in the facts' unit; published
   * department-years are frozen, so callers keep their tables).
   */
  public static DrillDown of(
      TableSet consolidated, List<FinalAccounts> parts, List<TableSet> partTables) {
    Objects.requireNonNull(consolidated, "consolidated");
    if (parts.size() != partTables.size()) {
      throw new IllegalArgumentException(
          "汇总穿透: 部门数 " + parts.size() + " 与表数 " + partTables.size() + " 不一致");
    }
    return new DrillDown(consolidated, List.copyOf(parts), List.copyOf(partTables));
  }

  /** The parts with a figure in the cell (non-zero), in the order of the consolidated list. */
  public Source source(CellRef cell) {
    Amount total = consolidated.amountOrZero(cell);
    Amount sum = Amount.zero(total.unit());
    List<Contribution> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Amount a = partTables.get(i).amountOrZero(cell);
      if (!a.isZero()) {
        out.add(new Contribution(i, parts.get(i).department().name(), a));
        sum = sum.plus(a);
      }
    }
    return new Source(cell, total, out, sum, sum.minus(total));
  }
}
