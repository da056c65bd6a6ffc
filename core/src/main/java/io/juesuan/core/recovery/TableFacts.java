package io.juesuan.core.recovery;

import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.table.ColumnLayout;
import io.juesuan.core.table.DisclosureTable;
import io.juesuan.core.table.LayoutSet;
import io.juesuan.core.table.LinearExpression;
import io.juesuan.core.table.RowKind;
import io.juesuan.core.table.RowLayout;
import io.juesuan.core.table.TableLayout;
import io.juesuan.core.table.TableRow;
import io.juesuan.core.table.TableSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 由公开表反推叶子数据 — the leaf facts a dataset needs, read back from printed tables through the edition's
 * layout: every 项 cell of a classified table whose column says how it is derived ({@code
 * measure=…}) is an equation on that 项's measures, every fixed row whose {@code value} is one
 * department fact gives that fact, every 款 of the economic table is an economic item. Nothing is
 * written per edition in Java: an edition's layout decides which cell holds what. Figures keep the
 * tables' precision (0.01 万元).
 */
public final class TableFacts {
  private final LayoutSet layouts;

  public TableFacts(LayoutSet layouts) {
    this.layouts = Objects.requireNonNull(layouts, "layouts");
  }

  /** The leaf facts and what could not be told apart from the tables. */
  public Result recover(TableSet printed) {
    TableSet tables = printed.unit() == AmountUnit.WAN_YUAN ? printed : printed.toWanYuan();
    List<String> notes = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, List<Equation>> equations = new TreeMap<>();
    Map<Fact, Amount> facts = new EnumMap<>(Fact.class);
    List<EconomicItem> economic = new ArrayList<>();
    Map<String, String> codeNames = new TreeMap<>();
    Map<ItemMeasure, Amount> totals = new EnumMap<>(ItemMeasure.class);
    for (TableLayout layout : layouts.tables()) {
      Optional<DisclosureTable> table = tables.table(layout.id());
      if (table.isEmpty()) {
        continue;
      }
      switch (layout.kind()) {
        case CLASSIFIED -> classified(layout, table.get(), names, equations, codeNames);
        case FIXED -> fixed(layout, table.get(), facts, totals);
        case ECONOMIC -> economic(table.get(), economic);
      }
    }
    List<FunctionalItem> items = new ArrayList<>();
    equations.forEach(
        (code, eqs) ->
            items.add(
                new FunctionalItem(
                    FunctionCode.of(code),
                    names.getOrDefault(code, ""),
                    solve(code, names.getOrDefault(code, ""), eqs, totals, notes),
                    AmountUnit.WAN_YUAN)));
    LeafFacts leaf =
        new LeafFacts(AmountUnit.WAN_YUAN, items, economic, facts, Map.of(), List.of(), codeNames);
    return new Result(leaf, notes);
  }

  private static void classified(
      TableLayout layout,
      DisclosureTable table,
      Map<String, String> names,
      Map<String, List<Equation>> equations,
      Map<String, String> codeNames) {
    for (TableRow row : table.rows()) {
      if (!row.kind().isCode()) {
        continue;
      }
      String code = row.no().value();
      if (row.kind() != RowKind.ITEM) {
        if (!row.label().isBlank()) {
          codeNames.putIfAbsent(code, row.label());
        }
        continue;
      }
      if (!row.label().isBlank()) {
        names.putIfAbsent(code, row.label());
      }
      for (ColumnLayout column : layout.columns()) {
        if (column.measure().isEmpty()) {
          continue;
        }
        Amount value = table.amountOrZero(row.no(), column.no());
        List<LinearExpression.Term> terms = LinearExpression.parse(column.measure().get()).terms();
        equations
            .computeIfAbsent(code, k -> new ArrayList<>())
            .add(
                new Equation(
                    terms, value, "公开" + layout.id().value() + "表 " + code + " " + column.name()));
      }
    }
  }

  private static void fixed(
      TableLayout layout,
      DisclosureTable table,
      Map<Fact, Amount> facts,
      Map<ItemMeasure, Amount> totals) {
    for (RowLayout row : layout.rows()) {
      for (var attribute : row.attributes().entrySet()) {
        String name = attribute.getKey();
        if (!name.equals("value") && !name.startsWith("value.")) {
          continue;
        }
        Optional<Fact> fact = Fact.ofKey(attribute.getValue().trim());
        Optional<ItemMeasure> measure = ItemMeasure.ofKey(attribute.getValue().trim());
        if (fact.isEmpty() && measure.isEmpty()) {
          continue;
        }
        Optional<ColumnLayout> column =
            name.equals("value")
                ? layout.columnsOf(row).stream().findFirst()
                : layout.column(
                    io.juesuan.core.table.ColumnNo.of(
                        Integer.parseInt(name.substring("value.".length()))));
        if (column.isEmpty() || table.row(row.no()).isEmpty()) {
          continue;
        }
        Amount value = table.amountOrZero(row.no(), column.get().no());
        if (measure.isPresent()) {
          totals.putIfAbsent(measure.get(), value);
          continue;
        }
        if (!value.isZero() || !table.cell(row.no(), column.get().no()).isBlank()) {
          facts.put(fact.get(), value);
        }
      }
    }
  }

