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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a placement of a row's values must respect: the table's printed column formulas (栏 1 =
 * 2+…+7) and the relations with tables already read (SPEC §4). Each counts violations.
 */
final class PlacementConstraints {
  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");
  private static final BigDecimal ANCHOR_TOLERANCE = new BigDecimal("0.02");
  private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
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

  /** A column formula of the table: the column, its terms' columns and signs. */
  private record Formula(ColumnNo column, List<ColumnNo> terms, List<BigDecimal> signs) {}

  /** The table's column formulas, parsed once (on first use). */
  private List<Formula> formulas;

  private List<Formula> formulas() {
    if (formulas == null) {
      List<Formula> out = new ArrayList<>();
      for (ColumnLayout c : layout.columns()) {
        if (c.sum().isEmpty()) {
          continue;
        }
        LinearExpression e = LinearExpression.parse(c.sum().get());
        List<ColumnNo> terms = new ArrayList<>();
        List<BigDecimal> signs = new ArrayList<>();
        for (LinearExpression.Term t : e.terms()) {
          terms.add(ColumnNo.of(Integer.parseInt(t.text())));
          signs.add(BigDecimal.valueOf(t.sign()));
        }
        out.add(new Formula(c.no(), terms, signs));
      }
      formulas = out;
    }
    return formulas;
  }

  int formulaViolations(Map<ColumnNo, Amount> cells, Set<ColumnNo> rowColumns) {
    int v = 0;
    for (Formula f : formulas()) {
      if (!rowColumns.contains(f.column())) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      boolean complete = true;
      for (int i = 0; i < f.terms().size(); i++) {
        ColumnNo col = f.terms().get(i);
        complete &= rowColumns.contains(col);
        sum = sum.add(value(cells, col).multiply(f.signs().get(i)));
      }
      BigDecimal tolerance = HALF_CENT.multiply(BigDecimal.valueOf(f.terms().size() + 1L));
      if (complete && value(cells, f.column()).subtract(sum).abs().compareTo(tolerance) > 0) {
        v++;
      }
    }
    return v;
  }

  /**
   * An anchor that binds a row: its column, comparison and the sum of the other cells, which do not
   * depend on where the row's values are placed.
   */
  record BoundAnchor(ColumnNo column, String op, BigDecimal other) {}

  /** The anchors that bind {@code row} (of those whose column the row has), in order. */
  List<BoundAnchor> anchorsOf(RowNo row, Set<ColumnNo> rowColumns) {
    List<BoundAnchor> out = new ArrayList<>();
    for (Anchor a : anchors) {
      if (!rowColumns.contains(a.column())) {
        continue;
      }
      Optional<String> substitute = matches(a.row(), row);
      if (substitute.isEmpty()) {
        continue;
      }
      otherSide(a, substitute.get())
          .ifPresent(other -> out.add(new BoundAnchor(a.column(), a.op(), other)));
    }
    return out;
  }

  /** How many of a row's anchors a placement of its values violates. */
  static int anchorViolations(List<BoundAnchor> bound, Map<ColumnNo, Amount> cells) {
    int v = 0;
    for (BoundAnchor a : bound) {
      BigDecimal mine = value(cells, a.column());
      BigDecimal d = mine.subtract(a.other());
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
      return CODE.matcher(row.value()).matches() && !isFixed()
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
