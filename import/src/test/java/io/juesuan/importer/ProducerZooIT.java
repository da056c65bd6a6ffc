package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.port.DocumentFormat;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.render.DisclosureDocument;
import io.juesuan.render.DisclosureRenderer;
import io.juesuan.render.html.HtmlWriter;
import io.juesuan.testkit.SampleDatasets;
import io.juesuan.testkit.zoo.ExternalProducers;
import io.juesuan.testkit.zoo.ExternalProducers.Producer;
import io.juesuan.testkit.zoo.LayoutZoo;
import io.juesuan.testkit.zoo.LayoutZoo.Defect;
import io.juesuan.testkit.zoo.LayoutZoo.Variant;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 版式动物园, other producers: the example departments printed to PDF by Chromium from our HTML (in the
 * zoo's layouts) and converted by LibreOffice from our DOCX — the PDFs departments make themselves.
 * Every printed cell is read exactly and the audit finds nothing; an injected defect is found and
 * nothing else. Skipped with a message where Chromium or LibreOffice is not installed ({@code
 * .ci/run} installs both).
 */
class ProducerZooIT {
  private static final Map<String, Supplier<FinalAccounts>> EXAMPLES =
      Map.of(
          "caidian-2023", SampleDatasets::caidian2023,
          "shanghai-putuo-2024", SampleDatasets::shanghaiPutuo2024);

  /** The zoo's layouts whose geometry a browser sets differently from openhtmltopdf. */
  private static final List<Variant> CHROMIUM_VARIANTS =
      List.of(
          Variant.PLAIN,
          Variant.TALL_CELLS,
          Variant.LANDSCAPE,
          Variant.NO_RULES,
          Variant.NARROW_HEADERS,
          Variant.SANS_LARGE,
          Variant.DASHES_AND_SEPARATORS);

  private static ExternalProducers producers;

  @BeforeAll
  static void setUp() throws IOException {
    producers = ExternalProducers.create();
  }

  static Stream<Arguments> chromiumLayouts() {
    return EXAMPLES.keySet().stream()
        .sorted()
        .flatMap(e -> CHROMIUM_VARIANTS.stream().map(v -> Arguments.of(e, v)));
  }

  static Stream<Arguments> examples() {
    return EXAMPLES.keySet().stream().sorted().map(Arguments::of);
  }

  /** The rich example in both editions, each fund filled: Chromium as it is, and LibreOffice. */
  static Stream<Arguments> richExamples() {
    return Stream.of(
        Arguments.of(
            "district-school-2023", (Supplier<FinalAccounts>) SampleDatasets::districtSchool2023),
        Arguments.of(
            "district-school-shanghai-2024",
            (Supplier<FinalAccounts>) SampleDatasets::districtSchoolShanghai2024));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("richExamples")
  @DisplayName("版式动物园（Chromium 与 LibreOffice）：多资金来源的示例读出每个单元格，审核只有三处【待填写】")
  void richExampleThroughBothProducers(String name, Supplier<FinalAccounts> example)
      throws Exception {
    assumeInstalled(Producer.CHROMIUM);
    assumeInstalled(Producer.LIBREOFFICE);
    FinalAccounts accounts = example.get();
    DisclosureDocument doc = new DisclosureRenderer().assemble(accounts);
    Set<String> expected = ZooReading.cells(new CheckReport().check(accounts).tables());
    Map<String, byte[]> pdfs =
        Map.of(
            "chromium",
            producers.chromium(new HtmlWriter(HtmlWriter.Mode.SCREEN).write(doc)),
            "libreoffice",
            producers.libreOffice(new DisclosureRenderer().render(doc, DocumentFormat.DOCX)));
    for (Map.Entry<String, byte[]> e : pdfs.entrySet()) {
      PublishedReport r = ZooReading.read(name + "-" + e.getKey(), e.getValue());
      List<Finding> noisy = noisy(new ReportAuditor().audit(r));
      System.out.printf(
          "ZOO %s %s: cells %d/%d exact; findings %s%n",
          name,
          e.getKey(),
          expected.stream().filter(ZooReading.cells(r.tables())::contains).count(),
          expected.size(),
          noisy.stream().map(f -> f.rule().value()).toList());
      assertThat(ZooReading.cells(r.tables()))
          .as(e.getKey())
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(noisy).as(e.getKey()).allMatch(f -> f.rule().value().equals("R-TODO")).hasSize(3);
      assertThat(r.readFindings()).as(e.getKey()).isEmpty();
    }
  }

  static Stream<Arguments> defects() {
    return EXAMPLES.keySet().stream()
        .sorted()
        .flatMap(e -> Arrays.stream(Defect.values()).map(d -> Arguments.of(e, d)));
  }

  private static void assumeInstalled(Producer p) {
    if (!ExternalProducers.available(p)) {
      System.err.println("未安装" + p.description() + "所需的程序，跳过该生成方式的版式动物园。");
    }
    Assumptions.assumeTrue(ExternalProducers.available(p), "未安装" + p.description() + "所需的程序");
  }

  private static String screenHtml(String example) {
    return new HtmlWriter(HtmlWriter.Mode.SCREEN).write(document(example));
  }

  private static DisclosureDocument document(String example) {
    return new DisclosureRenderer().assemble(EXAMPLES.get(example).get());
  }

  private static List<Finding> noisy(CheckResult audit) {
    return audit.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
        .toList();
  }

  private static void assertReadExactlyAndClean(String name, String example, PublishedReport r) {
    Set<String> expected =
        ZooReading.cells(new CheckReport().check(EXAMPLES.get(example).get()).tables());
    Set<String> actual = ZooReading.cells(r.tables());
    List<Finding> noisy = noisy(new ReportAuditor().audit(r));
    long exact = expected.stream().filter(actual::contains).count();
    System.out.printf(
        "ZOO %s: cells %d/%d exact, %d extra; findings %d (%s); reading notes %d%n",
        name,
        exact,
        expected.size(),
        actual.stream().filter(c -> !expected.contains(c)).count(),
        noisy.size(),
        noisy.stream().map(f -> f.rule().value()).toList(),
        r.readFindings().size());
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(noisy).isEmpty();
    assertThat(r.readFindings()).as("读取提示").isEmpty();
    assertThat(r.inDoubt()).as("未能核对的表").isEmpty();
  }

  @ParameterizedTest(name = "Chromium {0} {1}")
  @MethodSource("chromiumLayouts")
  @DisplayName("版式动物园（Chromium 打印）：每个单元格读对，审核无错误、无警告")
  void chromiumPrintIsReadExactly(String example, Variant variant) throws Exception {
    assumeInstalled(Producer.CHROMIUM);
    byte[] pdf = producers.chromium(variant.apply(screenHtml(example)));
    String name = example + "-chromium-" + variant;
    assertReadExactlyAndClean(name, example, ZooReading.read(name, pdf));
  }

  @ParameterizedTest(name = "LibreOffice {0}")
  @MethodSource("examples")
  @DisplayName("版式动物园（LibreOffice 由 DOCX 转换）：每个单元格读对，审核无错误、无警告")
  void libreOfficeConversionIsReadExactly(String example) throws Exception {
    assumeInstalled(Producer.LIBREOFFICE);
    byte[] docx = new DisclosureRenderer().render(document(example), DocumentFormat.DOCX);
    String name = example + "-libreoffice";
    assertReadExactlyAndClean(name, example, ZooReading.read(name, producers.libreOffice(docx)));
  }

  @ParameterizedTest(name = "Chromium {0} {1}")
  @MethodSource("defects")
  @DisplayName("版式动物园（Chromium 打印）：注入的说明缺陷被找到，且只有它")
  void injectedDefectIsFoundInChromiumPrint(String example, Defect defect) throws Exception {
    assumeInstalled(Producer.CHROMIUM);
    LayoutZoo.Injected injected = LayoutZoo.inject(screenHtml(example), defect);
    String name = example + "-chromium-" + defect;
    List<Finding> errors =
        noisy(
            new ReportAuditor().audit(ZooReading.read(name, producers.chromium(injected.html()))));
    System.out.printf(
        "ZOO-DEFECT %s (%s → %s): %s%n",
        name,
        injected.before(),
        injected.after(),
        errors.stream().map(f -> f.rule().value() + " " + f.actual().orElse("")).toList());
    assertThat(errors)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.rule().value())
                  .isEqualTo(defect == Defect.WRONG_YEAR ? "K-YEAR" : "N-AMOUNT");
              assertThat(f.actual().orElse("")).contains(injected.after().replace("年度部门决算", ""));
            });
  }
}
