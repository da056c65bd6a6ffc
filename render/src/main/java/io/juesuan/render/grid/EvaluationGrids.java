package io.juesuan.render.grid;

import io.juesuan.core.money.Rounding;
import io.juesuan.core.narrative.FigureResolver;
import io.juesuan.core.performance.Goal;
import io.juesuan.core.performance.Indicator;
import io.juesuan.core.performance.Project;
import io.juesuan.core.report.Fact;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.TextSlot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 部门整体绩效自评表 and 部门整体支出明细表. Figures come from the same bindings the 自评报告 cites (budgets from the
 * facts, executions from the published tables), with 执行率 = B/A.
 */
public final class EvaluationGrids {
  static final String PERSONNEL_BUDGET = "fact:" + Fact.PERSONNEL_BUDGET.key();
  static final String PUBLIC_BUDGET = "fact:" + Fact.PUBLIC_BUDGET.key();
  private static final int COLUMNS = 6;

  private final FinalAccounts accounts;
  private final FigureResolver resolver;

  public EvaluationGrids(FinalAccounts accounts, FigureResolver resolver) {
    this.accounts = accounts;
    this.resolver = resolver;
  }

  /** 部门整体支出明细表: 项目 | 预算数 | 决算数 | 执行率. */
  public Grid detail() {
    List<List<GridCell>> body = new ArrayList<>();
    budgetRows()
        .forEach(
            r ->
                body.add(
                    List.of(GridCell.text(r[0]), amount(r[1]), amount(r[2]), rate(r[2], r[1]))));
    return new Grid(
        4,
        List.of(
            List.of(
                GridCell.head("项目", 1, 1),
                GridCell.head("预算数（万元）", 1, 1),
                GridCell.head("决算数（万元）", 1, 1),
                GridCell.head("执行率", 1, 1))),
        body);
  }

  /**
   * Whether all 基本支出 (03表, every fund) is 一般公共预算财政拨款 (06表 人员 + 公用). When it is not, the 人员/公用经费
   * rows say that they count 财政拨款 only, so they do not seem to contradict 基本支出.
   */
  private boolean basicIsAllFiscal() {
    Optional<BigDecimal> basic = resolver.resolve("@expenditure.basic");
    Optional<BigDecimal> fiscal = resolver.resolve("sum(06.人员经费合计.1;06.公用经费合计.1)");
    return basic.isPresent() && fiscal.isPresent() && basic.get().compareTo(fiscal.get()) == 0;
  }

