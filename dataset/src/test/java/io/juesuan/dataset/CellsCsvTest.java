package io.juesuan.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.juesuan.core.edition.Editions;
import io.juesuan.core.table.CellRef;
import io.juesuan.core.table.TableId;
import io.juesuan.core.table.TableSet;
import org.junit.jupiter.api.Test;

class CellsCsvTest {

  @Test
  void roundTripsInCanonicalOrder() {
    String csv =
        """
        table,row,column,value
        01,1,1,990.24
        01,27,1,990.75
        02,合计,1,990.75
        02,201,1,746.84
        02,2013601,1,570.91
        06,30101,1,151.74
        06,人员经费合计,1,838.07
        """;
    TableSet t = CellsCsv.read(csv, "c.csv", Editions.installed().get("national-2023"));
    assertThat(CellsCsv.write(t)).isEqualTo(csv);
    assertThat(
            t.table(TableId.of("02"))
                .orElseThrow()
                .row(io.juesuan.core.table.RowNo.of("201"))
                .orElseThrow()
                .label())
        .isEqualTo("一般公共服务支出");
    assertThat(t.has(TableId.of("09"))).isFalse();
    assertThat(t.amountOrZero(CellRef.of("01", "27", 1)).plain()).isEqualTo("990.75");
  }

  @Test
  void reportsEveryBadLine() {
    String csv =
        "table,row,column,value\n10,1,1,1.00\n01,99,1,1.00\n02,xyz,1,1.00\n01,1,1,12.3a\n01,1\n01,27,1,1.00\n01,27,1,2.00\n";
    DatasetException e =
        catchThrowableOfType(
            DatasetException.class,
            () -> CellsCsv.read(csv, "c.csv", Editions.installed().get("national-2023")));
    assertThat(e.problems())
        .containsExactly(
            "c.csv 第2行: 表号 \"10\" 应为 01 至 09",
            "c.csv 第3行: 公开01表没有行次 \"99\"",
            "c.csv 第4行: 公开02表的行应为 合计 或3、5、7位功能分类编码，实为 \"xyz\"",
            "c.csv 第5行: 金额 \"12.3a\" 不是最多两位小数的数字（单位：万元）",
            "c.csv 第6行: 应有4个字段（table,row,column,value），实有2个",
            "c.csv 第8行: 单元格 01表 27 1栏 重复出现");
  }

  @Test
  void economicCodesOutsideTheLayoutStayWithinTheirCategory() {
    String csv =
        """
        table,row,column,value
        06,310,1,3.00
        06,31006,1,1.00
        06,31099,1,2.00
        06,公用经费合计,1,3.00
        """;
    assertThat(
            CellsCsv.write(CellsCsv.read(csv, "c.csv", Editions.installed().get("national-2023"))))
        .isEqualTo(csv);
  }

  @Test
  void headerIsRequired() {
    DatasetException e =
        catchThrowableOfType(
            DatasetException.class,
            () -> CellsCsv.read("a,b\n", "c.csv", Editions.installed().get("national-2023")));
    assertThat(e.problems()).containsExactly("c.csv 第1行: 表头应为 table,row,column,value");
  }
}
