package io.juesuan.core.consolidation;

import static io.juesuan.core.Fixtures.aDepartmentYear;
import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.money.Amount;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.usecase.ConsolidateReports;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 汇总抵销: a department (本级) that funds its subordinate school, and the school. */
class EliminationTest {
  /** 本级: 财政拨款 300, 基本支出 200, 对附属单位补助支出 100 (to the school). */
  private final FinalAccounts head =
      aDepartmentYear()
          .item(
              "2050101",
              "行政运行",
              "income.generalBudget",
              "300.00",
              "expenditure.basic",
              "200.00",
              "expenditure.toAffiliated",
              "100.00",
              "fiscal.generalBudget.basic",
              "200.00")
          .economic("30101", "基本工资", "200.00")
          .build();

  /** 学校: 上级补助收入 100 (from 本级) and 事业收入 40; spends 140, hands 10 上缴上级. */
  private final FinalAccounts school =
      aDepartmentYear()
          .item(
              "2050201",
              "学前教育",
              "income.superior",
              "100.00",
              "income.business",
              "40.00",
              "expenditure.basic",
              "130.00",
              "expenditure.toSuperior",
              "10.00")
          .build();

  @Test
  @DisplayName("both sides in the set: 上级补助收入 and 对附属单位补助支出 are eliminated, totals shrink alike")
  void bothSidesPresentAreEliminated() {
    var run = new ConsolidateReports().run("某局汇总", UnitKind.OTHER, List.of(head, school));
    assertThat(run.result().eliminations())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.incomeCode()).isEqualTo("2050201");
              assertThat(e.expenditureCode()).isEqualTo("2050101");
              assertThat(e.amount()).isEqualTo(Amount.yuan("100.00"));
            });
    var t = run.checked().tables();
    assertThat(t.amountOrZero(CellRef.of("01", "4", 1))).isEqualTo(Amount.yuan("0.00"));
    assertThat(t.amountOrZero(CellRef.of("03", "合计", 6))).isEqualTo(Amount.yuan("0.00"));
    assertThat(t.amountOrZero(CellRef.of("01", "27", 1))).isEqualTo(Amount.yuan("340.00"));
    assertThat(t.amountOrZero(CellRef.of("01", "58", 2))).isEqualTo(Amount.yuan("340.00"));
    assertThat(run.checked().result().findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(run.result().notes())
        .singleElement()
        .satisfies(n -> assertThat(n).contains("上缴上级支出", "10.00", "未抵销", "附属单位上缴收入"));
  }

  @Test
  @DisplayName("one side missing: nothing is eliminated, and a note says why")
  void oneSideMissingIsNotEliminated() {
    var run = new ConsolidateReports().run("本级", UnitKind.OTHER, List.of(head));
    assertThat(run.result().eliminations()).isEmpty();
    assertThat(run.checked().tables().amountOrZero(CellRef.of("03", "合计", 6)))
        .isEqualTo(Amount.yuan("100.00"));
    assertThat(run.result().notes())
        .singleElement()
        .satisfies(n -> assertThat(n).contains("对附属单位补助支出 100.00 未抵销", "上级补助收入"));
  }

  @Test
  @DisplayName("sides of different size: the smaller amount is eliminated, the rest noted")
  void partlyMatchedSidesLeaveTheRest() {
    FinalAccounts bigSchool =
        aDepartmentYear()
            .item("2050201", "学前教育", "income.superior", "150.00", "expenditure.basic", "150.00")
            .build();
    var run = new ConsolidateReports().run("某局汇总", UnitKind.OTHER, List.of(head, bigSchool));
    assertThat(run.result().eliminations())
        .singleElement()
        .satisfies(e -> assertThat(e.amount()).isEqualTo(Amount.yuan("100.00")));
    assertThat(run.checked().tables().amountOrZero(CellRef.of("01", "4", 1)))
        .isEqualTo(Amount.yuan("50.00"));
    assertThat(run.result().notes()).anyMatch(n -> n.contains("上级补助收入 抵销后余 50.00"));
  }
}
