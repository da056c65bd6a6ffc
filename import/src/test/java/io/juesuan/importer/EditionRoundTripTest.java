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
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 版本往返: each example rendered in its own edition (湖北 2023 with 行次/栏次, 上海 2024 without) and read
 * back gives exactly its cells (a 0.00 the edition prints equals a blank), the reader recognises
 * the edition, and the audit of the rendered PDF finds no error and no warning.
 */
class EditionRoundTripTest {
  private static final Map<String, Supplier<FinalAccounts>> EXAMPLES =
      Map.of(
          "caidian-2023", SampleDatasets::caidian2023,
          "shanghai-putuo-2024", SampleDatasets::shanghaiPutuo2024);
  private static final Map<String, String> EDITIONS =
      Map.of("caidian-2023", "hubei-2023", "shanghai-putuo-2024", "shanghai-2024");
  private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();

  private record Rendered(FinalAccounts accounts, byte[] pdf, PublishedReport imported) {}

  private static Rendered rendered(String example) {
    return CACHE.computeIfAbsent(
        example,
        e -> {
          DocumentRenderer renderer;
          try {
            renderer =
                (DocumentRenderer)
                    Class.forName("io.juesuan.render.DisclosureRenderer")
                        .getConstructor()
                        .newInstance();
          } catch (ReflectiveOperationException ex) {
            Assumptions.abort("render 模块不在类路径上，跳过往返测试");
            throw new IllegalStateException(ex);
          }
          FinalAccounts a = EXAMPLES.get(e).get();
          byte[] pdf = renderer.render(a, DocumentFormat.PDF);
          return new Rendered(a, pdf, new ReportImporter().read(e + ".pdf", pdf));
        });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"caidian-2023", "shanghai-putuo-2024"})
  @DisplayName("往返：提取渲染的PDF，单元格与数据集完全相同，版本识别正确")
  void extractGivesEveryCell(String example) {
    Rendered r = rendered(example);
    String expected = nonZero(CellsCsv.write(new CheckReport().check(r.accounts()).tables()));
    assertThat(nonZero(CellsCsv.write(r.imported().tables()))).isEqualTo(expected);
    assertThat(r.imported().readFindings()).isEmpty();
    assertThat(r.imported().layout()).isEqualTo(EDITIONS.get(example));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"caidian-2023", "shanghai-putuo-2024"})
  @DisplayName("往返：审核渲染的PDF，无错误、无警告")
  void auditIsClean(String example) {
    CheckResult r = new ReportAuditor().audit(rendered(example).imported());
    assertThat(r.findings())
        .filteredOn(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"shanghai-putuo-2024"})
  @DisplayName("上海格式：无行次、栏次，无“公开NN表”，06表两栏并列，“三公”表第七")
  void shanghaiLayoutIsPrinted(String example) throws IOException {
    String text;
    try (PDDocument doc = Loader.loadPDF(rendered(example).pdf())) {
      text = new PDFTextStripper().getText(doc);
    }
    assertThat(text).doesNotContain("行次", "栏次", "公开01表", "公开06表");
    List<String> lines = Arrays.asList(text.split("\\R"));
    assertThat(lines)
        .anyMatch(l -> l.contains("人员经费合计") && l.contains("公用经费合计"))
        .anyMatch(l -> l.contains("预算数") && l.contains("决算数"));
    assertThat(text.lastIndexOf("“三公”经费支出决算表")).isLessThan(text.lastIndexOf("政府性基金预算财政拨款收入支出决算表"));
    assertThat(text).contains("第四部分 名词解释", "十一、其他重要事项的情况说明", "（一）机关运行经费支出情况");
  }

  private static String nonZero(String csv) {
    return Arrays.stream(csv.split("\n"))
        .filter(l -> !l.endsWith(",0.00"))
        .collect(Collectors.joining("\n"));
  }
}
