package io.juesuan.importer.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.dataset.CellsCsv;
import io.juesuan.importer.ImportException;
import io.juesuan.importer.ReportImporter;
import io.juesuan.render.DisclosureRenderer;
import io.juesuan.testkit.SampleDatasets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A workbook of the nine 公开表 read as a report: our own XLSX (both editions, every fund filled),
 * with its sheets in another order and its amounts typed as plain numbers, gives back every cell.
 */
class WorkbookReportTest {
  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("caidian-2023", (Supplier<FinalAccounts>) SampleDatasets::caidian2023),
        Arguments.of(
            "shanghai-putuo-2024", (Supplier<FinalAccounts>) SampleDatasets::shanghaiPutuo2024),
        Arguments.of(
            "district-school-shanghai-2024",
            (Supplier<FinalAccounts>) SampleDatasets::districtSchoolShanghai2024));
  }

  private static List<String> printed(String csv) {
    return csv.lines().filter(l -> !l.endsWith(",0.00")).toList();
  }

  private static byte[] xlsx(FinalAccounts a) {
    DisclosureRenderer r = new DisclosureRenderer();
    return r.render(r.assemble(a), DocumentFormat.XLSX);
  }

  /** The workbook with its sheets reversed and every "#,##0.00" amount as a General number. */
  private static byte[] reshuffled(byte[] xlsx) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      int n = wb.getNumberOfSheets();
      for (int i = 0; i < n; i++) {
        wb.setSheetOrder(wb.getSheetName(n - 1), i);
      }
      var general = wb.createCellStyle();
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.NUMERIC) {
              cell.setCellStyle(general);
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static List<Finding> noisy(PublishedReport r) {
    return new ReportAuditor()
        .audit(r).findings().stream()
            .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
            .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  @DisplayName("公开表工作簿（本系统导出的 XLSX）读回每个单元格，表内无读取提示")
  void ourWorkbookIsReadBackExactly(String name, Supplier<FinalAccounts> example) throws Exception {
    FinalAccounts a = example.get();
    String expected = CellsCsv.write(new CheckReport().check(a).tables());
    for (byte[] workbook : List.of(xlsx(a), reshuffled(xlsx(a)))) {
      PublishedReport r = new ReportImporter().read(name + ".xlsx", workbook);
      assertThat(printed(CellsCsv.write(r.tables())))
          .containsExactlyInAnyOrderElementsOf(printed(expected));
      assertThat(r.readFindings()).isEmpty();
      // a workbook has no 情况说明: only completeness and 【待填写】 of the tables may be reported
      assertThat(noisy(r)).noneMatch(f -> f.rule().value().startsWith("T"));
      assertThat(noisy(r)).noneMatch(f -> f.rule().value().startsWith("X"));
    }
  }

  @Test
  @DisplayName("不是工作簿的 ZIP、损坏的工作簿：中文说明哪个文件无法读取")
  void aDamagedWorkbookIsAClearError() {
    byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0};
    assertThatThrownBy(() -> new ReportImporter().read("坏的.xlsx", zip))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("坏的.xlsx")
        .hasMessageContaining("无法读取工作簿");
  }
}
