package io.juesuan.core.derivation;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.table.ColumnLayout;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableLayout;
import io.juesuan.core.table.TableRow;
import io.juesuan.core.table.TableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Derives the nine 公开表 from a department-year's leaf facts, following the year's layout resource.
 * The result is in the facts' own unit (exact 元 when the data is in 元); {@link
 * TableSet#toWanYuan()} then rounds each published figure once.
 */
public final class TableDeriver {
  private final LayoutSet layouts;
  private final Catalog catalog;

  public TableDeriver(LayoutSet layouts, Catalog catalog) {
    this.layouts = Objects.requireNonNull(layouts, "layouts");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  public TableSet derive(FinalAccounts accounts) {
    MeasureEvaluator measures = new MeasureEvaluator(accounts.facts());
    Map<TableId, DisclosureTable> tables = new TreeMap<>();
    for (TableLayout layout : layouts.tables()) {
      DisclosureTable table =
          switch (layout.kind()) {
            case FIXED -> new FixedTableDerivation(layout, measures).derive();
            case CLASSIFIED -> classified(layout, accounts, measures);
            case ECONOMIC ->
                new EconomicTableDerivation(layout, accounts.facts(), catalog).derive();
          };
      tables.put(layout.id(), table);
    }
    return new TableSet(accounts.unit(), tables);
  }

  private DisclosureTable classified(
      TableLayout layout, FinalAccounts accounts, MeasureEvaluator measures) {
    AmountUnit unit = accounts.unit();
    Map<String, Map<ColumnNo, Amount>> byCode = new TreeMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<ColumnNo, Amount> total = new TreeMap<>();
    for (FunctionalItem item : accounts.facts().items()) {
      Map<ColumnNo, Amount> values = new TreeMap<>();
      for (ColumnLayout c : layout.columns()) {
        values.put(c.no(), columnValue(layout, c, item, measures, new LinkedHashMap<>()));
      }
      if (values.values().stream().allMatch(Amount::isZero)) {
        continue;
      }
      names.put(item.code().value(), item.name());
      FunctionCode code = item.code();
      while (true) {
        String key = code.value();
        values.forEach(
            (c, a) -> byCode.computeIfAbsent(key, k -> new TreeMap<>()).merge(c, a, Amount::plus));
        if (code.parent().isEmpty()) {
          break;
        }
        code = code.parent().get();
      }
      values.forEach((c, a) -> total.merge(c, a, Amount::plus));
    }
    DisclosureTable.Builder b = DisclosureTable.builder(layout.id(), unit);
    b.row(new TableRow(RowNo.TOTAL, "合计", RowKind.TOTAL));
    total.forEach((c, a) -> b.putNonZero(RowNo.TOTAL, c, a));
    byCode.forEach(
        (code, values) -> {
          RowNo no = RowNo.of(code);
          String name = names.containsKey(code) ? names.get(code) : codeName(code, accounts);
          b.row(new TableRow(no, name, RowKind.ofCode(code)));
          values.forEach((c, a) -> b.putNonZero(no, c, a));
        });
    return b.build();
  }

  private String codeName(String code, FinalAccounts accounts) {
    return catalog
        .functionName(FunctionCode.of(code))
        .or(() -> java.util.Optional.ofNullable(accounts.facts().codeNames().get(code)))
        .orElse("");
  }

  private Amount columnValue(
      TableLayout layout,
      ColumnLayout column,
      FunctionalItem item,
      MeasureEvaluator measures,
      Map<ColumnNo, Boolean> visiting) {
    if (visiting.put(column.no(), Boolean.TRUE) != null) {
      throw new IllegalStateException("公开" + layout.id() + "表栏次公式循环: " + column.no());
    }
    Amount result;
    if (column.sum().isPresent()) {
      result = Amount.zero(item.unit());
      for (var term : measures.parse(column.sum().get()).terms()) {
        ColumnLayout other =
            layout.column(ColumnNo.of(Integer.parseInt(term.text()))).orElseThrow();
        Amount v = columnValue(layout, other, item, measures, visiting);
        result = term.sign() > 0 ? result.plus(v) : result.minus(v);
      }
    } else if (column.measure().isPresent()) {
      result = measures.ofItem(column.measure().get(), item);
    } else {
      result = Amount.zero(item.unit());
    }
    visiting.remove(column.no());
    return result;
  }

  /** Exposes the layouts in use (renderers print titles and notes from them). */
  public LayoutSet layouts() {
    return layouts;
  }

  static List<RowNo> rowRange(TableLayout layout, String spec) {
    List<RowNo> rows = new ArrayList<>();
    for (String part : spec.split(",")) {
      String p = part.replace("#", "");
      int dots = p.indexOf("..");
      if (dots < 0) {
        rows.add(RowNo.of(p));
        continue;
      }
      RowNo from = RowNo.of(p.substring(0, dots));
      RowNo to = RowNo.of(p.substring(dots + 2));
      boolean in = false;
      for (var r : layout.rows()) {
        if (r.no().equals(from)) {
          in = true;
        }
        if (in) {
          rows.add(r.no());
        }
        if (r.no().equals(to)) {
          break;
        }
      }
    }
    return rows;
  }
}
