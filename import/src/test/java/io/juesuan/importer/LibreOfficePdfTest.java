package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.dataset.CellsCsv;
import io.juesuan.testkit.SampleDatasets;
import io.juesuan.testkit.SamplePdfs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A PDF from another producer (LibreOffice, from our DOCX): word-processor glyph order, CJK/Latin
 * auto-spacing and a 目录 that lists every table title before the tables.
 */
class LibreOfficePdfTest {
  private static final PublishedReport REPORT =
      new ReportImporter()
          .read("2023-caidian-example-libreoffice.pdf", SamplePdfs.caidianExampleViaLibreOffice());

  @Test
  @DisplayName("LibreOffice 生成的PDF：跳过目录中的表题，提取的单元格与数据集完全相同")
  void extractsExactlyTheDatasetsCells() {
    String expected =
        CellsCsv.write(new CheckReport().check(SampleDatasets.caidian2023()).tables());
    assertThat(CellsCsv.write(REPORT.tables())).isEqualTo(expected);
  }

  @Test
  @DisplayName("LibreOffice 生成的PDF：审核无错误、无警告")
  void auditFindsNoErrorOrWarning() {
    CheckResult r = new ReportAuditor().audit(REPORT);
    assertThat(r.findings())
        .filteredOn(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
        .isEmpty();
  }

  @Test
  @DisplayName("同一报告的版式文本（pdftotext -layout）：按字符列定位，单元格完全相同")
  void layoutTextIsReadByColumnPositions() {
    PublishedReport text = TextImporter.read("layout.txt", SamplePdfs.caidianExampleLayoutText());
    String expected =
        CellsCsv.write(new CheckReport().check(SampleDatasets.caidian2023()).tables());
    assertThat(CellsCsv.write(text.tables())).isEqualTo(expected);
    assertThat(new ReportAuditor().audit(text).findings())
        .filteredOn(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
        .isEmpty();
  }

  @Test
  void plainExtractionOrderIsNotTakenForLayoutText() {
    assertThat(TextImporter.isLayoutText(io.juesuan.testkit.SeedReportText.text().split("\n")))
        .isFalse();
    assertThat(TextImporter.isLayoutText(SamplePdfs.caidianExampleLayoutText().split("\n")))
        .isTrue();
  }
}
