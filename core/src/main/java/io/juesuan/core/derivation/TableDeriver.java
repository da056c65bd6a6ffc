package io.juesuan.core.derivation;

import io.juesuan.core.classification.Catalog;
import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.table.ColumnLayout;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.LinearExpression;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableLayout;
import io.juesuan.core.table.TableRow;
import io.juesuan.core.table.TableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Derives the nine 公开表 from a department-year's leaf facts, following the year's layout resource.
 * The result is in the facts' own unit (exact 元 when the data is in 元); {@link
 * TableSet#toWanYuan()} then rounds each published figure once.
 */
public final class TableDeriver {
  private final LayoutSet layouts;
  private final Catalog catalog;
  private final Map<TableId, List<ColumnPlan>> plans = new ConcurrentHashMap<>();
  private final Map<TableId, FixedTableDerivation> fixed = new ConcurrentHashMap<>();

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
            case FIXED -> fixed(layout).derive(measures);
            case CLASSIFIED -> classified(layout, accounts);
            case ECONOMIC ->
                new EconomicTableDerivation(layout, accounts.facts(), catalog).derive();
          };
      tables.put(layout.id(), table);
    }
    return new TableSet(accounts.unit(), tables);
  }

  private DisclosureTable classified(TableLayout layout, FinalAccounts accounts) {
    AmountUnit unit = accounts.unit();
    List<ColumnPlan> plans = plansOf(layout);
    int n = plans.size();
    // Sums are kept as BigDecimal (exact, as Amount adds them) and become Amounts once, at the end.
    Map<String, BigDecimal[]> byCode = new TreeMap<>();
    Map<String, String> names = new HashMap<>();
    BigDecimal[] total = zeros(n);
    for (FunctionalItem item : accounts.facts().items()) {
      if (item.unit() != unit) {
        throw new IllegalArgumentException("不能混合计算不同单位的金额: 项 " + item.code() + " 的单位与数据集不一致");
      }
      BigDecimal[] values = new BigDecimal[n];
      boolean allZero = true;
      for (int c = 0; c < n; c++) {
        values[c] = plans.get(c).of(item);
        allZero &= values[c].signum() == 0;
      }
      if (allZero) {
        continue;
      }
      names.put(item.code().value(), item.name());
      for (String key : codeAndParents(item.code())) {
        add(byCode.computeIfAbsent(key, k -> zeros(n)), values);
      }
      add(total, values);
    }
    DisclosureTable.Builder b = DisclosureTable.builder(layout.id(), unit);
    b.row(new TableRow(RowNo.TOTAL, "合计", RowKind.TOTAL));
    putNonZero(b, RowNo.TOTAL, plans, total, unit);
    byCode.forEach(
        (code, values) -> {
          RowNo no = RowNo.of(code);
          String name = names.containsKey(code) ? names.get(code) : codeName(code, accounts);
          b.row(new TableRow(no, name, RowKind.ofCode(code)));
          putNonZero(b, no, plans, values, unit);
        });
    return b.build();
  }

  /** A fixed table's layout compiled into cell formulas, once per layout. */
  private FixedTableDerivation fixed(TableLayout layout) {
    return fixed.computeIfAbsent(layout.id(), id -> new FixedTableDerivation(layout));
  }

  /**
   * The code and the codes it lies under: 项 2010101 → 2010101, 20101, 201 (a valid code is 3, 5 or
   * 7 digits).
   */
  private static List<String> codeAndParents(FunctionCode code) {
    String v = code.value();
    return switch (v.length()) {
      case 7 -> List.of(v, v.substring(0, 5), v.substring(0, 3));
      case 5 -> List.of(v, v.substring(0, 3));
      default -> List.of(v);
    };
  }

  private static BigDecimal[] zeros(int n) {
    BigDecimal[] a = new BigDecimal[n];
    java.util.Arrays.fill(a, BigDecimal.ZERO);
    return a;
  }

  private static void add(BigDecimal[] sums, BigDecimal[] values) {
    for (int i = 0; i < sums.length; i++) {
      if (values[i].signum() != 0) {
        sums[i] = sums[i].add(values[i]);
      }
    }
  }

  private static void putNonZero(
      DisclosureTable.Builder b,
      RowNo row,
      List<ColumnPlan> plans,
      BigDecimal[] values,
      AmountUnit unit) {
    for (int c = 0; c < values.length; c++) {
      if (values[c].signum() != 0) {
        b.put(row, plans.get(c).no(), new Amount(values[c], unit));
      }
    }
  }

  private String codeName(String code, FinalAccounts accounts) {
    return catalog
        .functionName(FunctionCode.of(code))
        .or(() -> java.util.Optional.ofNullable(accounts.facts().codeNames().get(code)))
        .orElse("");
  }

  /**
   * The columns of a classified table in 栏次 order, each compiled once per layout into the measures
   * of one 项 it adds or subtracts (its 栏次 sums flattened).
   */
  private List<ColumnPlan> plansOf(TableLayout layout) {
    return plans.computeIfAbsent(
        layout.id(),
        id ->
            layout.columns().stream()
                .map(c -> new ColumnPlan(c.no(), terms(layout, c, new HashSet<>())))
                .sorted(Comparator.comparing(ColumnPlan::no))
                .toList());
  }

  private static List<SignedMeasure> terms(
      TableLayout layout, ColumnLayout column, Set<ColumnNo> visiting) {
    if (!visiting.add(column.no())) {
      throw new IllegalStateException("公开" + layout.id() + "表栏次公式循环: " + column.no());
    }
    List<SignedMeasure> out = new ArrayList<>();
    if (column.sum().isPresent()) {
      for (var term : LinearExpression.parse(column.sum().get()).terms()) {
        ColumnLayout other =
            layout.column(ColumnNo.of(Integer.parseInt(term.text()))).orElseThrow();
        for (SignedMeasure m : terms(layout, other, visiting)) {
          out.add(new SignedMeasure(m.sign() * term.sign(), m.measure()));
        }
      }
    } else if (column.measure().isPresent()) {
      for (var term : LinearExpression.parse(column.measure().get()).terms()) {
        ItemMeasure m =
            ItemMeasure.ofKey(term.text())
                .orElseThrow(() -> new IllegalArgumentException("表样公式中的未知指标: " + term.text()));
        out.add(new SignedMeasure(term.sign(), m));
      }
    }
    visiting.remove(column.no());
    return out;
  }

  private record SignedMeasure(int sign, ItemMeasure measure) {}

  /** One column of a classified table: the signed measures of a 项 it sums. */
  private record ColumnPlan(ColumnNo no, List<SignedMeasure> terms) {
    /**
     * The column's figure for one 项: its measures added or subtracted (a measure not entered is 0).
     */
    BigDecimal of(FunctionalItem item) {
      BigDecimal sum = BigDecimal.ZERO;
      for (SignedMeasure t : terms) {
        Optional<Amount> v = item.entered(t.measure());
        if (v.isPresent()) {
          sum = t.sign() > 0 ? sum.add(v.get().value()) : sum.subtract(v.get().value());
        }
      }
      return sum;
    }
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
