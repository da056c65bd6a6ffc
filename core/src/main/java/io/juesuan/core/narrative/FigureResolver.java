package io.juesuan.core.narrative;

import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.money.Ratio;
import io.juesuan.core.money.Rounding;
import io.juesuan.core.performance.Goal;
import io.juesuan.core.performance.Indicator;
import io.juesuan.core.performance.Judgement;
import io.juesuan.core.performance.Project;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.table.CellPattern;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.Figures;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.RowNo;
import io.juesuan.core.table.TableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Resolves a figure binding — the expression a {@link CitedFigure} carries — against the published
 * tables (万元) and the department's facts. Amount terms are 万元 figures as published (each rounded
 * once); shares and growth are computed from those printed figures with {@link Ratio}, so an
 * auditor who recomputes a share from the printed tables gets the same rounded value.
 *
 * <pre>
 * 01.收入总计 | 05.合计.基本支出   cells by key (a {@link CellPattern}; a range is summed; blank = 0)
 * &#64;total | &#64;gpb.code(201)     a named figure of the edition ({@link Figures}), with a code for {code}
 * 0.00                       a literal number
 * fact:priorYear.total       a department fact, rounded to 万元 (empty when not entered)
 * item:201:fiscal.generalBudget.initialBudget   a 项 measure summed under a code (* = all), rounded to 万元; empty when none entered
 * count:threePublic.vehiclesHeld                a count
 * project:2:budget | project:*:actual           a 绩效 project's budget/actual (万元), * = all
 * vehicleUse:1 | vehicleUse:*                   vehicles by use (count)
 * goal:1:indicators | goal:1:judgeable | goal:1:met | goal:1:notMet | goals:count
 * sum(a;b;…)  diff(a;b)  abs(x)  sign(x)  share(a;b)  growth(a;b)   (share and growth in percent)
 * </pre>
 */
public final class FigureResolver {
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private final FinalAccounts accounts;
  private final TableSet published;
  private final LayoutSet layouts;
  private final Figures figures;

  /** Expressions taken apart, by text: syntax only, so shared by all reports (bounded). */
  private static final Map<String, Parsed> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

  /** Values already computed, by expression (the accounts and tables do not change). */
  private final Map<String, Optional<BigDecimal>> resolved;

  private NavigableMap<String, FunctionalItem> itemsByCode;

  public FigureResolver(
      FinalAccounts accounts, TableSet published, LayoutSet layouts, Figures figures) {
    this.accounts = Objects.requireNonNull(accounts, "accounts");
    this.published = Objects.requireNonNull(published, "published");
    this.layouts = Objects.requireNonNull(layouts, "layouts");
    this.figures = Objects.requireNonNull(figures, "figures");
    // A report resolves a few hundred bindings and about eight more per 项: sized once, not grown.
    this.resolved =
        new java.util.concurrent.ConcurrentHashMap<>(1024 + 8 * accounts.facts().items().size());
    if (published.unit() != AmountUnit.WAN_YUAN) {
      throw new IllegalArgumentException("公开表应为万元");
    }
  }

  /** The value of a binding; empty when a term is not entered or a ratio is undefined. */
  public Optional<BigDecimal> resolve(String expression) {
    Objects.requireNonNull(expression, "expression");
    Optional<BigDecimal> known = resolved.get(expression);
    if (known == null) {
      known = evaluate(expression);
      resolved.put(expression, known);
    }
    return known;
  }

  /**
   * The value of an expression, computed: the text cites a figure and the check recomputes it from
   * the same bindings, often more than once ({@link #resolve} keeps each value).
   */
  private Optional<BigDecimal> evaluate(String expression) {
    Parsed p = parsed(expression);
    return switch (p.kind()) {
      case FIGURE -> figure(p.text());
      case FUNCTION -> function(p.function(), p.args(), expression);
      case TERM -> term(p.text());
    };
  }

  /**
   * An expression taken apart: a named figure, a function and its arguments, or a term. The syntax
   * alone decides, so the parts are kept across reports (bounded: a few thousand expressions in
   * practice, one per binding and per 项 code cited).
   */
  private record Parsed(Kind kind, String text, String function, List<String> args) {
    enum Kind {
      FIGURE,
      FUNCTION,
      TERM
    }
  }

