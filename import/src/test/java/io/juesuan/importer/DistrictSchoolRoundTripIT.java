package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.money.Amount;
import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.TableId;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.dataset.CellsCsv;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.DisclosureRenderer;
import io.juesuan.render.check.SelfCheck;
import io.juesuan.testkit.SampleDatasets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 往返 on {@code examples/district-school-2023} (a 事业单位 department with every income source and
 * expenditure type, 07/08表 non-empty, balances, every 三公 item, codes outside the catalog and three
 * texts left out on purpose): validate, render all four formats, read every format back, extract
 * and audit the PDF.
 */
class DistrictSchoolRoundTripIT {
  private static final int PENDING_TEXTS = 3;
  private static FinalAccounts accounts;
  private static CheckReport.Checked checked;
  private static DisclosureDocument doc;
  private static byte[] pdf;
  private static PublishedReport imported;

  @BeforeAll
  static void renderAndImport() {
    accounts = SampleDatasets.districtSchool2023();
    checked = new CheckReport().check(accounts);
    DisclosureRenderer renderer = new DisclosureRenderer();
    doc = renderer.assemble(accounts);
    pdf = renderer.render(doc, DocumentFormat.PDF);
    imported = new ReportImporter().read("district-school-2023.pdf", pdf);
  }

  @Test
  @DisplayName("校验：无错误；警告只有目录外科目和三处有意留空的文字")
  void validationHasNoErrorsAndWarnsAboutEachPendingText() {
    List<Finding> findings = checked.result().findings();
    assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertThat(findings)
        .filteredOn(f -> f.severity() == Severity.WARNING)
        .extracting(f -> f.rule().value())
        .containsOnly("L-CATALOG", "R-TEXT");
    assertThat(findings)
        .filteredOn(f -> f.rule().value().equals("R-TEXT"))
        .extracting(Finding::message)
        .hasSize(PENDING_TEXTS)
        .anyMatch(m -> m.contains("财政拨款收支总计增减变化"))
        .anyMatch(m -> m.contains("2210203"))
        .anyMatch(m -> m.contains("公务用车购置费"));
    assertThat(findings)
        .filteredOn(f -> f.rule().value().equals("L-CATALOG"))
        .extracting(f -> f.location().toString())
        .allMatch(
            l ->
                l.contains("22960")
                    || l.contains("2296004")
                    || l.contains("22301")
                    || l.contains("2230199"));
  }

  @Test
  @DisplayName("所有表都有数：07、08表不空，01表 28/29/59/60、04表 28–31/60–63 不为零")
  void everyTableAndBalanceRowIsFilled() {
    var t = checked.tables().toWanYuan();
    for (int i = 1; i <= 9; i++) {
      assertThat(t.table(TableId.of("0" + i)).orElseThrow().hasFigures()).as("0" + i).isTrue();
    }
    for (String cell :
        List.of(
            "01.28.1", "01.29.1", "01.59.2", "01.60.2", "04.28.1", "04.29.1", "04.30.1", "04.31.1",
            "04.60.2", "04.61.3", "04.62.4", "04.63.5")) {
      String[] p = cell.split("\\.");
      assertThat(t.amountOrZero(CellRef.of(p[0], p[1], Integer.parseInt(p[2]))).isZero())
          .as(cell)
          .isFalse();
    }
  }

  @Test
  @DisplayName("往返：提取渲染的PDF，单元格与推导的公开表完全相同（SPEC §8 CSV）")
  void extractOfRenderedPdfEqualsTheDerivedCells() {
    assertThat(CellsCsv.write(imported.tables())).isEqualTo(CellsCsv.write(checked.tables()));
    assertThat(imported.readFindings()).isEmpty();
    assertThat(imported.department()).hasValue("武汉市云溪区教育事业发展中心");
    for (String t : List.of("02", "03", "05", "06", "07", "08")) {
      var derived = checked.tables().table(TableId.of(t)).orElseThrow();
      var read = imported.tables().table(TableId.of(t)).orElseThrow();
      assertThat(read.rows())
          .as(t + "表 行序")
          .extracting(r -> r.no().value())
          .containsSubsequence(
              derived.rows().stream()
                  .filter(r -> !derived.rowCells(r.no()).isEmpty())
                  .map(r -> r.no().value())
                  .toList());
    }
    assertThat(
            imported
                .tables()
                .table(TableId.of("02"))
                .orElseThrow()
                .row(io.juesuan.core.table.RowNo.of("22960"))
                .orElseThrow()
                .label())
        .as("续页重复的表头不并入上一页末行的科目名称")
        .isEqualTo("彩票公益金安排的支出");
  }

  @Test
  @DisplayName("往返：审核渲染的PDF，无错误；警告只有待填写；尾数差异都是数据本身在万元下的尾数差")
  void auditOfRenderedPdfHasNoErrorsAndOnlyThePendingTexts() {
    CheckResult r = new ReportAuditor().audit(imported);
    assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertThat(r.findings())
        .filteredOn(f -> f.severity() == Severity.WARNING)
        .extracting(f -> f.rule().value())
        .hasSize(PENDING_TEXTS)
        .containsOnly("R-TODO");
    Set<String> ofData =
        roundingAt(
            new CheckReport().check(checked.tables().toWanYuan(), checked.edition()).findings());
    assertThat(roundingAt(r.findings())).isNotEmpty().isSubsetOf(ofData);
  }

  private static Set<String> roundingAt(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.severity() == Severity.ROUNDING_DIFFERENCE)
        .map(f -> f.rule().value() + " " + f.location())
        .collect(Collectors.toSet());
  }

  @Test
  @DisplayName("PDF 自检通过；DOCX、XLSX、HTML 读回的数字与公开表一致")
  void everyFormatCarriesTheSameFigures() throws IOException {
    DisclosureRenderer renderer = new DisclosureRenderer();
    assertThat(SelfCheck.check(doc, io.juesuan.render.check.PdfText.of(pdf))).isEmpty();
    String html =
        Jsoup.parse(new String(renderer.render(doc, DocumentFormat.HTML), StandardCharsets.UTF_8))
            .text();
    String docx;
    try (XWPFDocument d =
        new XWPFDocument(new ByteArrayInputStream(renderer.render(doc, DocumentFormat.DOCX)))) {
      docx = new XWPFWordExtractor(d).getText();
    }
    List<Double> xlsx = new ArrayList<>();
    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(renderer.render(doc, DocumentFormat.XLSX)))) {
      for (int i = 1; i <= 9; i++) {
        for (Row row : wb.getSheet("公开0" + i + "表")) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.NUMERIC) {
              xlsx.add(c.getNumericCellValue());
            }
          }
        }
      }
    }
    for (Map.Entry<CellRef, Amount> cell : doc.tables().cells()) {
      String plain = cell.getValue().plain();
      assertThat(html).as("HTML " + cell.getKey().label()).contains(plain);
      assertThat(docx).as("DOCX " + cell.getKey().label()).contains(plain);
      assertThat(xlsx)
          .as("XLSX " + cell.getKey().label())
          .contains(cell.getValue().value().doubleValue());
    }
    for (var s : doc.text().sentences()) {
      assertThat(SelfCheck.normalize(html)).contains(SelfCheck.normalize(s.text()));
      assertThat(SelfCheck.normalize(docx)).contains(SelfCheck.normalize(s.text()));
    }
  }
}
