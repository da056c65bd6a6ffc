package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.money.AmountUnit;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.dataset.CellsCsv;
import io.juesuan.render.DisclosureRenderer;
import io.juesuan.render.html.HtmlWriter;
import io.juesuan.testkit.SampleDatasets;
import io.juesuan.testkit.zoo.LayoutZoo;
import io.juesuan.testkit.zoo.LayoutZoo.Defect;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tables printed in 元 ("单位：元") while the narrative cites 万元, as some districts publish: the figures
 * are taken in the unit their table states, never as 万元 — otherwise every narrative figure
 * "differs" by a factor of 10,000. Built on the 上海 example, whose figures are whole 0.01 万元.
 */
class YuanTablesTest {
  private static final Set<String> ALL =
      Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09");

  private static String html() {
    return new HtmlWriter(HtmlWriter.Mode.PDF)
        .write(new DisclosureRenderer().assemble(SampleDatasets.shanghaiPutuo2024()));
  }

  private static PublishedReport read(String name, String html) {
    return new ReportImporter().read(name + ".pdf", LayoutZoo.pdf(html));
  }

  private static List<Finding> noisy(CheckResult r) {
    return r.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
        .toList();
  }

  /** The cells that print a figure (the 上海 06表 prints its empty cells as 0.00). */
  private static List<String> nonZero(String csv) {
    return csv.lines().filter(l -> !l.endsWith(",0.00")).toList();
  }

  private static String expectedCells() {
    return CellsCsv.write(new CheckReport().check(SampleDatasets.shanghaiPutuo2024()).tables());
  }

  @Test
  @DisplayName("九张表都以元列示：按元读入（表内核对精确），说明中的万元按四舍五入核对，审核无错误、无警告")
  void tablesInYuanAreReadInYuan() {
    PublishedReport r = read("yuan", LayoutZoo.tablesInYuan(html(), ALL));
    assertThat(r.tables().unit()).isEqualTo(AmountUnit.YUAN);
    assertThat(nonZero(CellsCsv.write(r.tables()))).isEqualTo(nonZero(expectedCells()));
    assertThat(r.readFindings()).isEmpty();
    assertThat(noisy(new ReportAuditor().audit(r))).isEmpty();
  }

  @Test
  @DisplayName("只有部分表以元列示：这些表换算为万元（逐格四舍五入），其余照读")
  void someTablesInYuanAreConverted() {
    PublishedReport r = read("mixed", LayoutZoo.tablesInYuan(html(), Set.of("01", "06")));
    assertThat(r.tables().unit()).isEqualTo(AmountUnit.WAN_YUAN);
    assertThat(nonZero(CellsCsv.write(r.tables()))).isEqualTo(nonZero(expectedCells()));
    assertThat(r.readFindings()).isEmpty();
    assertThat(noisy(new ReportAuditor().audit(r))).isEmpty();
  }

  @Test
  @DisplayName("以元列示的报告中注入的说明缺陷仍被找到，且只有它")
  void injectedDefectIsStillFound() {
    LayoutZoo.Injected injected = LayoutZoo.inject(html(), Defect.AMOUNT_CHANGED);
    PublishedReport r = read("yuan-defect", LayoutZoo.tablesInYuan(injected.html(), ALL));
    assertThat(noisy(new ReportAuditor().audit(r)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().value()).isEqualTo("N-AMOUNT");
              assertThat(f.actual().orElse("")).contains(injected.after());
            });
  }
}
