package io.juesuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.juesuan.testkit.SampleReports;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionsCommandTest {
  @TempDir Path tmp;

  @Test
  @DisplayName("editions lists every edition with its region, year, base and what it defines")
  void listsEditions() {
    CliRun run = CliRun.of("editions");
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains(
            "national-2023",
            "hubei-2023",
            "national-2024",
            "national-2025",
            "shanghai-2024",
            "地区：上海市",
            "基础版本：national-2024",
            "定义：表样、文字模板、报告结构、导入格式",
            "其中 5 条本版本不适用");
  }

  @Test
  @DisplayName("rules --edition marks the rules an edition cannot apply")
  void rulesOfAnEdition() {
    CliRun run = CliRun.of("rules", "--edition", "shanghai-2024");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("shanghai-2024", "X04-07-CLOSE", "本版本不适用");
    CliRun unknown = CliRun.of("rules", "--edition", "beijing-2031");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("没有版本 beijing-2031", "可用的版本");
  }

  @Test
  @DisplayName("template --edition writes a workbook set to the edition, with its catalog")
  void templateOfAnEdition() throws IOException {
    Path out = tmp.resolve("sh.xlsx");
    CliRun run = CliRun.of("template", "--edition", "shanghai-2024", "--out", out.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("版本 上海市 2024年度");
    try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
      StringBuilder department = new StringBuilder();
      for (Row r : wb.getSheet("部门")) {
        r.forEach(c -> department.append(c.toString()).append('|'));
        department.append('\n');
      }
      assertThat(department.toString()).contains("edition|", "shanghai-2024", "上海市", "2024");
      assertThat(wb.getSheet("科目目录").getLastRowNum()).isGreaterThan(100);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  @Test
  @DisplayName("validate picks the 上海 edition from the dataset's region and year")
  void validatesTheShanghaiExample() {
    CliRun run =
        CliRun.of(
            "validate",
            SampleReports.repositoryRoot().resolve("examples/shanghai-putuo-2024").toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("错误 0", "本版本不适用");
  }
}
