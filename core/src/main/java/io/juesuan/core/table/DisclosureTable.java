package io.juesuan.core.table;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.money.Rounding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** 公开表 — one of the nine tables: ordered rows and the non-blank cells, all in one unit. */
public final class DisclosureTable {
  private final TableId id;
  private final AmountUnit unit;
  private final List<TableRow> rows;
  private final Map<RowNo, Map<ColumnNo, Amount>> cells;
  private final Map<RowNo, TableRow> rowsByNo;

  /**
   * Takes the cell maps as they are: the builder hands them over and copies before changing them.
   */
  private DisclosureTable(
      TableId id, AmountUnit unit, List<TableRow> rows, Map<RowNo, Map<ColumnNo, Amount>> cells) {
    this(id, unit, List.copyOf(rows), null, cells);
  }

  private DisclosureTable(
      TableId id,
      AmountUnit unit,
      List<TableRow> rows,
      Map<RowNo, TableRow> rowsByNo,
      Map<RowNo, Map<ColumnNo, Amount>> cells) {
    this.id = id;
    this.unit = unit;
    this.rows = rows;
    if (rowsByNo == null) {
      rowsByNo = new HashMap<>();
      for (TableRow r : rows) {
        rowsByNo.putIfAbsent(r.no(), r);
      }
    }
    this.rowsByNo = rowsByNo;
    Map<RowNo, Map<ColumnNo, Amount>> wrapped = new LinkedHashMap<>();
    cells.forEach((r, c) -> wrapped.put(r, Collections.unmodifiableMap(c)));
    this.cells = Collections.unmodifiableMap(wrapped);
  }

  public static Builder builder(TableId id, AmountUnit unit) {
    return new Builder(id, unit);
  }

  public TableId id() {
    return id;
  }

  public AmountUnit unit() {
    return unit;
  }

  public List<TableRow> rows() {
    return rows;
  }

  public Optional<TableRow> row(RowNo no) {
    return Optional.ofNullable(rowsByNo.get(no));
  }

  public Cell cell(RowNo row, ColumnNo column) {
    Amount a = cells.getOrDefault(row, Map.of()).get(column);
    return a == null ? Cell.blank() : Cell.of(a);
  }

  public Amount amountOrZero(RowNo row, ColumnNo column) {
    return cell(row, column).amountOrZero(unit);
  }

  /** Non-blank cells of a row by column. */
  public Map<ColumnNo, Amount> rowCells(RowNo row) {
    return cells.getOrDefault(row, Map.of());
  }

  /** Whether any cell carries a figure (an empty 07/08表 has none). */
  public boolean hasFigures() {
    return cells.values().stream().anyMatch(m -> !m.isEmpty());
  }

  /** Number of non-blank cells. */
  public int filledCount() {
    return cells.values().stream().mapToInt(Map::size).sum();
  }

  /** The same table published in 万元: each cell rounded on its own. */
  public DisclosureTable toWanYuan() {
    if (unit == AmountUnit.WAN_YUAN) {
      return this;
    }
    // The same rows (and their index); only the cells are new.
    Map<RowNo, Map<ColumnNo, Amount>> rounded = new LinkedHashMap<>();
    cells.forEach(
        (r, m) -> {
          Map<ColumnNo, Amount> row = new TreeMap<>();
          m.forEach((c, a) -> row.put(c, Rounding.toWanYuan(a)));
          rounded.put(r, row);
        });
    return new DisclosureTable(id, AmountUnit.WAN_YUAN, rows, rowsByNo, rounded);
  }

  /**
   * The same printed figures in another unit: a table read before its header's unit was known
   * (金额单位：元) is relabelled, not converted.
   */
  public DisclosureTable relabelled(AmountUnit printedUnit) {
    if (unit == printedUnit) {
      return this;
    }
    Builder b = builder(id, printedUnit);
    rows.forEach(b::row);
    cells.forEach((r, m) -> m.forEach((c, a) -> b.put(r, c, new Amount(a.value(), printedUnit))));
    return b.build();
  }

  /** Builds a table row by row; cells of rows not declared are added as rows at the end. */
  public static final class Builder {
    private final TableId id;
    private final AmountUnit unit;
    private final List<TableRow> rows = new ArrayList<>();
    private final Set<RowNo> rowNos = new HashSet<>();
    private Map<RowNo, Map<ColumnNo, Amount>> cells = new LinkedHashMap<>();

    /** Whether a built table holds the cell maps: the next change copies them first. */
    private boolean handedOver;

    private Builder(TableId id, AmountUnit unit) {
      this.id = Objects.requireNonNull(id, "id");
      this.unit = Objects.requireNonNull(unit, "unit");
    }

    public Builder row(TableRow row) {
      if (rowNos.add(row.no())) {
        rows.add(row);
      }
      return this;
    }

    public boolean hasRow(RowNo no) {
      return rowNos.contains(no);
    }

    /**
     * Sets a cell. Zero is kept as a figure (printed "0.00"); use {@link #putNonZero} to leave it
     * blank.
     */
    public Builder put(RowNo row, ColumnNo column, Amount amount) {
      if (amount.unit() != unit) {
        throw new IllegalArgumentException("公开" + id + "表的金额单位应为" + unit.label() + ": " + amount);
      }
      if (handedOver) {
        Map<RowNo, Map<ColumnNo, Amount>> copy = new LinkedHashMap<>();
        cells.forEach((r, c) -> copy.put(r, new TreeMap<>(c)));
        cells = copy;
        handedOver = false;
      }
      cells.computeIfAbsent(row, r -> new TreeMap<>()).put(column, amount);
      return this;
    }

    public Builder putNonZero(RowNo row, ColumnNo column, Amount amount) {
      return amount.isZero() ? this : put(row, column, amount);
    }

    public DisclosureTable build() {
      List<TableRow> all = new ArrayList<>(rows);
      for (RowNo r : cells.keySet()) {
        if (!rowNos.contains(r)) {
          all.add(new TableRow(r, "", guessKind(r)));
        }
      }
      handedOver = true;
      return new DisclosureTable(id, unit, all, cells);
    }

    /**
     * Kind of a row declared only through its cells: codes outside the numbered tables, totals by
     * name.
     */
    private RowKind guessKind(RowNo r) {
      String v = r.value();
      if (v.endsWith("合计") || v.equals("总计")) {
        return RowKind.TOTAL;
      }
      boolean numbered =
          id.value().equals("01") || id.value().equals("04") || id.value().equals("09");
      return !numbered && v.matches("\\d{3}|\\d{5}|\\d{7}") ? RowKind.ofCode(v) : RowKind.LINE;
    }
  }
}
