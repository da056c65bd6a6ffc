package io.juesuan.importer.table;

import io.juesuan.core.money.Amount;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.ColumnLayout;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.LinearExpression;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableLayout;
import io.juesuan.importer.layout.Anchor;
import io.juesuan.importer.layout.Anchors;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a placement of a row's values must respect: the table's printed column formulas (栏 1 =
 * 2+…+7) and the relations with tables already read (SPEC §4). Each counts violations.
 */
final class PlacementConstraints {
  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
  private static final BigDecimal ANCHOR_TOLERANCE = new BigDecimal("0.02");
  private final TableId table;
  private final TableLayout layout;
  private final Map<TableId, DisclosureTable> resolved;
  private final CategoryRows categories;
  private final List<Anchor> anchors;

  PlacementConstraints(
      TableId table,
      TableLayout layout,
      Map<TableId, DisclosureTable> resolved,
      CategoryRows categories) {
    this.table = table;
    this.layout = layout;
    this.resolved = resolved;
    this.categories = categories;
    this.anchors = Anchors.forTable(table);
  }

  int formulaViolations(Map<ColumnNo, Amount> cells, Set<ColumnNo> rowColumns) {
    int v = 0;
    for (ColumnLayout c : layout.columns()) {
      if (c.sum().isEmpty() || !rowColumns.contains(c.no())) {
        continue;
      }
      LinearExpression e = LinearExpression.parse(c.sum().get());
      BigDecimal sum = BigDecimal.ZERO;
      boolean complete = true;
      for (LinearExpression.Term t : e.terms()) {
        ColumnNo col = ColumnNo.of(Integer.parseInt(t.text()));
        complete &= rowColumns.contains(col);
        sum = sum.add(value(cells, col).multiply(BigDecimal.valueOf(t.sign())));
      }
      BigDecimal tolerance = HALF_CENT.multiply(BigDecimal.valueOf(e.terms().size() + 1L));
      if (complete && value(cells, c.no()).subtract(sum).abs().compareTo(tolerance) > 0) {
        v++;
      }
    }
    return v;
  }

  int anchorViolations(RowNo row, Map<ColumnNo, Amount> cells, Set<ColumnNo> rowColumns) {
    int v = 0;
    for (Anchor a : anchors) {
      if (!rowColumns.contains(a.column())) {
        continue;
      }
      Optional<String> substitute = matches(a.row(), row);
      if (substitute.isEmpty()) {
        continue;
      }
      Optional<BigDecimal> other = otherSide(a, substitute.get());
      if (other.isEmpty()) {
        continue;
      }
      BigDecimal mine = value(cells, a.column());
      BigDecimal d = mine.subtract(other.get());
      boolean ok =
          switch (a.op()) {
            case "<=" -> d.compareTo(ANCHOR_TOLERANCE) <= 0;
            case ">=" -> d.negate().compareTo(ANCHOR_TOLERANCE) <= 0;
            default -> d.abs().compareTo(ANCHOR_TOLERANCE) <= 0;
          };
      if (!ok) {
        v++;
      }
    }
    return v;
  }

  /**
   * The code that replaces {code}/{类} when the anchor's row pattern matches the row ("" for a
   * literal match).
   */
  private Optional<String> matches(String pattern, RowNo row) {
    if (pattern.equals("{code}")) {
      return row.value().matches("\\d{3}|\\d{5}|\\d{7}") && !isFixed()
          ? Optional.of(row.value())
          : Optional.empty();
    }
    if (pattern.equals("{类}")) {
      return categories.codeOf(table, row);
    }
    return pattern.equals(row.value()) ? Optional.of("") : Optional.empty();
  }

  private boolean isFixed() {
    return table.value().equals("01") || table.value().equals("04");
  }

  private Optional<BigDecimal> otherSide(Anchor a, String code) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String ref : a.others()) {
      String[] p = ref.split("\\.");
      TableId t = TableId.of(p[0]);
      DisclosureTable other = resolved.get(t);
      if (other == null) {
        return Optional.empty();
      }
      RowNo r;
      if (p[1].equals("{code}")) {
        r = RowNo.of(code);
      } else if (p[1].equals("{类}")) {
        Optional<RowNo> found = categories.rowOf(t, code);
        if (found.isEmpty()) {
          return Optional.empty();
        }
        r = found.get();
      } else {
        r = RowNo.of(p[1]);
      }
      sum = sum.add(other.amountOrZero(r, ColumnNo.of(Integer.parseInt(p[2]))).value());
    }
    return Optional.of(sum);
  }

  static BigDecimal value(Map<ColumnNo, Amount> cells, ColumnNo c) {
    Amount a = cells.get(c);
    return a == null ? BigDecimal.ZERO : a.value();
  }

  TableId table() {
    return table;
  }

  static CellRef ref(TableId t, RowNo r, ColumnNo c) {
    return new CellRef(t, r, c);
  }
}
