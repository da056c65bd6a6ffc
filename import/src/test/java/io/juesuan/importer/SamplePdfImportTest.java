package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.audit.TablePresence;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.table.CellRef;
import io.juesuan.testkit.SamplePdfs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The real 2024 上海 report (another layout: no 行次/栏次, 三公 table seventh, 预算/决算 side by side). */
class SamplePdfImportTest {
  private static final PublishedReport PUTUO =
      new ReportImporter().read("2024-shanghai-putuo-ghzyj.pdf", SamplePdfs.putuoPlanning2024());

  @Test
  @DisplayName("上海样本PDF：九张表都找到，01–06、09表有数字，07、08表有无数据说明")
  void findsTheNineTables() {
    assertThat(PUTUO.layout()).isEqualTo("shanghai-2024");
    assertThat(PUTUO.fiscalYear()).hasValue(2024);
    assertThat(PUTUO.presence()).hasSize(9).allMatch(TablePresence::titleFound);
    assertThat(PUTUO.presence())
        .filteredOn(p -> !p.hasFigures())
        .extracting(p -> p.table().value())
        .containsExactly("07", "08");
    assertThat(PUTUO.readFindings()).isEmpty();
  }

  @Test
  @DisplayName("上海样本PDF：按标签读行、按公式和其他表定栏")
  void readsCellsOfTheShanghaiLayout() {
    assertThat(value("01", "31", 1)).isEqualTo("9859.38");
    assertThat(value("01", "50", 2)).isEqualTo("461.08");
    assertThat(value("02", "合计", 2)).isEqualTo("9746.50");
    assertThat(value("03", "2120101", 3)).isEqualTo("8.77");
    assertThat(value("04", "64", 3)).isEqualTo("9746.50");
    assertThat(value("05", "合计", 2)).isEqualTo("5364.75");
    assertThat(value("06", "公用经费合计", 1)).isEqualTo("480.66");
    assertThat(value("09", "1", 6)).isEqualTo("2.85");
    assertThat(value("09", "1", 12)).isEqualTo("0.39");
  }

  @Test
  @DisplayName("上海样本PDF：审核运行表内表间规则，报告名称不一致、科目名称错误和说明数字不符")
  void auditRunsTheTableChecksAndReportsWhatItFinds() {
    CheckResult r = new ReportAuditor().audit(PUTUO);
    assertThat(r.rulesRun()).isGreaterThan(60);
    assertThat(r.findings())
        .extracting(f -> f.rule().value())
        .contains("K-NAME", "N-NAME", "N-AMOUNT", "T05-COL", "X01-03-CAT");
    assertThat(r.findings()).anyMatch(f -> f.actual().orElse("").equals("上海市普陀区规划与自然资源局"));
  }

  private static String value(String table, String row, int column) {
    return PUTUO
        .tables()
        .cell(CellRef.of(table, row, column))
        .amountOrZero(PUTUO.tables().unit())
        .plain();
  }
}
