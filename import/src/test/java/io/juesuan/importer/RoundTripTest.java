package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.port.DocumentRenderer;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.dataset.CellsCsv;
import io.juesuan.testkit.SampleDatasets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 往返: the example department rendered to PDF (render module) and read back gives exactly the
 * dataset's cells, and its audit finds no error and no warning. Skipped when the render module is
 * not on the test classpath.
 */
class RoundTripTest {
  private static FinalAccounts accounts;
  private static PublishedReport imported;

  @BeforeAll
  static void renderAndImport() throws ReflectiveOperationException {
    Class<?> renderer;
    try {
      renderer = Class.forName("io.juesuan.render.DisclosureRenderer");
    } catch (ClassNotFoundException e) {
      Assumptions.abort("render 模块不在类路径上，跳过往返测试");
      return;
    }
    accounts = SampleDatasets.caidian2023();
    byte[] pdf =
        ((DocumentRenderer) renderer.getConstructor().newInstance())
            .render(accounts, DocumentFormat.PDF);
    imported = new ReportImporter().read("rendered.pdf", pdf);
  }

  @Test
  @DisplayName("往返：提取渲染的PDF，单元格与数据集完全相同")
  void extractOfRenderedPdfEqualsTheDatasetsCells() {
    String expected = CellsCsv.write(new CheckReport().check(accounts).tables());
    assertThat(CellsCsv.write(imported.tables())).isEqualTo(expected);
    assertThat(imported.readFindings()).isEmpty();
  }

  @Test
  @DisplayName("往返：审核渲染的PDF，无错误、无警告")
  void auditOfRenderedPdfHasNoErrorsOrWarnings() {
    CheckResult r = new ReportAuditor().audit(imported);
    assertThat(r.findings())
        .filteredOn(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
        .isEmpty();
  }
}