  /** {label, budget binding, actual binding} for 整体, 基本 (人员/公用), 项目 and each project. */
  private List<String[]> budgetRows() {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "部门整体支出总额",
          "sum(" + PERSONNEL_BUDGET + ";" + PUBLIC_BUDGET + ";project:*:budget)",
          "@expenditure.table.total"
        });
    rows.add(
        new String[] {
          "一、基本支出", "sum(" + PERSONNEL_BUDGET + ";" + PUBLIC_BUDGET + ")", "@expenditure.basic"
        });
    String fiscalOnly = basicIsAllFiscal() ? "" : "（一般公共预算财政拨款）";
    rows.add(new String[] {"\u3000人员经费" + fiscalOnly, PERSONNEL_BUDGET, "@basic.personnel"});
    rows.add(new String[] {"\u3000公用经费" + fiscalOnly, PUBLIC_BUDGET, "@basic.public"});
    rows.add(new String[] {"二、项目支出", "project:*:budget", "project:*:actual"});
    List<Project> projects = accounts.evaluation().projects();
    for (int i = 1; i <= projects.size(); i++) {
      rows.add(
          new String[] {
            "\u3000" + projects.get(i - 1).name(),
            "project:" + i + ":budget",
            "project:" + i + ":actual"
          });
    }
    return rows;
  }

  /** 部门整体绩效自评表: 预算执行情况, then each 年度目标 with its indicators and the automatic 评判. */
  public Grid form() {
    List<List<GridCell>> body = new ArrayList<>();
    body.add(List.of(GridCell.head("单位名称", 1, 1), GridCell.text(accounts.department().name(), 5)));
    body.add(
        List.of(
            GridCell.head("基本支出总额（万元）", 1, 1),
            amount("@expenditure.basic").spanning(2, 1),
            GridCell.head("项目支出总额（万元）", 1, 1),
            amount("project:*:actual").spanning(2, 1)));
    body.add(
        List.of(
            GridCell.head("预算执行情况（万元）", 3, 1),
            GridCell.head("预算数（A）", 1, 1),
            GridCell.head("执行数（B）", 1, 1),
            GridCell.head("执行率（B/A）", 1, 1)));
    budgetRows()
        .forEach(
            r ->
                body.add(
                    List.of(GridCell.text(r[0], 3), amount(r[1]), amount(r[2]), rate(r[2], r[1]))));
    List<Goal> goals = accounts.evaluation().goals();
    for (int g = 0; g < goals.size(); g++) {
      Goal goal = goals.get(g);
      body.add(List.of(GridCell.head("年度目标" + (g + 1) + "：" + goal.title(), COLUMNS, 1)));
      body.add(
          List.of(
              GridCell.head("一级指标", 1, 1),
              GridCell.head("二级指标", 1, 1),
              GridCell.head("三级指标", 1, 1),
              GridCell.head("年初目标值", 1, 1),
              GridCell.head("实际完成值", 1, 1),
              GridCell.head("评判", 1, 1)));
      body.addAll(indicators(goal.indicators()));
    }
    body.add(
        List.of(
            GridCell.head("偏差大或目标未完成原因分析", 1, 1),
            GridCell.text(text(TextSlot.DEVIATION_REASON), 5)));
    body.add(
        List.of(GridCell.head("改进措施及结果应用方案", 1, 1), GridCell.text(text(TextSlot.IMPROVEMENTS), 5)));
    return new Grid(COLUMNS, List.of(), body);
  }

  private List<List<GridCell>> indicators(List<Indicator> list) {
    List<List<GridCell>> rows = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Indicator ind = list.get(i);
      List<GridCell> row = new ArrayList<>();
      if (i == 0 || !list.get(i - 1).level1().equals(ind.level1())) {
        row.add(GridCell.center(ind.level1()).spanning(1, run(list, i, true)));
      }
      if (i == 0
          || !list.get(i - 1).level1().equals(ind.level1())
          || !list.get(i - 1).level2().equals(ind.level2())) {
        row.add(GridCell.center(ind.level2()).spanning(1, run(list, i, false)));
      }
      row.add(GridCell.text(ind.name()));
      row.add(GridCell.center(ind.target().text()));
      row.add(GridCell.center(ind.actual().text()));
      row.add(GridCell.center(ind.judgement().label()));
      rows.add(row);
    }
    return rows;
  }

  private static int run(List<Indicator> list, int from, boolean level1Only) {
    int n = 1;
    Indicator first = list.get(from);
    while (from + n < list.size()) {
      Indicator next = list.get(from + n);
      boolean same =
          next.level1().equals(first.level1())
              && (level1Only || next.level2().equals(first.level2()));
      if (!same) {
        break;
      }
      n++;
    }
    return n;
  }

  private String text(TextSlot slot) {
    return accounts.explanations().text(slot).orElse("【待填写：" + slot.label() + "】");
  }

  private GridCell amount(String binding) {
    return GridCell.amount(resolver.resolve(binding).map(v -> Rounding.printed(v, 2)));
  }

  private GridCell rate(String actual, String budget) {
    Optional<BigDecimal> r = resolver.resolve("share(" + actual + ";" + budget + ")");
    return GridCell.figure(r.map(v -> Rounding.printed(v, 2).toPlainString() + "%").orElse("—"));
  }
}
