package io.juesuan.core.rules;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.Tolerance;
import io.juesuan.core.report.Fact;
import io.juesuan.core.table.CellPattern;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.ColumnNo;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.LinearExpression;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableKind;
import io.juesuan.core.table.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A printed formula or an identity between cells, stored verbatim in the catalog and compiled
 * against the edition's layouts: {@code 01.本年收入合计 = 01.一般公共预算财政拨款收入..其他收入}, {@code 02.*.本年收入合计 =
 * 02.*.财政拨款收入 + …}, {@code 01.{类}.支出 = 03.{类}.本年支出合计}, {@code 05.{code}.本年支出合计 <=
 * 03.{code}.本年支出合计}, {@code $procurement.smallMicro <= …}. A cell term is a {@link CellPattern};
 * {@code $key} is a leaf fact and needs the dataset. A rule naming a row or column the edition does
 * not print is not applicable there (skipped with the reason), never evaluated with zeros.
 */
final class FormulaRule extends SpecRule {
  private static final Pattern COMPARATOR = Pattern.compile("<=|>=|≤|≥|=");

  private enum Op {
    EQ,
    LE,
    GE
  }

  /**
   * One term: a leaf fact, or cells — fixed rows, a row variable, or every 类 row — in one column.
   */
  private record Term(
      int sign,
      Optional<Fact> fact,
      TableId table,
      Optional<String> variable,
      List<RowNo> rows,
      boolean allCategories,
      ColumnNo column,
      boolean fixedTable) {}

  private final LayoutSet layouts;
  private final List<Term> left;
  private final List<Term> right;
  private final List<Term> all;
  private final Op op;
  private final String variable;
  private final Optional<String> inapplicable;

  FormulaRule(RuleSpec spec, LayoutSet layouts) {
    super(spec);
    this.layouts = layouts;
    Matcher m = COMPARATOR.matcher(spec.expression());
    if (!m.find()) {
      throw new IllegalArgumentException("公式缺少 = / <= / >=: " + spec.expression());
    }
    String symbol = m.group();
    op = symbol.equals("=") ? Op.EQ : symbol.equals("<=") || symbol.equals("≤") ? Op.LE : Op.GE;
    List<String> problems = new ArrayList<>();
    left = terms(spec.expression().substring(0, m.start()), problems);
    right = terms(spec.expression().substring(m.end()), problems);
    inapplicable = problems.stream().findFirst();
    List<Term> both = new ArrayList<>(left);
    both.addAll(right);
    all = List.copyOf(both);
    Set<String> vars = new LinkedHashSet<>();
    for (Term t : all) {
      t.variable().ifPresent(vars::add);
    }
    if (vars.size() > 1) {
      throw new IllegalArgumentException("一条公式只能有一个行变量: " + spec.expression());
    }
    variable = vars.isEmpty() ? "" : vars.iterator().next();
  }

  @Override
  public Optional<String> inapplicable() {
    return inapplicable;
  }

  private List<Term> terms(String side, List<String> problems) {
    List<Term> out = new ArrayList<>();
    for (LinearExpression.Term t : LinearExpression.parse(side).terms()) {
      if (t.text().startsWith("$")) {
        Fact f =
            Fact.ofKey(t.text().substring(1))
                .orElseThrow(() -> new IllegalArgumentException("未知基础数据项: " + t.text()));
        out.add(
            new Term(
                t.sign(),
                Optional.of(f),
                TableId.of("00"),
                Optional.empty(),
                List.of(),
                false,
                ColumnNo.of(1),
                false));
        continue;
      }
      CellPattern p = CellPattern.parse(t.text());
      if (layouts.find(p.table()).isEmpty()) {
        problems.add("本版本没有公开" + p.table() + "表");
        continue;
      }
      List<RowNo> rows = List.of();
      boolean allCategories = p.row().equals(CellPattern.ALL_CATEGORIES);
      if (p.variable().isEmpty()) {
        CellPattern.Resolved<List<RowNo>> r = p.rows(layouts);
        if (!r.ok()) {
          problems.add(r.problem());
          continue;
        }
        rows = r.value().get();
      }
      CellPattern.Resolved<ColumnNo> c = p.column(layouts, rows);
      if (!c.ok()) {
        problems.add(c.problem());
        continue;
      }
      out.add(
          new Term(
              t.sign(),
              Optional.empty(),
              p.table(),
              p.variable(),
              rows,
              allCategories && rows.isEmpty(),
              c.value().get(),
              isFixed(p.table())));
    }
    return out;
  }

