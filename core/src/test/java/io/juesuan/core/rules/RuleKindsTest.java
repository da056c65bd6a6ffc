package io.juesuan.core.rules;

import static io.juesuan.core.Fixtures.aDepartmentYear;
import static io.juesuan.core.Fixtures.aTableSet;
import static io.juesuan.core.Fixtures.aTableSetInYuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.edition.Edition;
import io.juesuan.core.edition.Editions;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.table.TableSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule kind with a passing and a failing case. */
class RuleKindsTest {
  static final Edition NATIONAL = Editions.installed().get("national-2023");

  static CheckResult run(String ruleLine, TableSet tables) {
    return run(ruleLine, tables, Optional.empty());
  }

  static CheckResult run(String ruleLine, TableSet tables, Optional<FinalAccounts> accounts) {
    RuleCatalog catalog = RuleCatalog.parse("test.rules", List.of(ruleLine), NATIONAL.layouts());
    return new Checker(catalog)
        .check(
            new CheckContext(
                tables,
                accounts,
                NATIONAL.catalog(),
                NATIONAL.layouts(),
                accounts.map(a -> NATIONAL.writer())));
  }

  @Nested
  @DisplayName("formula")
  class Formula {
    static final String RULE = "T01-27\terror\tformula\t01.27.1 = 01.1..8.1\t01表 27行＝1至8行之和";

    @ParameterizedTest(name = "27={0}, 1={1}, 8={2} → {3}")
    @CsvSource({
      "990.75, 990.24, 0.51, none",
      "990.75, 990.24, 0.50, rounding",
      "990.77, 990.24, 0.50, error",
      "1000.00, 990.24, 0.50, error"
    })
    void classifiesDifferencesByTolerance(
        String total, String fiscal, String other, String expected) {
      TableSet t =
          aTableSet()
              .cell("01", "27", 1, total)
              .cell("01", "1", 1, fiscal)
              .cell("01", "8", 1, other)
              .build();
      CheckResult r = run(RULE, t);
      if (expected.equals("none")) {
        assertThat(r.findings()).isEmpty();
      } else {
        assertThat(r.findings())
            .singleElement()
            .satisfies(
                f -> {
                  assertThat(f.severity().code()).isEqualTo(expected);
                  assertThat(f.location().describe()).isEqualTo("01表 27行 1栏");
                  assertThat(f.expected()).hasValue("990.74");
                });
      }
    }

    @Test
    @DisplayName("figures in 元 have zero tolerance")
    void yuanHasNoTolerance() {
      TableSet t =
          aTableSetInYuan().cell("01", "27", 1, "100.01").cell("01", "1", 1, "100.00").build();
      assertThat(run(RULE, t).findings())
          .singleElement()
          .extracting(Finding::severity)
          .isEqualTo(Severity.ERROR);
    }

    @Test
    void everyRowVariable() {
      String rule = "T02-COL\terror\tformula\t02.*.1 = 02.*.2 + 02.*.7\t02表 1栏＝2至7栏之和";
      TableSet ok =
          aTableSet()
              .cell("02", "合计", 1, "10.00")
              .cell("02", "合计", 2, "9.00")
              .cell("02", "合计", 7, "1.00")
              .build();
      TableSet bad =
          aTableSet()
              .cell("02", "合计", 1, "10.00")
              .cell("02", "合计", 2, "9.00")
              .cell("02", "201", 1, "5.00")
              .cell("02", "201", 2, "4.00")
              .build();
      assertThat(run(rule, ok).findings()).isEmpty();
      assertThat(run(rule, bad).findings())
          .extracting(f -> f.location().describe())
          .containsExactly("02表 合计 1栏", "02表 201 1栏");
    }