  private static void economic(DisclosureTable table, List<EconomicItem> economic) {
    for (TableRow row : table.rows()) {
      if (row.kind() == RowKind.SECTION) {
        Amount value = table.rowCells(row.no()).values().stream().findFirst().orElse(null);
        if (value != null && !value.isZero()) {
          economic.add(new EconomicItem(EconomicCode.of(row.no().value()), row.label(), value));
        }
      }
    }
  }

  /**
   * The measures of one 项: an equation with one unknown gives it; an equation of several (02表
   * 财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营) gives its remainder to the first unknown, and says so.
   */
  private static Map<ItemMeasure, Amount> solve(
      String code,
      String name,
      List<Equation> equations,
      Map<ItemMeasure, Amount> totals,
      List<String> notes) {
    Map<ItemMeasure, Amount> known = new EnumMap<>(ItemMeasure.class);
    totals.forEach(
        (m, total) -> {
          if (total.isZero()) {
            known.put(m, total);
          }
        });
    List<Equation> open = new ArrayList<>(equations);
    boolean progress = true;
    while (progress) {
      progress = false;
      for (var it = open.iterator(); it.hasNext(); ) {
        Equation e = it.next();
        List<LinearExpression.Term> unknown =
            e.terms().stream().filter(t -> !known.containsKey(measure(t))).toList();
        if (unknown.isEmpty()) {
          it.remove();
        } else if (unknown.size() == 1) {
          LinearExpression.Term t = unknown.get(0);
          Amount rest = e.value();
          for (LinearExpression.Term other : e.terms()) {
            if (other != t) {
              rest =
                  other.sign() > 0
                      ? rest.minus(known.get(measure(other)))
                      : rest.plus(known.get(measure(other)));
            }
          }
          known.put(measure(t), t.sign() > 0 ? rest : rest.negate());
          it.remove();
          progress = true;
        }
      }
    }
    for (Equation e : open) {
      List<LinearExpression.Term> unknown =
          e.terms().stream().filter(t -> !known.containsKey(measure(t))).toList();
      if (unknown.isEmpty()) {
        continue;
      }
      Amount rest = e.value();
      for (LinearExpression.Term other : e.terms()) {
        if (known.containsKey(measure(other))) {
          rest =
              other.sign() > 0
                  ? rest.minus(known.get(measure(other)))
                  : rest.plus(known.get(measure(other)));
        }
      }
      StringBuilder reading = new StringBuilder();
      boolean split = false;
      for (LinearExpression.Term t : unknown.subList(1, unknown.size())) {
        Amount hint = hint(measure(t), known);
        if (hint.compareTo(rest) > 0) {
          hint = rest;
        }
        known.put(measure(t), t.sign() > 0 ? hint : hint.negate());
        rest = rest.minus(hint);
        split |= !hint.isZero();
        reading
            .append("，“")
            .append(measure(t).label())
            .append("”按同一资金的支出计 ")
            .append(hint.value().toPlainString())
            .append(" 万元");
      }
      LinearExpression.Term first = unknown.get(0);
      known.put(measure(first), first.sign() > 0 ? rest : rest.negate());
      if (split) {
        notes.add(
            e.where()
                + "（"
                + code
                + " "
                + name
                + "）由多项组成，表中无法区分：“"
                + measure(first).label()
                + "”计 "
                + rest.value().toPlainString()
                + " 万元"
                + reading
                + "，请核对");
      }
    }
    known.values().removeIf(Amount::isZero);
    return known;
  }

  /**
   * What an income of one fund most likely is when a table prints only the sum of the funds: the
   * same 项's spending of that fund ("income.stateCapital" ↔ "fiscal.stateCapital.basic/project").
   */
  private static Amount hint(ItemMeasure income, Map<ItemMeasure, Amount> known) {
    Amount sum = Amount.zero(AmountUnit.WAN_YUAN);
    String fund = income.key().substring(income.key().indexOf('.') + 1);
    for (var e : known.entrySet()) {
      String k = e.getKey().key();
      if (income.key().startsWith("income.")
          && (k.equals("fiscal." + fund + ".basic") || k.equals("fiscal." + fund + ".project"))) {
        sum = sum.plus(e.getValue());
      }
    }
    return sum.isNegative() ? Amount.zero(AmountUnit.WAN_YUAN) : sum;
  }

  private static ItemMeasure measure(LinearExpression.Term term) {
    return ItemMeasure.ofKey(term.text())
        .orElseThrow(() -> new IllegalArgumentException("表样公式中的未知指标: " + term.text()));
  }

  private record Equation(List<LinearExpression.Term> terms, Amount value, String where) {}

  /** The leaf facts read from the tables, and notes on what the tables could not tell apart. */
  public record Result(LeafFacts facts, List<String> notes) {
    public Result {
      Objects.requireNonNull(facts, "facts");
      notes = List.copyOf(notes);
    }
  }
}