  @Override
  public void check(CheckContext context, RuleOutcome outcome) {
    if (inapplicable.isPresent()) {
      outcome.skip(this, "本版本不适用：" + inapplicable.get());
      return;
    }
    for (Term t : all) {
      if (t.fact().isPresent() && context.accounts().isEmpty()) {
        outcome.skip(this, "需要填报的基础数据，单独的表格无法核对");
        return;
      }
      if (t.fact().isEmpty() && !context.tables().has(t.table())) {
        outcome.skip(this, "报告中没有公开" + t.table() + "表");
        return;
      }
    }
    Map<TableId, List<RowNo>> categoryRows = new HashMap<>();
    DisclosureTable[] leftTables = tables(left, context);
    DisclosureTable[] rightTables = tables(right, context);
    int[] filled = new int[2];
    for (String binding : bindings(context)) {
      filled[0] = 0;
      filled[1] = 0;
      RowNo bound = binding.isEmpty() ? null : RowNo.of(binding);
      BigDecimal diff =
          sum(left, leftTables, binding, bound, context, categoryRows, filled, 0)
              .subtract(sum(right, rightTables, binding, bound, context, categoryRows, filled, 1));
      if (filled[0] == 0 && filled[1] == 0) {
        continue;
      }
      boolean violated =
          switch (op) {
            case EQ -> diff.signum() != 0;
            case LE -> diff.signum() > 0;
            case GE -> diff.signum() < 0;
          };
      if (!violated) {
        continue;
      }
      // The terms are described (labels built) only for a finding, not for every binding.
      Side l = describe(left, binding, context, categoryRows);
      Side r = describe(right, binding, context, categoryRows);
      diff = l.sum.value().subtract(r.sum.value()); // the same, in the amounts' scale
      Tolerance tolerance = Tolerance.forRoundedTerms(l.filled + r.filled, context.tables().unit());
      boolean rounding = tolerance.value().signum() > 0 && tolerance.covers(diff);
      Severity severity = rounding ? Severity.ROUNDING_DIFFERENCE : spec.severity();
      outcome.add(
          Finding.compared(
              id(),
              severity,
              l.location().or(r::location).orElse(new Location.Part("基础数据")),
              r.sum.plain(),
              l.sum.plain(),
              diff,
              message(l, r, diff, rounding, binding)));
    }
  }

  private String message(Side l, Side r, BigDecimal diff, boolean rounding, String binding) {
    String where =
        l.terms().size() == 1
            ? l.location().map(Location::describe).orElse("")
            : String.join(" ", l.terms());
    String relation =
        switch (op) {
          case EQ -> "应等于";
          case LE -> "不应大于";
          case GE -> "不应小于";
        };
    String subject = binding.isEmpty() || where.contains(binding) ? "" : "（" + binding + "）";
    return spec.description()
        + subject
        + "："
        + where
        + " 为 "
        + l.sum.plain()
        + "，"
        + relation
        + " "
        + r.sum.plain()
        + "，相差 "
        + diff.toPlainString()
        + (rounding ? "，属尾数差异" : "");
  }

  /**
   * One side described, for a finding: its sum, how many non-blank cells it has, where it starts
   * and its terms ({@link #sum} computes the sum alone, for every binding).
   */
  private record Side(Amount sum, int filled, Optional<Location> location, List<String> terms) {}

  private Side describe(
      List<Term> terms, String binding, CheckContext ctx, Map<TableId, List<RowNo>> categoryRows) {
    Amount sum = Amount.zero(ctx.tables().unit());
    int filled = 0;
    Optional<Location> location = Optional.empty();
    List<String> described = new ArrayList<>();
    boolean first = true;
    for (Term t : terms) {
      String sign = first ? (t.sign() < 0 ? "−" : "") : (t.sign() < 0 ? "− " : "+ ");
      if (t.fact().isPresent()) {
        described.add(sign + t.fact().get().label());
        first = false;
        Optional<Amount> v = ctx.accounts().orElseThrow().facts().fact(t.fact().get());
        if (v.isPresent()) {
          filled++;
          sum =
              t.sign() > 0 ? sum.plus(converted(v.get(), ctx)) : sum.minus(converted(v.get(), ctx));
        }
        continue;
      }
      DisclosureTable table = ctx.tables().table(t.table()).orElse(null);
      for (RowNo row : rows(t, binding, ctx, categoryRows)) {
        CellRef ref = new CellRef(t.table(), row, t.column());
        described.add(sign + ref.label());
        if (location.isEmpty()) {
          location = Optional.of(Location.cell(ref));
        }
        first = false;
        sign = t.sign() < 0 ? "− " : "+ ";
        Amount a = table == null ? null : table.rowCells(row).get(t.column());
        if (a != null) {
          filled++;
          sum = t.sign() > 0 ? sum.plus(a) : sum.minus(a);
        }
      }
    }
    return new Side(sum, filled, location, described);
  }