    @Test
    @DisplayName("{类} finds 01表 rows through the layout's codes")
    void categoryVariable() {
      String rule = "X01-03-CAT\terror\tformula\t01.{类}.2 = 03.{类}.1\t01表 各类支出＝03表 对应类";
      TableSet ok =
          aTableSet().cell("01", "32", 2, "746.84").cell("03", "201", 1, "746.84").build();
      TableSet bad =
          aTableSet()
              .cell("01", "32", 2, "746.84")
              .cell("03", "201", 1, "746.34")
              .cell("03", "221", 1, "87.08")
              .build();
      assertThat(run(rule, ok).findings()).isEmpty();
      assertThat(run(rule, bad).findings())
          .extracting(f -> f.location().describe() + " " + f.severity().code())
          .containsExactly("01表 32行 2栏 error", "01表 50行 2栏 error");
    }

    @Test
    void lessOrEqualOverEveryCode() {
      String rule = "X05-03\terror\tformula\t05.{code}.1 <= 03.{code}.1\t05表 不应大于 03表";
      TableSet ok =
          aTableSet().cell("05", "2013602", 1, "124.09").cell("03", "2013602", 1, "124.59").build();
      TableSet bad =
          aTableSet().cell("05", "2013602", 1, "125.09").cell("03", "2013602", 1, "124.59").build();
      assertThat(run(rule, ok).findings()).isEmpty();
      assertThat(run(rule, bad).findings())
          .singleElement()
          .extracting(Finding::severity)
          .isEqualTo(Severity.ERROR);
    }

    @Test
    void greaterOrEqual() {
      String rule = "X09-06\terror\tformula\t09.1.11 >= 06.30231.1\t三公 公务用车运行费不小于 30231";
      assertThat(
              run(
                      rule,
                      aTableSet()
                          .cell("09", "1", 11, "10.69")
                          .cell("06", "30231", 1, "10.69")
                          .build())
                  .findings())
          .isEmpty();
      assertThat(
              run(
                      rule,
                      aTableSet()
                          .cell("09", "1", 11, "5.00")
                          .cell("06", "30231", 1, "10.69")
                          .build())
                  .findings())
          .hasSize(1);
    }

    @Test
    @DisplayName("a missing table or missing facts make the check skipped, not passed")
    void skipsWhatItCannotCheck() {
      CheckResult noTable =
          run(
              "X09-06\terror\tformula\t09.1.11 >= 06.30231.1\t三公",
              aTableSet().cell("06", "30231", 1, "1.00").build());
      assertThat(noTable.skipped())
          .singleElement()
          .extracting(SkippedCheck::reason)
          .isEqualTo("报告中没有公开09表");
      String factRule =
          "L-PROC\terror\tformula\t$procurement.smallMicro <= $procurement.sme.services\t小微不大于中小";
      assertThat(run(factRule, aTableSet().build()).skipped()).hasSize(1);
      FinalAccounts bad =
          aDepartmentYear()
              .fact("procurement.smallMicro", "2.00")
              .fact("procurement.sme.services", "1.00")
              .build();
      FinalAccounts ok =
          aDepartmentYear()
              .fact("procurement.smallMicro", "1.00")
              .fact("procurement.sme.services", "1.00")
              .build();
      assertThat(run(factRule, aTableSetInYuan().build(), Optional.of(bad)).findings()).hasSize(1);
      assertThat(run(factRule, aTableSetInYuan().build(), Optional.of(ok)).findings()).isEmpty();
    }
  }

  @Nested
  @DisplayName("hierarchy")
  class Hierarchy {
    static final String RULE = "T02-HIER\terror\thierarchy\t02\t02表 层级汇总";

    @Test
    void passesWhenEveryLevelAddsUp() {
      TableSet t =
          aTableSet()
              .cell("02", "合计", 1, "30.00")
              .cell("02", "201", 1, "30.00")
              .cell("02", "20136", 1, "30.00")
              .cell("02", "2013601", 1, "20.00")
              .cell("02", "2013602", 1, "10.00")
              .build();
      assertThat(run(RULE, t).findings()).isEmpty();
    }

