package io.juesuan.core.narrative;

import io.juesuan.core.classification.EconomicCode;
import io.juesuan.core.classification.FunctionCode;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.money.Amount;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.performance.Evaluation;
import io.juesuan.core.performance.Goal;
import io.juesuan.core.performance.Indicator;
import io.juesuan.core.performance.Project;
import io.juesuan.core.performance.TargetValue;
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
import io.juesuan.core.report.TextSlot;
import io.juesuan.core.report.Unit;
import io.juesuan.core.report.UnitKind;
import io.juesuan.core.table.TableSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small department-year in 元, built in code, with knobs for the cases the wording must choose
 * between.
 */
public final class NarrativeFixture {
  final Map<Fact, Amount> facts = new EnumMap<>(Fact.class);
  final Map<String, String> texts = new java.util.LinkedHashMap<>();
  final Map<Count, Integer> counts = new EnumMap<>(Count.class);

  public NarrativeFixture() {
    facts.put(Fact.PRIOR_TOTAL, yuan("1000000.00"));
    facts.put(Fact.PRIOR_INCOME_TOTAL, yuan("1000000.00"));
    facts.put(Fact.PRIOR_EXPENDITURE_TOTAL, yuan("1000000.00"));
    facts.put(Fact.PRIOR_FISCAL_TOTAL, yuan("1000000.00"));
    facts.put(Fact.PRIOR_GENERAL_BUDGET_INCOME, yuan("1000000.00"));
    facts.put(Fact.PRIOR_GOV_FUND_INCOME, yuan("0"));
    facts.put(Fact.PRIOR_STATE_CAPITAL_INCOME, yuan("0"));
    facts.put(Fact.PRIOR_GENERAL_BUDGET_EXPENDITURE, yuan("1000000.00"));
    facts.put(Fact.THREE_PUBLIC_BUDGET_VEHICLE_OPERATION, yuan("100000.00"));
    facts.put(Fact.THREE_PUBLIC_ACTUAL_VEHICLE_OPERATION, yuan("60000.00"));
    facts.put(Fact.OPERATING_COSTS_BUDGET, yuan("200000.00"));
    facts.put(Fact.PROCUREMENT_SERVICES, yuan("50000.00"));
    facts.put(Fact.PROCUREMENT_SME_SERVICES, yuan("50000.00"));
    facts.put(Fact.PROCUREMENT_SMALL_MICRO, yuan("25000.00"));
    facts.put(Fact.PERSONNEL_BUDGET, yuan("900000.00"));
    facts.put(Fact.PUBLIC_BUDGET, yuan("200000.00"));
    texts.put(TextSlot.TOTAL_CHANGE_REASON.key(), "人员增加");
    texts.put(TextSlot.ABROAD_REASON.key(), "无因公出国（境）任务。");
    for (Count c : Count.values()) {
      counts.put(c, 0);
    }
    counts.put(Count.VEHICLES_HELD, 2);
    counts.put(Count.VEHICLES_TOTAL, 2);
  }

  static Amount yuan(String v) {
    return Amount.yuan(v);
  }

  public FinalAccounts accounts() {
    FunctionalItem admin =
        new FunctionalItem(
            FunctionCode.of("2013101"),
            "行政运行",
            Map.of(
                ItemMeasure.INCOME_GENERAL_BUDGET,
                yuan("1020000.00"),
                ItemMeasure.EXPENDITURE_BASIC,
                yuan("920000.00"),
                ItemMeasure.EXPENDITURE_PROJECT,
                yuan("100000.00"),
                ItemMeasure.GENERAL_BUDGET_BASIC,
                yuan("920000.00"),
                ItemMeasure.GENERAL_BUDGET_PROJECT,
                yuan("100000.00"),
                ItemMeasure.GENERAL_BUDGET_INITIAL,
                yuan("1200000.00")),
            AmountUnit.YUAN);
    FunctionalItem housing =
        new FunctionalItem(
            FunctionCode.of("2210201"),
            "住房公积金",
            Map.of(
                ItemMeasure.INCOME_GENERAL_BUDGET,
                yuan("80000.00"),
                ItemMeasure.EXPENDITURE_BASIC,
                yuan("80000.00"),
                ItemMeasure.GENERAL_BUDGET_BASIC,
                yuan("80000.00"),
                ItemMeasure.GENERAL_BUDGET_INITIAL,
                yuan("80000.00")),
            AmountUnit.YUAN);
    List<EconomicItem> economic =
        List.of(
            new EconomicItem(EconomicCode.of("30101"), "基本工资", yuan("800000.00")),
            new EconomicItem(EconomicCode.of("30201"), "办公费", yuan("200000.00")));
    LeafFacts leaf =
        new LeafFacts(
            AmountUnit.YUAN,
            List.of(admin, housing),
            economic,
            facts,
            counts,
            List.of(new NamedCount("应急保障用车", 2, "辆")),
            Map.of());
    Department dept =
        new Department(
            "测试市测试局",
            "测试局",
            "",
            UnitKind.ADMINISTRATIVE,
            List.of(new Unit("测试市测试局（本级）", UnitKind.ADMINISTRATIVE, true)),
            List.of("负责测试工作。"));
    Explanations ex =
        new Explanations(
            texts,
            Map.of("201", "主要用于机关运行"),
            Map.of("2013101", "压减支出"),
            List.of(),
            List.of(),
            Optional.of("2024-09-29"));
    Evaluation ev =
        new Evaluation(
            Optional.of("2024-03-21"),
            List.of(new Project("测试项目", yuan("120000.00"), yuan("100000.00"))),
            List.of(
                new Goal(
                    "完成测试",
                    "开展测试不少于25次",
                    List.of(
                        new Indicator(
                            "产出指标",
                            "数量指标",
                            "开展测试次数",
                            TargetValue.parse("≥25次"),
                            TargetValue.parse("36次")),
                        new Indicator(
                            "产出指标",
                            "质量指标",
                            "测试质量",
                            TargetValue.parse("根据实际情况"),
                            TargetValue.parse("达标"))))));
    return new FinalAccounts(2023, dept, leaf, ex, ev);
  }

  TableSet tables(FinalAccounts a) {
    return Editions.installed().get("national-2023").deriver().derive(a).toWanYuan();
  }

  ReportText write() {
    FinalAccounts a = accounts();
    return Editions.installed().get("national-2023").writer().write(a, tables(a));
  }

  FigureResolver resolver() {
    FinalAccounts a = accounts();
    return new FigureResolver(
        a,
        tables(a),
        Editions.installed().get("national-2023").layouts(),
        Editions.installed().get("national-2023").figures());
  }
}
