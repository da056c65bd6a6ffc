package io.juesuan.core.consolidation;

import static io.juesuan.core.Fixtures.aDepartmentYear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.juesuan.core.money.Amount;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.usecase.ConsolidateReports;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsolidationTest {
  private final FinalAccounts a =
      aDepartmentYear()
          .item(
              "2013601",
              "行政运行",
              "income.generalBudget",
              "100.00",
              "expenditure.basic",
              "100.00",
              "fiscal.generalBudget.basic",
              "100.00")
          .economic("30101", "基本工资", "100.00")
          .fact("priorYear.total", "90.00")
          .build();
  private final FinalAccounts b =
      aDepartmentYear()
          .item(
              "2013601",
              "行政运行",
              "income.generalBudget",
              "50.00",
              "expenditure.basic",
              "50.00",
              "fiscal.generalBudget.basic",
              "50.00")
          .item("2080505", "机关事业单位基本养老保险缴费支出", "income.other", "7.00", "expenditure.basic", "7.00")
          .economic("30101", "基本工资", "50.00")
          .fact("priorYear.total", "10.00")
          .build();

  @Test
  @DisplayName("汇总 adds leaf facts; the consolidated tables are derived and consistent")
  void addsLeafFactsAndDerivesConsistentTables() {
    var checked = new ConsolidateReports().consolidate("某区汇总", UnitKind.OTHER, List.of(a, b));
    assertThat(checked.tables().amountOrZero(CellRef.of("01", "27", 1)))
        .isEqualTo(Amount.yuan("157.00"));
    assertThat(checked.tables().amountOrZero(CellRef.of("02", "2013601", 1)))
        .isEqualTo(Amount.yuan("150.00"));
    assertThat(checked.tables().amountOrZero(CellRef.of("06", "30101", 1)))
        .isEqualTo(Amount.yuan("150.00"));
    assertThat(checked.result().findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    FinalAccounts sum = new ConsolidateReports().accounts("某区汇总", UnitKind.OTHER, List.of(a, b));
    assertThat(sum.facts().fact(io.juesuan.core.report.Fact.PRIOR_TOTAL))
        .hasValue(Amount.yuan("100.00"));
    assertThat(sum.department().units()).hasSize(2);
  }

  @Test
  void refusesDifferentYearsOrUnits() {
    assertThatThrownBy(() -> Consolidation.of("x", UnitKind.OTHER, List.of()))
        .hasMessageContaining("至少");
  }
}