    @Test
    void reportsTheParentThatDoesNotAddUp() {
      TableSet t =
          aTableSet()
              .cell("02", "合计", 1, "30.00")
              .cell("02", "201", 1, "30.00")
              .cell("02", "20136", 1, "31.00")
              .cell("02", "2013601", 1, "20.00")
              .cell("02", "2013602", 1, "10.00")
              .build();
      assertThat(run(RULE, t).findings())
          .extracting(f -> f.location().describe() + " " + f.severity().code())
          .containsExactly("02表 201 1栏 error", "02表 20136 1栏 error");
    }
  }

  @Test
  @DisplayName("nonnegative")
  void nonNegative() {
    String rule = "L-NONNEG\twarning\tnonnegative\t02,03\t金额不应为负数";
    assertThat(run(rule, aTableSet().cell("02", "合计", 1, "1.00").build()).findings()).isEmpty();
    assertThat(run(rule, aTableSet().cell("03", "合计", 2, "-1.00").build()).findings())
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.WARNING);
  }

  @Test
  @DisplayName("catalog: unknown code and wrong name")
  void catalogNames() {
    String rule = "L-CATALOG\twarning\tcatalog\t02\t科目名称应与目录一致";
    assertThat(
            run(
                    rule,
                    NATIONAL
                        .deriver()
                        .derive(
                            aDepartmentYear()
                                .item("2013601", "行政运行", "income.generalBudget", "1.00")
                                .build())
                        .toWanYuan())
                .findings())
        .isEmpty();
    var unknown =
        run(
            rule,
            NATIONAL
                .deriver()
                .derive(
                    aDepartmentYear()
                        .item("2019999", "某项支出", "income.generalBudget", "1.00")
                        .build())
                .toWanYuan());
    assertThat(unknown.findings())
        .extracting(Finding::message)
        .anyMatch(m -> m.contains("2019999") && m.contains("不在"));
    var wrongName =
        run(
            rule,
            NATIONAL
                .deriver()
                .derive(
                    aDepartmentYear()
                        .item("2013601", "财政事务", "income.generalBudget", "1.00")
                        .build())
                .toWanYuan());
    assertThat(wrongName.findings())
        .singleElement()
        .extracting(Finding::message)
        .asString()
        .contains("应为“行政运行”");
  }

  @Test
  @DisplayName("category-rows: every 类 has its 01表 row")
  void categoryRows() {
    String rule = "L-CAT-ROWS\terror\tcategory-rows\t01<-03\t类级科目应在01表有行次";
    assertThat(run(rule, aTableSet().cell("03", "201", 1, "1.00").build()).findings()).isEmpty();
    assertThat(run(rule, aTableSet().cell("03", "227", 1, "1.00").build()).findings()).hasSize(1);
  }

  @Test
  @DisplayName("required: facts and texts the narrative needs")
  void required() {
    String rule = "R-PRIOR\twarning\trequired\tpriorYear.total,reasons.totalChange\t需要上年数和原因";
    FinalAccounts missing = aDepartmentYear().build();
    FinalAccounts given =
        aDepartmentYear()
            .fact("priorYear.total", "1.00")
            .text("reasons.totalChange", "人员增加")
            .build();
    assertThat(run(rule, aTableSetInYuan().build(), Optional.of(missing)).findings())
        .hasSize(2)
        .allMatch(f -> f.severity() == Severity.WARNING);
    assertThat(run(rule, aTableSetInYuan().build(), Optional.of(given)).findings()).isEmpty();
  }

  @Test
  @DisplayName("operating-costs: 机关运行经费 = 06表 公用经费合计")
  void operatingCosts() {
    String rule = "L-OPCOST\terror\toperating-costs\t06.公用经费合计.1\t机关运行经费＝公用经费合计";
    TableSet t = aTableSetInYuan().cell("06", "公用经费合计", 1, "280900.00").build();
    FinalAccounts same = aDepartmentYear().fact("operatingCosts.amount", "280900.00").build();
    FinalAccounts other = aDepartmentYear().fact("operatingCosts.amount", "300000.00").build();
    assertThat(run(rule, t, Optional.of(same)).findings()).isEmpty();
    assertThat(run(rule, t, Optional.of(other)).findings())
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.ERROR);
  }
}
