package io.juesuan.core.narrative;

import io.juesuan.core.performance.Goal;
import io.juesuan.core.performance.Indicator;
import io.juesuan.core.performance.Judgement;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.TextSlot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 整体绩效自评报告 (附件二): execution rates, goal-by-goal analysis with automatic judgements, problems,
 * improvements.
 */
final class EvaluationReportWriter {
  /** 部门整体预算数: 人员经费预算 + 公用经费预算 + 各项目预算. */
  static final String BUDGET =
      "sum(fact:"
          + Fact.PERSONNEL_BUDGET.key()
          + ";fact:"
          + Fact.PUBLIC_BUDGET.key()
          + ";project:*:budget)";

  /** 部门整体执行数: 本年支出合计. */
  static final String ACTUAL = "@expenditure.table.total";

  private static final List<String> OTHER_EXPENDITURE =
      List.of("toSuperior", "operating", "toAffiliated");

  private final WritingContext c;

  EvaluationReportWriter(WritingContext c) {
    this.c = c;
  }

  Narrative write() {
    List<Section> out = new ArrayList<>();
    boolean budgeted = c.cite.value(BUDGET).map(v -> v.signum() != 0).orElse(false);
    Fragment budget = budgeted ? c.cite.amount(BUDGET) : c.cite.pending("部门整体预算数（人员经费、公用经费预算数）");
    Fragment rate =
        budgeted ? c.cite.percent("share(" + ACTUAL + ";" + BUDGET + ")") : c.cite.pending("执行率");
    out.add(
        new Section(
            "报告一",
            c.text("report.1.title"),
            List.of(
                c.sentence(
                    "report.1.1",
                    "short",
                    c.shortName(),
                    "year",
                    c.year(),
                    "budget",
                    budget,
                    "actual",
                    c.cite.amount(ACTUAL),
                    "rate",
                    rate),
                c.sentence("report.1.2", "result", c.cite.text(TextSlot.PERFORMANCE_RESULT)),
                c.sentence("report.1.3", "reason", c.cite.text(TextSlot.DEVIATION_REASON)))));
    List<Sentence> s = new ArrayList<>();
    s.add(
        c.sentence(
            "report.2.1",
            "year",
            c.year(),
            "budget",
            budget,
            "actual",
            c.cite.amount(ACTUAL),
            "basic",
            c.cite.amount("@expenditure.basic"),
            "project",
            c.cite.amount("@expenditure.project"),
            "others",
            otherExpenditure(),
            "rate",
            rate));
    s.add(c.sentence("report.2.2", "short", c.shortName(), "n", c.cite.count("goals:count", "个")));
    List<Goal> goals = c.accounts.evaluation().goals();
    for (int i = 0; i < goals.size(); i++) {
      s.addAll(goal(i + 1, goals.get(i)));
    }
    out.add(new Section("报告二", c.text("report.2.title"), s));
    out.add(
        new Section(
            "报告三",
            c.text("report.3.title"),
            List.of(
                c.sentence("report.3.text", "reason", c.cite.text(TextSlot.DEVIATION_REASON)))));
    out.add(
        new Section(
            "报告四",
            c.text("report.4.title"),
            List.of(
                c.sentence("report.4.1", "text", c.cite.text(TextSlot.IMPROVEMENTS)),
                c.sentence("report.4.2", "text", c.cite.text(TextSlot.BUDGET_INTEGRATION)))));
    return new Narrative(out);
  }

  /** 上缴上级、经营、对附属单位补助支出 (03表) where the department has them, so the parts add up to 实际执行数. */
  private Fragment otherExpenditure() {
    List<Fragment> parts = new ArrayList<>();
    for (String name : OTHER_EXPENDITURE) {
      String binding = "@expenditure." + name;
      if (c.cite.value(binding).map(v -> v.signum() != 0).orElse(false)) {
        parts.add(c.fill("report.2.other." + name, "amount", c.cite.amount(binding)));
      }
    }
    return Fragment.join("", parts);
  }

  private List<Sentence> goal(int n, Goal g) {
    List<Sentence> s = new ArrayList<>();
    s.add(c.sentence("report.goal", "n", n, "title", Citations.trimStop(g.title())));
    if (!g.description().isBlank()) {
      s.add(
          c.sentence(
              "report.goal.description", "description", Citations.trimStop(g.description())));
    }
    Map<String, List<Indicator>> groups = new LinkedHashMap<>();
    g.indicators()
        .forEach(
            i ->
                groups
                    .computeIfAbsent(i.level1() + "\u0000" + i.level2(), k -> new ArrayList<>())
                    .add(i));
    for (List<Indicator> group : groups.values()) {
      List<Fragment> list = new ArrayList<>();
      group.forEach(
          i -> list.add(c.fill("report.indicator", "name", i.name(), "actual", i.actual().text())));
      s.add(
          c.sentence(
              "report.group",
              "level1",
              group.get(0).level1(),
              "level2",
              group.get(0).level2(),
              "count",
              group.size(),
              "list",
              Fragment.join(c.text("list.sep"), list),
              "verdict",
              verdict(group)));
    }
    return s;
  }

  private Fragment verdict(List<Indicator> group) {
    List<Indicator> judged =
        group.stream().filter(i -> i.judgement() != Judgement.NOT_JUDGEABLE).toList();
    List<String> notMet =
        judged.stream()
            .filter(i -> i.judgement() == Judgement.NOT_MET)
            .map(Indicator::name)
            .toList();
    if (judged.isEmpty()) {
      return c.fill("report.verdict.qualitative");
    }
    if (notMet.isEmpty()) {
      return c.fill("report.verdict.met", "n", judged.size() + "个");
    }
    return c.fill(
        "report.verdict.notMet",
        "n",
        judged.size() + "个",
        "notMet",
        notMet.size() + "个",
        "names",
        String.join(c.text("name.sep"), notMet));
  }
}
