package io.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.testkit.SampleReports;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsolidateCommandTest {
  @TempDir Path tmp;

  @Test
  @DisplayName("汇总 of two department-years adds their tables cell by cell and validates")
  void addsTwoDepartments() {
    String example = SampleReports.exampleDir().toString();
    Path out = tmp.resolve("sum");
    CliRun run =
        CliRun.of("consolidate", example, example, "--name", "蔡甸区汇总", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("已汇总 2 份", "错误 0");
    Map<String, BigDecimal> one =
        TablesCommandTest.cells(CliRun.of("tables", example, "--format", "csv").out());
    Map<String, BigDecimal> two =
        TablesCommandTest.cells(CliRun.of("tables", out.toString(), "--format", "csv").out());
    assertThat(two.get("01,31,1"))
        .isEqualByComparingTo("1981.49"); // 2 × 9907465.50 元, rounded once: not 2 × 990.75
    assertThat(
            two.get("01,31,1").subtract(one.get("01,31,1").multiply(BigDecimal.valueOf(2))).abs())
        .isLessThanOrEqualTo(new BigDecimal("0.01"));
    assertThat(CliRun.of("validate", out.toString()).exit()).isZero();
  }

  @Test
  void refusesDifferentYears() throws java.io.IOException {
    Path other = tmp.resolve("2024");
    java.nio.file.Files.createDirectories(other);
    try (var files = java.nio.file.Files.list(SampleReports.exampleDir())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        String text = java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8);
        java.nio.file.Files.writeString(
            other.resolve(f.getFileName()),
            text.replace("fiscalYear: 2023", "fiscalYear: 2024"),
            java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    CliRun run =
        CliRun.of(
            "consolidate",
            SampleReports.exampleDir().toString(),
            other.toString(),
            "--name",
            "x",
            "--out",
            tmp.resolve("x").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("不能汇总不同年度");
  }
}
