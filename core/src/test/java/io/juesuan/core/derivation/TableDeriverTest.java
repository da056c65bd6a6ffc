package io.juesuan.core.derivation;

import static io.juesuan.core.Fixtures.aDepartmentYear;
import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.edition.Editions;
import io.juesuan.core.money.Amount;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableSet;
import io.juesuan.core.usecase.CheckReport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TableDeriverTest {
  private final FinalAccounts accounts =
      aDepartmentYear()
          .item(
              "2013601",
              "行政运行",
              "income.generalBudget",
              "1000000.00",
              "expenditure.basic",
              "800000.00",
              "expenditure.project",
              "200000.00",
              "fiscal.generalBudget.basic",
              "800000.00",
              "fiscal.generalBudget.project",
              "200000.00")
          .item(
              "2080505",
              "机关事业单位基本养老保险缴费支出",
              "income.generalBudget",
              "300000.00",
              "income.other",
              "5049.00",
              "expenditure.basic",
              "305049.00",
              "fiscal.generalBudget.basic",
              "300000.00")
          .economic("30101", "基本工资", "600000.00")
          .economic("30201", "办公费", "500000.00")
          .build();
  private final TableSet tables =
      Editions.installed().get("national-2023").deriver().derive(accounts);

  private Amount cell(String t, String r, int c) {
    return tables.amountOrZero(CellRef.of(t, r, c));
  }

  @Test
  @DisplayName("01表 income rows by source and the printed totals")
  void derivesIncomeAndExpenditureSummary() {
    assertThat(cell("01", "1", 1)).isEqualTo(Amount.yuan("1300000.00"));
    assertThat(cell("01", "8", 1)).isEqualTo(Amount.yuan("5049.00"));
    assertThat(cell("01", "27", 1)).isEqualTo(Amount.yuan("1305049.00"));
    assertThat(cell("01", "32", 2)).isEqualTo(Amount.yuan("1000000.00"));
    assertThat(cell("01", "39", 2)).isEqualTo(Amount.yuan("305049.00"));
    assertThat(cell("01", "62", 2)).isEqualTo(cell("01", "31", 1));
    assertThat(tables.cell(CellRef.of("01", "60", 2)).isBlank()).isTrue();
  }

  @Test
  @DisplayName("02/03/05表: 合计, then 类/款/项 in code order")
  void derivesClassifiedRowsInHierarchyOrder() {
    assertThat(tables.table(TableId.of("02")).orElseThrow().rows())
        .extracting(r -> r.no().value())
        .containsExactly("合计", "201", "20136", "2013601", "208", "20805", "2080505");
    assertThat(tables.table(TableId.of("02")).orElseThrow().rows().get(1).label())
        .isEqualTo("一般公共服务支出");
    assertThat(cell("02", "合计", 2)).isEqualTo(Amount.yuan("1300000.00"));
    assertThat(cell("02", "208", 7)).isEqualTo(Amount.yuan("5049.00"));
    assertThat(cell("03", "201", 3)).isEqualTo(Amount.yuan("200000.00"));
    assertThat(cell("05", "合计", 2)).isEqualTo(Amount.yuan("1100000.00"));
    assertThat(cell("04", "59", 3)).isEqualTo(Amount.yuan("1300000.00"));
  }

  @Test
  @DisplayName("06表: 款 rows, 类 sums and 人员/公用经费合计")
  void derivesEconomicTable() {
    assertThat(cell("06", "301", 1)).isEqualTo(Amount.yuan("600000.00"));
    assertThat(cell("06", "人员经费合计", 1)).isEqualTo(Amount.yuan("600000.00"));
    assertThat(cell("06", "公用经费合计", 1)).isEqualTo(Amount.yuan("500000.00"));
  }

  @Test
  void emptyFundTablesHaveNoFigures() {
    assertThat(tables.table(TableId.of("07")).orElseThrow().hasFigures()).isFalse();
    assertThat(tables.table(TableId.of("08")).orElseThrow().hasFigures()).isFalse();
  }

  @Test
  @DisplayName("元 → 万元 in exactly one place, each cell on its own")
  void publishedTablesRoundEachCell() {
    TableSet published = tables.toWanYuan();
    assertThat(published.amountOrZero(CellRef.of("01", "8", 1))).isEqualTo(Amount.wan("0.50"));
    assertThat(published.amountOrZero(CellRef.of("01", "27", 1))).isEqualTo(Amount.wan("130.50"));
  }

  @Test
  void derivedTablesAreConsistentByConstruction() {
    var result = new CheckReport().check(accounts).result();
    assertThat(result.findings())
        .filteredOn(
            f ->
                f.severity() != io.juesuan.core.rules.Severity.WARNING
                    && f.severity() != io.juesuan.core.rules.Severity.INFO)
        .isEmpty();
  }
}
