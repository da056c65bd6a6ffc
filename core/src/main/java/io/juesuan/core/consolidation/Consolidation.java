package io.juesuan.core.consolidation;

import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.performance.Evaluation;
import io.juesuan.core.performance.Project;
import io.juesuan.core.report.Count;
import io.juesuan.core.report.Department;
import io.juesuan.core.report.EconomicItem;
import io.juesuan.core.report.Explanations;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.FunctionalItem;
import io.juesuan.core.report.ItemMeasure;
import io.juesuan.core.report.LeafFacts;
import io.juesuan.core.report.NamedCount;
import io.juesuan.core.report.Unit;
import io.juesuan.core.report.UnitKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * 汇总 — adds up the leaf facts of several department-years of one fiscal year (units into a
 * department, departments into a district). Tables, totals and shares of the result are derived as
 * for any department, so the consolidated report is consistent by construction. Transfers inside
 * the set (上级补助收入 / 对附属单位补助支出, 附属单位上缴收入 / 上缴上级支出) are eliminated where both sides are in it ({@link
 * Eliminations}). Text written by people does not add up: the result has none, and its narrative
 * asks for it.
 */
public final class Consolidation {
  private Consolidation() {}

  /** The consolidated accounts, the eliminations made and what could not be eliminated. */
  public record Result(FinalAccounts accounts, List<Elimination> eliminations, List<String> notes) {
    public Result {
      Objects.requireNonNull(accounts, "accounts");
      eliminations = List.copyOf(eliminations);
      notes = List.copyOf(notes);
    }
  }

  public static FinalAccounts of(String name, UnitKind kind, List<FinalAccounts> parts) {
    return consolidate(name, kind, parts).accounts();
  }

  public static Result consolidate(String name, UnitKind kind, List<FinalAccounts> parts) {
    Objects.requireNonNull(name, "name");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("汇总至少需要一个部门");
    }
    int year = parts.get(0).fiscalYear();
    AmountUnit unit = parts.get(0).unit();
    for (FinalAccounts p : parts) {
      if (p.fiscalYear() != year) {
        throw new IllegalArgumentException(
            "不能汇总不同年度的决算: " + p.department().name() + " " + p.fiscalYear());
      }
      if (!p.edition().equals(parts.get(0).edition())) {
        throw new IllegalArgumentException(
            "不能汇总不同版本的决算: " + p.department().name() + " " + p.edition().orElse("（按地区）"));
      }
      if (p.unit() != unit) {
        throw new IllegalArgumentException("不能汇总金额单位不同的数据（元与万元）: " + p.department().name());
      }
    }
    Map<String, FunctionalItem> items = new TreeMap<>();
    Map<String, EconomicItem> economic = new TreeMap<>();
    Map<Fact, Amount> facts = new EnumMap<>(Fact.class);
    Map<Count, Integer> counts = new EnumMap<>(Count.class);
    Map<String, Integer> vehicles = new LinkedHashMap<>();
    Map<String, String> codeNames = new TreeMap<>();
    List<Unit> units = new ArrayList<>();
    List<Project> projects = new ArrayList<>();
    for (FinalAccounts p : parts) {
      units.add(new Unit(p.department().name(), p.department().kind(), false));
      LeafFacts f = p.facts();
      f.items().forEach(i -> items.merge(i.code().value(), i, Consolidation::add));
      f.economicItems()
          .forEach(
              e ->
                  economic.merge(
                      e.code().value(),
                      e,
                      (a, b) -> new EconomicItem(a.code(), a.name(), a.amount().plus(b.amount()))));
      f.facts().forEach((k, v) -> facts.merge(k, v, Amount::plus));
      f.counts().forEach((k, v) -> counts.merge(k, v, Integer::sum));
      f.vehiclesByUse().forEach(v -> vehicles.merge(v.label(), v.count(), Integer::sum));
      codeNames.putAll(f.codeNames());
      p.evaluation()
          .projects()
          .forEach(
              pr ->
                  projects.add(
                      new Project(
                          p.department().name() + "：" + pr.name(), pr.budget(), pr.actual())));
    }
    Eliminations eliminations = new Eliminations(items, unit);
    eliminations.run();
    List<NamedCount> byUse = new ArrayList<>();
    vehicles.forEach((label, count) -> byUse.add(new NamedCount(label, count, "辆")));
    Department department =
        new Department(name, name, parts.get(0).department().region(), kind, units, List.of());
    LeafFacts leaf =
        new LeafFacts(
            unit,
            new ArrayList<>(items.values()),
            new ArrayList<>(economic.values()),
            facts,
            counts,
            byUse,
            codeNames);
    FinalAccounts sum =
        new FinalAccounts(
            year,
            department,
            leaf,
            Explanations.none(),
            new Evaluation(java.util.Optional.empty(), projects, List.of()),
            parts.get(0).edition());
    return new Result(sum, eliminations.done, eliminations.notes);
  }

  private static FunctionalItem add(FunctionalItem a, FunctionalItem b) {
    Map<ItemMeasure, Amount> sum = new EnumMap<>(ItemMeasure.class);
    sum.putAll(a.amounts());
    b.amounts().forEach((m, v) -> sum.merge(m, v, Amount::plus));
    return new FunctionalItem(a.code(), a.name(), sum, a.unit());
  }
}