  /** Each term's table, looked up once for all bindings (null for a fact or a table not given). */
  private static DisclosureTable[] tables(List<Term> terms, CheckContext ctx) {
    DisclosureTable[] out = new DisclosureTable[terms.size()];
    for (int i = 0; i < out.length; i++) {
      Term t = terms.get(i);
      out[i] = t.fact().isPresent() ? null : ctx.tables().table(t.table()).orElse(null);
    }
    return out;
  }

  /**
   * The sum of one side for a binding, as {@link #describe} computes it but without describing it;
   * the non-blank terms are counted into {@code filled[side]}. {@code bound} is the binding's row
   * (null for none), which a term of the variable's own row takes without a list of rows.
   */
  private BigDecimal sum(
      List<Term> terms,
      DisclosureTable[] tables,
      String binding,
      RowNo bound,
      CheckContext ctx,
      Map<TableId, List<RowNo>> categoryRows,
      int[] filled,
      int side) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < tables.length; i++) {
      Term t = terms.get(i);
      if (t.fact().isPresent()) {
        Optional<Amount> v = ctx.accounts().orElseThrow().facts().fact(t.fact().get());
        if (v.isPresent()) {
          filled[side]++;
          BigDecimal value = converted(v.get(), ctx).value();
          sum = t.sign() > 0 ? sum.add(value) : sum.subtract(value);
        }
        continue;
      }
      DisclosureTable table = tables[i];
      if (table == null) {
        continue;
      }
      if (bound != null && ownRow(t)) {
        sum = plus(sum, t, table.rowCells(bound).get(t.column()), filled, side);
        continue;
      }
      List<RowNo> rows = rows(t, binding, ctx, categoryRows);
      for (int r = 0; r < rows.size(); r++) {
        sum = plus(sum, t, table.rowCells(rows.get(r)).get(t.column()), filled, side);
      }
    }
    return sum;
  }

  /** The sum with a term's cell added (or subtracted) and counted, unless the cell is blank. */
  private static BigDecimal plus(BigDecimal sum, Term t, Amount cell, int[] filled, int side) {
    if (cell == null) {
      return sum;
    }
    filled[side]++;
    return t.sign() > 0 ? sum.add(cell.value()) : sum.subtract(cell.value());
  }

  /** Whether a term's row is the binding itself ({@link #rows}' last case). */
  private static boolean ownRow(Term t) {
    return !t.allCategories()
        && t.variable().isPresent()
        && !(t.variable().get().equals("{类}") && t.fixedTable());
  }

  private static Amount converted(Amount a, CheckContext ctx) {
    return a.unit() == ctx.tables().unit() ? a : io.juesuan.core.money.Rounding.toWanYuan(a);
  }

  private List<RowNo> rows(
      Term t, String binding, CheckContext ctx, Map<TableId, List<RowNo>> categoryRows) {
    if (t.allCategories()) {
      return categoryRows.computeIfAbsent(
          t.table(), id -> ctx.tables().table(id).map(CellPattern::categoryRows).orElse(List.of()));
    }
    if (t.variable().isEmpty()) {
      return t.rows();
    }
    if (!ownRow(t)) {
      return layouts
          .table(t.table())
          .rowForCode(binding)
          .map(r -> List.of(r.no()))
          .orElse(List.of());
    }
    return List.of(RowNo.of(binding));
  }

  private boolean isFixed(TableId id) {
    return layouts.find(id).map(l -> l.kind() == TableKind.FIXED).orElse(false);
  }

  private List<String> bindings(CheckContext ctx) {
    if (variable.isEmpty()) {
      return List.of("");
    }
    // The tables the variable runs over, each once (a side often names one table many times).
    Map<TableId, Boolean> tables = new java.util.LinkedHashMap<>(4);
    for (Term t : all) {
      if (t.fact().isEmpty() && t.variable().map(variable::equals).orElse(false)) {
        tables.putIfAbsent(t.table(), t.fixedTable());
      }
    }
    // One table's row numbers are distinct already; several are united in order.
    boolean distinct = tables.size() == 1 && !variable.equals("{类}");
    java.util.Collection<String> out = distinct ? new ArrayList<>() : new LinkedHashSet<>();
    tables.forEach((id, fixed) -> bindings(ctx.tables().table(id).orElseThrow(), fixed, out));
    return distinct ? (List<String>) out : new ArrayList<>(out);
  }

  private void bindings(DisclosureTable table, boolean fixed, java.util.Collection<String> out) {
    for (TableRow r : table.rows()) {
      switch (variable) {
        case "*" -> {
          if (r.kind() != RowKind.SPACER) {
            out.add(r.no().value());
          }
        }
        case "{code}" -> {
          if (r.kind().isCode()) {
            out.add(r.no().value());
          }
        }
        default -> {
          if (fixed) {
            layouts.table(table.id()).row(r.no()).flatMap(l -> l.code()).ifPresent(out::add);
          } else if (r.kind() == RowKind.CATEGORY) {
            out.add(r.no().value());
          }
        }
      }
    }
  }
}
