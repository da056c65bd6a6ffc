package io.juesuan.core.table;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The nine 公开表 of a report (derived, imported or typed), all in one unit. A table id missing from
 * the set was not present in the source (an imported report without 09表); rules that need it cannot
 * run and say so.
 */
public final class TableSet {
  private final AmountUnit unit;
  private final Map<TableId, DisclosureTable> tables;

  /** The set in 万元, made once when asked (the checks and the narrative both need it). */
  private volatile TableSet wanYuan;

  public TableSet(AmountUnit unit, Map<TableId, DisclosureTable> tables) {
    this.unit = Objects.requireNonNull(unit, "unit");
    for (DisclosureTable t : tables.values()) {
      if (t.unit() != unit) {
        throw new IllegalArgumentException("公开" + t.id() + "表的单位与表组不一致");
      }
    }
    this.tables = Collections.unmodifiableMap(new TreeMap<>(tables));
  }

  public AmountUnit unit() {
    return unit;
  }

  public Optional<DisclosureTable> table(TableId id) {
    return Optional.ofNullable(tables.get(id));
  }

  public boolean has(TableId id) {
    return tables.containsKey(id);
  }

  public List<DisclosureTable> tables() {
    return new ArrayList<>(tables.values());
  }

  public Cell cell(CellRef ref) {
    DisclosureTable t = tables.get(ref.table());
    return t == null ? Cell.blank() : t.cell(ref.row(), ref.column());
  }

  public Amount amountOrZero(CellRef ref) {
    return cell(ref).amountOrZero(unit);
  }

  /** Every non-blank cell in canonical order: table, the table's row order, column. */
  public List<Map.Entry<CellRef, Amount>> cells() {
    List<Map.Entry<CellRef, Amount>> out = new ArrayList<>();
    for (DisclosureTable t : tables.values()) {
      for (TableRow r : t.rows()) {
        t.rowCells(r.no()).forEach((c, a) -> out.add(Map.entry(new CellRef(t.id(), r.no(), c), a)));
      }
    }
    return out;
  }

  /** The set as published in 万元: each cell rounded on its own. */
  public TableSet toWanYuan() {
    if (unit == AmountUnit.WAN_YUAN) {
      return this;
    }
    TableSet w = wanYuan;
    if (w == null) {
      Map<TableId, DisclosureTable> m = new TreeMap<>();
      tables.forEach((id, t) -> m.put(id, t.toWanYuan()));
      w = new TableSet(AmountUnit.WAN_YUAN, m);
      wanYuan = w;
    }
    return w;
  }
}