  private static Parsed parsed(String expression) {
    Parsed known = PARSED.get(expression);
    if (known == null) {
      String e = expression.trim();
      int open = e.indexOf('(');
      if (e.startsWith("@")) {
        known = new Parsed(Parsed.Kind.FIGURE, e, "", List.of());
      } else if (open > 0 && e.endsWith(")")) {
        known =
            new Parsed(
                Parsed.Kind.FUNCTION,
                e,
                e.substring(0, open),
                List.copyOf(split(e.substring(open + 1, e.length() - 1))));
      } else {
        known = new Parsed(Parsed.Kind.TERM, e, "", List.of());
      }
      if (PARSED.size() < 20_000) {
        PARSED.put(expression, known);
      }
    }
    return known;
  }

  private Optional<BigDecimal> function(String name, List<String> args, String expression) {
    List<BigDecimal> values = new ArrayList<>();
    for (String a : args) {
      Optional<BigDecimal> v = resolve(a);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      values.add(v.get());
    }
    return switch (name) {
      case "sum" -> Optional.of(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
      case "diff" -> Optional.of(arity(values, 2, expression).get(0).subtract(values.get(1)));
      case "abs" -> Optional.of(arity(values, 1, expression).get(0).abs());
      case "sign" -> Optional.of(BigDecimal.valueOf(arity(values, 1, expression).get(0).signum()));
      case "share" ->
          percent(Ratio.of(wan(arity(values, 2, expression).get(0)), wan(values.get(1))));
      case "growth" ->
          percent(Ratio.growth(wan(arity(values, 2, expression).get(0)), wan(values.get(1))));
      default -> throw new IllegalArgumentException("未知的数字绑定函数: " + expression);
    };
  }

  private static List<BigDecimal> arity(List<BigDecimal> values, int n, String expression) {
    if (values.size() != n) {
      throw new IllegalArgumentException("参数个数应为" + n + ": " + expression);
    }
    return values;
  }

  private static Optional<BigDecimal> percent(Ratio r) {
    return r.fraction().map(f -> f.movePointRight(2));
  }

  private static Amount wan(BigDecimal v) {
    return new Amount(v, AmountUnit.WAN_YUAN);
  }

  /** The expression a named figure stands for ("@gpb.code(201)" → "05.201.本年支出合计"). */
  public String expand(String figure) {
    return figures.expand(figure);
  }

  private Optional<BigDecimal> figure(String e) {
    return resolve(expand(e));
  }

  /** The cells a cell expression names in this edition (one, or the rows of a range). */
  public List<CellRef> cells(String reference) {
    LayoutSet.ResolvedCells r =
        layouts.resolve(reference.startsWith("@") ? expand(reference) : reference);
    if (!r.ok()) {
      throw new IllegalArgumentException(r.problem());
    }
    CellPattern p = r.pattern();
    List<RowNo> list =
        p.row().equals(CellPattern.ALL_CATEGORIES) && r.rows().isEmpty()
            ? published.table(p.table()).map(CellPattern::categoryRows).orElse(List.of())
            : r.rows();
    List<CellRef> refs = new ArrayList<>(list.size());
    for (RowNo row : list) {
      refs.add(new CellRef(p.table(), row, r.column().get()));
    }
    return refs;
  }

  private Optional<BigDecimal> term(String t) {
    if (CellPattern.looksLikeCell(t)) {
      BigDecimal sum = BigDecimal.ZERO;
      for (CellRef ref : cells(t)) {
        sum = sum.add(published.amountOrZero(ref).value());
      }
      return Optional.of(sum);
    }
    if (NUMBER.matcher(t).matches()) {
      return Optional.of(new BigDecimal(t));
    }
    int colon = t.indexOf(':');
    if (colon < 0) {
      throw unknown(t);
    }
    String kind = t.substring(0, colon);
    String rest = t.substring(colon + 1);
    return switch (kind) {
      case "fact" ->
          accounts
              .facts()
              .fact(Fact.ofKey(rest).orElseThrow(() -> unknown(t)))
              .map(a -> Rounding.toWanYuan(a).value());
      case "item" -> item(rest);
      case "count" ->
          accounts
              .facts()
              .count(Count.ofKey(rest).orElseThrow(() -> unknown(t)))
              .map(BigDecimal::valueOf);
      case "project" -> project(rest);
      case "vehicleUse" -> vehicleUse(rest);
      case "goal" -> goal(rest);
      case "goals" -> Optional.of(BigDecimal.valueOf(accounts.evaluation().goals().size()));
      default -> throw unknown(t);
    };
  }

  private Optional<BigDecimal> item(String rest) {
    int colon = rest.indexOf(':');
    String codeText = rest.substring(0, colon);
    ItemMeasure m = ItemMeasure.ofKey(rest.substring(colon + 1)).orElseThrow(() -> unknown(rest));
    Collection<FunctionalItem> within;
    if (codeText.equals("*")) {
      within = accounts.facts().items();
    } else {
      String prefix = FunctionCode.of(codeText).value();
      within = itemsByCode().subMap(prefix, true, prefix + Character.MAX_VALUE, false).values();
    }
    Amount sum = Amount.zero(accounts.unit());
    boolean any = false;
    for (FunctionalItem i : within) {
      if (i.entered(m).isPresent()) {
        sum = sum.plus(i.amount(m));
        any = true;
      }
    }
    return any ? Optional.of(Rounding.toWanYuan(sum).value()) : Optional.empty();
  }

  /** The 项 by code, built once: the 项 under a code are a range of it (codes are digits). */
  private NavigableMap<String, FunctionalItem> itemsByCode() {
    if (itemsByCode == null) {
      NavigableMap<String, FunctionalItem> m = new TreeMap<>();
      for (FunctionalItem i : accounts.facts().items()) {
        m.merge(i.code().value() + "#" + m.size(), i, (a, b) -> a);
      }
      itemsByCode = m;
    }
    return itemsByCode;
  }

  private Optional<BigDecimal> project(String rest) {
    String[] p = rest.split(":");
    List<Project> projects = accounts.evaluation().projects();
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < projects.size(); i++) {
      if (p[0].equals("*") || p[0].equals(Integer.toString(i + 1))) {
        Amount a = p[1].equals("budget") ? projects.get(i).budget() : projects.get(i).actual();
        sum = sum.add(Rounding.toWanYuan(a).value());
      }
    }
    return Optional.of(sum);
  }

