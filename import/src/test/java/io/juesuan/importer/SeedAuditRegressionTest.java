package io.juesuan.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.core.audit.PublishedReport;
import io.juesuan.core.audit.ReportAuditor;
import io.juesuan.core.rules.CheckResult;
import io.juesuan.core.rules.Finding;
import io.juesuan.core.rules.Severity;
import io.juesuan.testkit.SeedReportText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The exact findings of the audit of the seed report, pinned (resource seed-audit-findings.txt).
 */
class SeedAuditRegressionTest {
  private static final PublishedReport SEED =
      TextImporter.read("caidian-2023.txt", SeedReportText.text());
  private static final CheckResult RESULT = new ReportAuditor().audit(SEED);

  @Test
  @DisplayName("种子报告审核结果与固定清单完全一致")
  void findingsEqualThePinnedList() throws IOException {
    List<String> actual = RESULT.sorted().stream().map(SeedAuditRegressionTest::line).toList();
    assertThat(actual).containsExactlyElementsOf(pinned());
  }

  @Test
  @DisplayName("种子报告的真实缺陷：说明与表不符、占比错误、科目名称错误、09表无数字、模板残留；0.01差异为尾数差异")
  void reportsTheSeedsRealDefects() {
    assertThat(find("N-AMOUNT", Severity.ERROR))
        .extracting(f -> f.actual().orElse(""))
        .contains("838.06", "124.59", "746.83", "811.79");
    assertThat(find("N-SHARE", Severity.ERROR))
        .extracting(f -> f.actual().orElse(""))
        .contains("10.7%", "5.2%");
    assertThat(find("N-SHARE", Severity.WARNING))
        .extracting(f -> f.actual().orElse(""))
        .contains("75.3%");
    assertThat(find("N-NAME", Severity.ERROR))
        .hasSize(4)
        .allMatch(f -> f.actual().orElse("").contains("财政事务"));
    assertThat(find("C-TABLE", Severity.ERROR))
        .singleElement()
        .satisfies(f -> assertThat(f.location().describe()).isEqualTo("公开09表"));
    assertThat(RESULT.findings())
        .filteredOn(f -> f.rule().value().startsWith("R-"))
        .extracting(f -> f.actual().orElse(""))
        .contains("增加(减少)", "0.万元", "大(小)于", "小于（大于）", "xx部门", "(请简要说明绩效评价工作情况)", "来访对象。");
    assertThat(find("N-AMOUNT", Severity.ROUNDING_DIFFERENCE))
        .extracting(f -> f.actual().orElse(""))
        .contains(
            "108.96", "313.57", "4.97", "29.08", "27.78", "1.49", "1.15", "0.49", "10.68", "5.69",
            "55.48");
    assertThat(RESULT.findings())
        .filteredOn(f -> f.severity() == Severity.ROUNDING_DIFFERENCE)
        .allMatch(
            f ->
                f.difference()
                    .map(d -> d.abs().compareTo(new java.math.BigDecimal("0.01")) <= 0)
                    .orElse(true));
  }

  @Test
  @DisplayName("覆盖面：无法运行的检查列出原因（09表缺数字）")
  void listsChecksThatCouldNotRun() {
    assertThat(RESULT.skipped())
        .anyMatch(s -> s.rule().value().equals("T09-7") && s.reason().contains("09表"));
  }

  private static List<Finding> find(String rule, Severity s) {
    return RESULT.findings().stream()
        .filter(f -> f.rule().value().equals(rule) && f.severity() == s)
        .toList();
  }

  static String line(Finding f) {
    String where = f.location().describe();
    return f.severity().code()
        + "\t"
        + f.rule()
        + "\t"
        + (where.length() > 50 ? where.substring(0, 50) : where)
        + "\t"
        + f.actual().orElse("");
  }

  private static List<String> pinned() throws IOException {
    try (InputStream in =
        SeedAuditRegressionTest.class.getResourceAsStream("seed-audit-findings.txt")) {
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .toList();
    }
  }
}
