package io.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.testkit.SampleReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path tmp;

  @Test
  @DisplayName("the example department validates with zero errors")
  void exampleHasNoErrors() {
    CliRun run = CliRun.of("validate", SampleReports.exampleDir().toString(), "--format", "json");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("\"summary\": {\"error\": 0, \"rounding\": 0");
  }

  @Test
  @DisplayName(
      "the seed's printed tables: every 0.01 difference is 尾数差异, none an error (regression)")
  void seedTranscriptionHasOnlyRoundingDifferences() throws IOException {
    Path csv = tmp.resolve("seed.csv");
    Files.writeString(csv, SampleReports.seedPrintedCellsCsv(), StandardCharsets.UTF_8);
    CliRun run =
        CliRun.of("validate", csv.toString(), "--edition", "hubei-2023", "--format", "json");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("\"summary\": {\"error\": 0, \"rounding\": 12, \"warning\": 0, \"info\": 0}");
    Matcher m =
        Pattern.compile(
                "\"rule\": \"([^\"]+)\", \"severity\": \"rounding\", \"location\": \\{\"table\": \"(\\d+)\", \"row\": \"([^\"]+)\", \"column\": (\\d+)")
            .matcher(run.out());
    List<String> found =
        m.results()
            .map(r -> r.group(1) + " " + r.group(2) + "." + r.group(3) + "." + r.group(4))
            .toList();
    assertThat(found)
        .containsExactly(
            "T01-27 01.27.1",
            "T01-58 01.58.2",
            "T02-COL 02.合计.1",
            "T02-HIER 02.合计.2",
            "T03-COL 03.合计.1",
            "T03-HIER 03.合计.2",
            "T05-HIER 05.合计.1",
            "T05-HIER 05.合计.2",
            "T06-HIER 06.301.1",
            "X01-03-CAT 01.40.2",
            "X04-05-CAT 04.41.3",
            "X06-05 06.人员经费合计.1");
    assertThat(run.out()).contains("\"reason\": \"报告中没有公开09表\"");
  }

  @Test
  void realErrorsExitWithOne() throws IOException {
    Path csv = tmp.resolve("bad.csv");
    Files.writeString(
        csv, "table,row,column,value\n01,1,1,990.24\n01,27,1,999.00\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("validate", csv.toString(), "--year", "2023");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("[错误] T01-27", "相差 8.76");
  }

  @Test
  @DisplayName(
      "a cells CSV without --edition or --year: Chinese message listing the editions, exit 2")
  void cellsWithoutEditionExitWithTwo() throws IOException {
    Path csv = tmp.resolve("cells.csv");
    Files.writeString(csv, "table,row,column,value\n01,1,1,990.24\n", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("validate", csv.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("不带年度", "national-2023", "shanghai-2024")
        .doesNotContain("Exception");
  }

  @Test
  @DisplayName(
      "a dataset of a year without an edition: Chinese message listing the editions, exit 2")
  void datasetOfAYearWithoutEditionExitsWithTwo() throws IOException {
    Path dir = tmp.resolve("y2030");
    Files.createDirectories(dir);
    for (String f : List.of("department.yaml", "accounts.yaml")) {
      Files.writeString(
          dir.resolve(f),
          Files.readString(SampleReports.exampleDir().resolve(f), StandardCharsets.UTF_8)
              .replace("fiscalYear: 2023", "fiscalYear: 2030"),
          StandardCharsets.UTF_8);
    }
    CliRun run = CliRun.of("validate", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("没有适用于", "2030", "可用的版本", "hubei-2023", "national-2025")
        .doesNotContain("Exception");
  }

  @Test
  @DisplayName("unreadable input: one clear Chinese message, exit 2, no stack trace")
  void badInputExitsWithTwo() throws IOException {
    Path dir = tmp.resolve("x");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("department.yaml"),
        "fiscalYear: 2023\namountUnit: 元\ndepartment:\n  name: 甲\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("accounts.yaml"),
        "functional:\n  - code: \"2013601\"\n    income:\n      generalBudget: \"12,3a\"\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("validate", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains(dir + "/accounts.yaml 第4行", "金额 \"12,3a\" 不是数字")
        .doesNotContain("Exception", "\tat ");
    CliRun missing = CliRun.of("validate", tmp.resolve("nope").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("不存在");
  }

  @Test
  void helpIsInChineseAndEnglish() {
    CliRun run = CliRun.of("validate", "--help");
    assertThat(run.out()).contains("审核决算数据", "Check a dataset");
    assertThat(CliRun.of("--help").out()).contains("部门决算", "final accounts", "validate", "tables");
  }
}