  private Optional<BigDecimal> vehicleUse(String rest) {
    var uses = accounts.facts().vehiclesByUse();
    int sum = 0;
    for (int i = 0; i < uses.size(); i++) {
      if (rest.equals("*") || rest.equals(Integer.toString(i + 1))) {
        sum += uses.get(i).count();
      }
    }
    return Optional.of(BigDecimal.valueOf(sum));
  }

  private Optional<BigDecimal> goal(String rest) {
    String[] p = rest.split(":");
    Goal g = accounts.evaluation().goals().get(Integer.parseInt(p[0]) - 1);
    long n =
        switch (p[1]) {
          case "indicators" -> g.indicators().size();
          case "judgeable" ->
              g.indicators().stream().filter(i -> i.judgement() != Judgement.NOT_JUDGEABLE).count();
          case "met" -> count(g, Judgement.MET);
          case "notMet" -> count(g, Judgement.NOT_MET);
          default -> throw unknown(rest);
        };
    return Optional.of(BigDecimal.valueOf(n));
  }

  private static long count(Goal g, Judgement j) {
    return g.indicators().stream().map(Indicator::judgement).filter(j::equals).count();
  }

  private static List<String> split(String args) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < args.length(); i++) {
      char c = args.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ';' && depth == 0) {
        out.add(args.substring(start, i));
        start = i + 1;
      }
    }
    out.add(args.substring(start));
    return out;
  }

  private static IllegalArgumentException unknown(String t) {
    return new IllegalArgumentException("未知的数字绑定: " + t);
  }
}
