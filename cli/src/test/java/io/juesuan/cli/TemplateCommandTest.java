package io.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.testkit.SampleReports;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateCommandTest {
  @TempDir Path tmp;

  @Test
  @DisplayName("a dataset exported to a workbook validates and derives the same tables")
  void workbookIsADataset() {
    Path xlsx = tmp.resolve("caidian.xlsx");
    CliRun t =
        CliRun.of("template", SampleReports.exampleDir().toString(), "--out", xlsx.toString());
    assertThat(t.exit()).isZero();
    assertThat(t.out()).contains("已写出");
    assertThat(CliRun.of("validate", xlsx.toString()).exit()).isZero();
    assertThat(CliRun.of("tables", xlsx.toString(), "--format", "csv").out())
        .isEqualTo(
            CliRun.of("tables", SampleReports.exampleDir().toString(), "--format", "csv").out());
  }

  @Test
  void blankTemplateSaysWhatIsMissing() {
    Path xlsx = tmp.resolve("blank.xlsx");
    assertThat(CliRun.of("template", "--out", xlsx.toString()).exit()).isZero();
    CliRun v = CliRun.of("validate", xlsx.toString());
    assertThat(v.exit()).isEqualTo(2);
    assertThat(v.err()).contains("工作表“部门”", "缺少部门名称");
  }
}
