package io.juesuan.core.consolidation;

import static io.juesuan.core.Fixtures.aDepartmentYear;
import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.money.Amount;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.report.UnitKind;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.usecase.ConsolidateReports;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 穿透: a 汇总 cell back to the departments' figures and the eliminations. */
class DrillDownTest {
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
          .build();
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
              "140.00")
          .build();

  @Test
  @DisplayName("a cell both parts fill: each part's figure, their sum equals the 汇总")
  void cellFromBothParts() {
    var run = new ConsolidateReports().run("汇总", UnitKind.OTHER, List.of(head, school));
    DrillDown d = DrillDown.of(run.checked().tables(), List.of(head, school));
    DrillDown.Source s = d.source(CellRef.of("01", "27", 1));
    assertThat(s.contributions())
        .extracting(DrillDown.Contribution::index, DrillDown.Contribution::amount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, Amount.yuan("300.00")),
            org.assertj.core.groups.Tuple.tuple(1, Amount.yuan("140.00")));
    assertThat(s.partsTotal()).isEqualTo(Amount.yuan("440.00"));
    assertThat(s.consolidated()).isEqualTo(Amount.yuan("340.00"));
    assertThat(s.eliminated()).isEqualTo(Amount.yuan("100.00"));
  }

  @Test
  @DisplayName("an eliminated transfer: the part shows it, the 汇总 does not, the difference says so")
  void eliminatedCell() {
    var run = new ConsolidateReports().run("汇总", UnitKind.OTHER, List.of(head, school));
    DrillDown d = DrillDown.of(run.checked().tables(), List.of(head, school));
    DrillDown.Source s = d.source(CellRef.of("01", "4", 1));
    assertThat(s.contributions())
        .singleElement()
        .satisfies(c -> assertThat(c.index()).isEqualTo(1));
    assertThat(s.consolidated()).isEqualTo(Amount.yuan("0.00"));
    assertThat(s.eliminated()).isEqualTo(Amount.yuan("100.00"));
  }

  @Test
  @DisplayName("nothing eliminated: the parts add up to the 汇总 exactly")
  void partsAddUp() {
    var run = new ConsolidateReports().run("汇总", UnitKind.OTHER, List.of(school, school));
    DrillDown.Source s =
        DrillDown.of(run.checked().tables(), List.of(school, school))
            .source(CellRef.of("01", "27", 1));
    assertThat(s.contributions()).hasSize(2);
    assertThat(s.eliminated().isZero()).isTrue();
    assertThat(s.consolidated()).isEqualTo(Amount.yuan("280.00"));
  }
}
