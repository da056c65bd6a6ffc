package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.report.FinalAccounts;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Severity;
import io.juesuan.core.usecase.CheckReport;
import io.juesuan.render.DisclosureRenderer;
import io.juesuan.render.html.HtmlWriter;
import io.juesuan.testkit.SampleDatasets;
import io.juesuan.testkit.zoo.LayoutZoo;
import io.juesuan.testkit.zoo.LayoutZoo.Defect;
import io.juesuan.testkit.zoo.LayoutZoo.Variant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 版式动物园: each example department in every layout of the zoo, laid out as PDF and read back — every
 * printed cell exactly, and the audit finds nothing (no error, no warning, no reading question);
 * with a narrative defect injected it finds that defect and nothing else.
 */
class LayoutZooTest {
  private static final Map<String, Supplier<FinalAccounts>> EXAMPLES =
      Map.of(
          "caidian-2023", SampleDatasets::caidian2023,
          "shanghai-putuo-2024", SampleDatasets::shanghaiPutuo2024,
          "district-school-2023", SampleDatasets::districtSchool2023,
          "district-school-shanghai-2024", SampleDatasets::districtSchoolShanghai2024);

  /**
   * The district school leaves three texts to the department on purpose: its reports carry three
   * 【待填写】 warnings (R-TODO), and nothing else.
   */
  private static final Map<String, Integer> PLACEHOLDERS =
      Map.of("district-school-2023", 3, "district-school-shanghai-2024", 3);

  private static final Map<String, String> HTML = new ConcurrentHashMap<>();

  static Stream<Arguments> zoo() {
    return EXAMPLES.keySet().stream()
        .sorted()
        .flatMap(e -> Arrays.stream(Variant.values()).map(v -> Arguments.of(e, v)));
  }

  static Stream<Arguments> defects() {
    return EXAMPLES.keySet().stream()
        .sorted()
        .flatMap(e -> Arrays.stream(Defect.values()).map(d -> Arguments.of(e, d)));
  }

  private static String html(String example) {
    return HTML.computeIfAbsent(
        example,
        e ->
            new HtmlWriter(HtmlWriter.Mode.PDF)
                .write(new DisclosureRenderer().assemble(EXAMPLES.get(e).get())));
  }

  /** Lays the HTML out as PDF and reads it back. */
  private static PublishedReport read(String name, String html) {
    return ZooReading.read(name, LayoutZoo.pdf(html));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("zoo")
  @DisplayName("版式动物园：每个版式都读出每个单元格，审核无错误、无警告、无读取提示")
  void everyVariantIsReadExactlyAndAuditedClean(String example, Variant variant) {
    PublishedReport r = read(example + "-" + variant, variant.apply(html(example)));
    Set<String> expected =
        ZooReading.cells(new CheckReport().check(EXAMPLES.get(example).get()).tables());
    Set<String> actual = ZooReading.cells(r.tables());
    CheckResult audit = new ReportAuditor().audit(r);
    List<Finding> noisy = noisy(example, audit);
    long exact = expected.stream().filter(actual::contains).count();
    System.out.printf(
        "ZOO %s %s: cells %d/%d exact, %d extra; findings %d (%s)%n",
        example,
        variant,
        exact,
        expected.size(),
        actual.stream().filter(c -> !expected.contains(c)).count(),
        noisy.size(),
        noisy.stream().map(f -> f.rule().value()).toList());
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(noisy).isEmpty();
  }

  /**
   * The errors and warnings of an audit, less the example's own 【待填写】 placeholders (whose number is
   * checked).
   */
  private static List<Finding> noisy(String example, CheckResult audit) {
    List<Finding> all =
        audit.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
            .toList();
    int placeholders = PLACEHOLDERS.getOrDefault(example, 0);
    assertThat(all)
        .as("待填写")
        .filteredOn(f -> f.rule().value().equals("R-TODO"))
        .hasSize(placeholders);
    return all.stream().filter(f -> !f.rule().value().equals("R-TODO")).toList();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("defects")
  @DisplayName("版式动物园：注入的说明缺陷被找到，且只有它")
  void injectedDefectIsFoundAndNothingElse(String example, Defect defect) {
    LayoutZoo.Injected injected = LayoutZoo.inject(html(example), defect);
    CheckResult audit = new ReportAuditor().audit(read(example + "-" + defect, injected.html()));
    List<Finding> errors = noisy(example, audit);
    System.out.printf(
        "ZOO-DEFECT %s %s (%s → %s): %s%n",
        example,
        defect,
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
