package io.juesuan.dataset.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.juesuan.core.report.FinalAccounts;
import io.juesuan.dataset.DatasetException;
import io.juesuan.dataset.DatasetReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XlsxDatasetTest {

  static FinalAccounts example() {
    return new DatasetReader().read(io.juesuan.dataset.DatasetWriterTest.example(), "example");
  }

  @Test
  @DisplayName("the example written as a workbook reads back as the same department-year")
  void roundTripsTheExample() {
    FinalAccounts original = example();
    byte[] xlsx = new XlsxDatasetWriter().write(Optional.of(original));
    FinalAccounts back =
        new XlsxDatasetReader().read(new ByteArrayInputStream(xlsx), "example.xlsx");
    assertThat(back).isEqualTo(original);
  }

  @Test
  @DisplayName("a bad figure is named by file, sheet, row and column")
  void reportsBadCellsBySheetRowAndColumn() throws IOException {
    byte[] xlsx = new XlsxDatasetWriter().write(Optional.of(example()));
    XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    Sheet f = wb.getSheet("功能分类");
    f.getRow(1).getCell(2).setCellValue("12,3a");
    f.getRow(2).createCell(0).setCellValue("20136");
    wb.getSheet("其他数据").getRow(1).createCell(2).setCellValue("abc");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    DatasetException e =
        catchThrowableOfType(
            DatasetException.class,
            () ->
                new XlsxDatasetReader()
                    .read(new ByteArrayInputStream(out.toByteArray()), "数据.xlsx"));
    assertThat(e.problems())
        .containsExactly(
            "数据.xlsx 工作表“功能分类”第2行C列: （一般公共预算财政拨款收入）\"12,3a\" 不是数字",
            "数据.xlsx 工作表“功能分类”第3行A列: 功能分类科目编码 \"20136\" 应为7位项级编码（如 2013601）",
            "数据.xlsx 工作表“其他数据”第2行C列: （使用非财政拨款结余）\"abc\" 不是数字");
  }

  @Test
  void blankTemplateAndGarbageAreHandled() {
    byte[] blank = new XlsxDatasetWriter().write(Optional.empty());
    DatasetException e =
        catchThrowableOfType(
            DatasetException.class,
            () -> new XlsxDatasetReader().read(new ByteArrayInputStream(blank), "空白.xlsx"));
    assertThat(e.problems()).anyMatch(p -> p.contains("年度")).anyMatch(p -> p.contains("部门名称"));
    DatasetException garbage =
        catchThrowableOfType(
            DatasetException.class,
            () ->
                new XlsxDatasetReader()
                    .read(
                        new ByteArrayInputStream(
                            "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "x.xlsx"));
    assertThat(garbage.problems())
        .singleElement()
        .asString()
        .startsWith("x.xlsx: 不是可读取的 Excel 工作簿");
  }
}
